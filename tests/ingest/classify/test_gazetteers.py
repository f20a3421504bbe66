"""Countries, companies and systems found in text written for these tests."""

from decimal import Decimal

import pytest

from dealtracker.ingest.classify.amounts import find_quantity, find_value
from dealtracker.ingest.classify.companies import (
    CompanyGazetteer,
    builtin_companies,
    propose_organisations,
)
from dealtracker.ingest.classify.countries import country_gazetteer
from dealtracker.ingest.classify.cues import status_hits
from dealtracker.ingest.classify.matcher import Entry, PhraseMatcher
from dealtracker.ingest.classify.schema import KnownCompany, KnownSystem
from dealtracker.ingest.classify.systems import SystemGazetteer
from dealtracker.ingest.classify.text import fold


def codes(text: str) -> set[str]:
    return {mention.code for mention in country_gazetteer().find(text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a Japanese trading house", "JP"),
        ("Ukrainian engineers", "UA"),
        ("talks in Kyiv", "UA"),
        ("Ankara approved the export", "TR"),
        ("Tokyo wants drones", "JP"),
        ("the Pentagon said", "US"),
        ("the Bundeswehr ordered", "DE"),
        ("die ukrainischen Hersteller", "UA"),
        ("des entreprises françaises", "FR"),
        ("z polskimi firmami", "PL"),
        ("Україна та Японія", "JP"),
        ("日本とウクライナ", "UA"),
        ("the U.S. Army", "US"),
    ],
)
def test_it_maps_names_demonyms_capitals_and_governments_to_countries(text, code):
    assert code in codes(text)


def test_it_does_not_read_common_words_as_countries():
    assert codes("let us talk about the turkey dinner") == set()


def test_it_matches_company_aliases_tolerating_case_punctuation_and_legal_suffixes():
    gazetteer = CompanyGazetteer(
        [KnownCompany("acme", "Acme Aerial Robotics GmbH", ("AAR", "Acme-Aerial"), "DE")]
    )

    found = gazetteer.find("ACME AERIAL ROBOTICS signed with acme aerial; AAR will deliver.")

    assert [match.key for match in found] == ["acme", "acme", "acme"]


def test_the_builtin_list_matches_well_known_makers_without_a_database():
    gazetteer = CompanyGazetteer(builtin_companies())

    found = gazetteer.find("Baykar Makina A.Ş. and GA-ASI, but not the edge of the map.")

    assert [match.key for match in found] == ["builtin:baykar", "builtin:general-atomics"]


def test_it_proposes_organisations_it_does_not_know():
    text = (
        "Lithuanian drone maker Vilkas Robotics signed a deal with Nordhavn Unmanned Systems ApS "
        "and Israel Quantum Aerospace Industries (IQAI). The Ministry of Defence welcomed it."
    )

    names = [match.name for match in propose_organisations(text, [], {"lithuanian"})]

    assert "Vilkas Robotics" in names
    assert "Nordhavn Unmanned Systems ApS" in names
    assert "Israel Quantum Aerospace Industries" in names
    assert not any("Ministry" in name for name in names)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a $1.2 billion deal", Decimal("1200000000"), "USD"),
        ("worth €300m", Decimal("300000000"), "EUR"),
        ("a £45 million order", Decimal("45000000"), "GBP"),
        ("USD 12.5 million", Decimal("12500000"), "USD"),
        ("¥10 billion", Decimal("10000000000"), "JPY"),
        ("1,2 Milliarden Euro", Decimal("1200000000"), "EUR"),
    ],
)
def test_it_parses_values_with_their_currency(text, amount, currency):
    value = find_value(text)

    assert (value.amount, value.currency) == (amount, currency)
    assert value.amount_usd > 0


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("an order for 1,000 drones", 1000),
        ("3.000 Drohnen", 3000),
        ("100 unmanned aircraft", 100),
        ("in 2025 drones became cheap", None),
    ],
)
def test_it_parses_quantities(text, quantity):
    assert find_quantity(text) == quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("폴란드 방산업체와 협력", {"PL"}),
        ("핀란드 기업이 투자", {"FI"}),
        ("英国のマリン機器メーカー", {"GB"}),
        ("マリ政府が発表", {"ML"}),
        ("FMV köper spaningsdrönare till armén", set()),
        ("Spanien köper drönare", {"ES"}),
        ("kilka państw NATO kupuje drony", set()),
        # A trade show is where a deal is announced, not a government taking part in it.
        ("unveiled at the Paris Air Show", set()),
        ("signed on the first day of the Dubai Airshow", set()),
        ("Dubai Police ordered surveillance drones", {"AE"}),
    ],
)
def test_country_names_are_not_common_words_or_parts_of_words(text, expected):
    assert codes(text) == expected


