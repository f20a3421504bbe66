"""Figures for judging the classifier against labelled articles."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from .companies import company_key


def _f1(true_positives: int, false_positives: int, false_negatives: int) -> dict[str, float]:
    precision = true_positives / (true_positives + false_positives) if true_positives else 0.0
    recall = true_positives / (true_positives + false_negatives) if true_positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def relevance_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    pairs = list(zip(gold, predicted, strict=True))
    return _f1(
        sum(1 for g, p in pairs if g == p == "deal"),
        sum(1 for g, p in pairs if g != "deal" and p == "deal"),
        sum(1 for g, p in pairs if g == "deal" and p != "deal"),
    )


def type_accuracy(gold: Sequence[dict], predicted: Sequence[dict]) -> float:
    """Deal-type accuracy over the articles that truly report a deal."""
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g["label"] == "deal"]
    if not pairs:
        return 0.0
    return sum(1 for g, p in pairs if g["deal_type"] == p.get("deal_type")) / len(pairs)


def status_accuracy(gold: Sequence[dict], predicted: Sequence[dict]) -> tuple[float, int]:
    """Status accuracy over the true deals also called deals, and how many those are: a missed
    deal has no status to judge, and relevance is measured on its own."""
    pairs = [
        (g, p)
        for g, p in zip(gold, predicted, strict=True)
        if g["label"] == "deal" and g.get("status") and p.get("label") == "deal"
    ]
    if not pairs:
        return 0.0, 0
    return sum(1 for g, p in pairs if g["status"] == p.get("status")) / len(pairs), len(pairs)


def set_f1(gold_sets: Iterable[set], predicted_sets: Iterable[set]) -> dict[str, float]:
    """Micro-averaged F1 over articles."""
    tp = fp = fn = 0
    for gold, predicted in zip(gold_sets, predicted_sets, strict=True):
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return _f1(tp, fp, fn)


def country_f1(gold: Sequence[dict], predicted: Sequence[dict]) -> dict[str, float]:
    return set_f1(
        (set(g.get("countries") or ()) for g in gold),
        (set(p.get("countries") or ()) for p in predicted),
    )


# A labelled "Turkish Aerospace Industries (TAI)" gives the name and its short form or
# translation: a prediction of either is the same company.
_PARENTHESISED = re.compile(r"^(.+?)\s*[\(（]([^)）]+)[\)）]\s*$")


def labelled_forms(name: str) -> set[str]:
    """The comparable forms of one labelled company name."""
    forms = {company_key(name)}
    parts = _PARENTHESISED.match(name)
    if parts:
        forms |= {company_key(parts.group(1)), company_key(parts.group(2))}
    return forms - {""}


def company_f1(
    gold: Sequence[dict],
    predicted: Sequence[dict],
    aliases_of: Callable[[str], set[str]] | None = None,
) -> dict[str, float]:
    """Company F1, names compared case-, punctuation- and legal-suffix-insensitively; a predicted
    name counts for a labelled one when `aliases_of` says they are the same company."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted, strict=True):
        gold_forms = {name: labelled_forms(name) for name in g.get("companies") or ()}
        every_form = set().union(*gold_forms.values()) if gold_forms else set()
        unmatched = dict(gold_forms)
        for name in dict.fromkeys(company_key(n) for n in p.get("companies") or ()):
            forms = aliases_of(name) if aliases_of else {name}
            forms = forms | {name}
            hit = next((label for label, known in unmatched.items() if known & forms), None)
            if hit is None:
                if every_form & forms:
                    continue  # a second name for a company already counted
                fp += 1
            else:
                tp += 1
                del unmatched[hit]
        fn += len(unmatched)
    return _f1(tp, fp, fn)


def true_deals(gold: Sequence[dict], rows: Sequence[dict]) -> tuple[list[dict], list[dict]]:
    """The labelled deals and the rows for them: entity figures that do not depend on the
    relevance verdict."""
    pairs = [(g, r) for g, r in zip(gold, rows, strict=True) if g["label"] == "deal"]
    return [g for g, _ in pairs], [r for _, r in pairs]


def type_confusion(gold: Sequence[dict], predicted: Sequence[dict]) -> dict[tuple, int]:
    """(labelled type, predicted type) -> count over the true deals; 'not_deal' when missed."""
    table: Counter = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if g["label"] == "deal":
            predicted_type = p.get("deal_type") if p.get("label") == "deal" else "not_deal"
            table[(g["deal_type"], predicted_type)] += 1
    return dict(table)


def format_confusion(table: dict[tuple, int]) -> str:
    rows = sorted({g for g, _ in table})
    columns = sorted({str(p) for _, p in table})
    width = max([len(c) for c in columns + rows] + [8]) + 1
    lines = [
        "labelled \\ predicted".ljust(width + 4) + "".join(c[:width].rjust(width) for c in columns)
    ]
    for row in rows:
        cells = "".join(
            str(table.get((row, c), table.get((row, None), 0) if c == "None" else 0)).rjust(width)
            for c in columns
        )
        lines.append(row.ljust(width + 4) + cells)
    return "\n".join(lines)
