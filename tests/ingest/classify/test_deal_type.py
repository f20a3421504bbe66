"""Deal type by the labelling conventions: own plant abroad = investment, a foreign design made
locally = licensing, building together = co-production, a memorandum = mou even when it mentions a
future joint venture, joint R&D = other; wording that several types share counts for less."""

import pytest

from dealtracker.ingest.classify import ArticleInput
from dealtracker.ingest.classify.cues import cue_hits
from dealtracker.ingest.classify.text import fold


def cue_types(text):
    return {hit.payload for hit in cue_hits(fold(text))}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Estonian maker will open its own plant in Finland", "own_site"),
        ("Der Hersteller baut ein eigenes Werk in Bayern", "own_site"),
        ("Le groupe construit sa propre usine en Pologne", "own_site"),
        ("The drones will be locally assembled by a Polish partner", "local_production"),
        ("Localisation of the airframe is planned for next year", "local_production"),
        ("The two firms will jointly produce interceptor drones", "co_production"),
        ("Firmy będą wspólnie produkować drony", "co_production"),
        ("Компанії налагодять спільне виробництво дронів", "co_production"),
        ("They signed a framework agreement on cooperation in unmanned systems", "mou"),
        ("Both institutes will jointly develop a counter-drone radar", "joint_research"),
        ("Die Partner wollen gemeinsam entwickeln", "joint_research"),
        ("A new drone factory opens near the border", "production_site"),
        ("Латвія замовила ударні дрони", "sale"),
        ("The navy will operate drones built under licence", "licensing"),
    ],
)
def test_convention_wording(text, cue):
    assert cue in cue_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Стороны договорились о совместном производстве беспилотников",
        "Работы ведутся совместным производством двух заводов",
        "Україна та Данія домовилися про співпрацю у спільному виробництві дронів",
        "Firmy podepsaly smlouvu o společné výrobě dronů",
        "Šalys susitarė dėl bendros dronų gamybos",
        "The partners will co-manufacture the airframes",
        "The two firms will jointly assemble the interceptors",
        "A Dutch and a Norwegian firm teamed up to build loitering munitions",
    ],
)
def test_inflected_joint_production_wording(text):
    assert "co_production" in cue_types(text)


def test_plant_and_development_wording_is_not_co_production():
    assert "co_production" not in cue_types("The company opened a drone factory in Texas")
    assert "co_production" not in cue_types("The partners will jointly develop a new sensor")


def deal_type(classifier, title, text):
    return classifier.classify(ArticleInput(title=title, text=text)).deal_type


def test_weak_wording_gives_way_to_the_deal_wording(classifier):
    # Local production is named first, but the deal is a licence.
    ev = classifier._evidence(
        ArticleInput(
            title="Local production of Swedish drones to start in Romania",
            text="A Romanian firm signed a licence agreement to build Swedish drones.",
        )
    )
    scores = {"licensing": 0.1, "co_production": 0.1, "investment": 0.1}
    assert classifier._deal_type(scores, ev)[0] == "licensing"


def test_a_memorandum_mentioning_a_future_joint_venture_is_mou(classifier):
    result = deal_type(
        classifier,
        "Dutch and Korean drone makers sign MoU that could lead to a joint venture",
        "A Dutch maker of naval drones and a Korean shipbuilder signed a memorandum of "
        "understanding on Tuesday. The companies said they may later form a joint venture.",
    )

    assert result == "mou"


def test_joint_rd_without_production_is_other(classifier):
    ev = classifier._evidence(
        ArticleInput(
            title="Finnish and Japanese institutes to jointly develop drone detection radar",
            text="The two research institutes will share test data; no production is planned.",
        )
    )
    assert classifier._deal_type({"other": 0.2, "sale": 0.2}, ev)[0] == "other"


def cue_types_in(classifier, title):
    return {hit.payload for hit in classifier._evidence(ArticleInput(title=title, text="")).cues}


@pytest.mark.parametrize(
    ("title", "expected", "not_expected"),
    [
        ("Charity gives soldiers drones bought from a Polish maker", "sale", "acquisition"),
        ("Korean group acquired a 25% stake in a Norwegian drone maker", "investment",
         "acquisition"),
        ("Korean group acquired a 60% stake in a Norwegian drone maker", "acquisition", None),
        ("Le groupe rachète un spécialiste belge des drones marins", "acquisition", "sale"),
        ("Nederlands bedrijf in gesprek over overname van Belgische dronebouwer", "acquisition",
         "sale"),
    ],
)  # fmt: skip
def test_what_is_bought_decides_between_sale_acquisition_and_investment(
    classifier, title, expected, not_expected
):
    found = cue_types_in(classifier, title)

    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Estonian fund invests in Latvian drone start-up", "signed"),
        ("Spanish group buys a Portuguese drone maker", "signed"),
        ("Spanish group will buy a Portuguese drone maker", "announced"),
        ("Rüstungskonzern übernimmt litauischen Drohnenhersteller", "signed"),
    ],
)
def test_a_completed_purchase_or_investment_in_the_headline_is_signed(classifier, title, status):
    ev = classifier._evidence(ArticleInput(title=title, text=""))

    assert classifier._status(ev)[0] == status


def test_a_type_word_in_a_sentence_about_an_earlier_step_is_background(classifier):
    ev = classifier._evidence(
        ArticleInput(
            title="Andes Robotics and Pampa Aero sign teaming agreement",
            text="Andes Robotics and Pampa Aero signed a teaming agreement on Monday in Santiago, "
            "the two companies said in a joint statement. Neither firm gave the value of the "
            "arrangement, which covers reconnaissance drones for the Chilean army. Pampa's "
            "chief executive said the Chilean market justified a second line, and Andes "
            "said it would hire about 80 people at its plant near Valparaiso over the year.\n"
            "Under the agreement, Andes will build Pampa drones under licence.\n"
            "The agreement follows on from a memorandum of understanding the pair signed "
            "when both were looking for partners abroad.",
        )
    )

    assert classifier._deal_type({}, ev)[0] == "licensing"
