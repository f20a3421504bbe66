"""The examples the project ships: written by us, never taken from the evaluation set."""

from __future__ import annotations

import json
from pathlib import Path

from ..model import Example
from .templates import templated_examples

HANDWRITTEN = Path(__file__).with_name("handwritten.jsonl")


def shipped_examples() -> list[Example]:
    rows = [json.loads(line) for line in HANDWRITTEN.read_text().splitlines() if line.strip()]
    rows += templated_examples(seed=7, per_template=4)
    return [Example.from_dict(row) for row in rows]
