"""Party companies: the detector of unknown organisations, the built-in list, and how company
names are compared when the classifier is measured. All text written for these tests."""

import pytest

from dealtracker.ingest.classify import ArticleInput
from dealtracker.ingest.classify.companies import (
    CompanyGazetteer,
    builtin_companies,
    propose_organisations,
)
from dealtracker.ingest.classify.metrics import company_f1, labelled_forms, true_deals


def proposed(text: str) -> set[str]:
    return {match.name for match in propose_organisations(text, [], {"polish", "ukrainian"})}


def known(text: str) -> set[str]:
    return {match.key for match in CompanyGazetteer(builtin_companies()).find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brazil's Orla Aerospace signed the contract.", "Orla Aerospace"),
        ("The deal went to Gdansk-based Morska Robotics on Monday.", "Morska Robotics"),
        ("Kestrel Capital and Norwegian fund Fjell Investments backed it.", "Fjell Investments"),
        ("Saudi Arabia's Desert Horizon Fund will take a stake.", "Desert Horizon Fund"),
        ("Британська Pennine Defence Systems придбала пакет акцій.", "Pennine Defence Systems"),
        ("Amerykański Granite Robotics otworzy zakład.", "Granite Robotics"),
    ],
)
def test_it_proposes_a_name_without_the_place_before_it(text, name):
    assert name in proposed(text)


def test_it_does_not_read_the_dateline_into_a_name():
    text = "Polish group buys drone maker Vistula Avionics\nWARSAW — The takeover was agreed."
    assert "Vistula Avionics" in proposed(text)
    assert not any("WARSAW" in name for name in proposed(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Schiebel will supply the Camcopter.", "builtin:schiebel"),
        ("LIG Nex1 signed with the Polish group.", "builtin:lig-nex1"),
        ("三菱重工業は防衛省と契約した。", "builtin:mhi"),
        ("Концерн Укроборонпром підписав угоду.", "builtin:ukroboronprom"),
    ],
)
def test_the_builtin_list_knows_makers_worldwide_in_their_own_scripts(text, key):
    assert key in known(text)


def test_a_labelled_name_with_its_short_form_in_brackets_matches_either():
    assert {"orla aerospace industries", "oai"} <= labelled_forms("Orla Aerospace Industries (OAI)")
    gold = [{"label": "deal", "companies": ["Orla Aerospace Industries (OAI)", "Fjell AS"]}]
    assert company_f1(gold, [{"companies": ["OAI", "Fjell"]}])["f1"] == 1.0
    assert company_f1(gold, [{"companies": ["Orla Aerospace Industries"]}])["recall"] == 0.5


def test_entity_figures_on_true_deals_leave_out_the_other_articles():
    gold = [{"label": "deal", "companies": ["Fjell"]}, {"label": "not_deal", "companies": []}]
    rows = [{"companies": ["Fjell"]}, {"companies": ["Orla"]}]
    deal_gold, deal_rows = true_deals(gold, rows)
    assert company_f1(deal_gold, deal_rows)["precision"] == 1.0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Augsburger Drohnenhersteller Lechwerk Systems liefert.", "Lechwerk Systems"),
        ("Den Auftrag erhielt der Rüstungskonzern Isarwerk.", "Isarwerk"),
        ("Угоду підписала компанія «Сокіл Аеро» у Києві.", "Сокіл Аеро"),
        ("La empresa Meseta Sistemas firmó el acuerdo.", "Meseta Sistemas"),
    ],
)
def test_it_proposes_names_after_what_they_are_in_other_languages(text, name):
    assert name in proposed(text)


def test_a_word_that_also_ends_names_is_not_taken_for_a_description():
    assert "Karoo Group Ltd" in proposed("The order went to Karoo Group Ltd last week.")


def test_latin_names_are_found_against_japanese_script_and_with_their_punctuation():
    assert "builtin:skydio" in known("KDDIは米Skydioに出資する。")
    assert "builtin:rohde-schwarz" in known("The radios come from Rohde & Schwarz.")
    assert "builtin:general-atomics" in known("ジェネラル・アトミクスと契約した。")


def test_a_known_company_with_a_country_after_it_is_its_subsidiary():
    gazetteer = CompanyGazetteer(builtin_companies())
    names = [match.name for match in gazetteer.find("Rheinmetall Hungary and Baykar, Ukraine")]
    assert names == ["Rheinmetall Hungary", "Baykar"]
    assert "rheinmetall" in gazetteer.aliases_of("Rheinmetall Hungary")


def test_a_known_generic_name_at_the_end_of_another_name_is_that_other_company(classifier):
    result = classifier.classify(
        ArticleInput(
            "Korean group buys Dutch drone maker",
            "South Korea's Hanwha Aerospace signed an agreement to buy Zeeland Aeronautics, a "
            "Dutch maker of reconnaissance drones, for an undisclosed sum.",
        )
    )

    names = {company.name for company in result.companies}
    assert "Zeeland Aeronautics" in names
    assert "Aeronautics" not in names  # the Israeli company of that name takes no part


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("日本のソラカゼ社は、ポーランドへの供給を計画している。", "ソラカゼ"),
        ("株式会社アオバテックと米Skyward Robotics社が提携", "アオバテック"),
        ("米Skyward社が出資する", "Skyward"),
        ("国内メーカーの相模電子工業は、英国製の装置をライセンス生産する。", "相模電子工業"),
        ("日本の北陸重工とポーランドのヴィスワ・ロボティクスが覚書", "北陸重工"),
    ],
)
def test_it_proposes_japanese_company_names_marked_by_sha_or_kabushiki_kaisha(text, name):
    assert name in proposed(text)


