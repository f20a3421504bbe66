"""Out-of-fold figures for the whole pipeline on our own examples.

`train_classifier` cross-validates the model alone; the verdict also depends on the rules around
it (the lead score, the one-country and off-topic factors, the type wording). Here each fold's
model runs through the full classifier on the written examples it did not see, so thresholds
are chosen on our own text, never on the evaluation set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.model_selection import StratifiedKFold

from .classifier import Classifier, train_from
from .companies import CompanyGazetteer, builtin_companies, merge_companies
from .metrics import company_f1, country_f1, relevance_scores
from .model import Example
from .schema import ArticleInput, KnownCompany, KnownSystem


@dataclass(frozen=True)
class OutOfFold:
    example: Example
    p_deal: float
    deal_type: str | None
    status: str | None = None
    countries: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()


def pipeline_out_of_fold(
    examples: Sequence[Example],
    folds: int = 5,
    companies: Iterable[KnownCompany] = (),
    systems: Iterable[KnownSystem] = (),
) -> list[OutOfFold]:
    """Each written example (weight 1) classified by a classifier trained without it."""
    companies, systems = list(companies), list(systems)
    labels = np.array([e.label for e in examples])
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    results: list[OutOfFold] = []
    for train_index, test_index in splitter.split(np.zeros(len(examples)), labels):
        trained = train_from([examples[i] for i in train_index], folds=2)
        classifier = Classifier(trained, companies, systems)
        for i in test_index:
            example = examples[i]
            if example.weight < 1.0:
                continue  # composed examples train, they do not judge
            result = classifier.classify(ArticleInput(title=example.title, text=example.text))
            p_deal = (
                result.relevance_confidence
                if result.label == "deal"
                else 1.0 - result.relevance_confidence
            )
            results.append(
                OutOfFold(
                    example,
                    p_deal,
                    result.deal_type,
                    result.status,
                    tuple(party.code for party in result.countries),
                    tuple(c.name for c in result.companies if c.kind == "company"),
                )
            )
    return results


def threshold_table(rows: Sequence[OutOfFold], thresholds: Iterable[float]) -> list[dict]:
    """Relevance precision, recall and F1 if the verdict were taken at each threshold."""
    gold = [row.example.label for row in rows]
    table = []
    for threshold in thresholds:
        predicted = ["deal" if row.p_deal >= threshold else "not_deal" for row in rows]
        table.append({"threshold": threshold, **relevance_scores(gold, predicted)})
    return table


def type_accuracy(rows: Sequence[OutOfFold]) -> float:
    """Type accuracy on the true deals the classifier also calls deals."""
    judged = [r for r in rows if r.example.label == "deal" and r.deal_type is not None]
    if not judged:
        return 0.0
    return sum(r.deal_type == r.example.deal_type for r in judged) / len(judged)


def status_accuracy(rows: Sequence[OutOfFold]) -> float:
    """Status accuracy on the true deals the classifier also calls deals."""
    judged = [r for r in rows if r.example.label == "deal" and r.example.status and r.status]
    if not judged:
        return 0.0
    return sum(r.status == r.example.status for r in judged) / len(judged)


def party_scores(
    rows: Sequence[OutOfFold], companies: Iterable[KnownCompany] = ()
) -> dict[str, dict[str, float]]:
    """Country and company F1 on the true deals, whatever the verdict: extraction on its own.
    Company names compare as `evaluate_classifier` compares them: a known company's aliases
    ("ジェネラル・アトミクス" for General Atomics) are the same company."""
    deals = [row for row in rows if row.example.label == "deal"]
    gold = [
        {"countries": row.example.countries, "companies": row.example.companies} for row in deals
    ]
    found = [{"countries": row.countries, "companies": row.companies} for row in deals]
    gazetteer = CompanyGazetteer(merge_companies(companies, builtin_companies()))
    return {
        "countries": country_f1(gold, found),
        "companies": company_f1(gold, found, gazetteer.aliases_of),
    }
