"""The examples the project ships: written by us, never taken from the evaluation set.

Every `*.jsonl` file in this folder is read, in name order, so a new file of written examples
counts as soon as it is added. Composed examples (templates.py) fill the gaps; once enough written
ones exist they count for less, so the model learns real phrasing rather than our templates.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ..model import Example
from .templates import templated_examples

logger = logging.getLogger(__name__)
FOLDER = Path(__file__).parent
# Below this many written examples the composed ones carry full weight; above it, less.
WRITTEN_ENOUGH = 150
COMPOSED_WEIGHT = 0.5


def written_rows(folder: Path = FOLDER) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                logger.warning("%s:%d: not valid JSON, skipped", path.name, number)
                continue
            if not isinstance(row, dict) or row.get("label") not in ("deal", "not_deal"):
                logger.warning("%s:%d: no deal/not_deal label, skipped", path.name, number)
                continue
            rows.append(row)
    return rows


def shipped_examples(folder: Path = FOLDER) -> list[Example]:
    rows = written_rows(folder)
    composed = templated_examples(seed=7, per_template=4)
    weight = COMPOSED_WEIGHT if len(rows) >= WRITTEN_ENOUGH else 1.0
    rows += [{**row, "weight": weight} for row in composed]
    return [Example.from_dict(row) for row in rows]
