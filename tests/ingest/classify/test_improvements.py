"""Type precedence, participation, government bodies, the fast model path, training files."""

import json

from dealtracker.ingest.classify import ArticleInput
from dealtracker.ingest.classify.countries import country_gazetteer
from dealtracker.ingest.classify.model import model_input
from dealtracker.ingest.classify.training import shipped_examples, written_rows


def classify(classifier, title, text):
    return classifier.classify(ArticleInput(title=title, text=text))


def test_the_fast_prediction_path_matches_scikit_learn(trained_model):
    text = model_input("Poland orders Turkish drones", "Poland signed a contract with Baykar.", 2)

    fast_deal, fast_types = trained_model.predict(text)
    slow_deal, slow_types = trained_model.predict_slow(text)

    assert abs(fast_deal - slow_deal) < 1e-6
    assert all(abs(fast_types[t] - slow_types[t]) < 1e-6 for t in slow_types)


def test_a_memorandum_about_co_production_is_a_memorandum(classifier):
    result = classify(
        classifier,
        "Ukraine and Denmark sign memorandum of understanding on co-producing drones",
        "Ukrainian and Danish officials signed a memorandum of understanding that could lead to "
        "joint production of long-range drones in Denmark.",
    )

    assert result.deal_type == "mou"


def test_acquiring_drones_is_a_sale_not_a_takeover(classifier):
    result = classify(
        classifier,
        "Lithuania to acquire 40 loitering munitions from US maker",
        "Lithuania's defence ministry will acquire 40 Switchblade 600 loitering munitions from "
        "AeroVironment under a contract signed on Monday.",
    )

    assert result.deal_type == "sale"


def test_a_defence_deal_without_drones_is_not_a_drone_deal(classifier):
    result = classify(
        classifier,
        "Norway signs contract for German submarines",
        "Norway signed a contract with a German shipyard for four submarines and training, "
        "worth $4 billion, the defence ministry said.",
    )

    assert result.label == "not_deal"


def test_ministries_are_parties_as_countries_not_as_companies(classifier):
    result = classify(
        classifier,
        "Romania's Ministry of National Defence buys Turkish drones from Baykar",
        "Romania's Ministry of National Defence signed a contract with Baykar for 18 "
        "Bayraktar TB2 drones.",
    )
    output = result.to_output_dict()

    assert output["companies"] == ["Baykar"]
    assert {"RO", "TR"} <= set(output["countries"])


def test_a_region_named_like_a_country_is_no_country():
    mentions = country_gazetteer().find("A Central American agency and a Latin American buyer.")

    assert [m.code for m in mentions] == []


def test_kana_keep_their_voicing_marks():
    assert [m.code for m in country_gazetteer().find("ダイ社はタイに納入した")] == ["TH"]


def test_a_company_only_mentioned_in_the_background_is_not_a_party(classifier):
    result = classify(
        classifier,
        "Estonia orders Israeli loitering munitions",
        "Estonia signed a contract with UVision for Hero-120 loitering munitions. "
        "Deliveries begin next year. "
        "Separately, analysts noted that Saab and Kongsberg had shown similar products at "
        "trade fairs in recent years.",
    )

    names = {company.name for company in result.companies}
    assert "UVision" in names
    assert not names & {"Saab", "Kongsberg"}


def test_every_jsonl_file_in_the_training_folder_is_read(tmp_path):
    row = {"title": "t", "text": "x", "label": "not_deal"}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({**row, "label": "deal"}) + "\n{broken\n")

    assert [r["label"] for r in written_rows(tmp_path)] == ["not_deal", "deal"]


def test_composed_examples_count_less_once_enough_are_written(tmp_path):
    row = json.dumps({"title": "t", "text": "x", "label": "not_deal"})
    (tmp_path / "many.jsonl").write_text("\n".join([row] * 200) + "\n")

    weights = {example.weight for example in shipped_examples(tmp_path)}

    assert weights == {1.0, 0.5}
