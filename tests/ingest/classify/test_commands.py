"""The classifier's management commands, against the test database."""

import json

import pytest
from django.core.management import call_command

from dealtracker.ingest.classify import forget_loaded_models


@pytest.fixture
def articles_file(tmp_path):
    rows = [
        {"id": "one", "url": "https://example.test/1", "published": "2026-01-02",
         "language": "en", "title": "Romania signs contract for Turkish drones",
         "text": "Romania signed a contract with Baykar for 18 Bayraktar TB2 drones."},
        {"id": "two", "url": "https://example.test/2", "published": "2026-01-03",
         "language": "en", "title": "Drones hit Kharkiv overnight",
         "text": "Russian drones struck Kharkiv overnight; two people were wounded."},
    ]  # fmt: skip
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps(rows[0]), "{not json", json.dumps(rows[1])]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def isolated_model(settings, model_dir):
    settings.CLASSIFIER_MODEL_DIR = model_dir
    forget_loaded_models()
    yield model_dir
    forget_loaded_models()


@pytest.mark.django_db
def test_classify_articles_writes_one_json_object_a_line(isolated_model, articles_file, capsys):
    call_command("classify_articles", str(articles_file))

    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["id"] for line in lines] == ["one", "two"]
    for line in lines:
        assert set(line) == {"id", "label", "deal_type", "status", "countries", "companies",
                             "systems", "confidence"}  # fmt: skip
    assert lines[0]["label"] == "deal"
    assert set(lines[0]["countries"]) == {"RO", "TR"}
    assert lines[1] == {**lines[1], "label": "not_deal", "deal_type": None, "countries": []}
    assert "articles.jsonl:2" in captured.err


@pytest.mark.django_db
def test_classify_articles_answers_for_null_fields_and_huge_pages(isolated_model, tmp_path, capsys):
    rows = [
        {"id": "nulls", "title": None, "text": None, "language": 5, "published": 20260101},
        {"id": "huge", "title": "Romania signs contract for Turkish drones " * 200,
         "text": "Romania signed a contract with Baykar for 18 Bayraktar TB2 drones. " * 30_000},
        {"id": "wrong", "title": ["not", "text"], "text": "x"},
    ]  # fmt: skip
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")

    call_command("classify_articles", str(path))

    captured = capsys.readouterr()
    answers = {line["id"]: line for line in map(json.loads, captured.out.splitlines())}
    assert answers["nulls"]["label"] == "not_deal"
    assert answers["huge"]["label"] == "deal"
    assert set(answers["huge"]["countries"]) == {"RO", "TR"}
    assert "wrong" not in answers
    assert "odd.jsonl:3: skipped, not a valid article: title and text must be strings" in (
        captured.err
    )


@pytest.mark.django_db
def test_evaluate_classifier_prints_every_figure(isolated_model, tmp_path, capsys):
    path = tmp_path / "labelled.jsonl"
    path.write_text(json.dumps({
        "id": "x", "title": "Romania signs contract for Turkish drones", "language": "en",
        "text": "Romania signed a contract with Baykar for 18 Bayraktar TB2 drones.",
        "label": "deal", "deal_type": "sale", "status": "signed", "countries": ["RO", "TR"],
        "companies": ["Baykar"],
    }) + "\n")  # fmt: skip

    call_command("evaluate_classifier", str(path))

    out = capsys.readouterr().out
    for heading in ("Relevance", "Deal-type accuracy", "Party countries", "Companies",
                    "articles/second"):  # fmt: skip
        assert heading in out
    assert "Status accuracy on the 1 true deals called deals: 1.000" in out


@pytest.mark.django_db
def test_train_classifier_saves_a_new_version_and_prints_its_figures(settings, tmp_path, capsys):
    settings.CLASSIFIER_MODEL_DIR = tmp_path
    forget_loaded_models()

    call_command("train_classifier")

    out = capsys.readouterr().out
    assert "Cross-validated relevance" in out
    assert list(tmp_path.glob("classifier-v2-*.joblib"))
    forget_loaded_models()