def test_a_stem_inside_a_phrase_matches_any_ending_of_its_word():
    matcher = PhraseMatcher(
        [
            Entry("власн* завод", "own_site", prefix=True),
            Entry("rozpocz* produkcj", "started", prefix=True),
        ]
    )

    found = matcher.find("Компанія відкрила власний завод у Польщі; firma rozpoczęła produkcję.")

    assert [(m.payload, m.surface) for m in found] == [
        ("own_site", "власний завод"),
        ("started", "rozpoczęła produkcję"),
    ]
    assert matcher.find("власний офіс і завод") == []


def test_inflected_status_wording_counts_and_a_word_ending_in_a_future_word_is_no_plan():
    # "firma" ends in the Polish "ma" (has to): that is no plan to begin production.
    assert "in_production" in status_hits(fold("Polska firma rozpoczęła produkcję dronów"))
    assert "in_production" in status_hits(fold("Завод уже наладил производство дронов"))
    assert status_hits(fold("The company will begin production next year")).keys() == {"announced"}


@pytest.mark.parametrize(
    ("headline", "status"),
    [
        ("Chile's new plant now mass-produces Turkish-designed drones", "in_production"),
        ("Andes Robotics launches drone plant in Peru", "in_production"),
        ("Peru producing Chilean drones in a state plant", "in_production"),
        ("Peru and Chile weigh co-producing drones", None),
        ("Lima blocks Chinese takeover of drone maker", "cancelled"),
        ("Agencja Uzbrojenia zamówiła chilijskie drony", "signed"),
        ("Contractul urmeaza sa fie semnat saptamana viitoare", None),
        ("Peru's Andes Robotics opens its first Chilean drone plant", "in_production"),
        ("Peru considering manufacturing Chilean drones", None),
        ("Peru eyes producing Chilean drones", None),
        ("Chile launches tender for drone factory", None),
        ("Chile launched strikes on drone factory", None),
        ("Chilean-Peruvian drone letter of intent lapses", "cancelled"),
    ],
)
def test_status_wording_of_production_cancellation_and_plans(headline, status):
    hits = status_hits(fold(headline), len(headline), headline)

    if status is None:
        assert not {"in_production", "signed"} & hits.keys()
    else:
        assert status in hits


def test_letters_without_a_decomposition_fold_to_their_base_letter():
    assert fold("zamówiła Havacılık Đuro Søren") == "zamowila havacilik duro soren"


@pytest.mark.parametrize(
    "headline",
    [
        "Chile signs drone contract despite security lapses",
        "Chile orders 48 drones in two blocks",
        "Andes Robotics and Pampa Aero sign drone manufacturing joint venture deal",
    ],
)
def test_ordinary_words_are_no_cancellation_or_production(headline):
    hits = status_hits(fold(headline), len(headline), headline)

    assert "signed" in hits
    assert not {"cancelled", "in_production"} & hits.keys()


@pytest.mark.parametrize(
    "text",
    [
        "A Marinha assina contrato com a Andes Robotics",
        "Saab tecknar avtal med en ukrainsk drönartillverkare",
        "한화, 폴란드 기업과 양해각서 체결",
    ],
)
def test_signing_is_read_in_more_languages(text):
    assert "signed" in status_hits(fold(text), 0, text)


@pytest.mark.parametrize(
    "text",
    [
        "양해각서를 체결할 예정이다",  # is to sign
        "दोनों देश समझौते पर हस्ताक्षर करेंगे",  # will sign
        "El Gobierno cierra la frontera con Chile",
        "A empresa fechou a fábrica de Manaus",
    ],
)
def test_a_signing_still_to_come_or_a_border_closed_is_not_signed(text):
    assert "signed" not in status_hits(fold(text), 0, text)


def test_a_system_name_with_a_capital_inside_is_matched_as_written():
    gazetteer = SystemGazetteer([KnownSystem("skyranger-r70", "SkyRanger R70", ("SkyRanger",))])

    assert [m.key for m in gazetteer.find("Canada buys SkyRanger drones")] == ["skyranger-r70"]
    assert [m.key for m in gazetteer.find("CANADA BUYS SKYRANGER DRONES")] == ["skyranger-r70"]
    assert gazetteer.find("Rheinmetall's Skyranger air-defence gun") == []


def test_other_system_names_match_whatever_their_case():
    gazetteer = SystemGazetteer(
        [KnownSystem("themis", "THeMIS", ()), KnownSystem("x", "ScanEagle", ())]
    )

    assert [m.key for m in gazetteer.find("Milrem delivers Themis vehicles")] == ["themis"]
    assert [m.key for m in gazetteer.find("BOEING SCANEAGLE FOR CHILE")] == ["x"]
