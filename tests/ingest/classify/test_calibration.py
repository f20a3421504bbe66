"""Out-of-fold figures for the whole pipeline, on a small set written for this test."""

from dealtracker.ingest.classify.calibration import (
    OutOfFold,
    party_scores,
    pipeline_out_of_fold,
    status_accuracy,
    threshold_table,
    type_accuracy,
)
from dealtracker.ingest.classify.model import Example
from dealtracker.ingest.classify.training import shipped_examples


def test_each_written_example_is_judged_by_a_classifier_that_did_not_see_it():
    examples = [e for e in shipped_examples() if e.weight == 1.0][:120]
    examples += [e for e in shipped_examples() if e.weight < 1.0][:20]

    rows = pipeline_out_of_fold(examples, folds=2)

    assert len(rows) == 120  # composed examples train, they are not judged
    assert all(0.0 <= row.p_deal <= 1.0 for row in rows)
    table = threshold_table(rows, [0.0, 0.5, 1.01])
    assert table[0]["recall"] == 1.0  # everything is a deal at 0
    assert table[-1]["recall"] == 0.0  # nothing is at 1.01
    assert 0.5 < table[1]["f1"] <= 1.0
    assert 0.0 < type_accuracy(rows) <= 1.0
    assert 0.5 < status_accuracy(rows) <= 1.0
    parties = party_scores(rows)
    assert parties["countries"]["f1"] > 0.8  # our written deals name their countries plainly
    assert 0.0 < parties["companies"]["f1"] <= 1.0


def test_party_scores_count_a_known_companys_alias_as_the_same_company():
    example = Example(
        title="t", text="t", label="deal", deal_type="sale", countries=("JP", "US"),
        companies=("ジェネラル・アトミクス",),
    )  # fmt: skip
    row = OutOfFold(example, 0.9, "sale", countries=("JP", "US"), companies=("General Atomics",))

    assert party_scores([row])["companies"]["f1"] == 1.0
