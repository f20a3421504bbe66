"""Relevance guard and type wording: drone topic in other languages, types told apart by
wording (lease, maintenance, training, buying a business, technology handed over)."""

import pytest

from dealtracker.ingest.classify import ArticleInput
from dealtracker.ingest.classify.cues import cue_hits
from dealtracker.ingest.classify.text import fold


def classify(classifier, title, text):
    return classifier.classify(ArticleInput(title=title, text=text))


def evidence(classifier, title, text=""):
    return classifier._evidence(ArticleInput(title=title, text=text))


def cue_types(text):
    return {hit.payload for hit in cue_hits(fold(text))}


@pytest.mark.parametrize(
    "title",
    [
        "Heer bestellt neue Aufklärungsdrohnen aus Frankreich",
        "Marine koopt verkenningsdrones van Noorse fabrikant",
        "Wojsko kupi amunicję krążącą od amerykańskiej firmy",
        "El Ejército compra munición merodeadora a una empresa israelí",
        "Ordu, yerli insansız deniz aracı siparişini iptal etti",
        "Kuwait signs for Bayraktar TB2 with Turkish maker",
    ],
)
def test_drone_wording_in_other_languages_and_compounds_counts_as_the_topic(classifier, title):
    ev = evidence(classifier, title)
    systems = classifier.systems.find(ev.full, ev.folded)

    assert classifier._about_drones(ev, systems)


def test_an_article_without_drone_wording_is_still_off_topic(classifier):
    ev = evidence(classifier, "Greece orders six more fighter jets from France", "Il padrone.")

    assert not classifier._about_drones(ev, [])


@pytest.mark.parametrize(
    ("text", "deal_type"),
    [
        ("Coast guard leases two surveillance drones from a Spanish company", "other"),
        ("La Guardia costiera noleggia droni da un'azienda spagnola", "other"),
        ("Air force signs a maintenance and support contract for its drones", "services"),
        ("Estonian firm to train Latvian soldiers on counter-drone systems", "services"),
        ("Israeli firm transferred its drone technology to an Indian partner", "tech_transfer"),
        ("Іран передав Росії технологію виробництва дронів", "tech_transfer"),
        ("日本企業、インド企業にドローン技術を供与", "tech_transfer"),
        ("Dutch start-up in gesprek over overname van Belgische dronebouwer", "acquisition"),
        ("Korean group buys into a Norwegian drone start-up", "investment"),
        ("한국 기업, 폴란드 드론 업체와 합작법인 설립", "joint_venture"),
        ("Saab och ukrainskt drönarbolag tecknar samförståndsavtal", "mou"),
        ("Andes Robotics will den Drohnenbauer Pampa Avionik übernehmen", "acquisition"),
        ("ドローン新興のアオバ・ダイナミクス、25億円を調達", "investment"),
        ("Andes Robotics und Pampa Aero forschen gemeinsam an Abwehrdrohnen", "joint_research"),
        ("Aertec suministrará drones, con ensamblaje en Bogotá", "local_production"),
    ],
)
def test_type_wording_in_several_languages(text, deal_type):
    assert deal_type in cue_types(text)


def test_buying_a_business_is_an_acquisition_and_buying_drones_a_sale(classifier):
    takeover = evidence(classifier, "Spanish group buys a Portuguese drone maker")
    purchase = evidence(classifier, "Spanish army buys 20 drones from a Portuguese maker")

    assert "acquisition" in {hit.payload for hit in takeover.cues}
    assert "sale" in {hit.payload for hit in purchase.cues}
    assert "acquisition" not in {hit.payload for hit in purchase.cues}


def test_a_lease_headline_is_typed_other(classifier):
    result = classify(
        classifier,
        "Greek navy leases Israeli maritime drones for two years",
        "The Hellenic Navy will lease two maritime patrol drones from an Israeli manufacturer "
        "under a two-year contract, with the company's crews operating them from Crete.",
    )

    assert result.deal_type == "other"


def test_a_service_contract_is_other_but_training_beside_a_plant_abroad_is_not(classifier):
    service = classify(
        classifier,
        "Estonian firm wins contract to train Latvian drone crews",
        "An Estonian company signed a contract with Latvia's armed forces to train drone crews "
        "and maintain their reconnaissance drones for three years.",
    )
    plant = classify(
        classifier,
        "Germany's Quantum Systems opens drone plant in Ukraine",
        "German drone maker Quantum Systems has opened a drone production plant in Ukraine, "
        "where it will also train operators and repair aircraft. About 100 people will work "
        "there by the end of the year.",
    )

    assert service.deal_type == "other"
    assert plant.deal_type == "investment"


def test_a_country_producing_abroad_is_not_a_companys_own_plant(classifier):
    result = classify(
        classifier,
        "Ukraine and Norway agree to manufacture drones in Norway",
        "Ukraine and Norway signed an agreement to manufacture Ukrainian-designed drones in "
        "Norway with Norwegian industry, the two defence ministries said.",
    )

    assert result.deal_type != "investment"


def test_making_another_countrys_design_is_licensed_production(classifier):
    result = classify(
        classifier,
        "Algeria begins producing Chinese-designed reconnaissance drones in its own plant",
        "Algeria has started building Chinese-designed reconnaissance drones at a plant near "
        "Algiers, with parts supplied from China, the defence ministry said.",
    )

    assert result.deal_type == "licensing"


