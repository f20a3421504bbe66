"""Relevance of long articles: the headline and lead are scored as well as the whole text."""

from dealtracker.ingest.classify import ArticleInput
from dealtracker.ingest.classify.model import LEAD_CHARS, model_input

TITLE = "Estonia signs contract for Polish loitering munitions"
LEAD = (
    "Estonia's defence ministry signed a contract with a Polish manufacturer for the delivery of "
    "loitering munitions to its armed forces, with first deliveries expected next year. The "
    "agreement, worth about 40 million euros, covers several hundred munitions, launchers and "
    "training for Estonian operators. Under the deal the Polish company will also set up a "
    "service centre in Estonia, the ministry said in a statement on Tuesday. "
)
BACKGROUND = (
    "Analysts have long debated how small states should spend their defence budgets. Some argue "
    "for artillery and air defence, others for training and reserves. The debate goes back to "
    "the reforms of the previous decade, when budgets were cut and units were merged. Officials "
    "said the lessons of recent wars would shape procurement plans for years to come. "
) * 5


def test_a_short_article_is_scored_once(trained_model):
    text = "Estonia signed a contract with a Polish manufacturer for loitering munitions."
    assert len(text) <= LEAD_CHARS

    p_deal, types = trained_model.predict_article(TITLE, text, 2)

    assert (p_deal, types) == trained_model.predict(model_input(TITLE, text, 2))


def test_a_long_article_counts_as_its_whole_text_or_its_lead_whichever_is_likelier(
    trained_model,
):
    text = LEAD + BACKGROUND
    whole, whole_types = trained_model.predict(model_input(TITLE, text, 2))
    lead, _ = trained_model.predict(model_input(TITLE, text[:LEAD_CHARS], 2))

    p_deal, types = trained_model.predict_article(TITLE, text, 2)

    assert p_deal == max(whole, lead)
    assert types == whole_types  # the deal type still reads the whole text


def test_background_paragraphs_do_not_outweigh_a_lead_that_reports_a_deal(classifier):
    result = classifier.classify(ArticleInput(title=TITLE, text=LEAD + BACKGROUND))

    assert result.label == "deal"


def _about_drones(classifier, title, text):
    evidence = classifier._evidence(ArticleInput(title=title, text=text))
    return classifier._about_drones(
        evidence, classifier.systems.find(evidence.full, evidence.folded)
    )


def test_ground_and_underwater_robots_are_drones_in_several_languages(classifier):
    assert _about_drones(classifier, "Estonia orders ground robots", "A contract for 20 units.")
    assert _about_drones(
        classifier, "Norway buys autonomous underwater vehicles", "Deliveries start in May."
    )
    assert _about_drones(
        classifier,
        "Литва закупить українські наземні роботизовані комплекси",
        "Контракт підписано у вівторок.",
    )
    assert _about_drones(classifier, "L'Espagne commande des robots terrestres", "Le contrat.")


def test_robots_of_other_kinds_and_look_alike_words_are_not_drones(classifier):
    assert not _about_drones(
        classifier, "Carmaker buys welding robots", "Robotic arms for a plant."
    )
    assert not _about_drones(classifier, "Tour of Auvergne", "Cheese makers sign a deal.")