def test_japanese_words_around_sha_that_are_not_names_are_not_proposed():
    assert proposed("同社は発表した。社会の関心も高い。メーカー社の。防衛産業の強化") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tekever and India's Kaveri Aerosystems form a joint venture.", "Kaveri Aerosystems"),
        ("a contract with Skagen Aeropropulsion for engines", "Skagen Aeropropulsion"),
        ("Sudety Aerotech i litewska Nemunas Robotics utworzą spółkę", "Sudety Aerotech"),
        ("Volutis Aéronautique et le sénégalais Teranga Défense", "Teranga Défense"),
        ("La firma Tirreno Difesa ha rilevato la maggioranza", "Tirreno Difesa"),
    ],
)
def test_it_proposes_names_ending_in_an_organisation_word_of_any_language(text, name):
    assert name in proposed(text)


def test_a_word_that_only_begins_like_an_organisation_word_proposes_nothing():
    assert proposed("The Sherdils Aerobatic team flew over the parade.") == set()


def test_generic_japanese_industry_words_and_descriptors_are_no_names():
    assert proposed("軍事工業と航空工業の動向") == set()
    assert proposed("ドローンメーカー・アオバテック社が発表") == {"アオバテック"}
    assert "佐々木電機" in proposed("佐々木電機が受注した")


def test_an_acronym_spelled_out_after_it_is_proposed_by_its_acronym():
    names = proposed(
        "PKAC (Patagonia Kite Aircraft Company) and AMT (Andes Mountain Technologies, of Peru) "
        "signed a protocol at FIDAE (Feria Internacional del Aire y del Espacio)."
    )

    assert names == {"PKAC", "AMT"}  # not "Aircraft Company"


def test_a_thing_a_country_or_a_ministry_spelled_out_is_no_organisation():
    assert (
        proposed(
            "Peru bought a MALE UAV (Unmanned Aerial Vehicle) with an HFE (Heavy Fuel Engine); "
            "the UAE (United Arab Emirates) and the MOD (Ministry of Defence) agreed. FPV (First "
            "Person View) drones were shown at DSEI (Defence and Security Equipment "
            "International); its CEO (Chief Executive Officer) told CSIS (Center for Strategic "
            "and International Studies)."
        )
        == set()
    )


def test_a_place_after_a_name_is_left_out_unless_the_name_is_nothing_without_it():
    assert proposed("a contract with Andes Robotics of Peru for drones") == {"Andes Robotics"}
    assert proposed("Chile and Andes Robotics of Peru signed") == {"Andes Robotics"}
    assert proposed("the Aviation Industry Corporation of China said") == {
        "Aviation Industry Corporation of China"
    }


def test_the_spelled_out_name_of_a_known_acronym_proposes_nothing():
    text = "a deal with PKAC (Patagonia Kite Import and Export Corporation of Chile) for drones"
    known_span = (text.index("PKAC"), text.index("PKAC") + 4)

    assert propose_organisations(text, [known_span], set()) == []


def test_a_defined_acronym_used_again_is_another_mention_of_the_same_name():
    text = (
        "PKAC (Patagonia Kite Aircraft Company) signed the protocol. The Andes Mountain "
        "Technologies (AMT) team will help. Later PKAC and AMT said more; PKAC-2 is a drone."
    )

    mentions = [
        (match.name, text[match.start : match.end])
        for match in propose_organisations(text, [], set())
    ]

    assert mentions.count(("PKAC", "PKAC")) == 2  # the definition and "Later PKAC", not PKAC-2
    assert mentions.count(("Andes Mountain Technologies", "AMT")) == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "常磐精機は英国のペナント・エアロシステムズ（Pennant Aerosystems）と契約を結んだ。",
            {"常磐精機", "ペナント・エアロシステムズ"},
        ),
        ("米スカイリッジ・ロボティクスと提携した。", {"スカイリッジ・ロボティクス"}),
        (
            "丸菱物産はソレント・マリン・ロボティクスと",
            {"丸菱物産", "ソレント・マリン・ロボティクス"},
        ),
        ("日本の防衛産業と自動車産業の動向", set()),
        ("日本企業は造船会社ビサヤ・シップワークスに技術を移転", {"ビサヤ・シップワークス"}),
        ("防衛大手北陸重工が受注した", {"北陸重工"}),
        ("電機メーカー大手三菱電機が受注", {"三菱電機"}),
        ("ベンチャーキャピタルやフィンテックが出資した", set()),
    ],
)
def test_japanese_names_in_katakana_with_an_organisation_ending(text, names):
    assert proposed(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'américain Cascade Autonomy a signé le contrat.", "Cascade Autonomy"),
        ("La turca Anadolu İHA Sistemleri firmó el acuerdo.", "Anadolu İHA Sistemleri"),
        ("A Vale do Céu Aeroespacial assina o contrato.", "Vale do Céu Aeroespacial"),
        ("The deal went to Łódź Aero Systems.", "Łódź Aero Systems"),
        ("D'Amico Aerospace signed the contract.", "D'Amico Aerospace"),
    ],
)
def test_names_with_accented_capitals_joining_words_or_an_elided_article(text, name):
    assert name in proposed(text)
    assert not any(found.startswith(("L'", "La ", "A ")) for found in proposed(text))


def test_a_possessive_is_no_part_of_a_proposed_name():
    assert "Carbonix Robotics" in proposed("Prairie will build Carbonix Robotics's drones")