def test_a_country_named_after_a_plant_is_its_site_only_after_a_place_word(classifier):
    ev_plant = classify(
        classifier,
        "Germany's Quantum Systems opens drone plant in Ukraine",
        "German drone maker Quantum Systems has opened a drone production plant in Ukraine.",
    )
    ev_design = classify(
        classifier,
        "Russian drone plant mass-produces Iranian designs and sidelines Tehran",
        "Russia's largest drone plant now builds Iranian-designed attack drones on its own, "
        "buying fewer parts from Iran, the plant's director said.",
    )

    assert ev_plant.deal_type == "investment"
    assert ev_design.deal_type != "investment"


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian and Danish ministers explore possible cooperation on drones",
        "Die Minister sprachen über eine mögliche Zusammenarbeit bei Drohnen",
        "Міністри обговорили напрями можливої співпраці у сфері дронів",
    ],
)
def test_exploring_possible_cooperation_is_wording_of_interest_not_of_a_deal(text):
    assert "interest" in cue_types(text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Немецкий производитель Orlan Systems выпускает дроны на площадках в Украине",
            "Немецкий производитель Orlan Systems наладил выпуск беспилотников на площадках в "
            "Украине, сообщил исполнительный директор компании.",
        ),
        (
            "Germany's Orlan Systems opens its Ukrainian drone plant",
            "German drone maker Orlan Systems has opened its Ukrainian drone plant, which will "
            "build 80 reconnaissance drones a month for Ukraine's armed forces.",
        ),
    ],
)
def test_a_foreign_makers_site_named_by_its_country_or_demonym_is_its_own(classifier, title, text):
    assert classify(classifier, title, text).deal_type == "investment"


def test_a_plant_built_in_cooperation_with_a_country_is_not_a_site_abroad(classifier):
    result = classify(
        classifier,
        "Poland's Orlan Systems opens drone plant in cooperation with Ukraine",
        "Polish drone maker Orlan Systems has opened a drone plant in cooperation with Ukraine "
        "near Warsaw, where Ukrainian engineers will produce drones with Polish staff.",
    )

    assert result.deal_type != "investment"


def production_abroad(classifier, title, text):
    ev = evidence(classifier, title, text)
    mentions = classifier.countries.find(ev.full, ev.folded)
    parties = {mention.code: 1.0 for mention in mentions}
    return classifier._production_abroad(ev, mentions, parties)


def test_one_countrys_drone_plant_in_another_is_a_deal_and_a_strike_on_one_is_not(classifier):
    title = "Chile inaugurates drone production plant in Bolivia"
    text = (
        "Chile has opened a factory in Bolivia to build reconnaissance drones. Chile's army "
        "chief and Bolivia's defence minister cut the ribbon at the plant near La Paz, which "
        "is to turn out a few dozen aircraft a year with help from Chilean specialists."
    )
    struck = (
        "Chilean strike hits drone production plant in Bolivia",
        "A Chilean missile strike hit a drone production plant in Bolivia overnight, the "
        "Bolivian army said, killing two guards and damaging an assembly hall.",
    )
    domestic = (
        "Bolivia inaugurates drone production plant in Bolivia's east",
        "Bolivia has opened a state drone factory near Santa Cruz.",
    )

    assert production_abroad(classifier, title, text)
    assert not production_abroad(classifier, *struck)
    assert not production_abroad(classifier, "Chile hits drone production plant in Bolivia", "")
    # the cue's own last word is the place word
    assert production_abroad(
        classifier, "Under a new deal, Chile will manufacture drones in Bolivia", ""
    )
    assert not production_abroad(classifier, *domestic)
    opened = classify(classifier, title, text)
    assert opened.label == "deal"
    assert {party.code for party in opened.countries} == {"CL", "BO"}
    assert classify(classifier, *struck).label == "not_deal"


def test_interest_without_deal_wording_or_a_company_is_scored_down(classifier):
    interest = (
        "Chilean minister and Peruvian envoy explore possible drone cooperation",
        "Chile's defence minister met Peru's ambassador on Monday to explore possible "
        "cooperation on drones, the ministry said. No agreement was reached.",
    )
    contract = (
        "Chile signs contract with Peru's Andes Robotics for 40 drones",
        "Chile signed a contract with Andes Robotics of Peru for 40 reconnaissance drones, and "
        "the two sides are exploring possible further cooperation.",
    )

    def interest_only(title, text):
        article = ArticleInput(title=title, text=text)
        ev = classifier._evidence(article)
        companies = classifier._party_companies(classifier._companies(article, ev), ev)
        return classifier._interest_only(ev, companies)

    agreement = (
        "Chile and Peru sign drone agreement",
        "Chile and Peru signed an agreement on reconnaissance drones and are ready to deepen "
        "cooperation, the ministers said.",
    )

    assert interest_only(*interest)
    assert not interest_only(*contract)
    assert not interest_only(*agreement)
    assert classify(classifier, *interest).label == "not_deal"
    assert classify(classifier, *contract).label == "deal"


def test_making_drones_in_a_named_place_is_production_wording_with_words_between():
    def produced_in(text):
        return [hit.surface for hit in cue_hits(fold(text), text) if hit.payload == "produced_in"]

    assert produced_in("Peru to build tactical drones in Bolivia") == ["build tactical drones in"]
    assert produced_in("Peru builds its drones in its own plant") == []


def test_production_across_a_border_between_party_countries_is_co_production(classifier):
    result = classify(
        classifier,
        "Chile and Bolivia open drone assembly line: Chile to build tactical drones in Bolivia",
        "Chile will build tactical drones in Bolivia under an accord the two defence ministers "
        "signed on Monday; the assembly line near La Paz is to deliver 30 aircraft a year.",
    )

    assert result.deal_type == "co_production"


def test_across_a_border_plant_wording_outweighs_local_assembly_wording(classifier):
    ev = evidence(classifier, "Peru opens drone assembly line to build drones in Bolivia")

    assert classifier._deal_type({}, ev)[0] == "licensing"  # local assembly, on wording alone
    assert classifier._deal_type({}, ev, production_abroad=True)[0] == "co_production"
