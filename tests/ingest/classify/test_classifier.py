"""The classifier end to end, on articles written for these tests."""

import pytest

from dealtracker.ingest.classify import (
    ArticleInput,
    Classifier,
    KnownCompany,
    KnownDeal,
    forget_loaded_models,
    load_classifier,
)


def classify(classifier, title, text):
    return classifier.classify(ArticleInput(title=title, text=text))


DEALS = {
    "sale": (
        "Romania signs $180 million contract for Turkish armed drones",
        "Romania's defence ministry signed a $180 million contract with Baykar to buy 18 "
        "Bayraktar TB2 drones, the Turkish manufacturer said on Tuesday. Deliveries start in 2026.",
    ),
    "co_production": (
        "Ukrainian and Danish companies agree to co-produce drones",
        "Skyeton and a Danish defence company signed an agreement to jointly produce long-range "
        "drones at a new plant in Denmark, the firms said.",
    ),
    "joint_venture": (
        "Hanwha and Polish group form drone joint venture",
        "South Korea's Hanwha Aerospace and Poland's WB Group signed an agreement to set up a "
        "joint venture that will build unmanned systems in Poland.",
    ),
    "mou": (
        "Tekever and Japanese firm sign memorandum of understanding on drones",
        "Portuguese drone maker Tekever signed a memorandum of understanding with a Japanese "
        "trading house to explore cooperation on maritime surveillance drones.",
    ),
    "acquisition": (
        "German defence group acquires Estonian drone maker",
        "Rheinmetall has completed the acquisition of an Estonian developer of loitering "
        "munitions, the German company said, taking full ownership.",
    ),
    "investment": (
        "Helsing invests in British drone start-up",
        "German defence AI company Helsing has invested £20 million in a British maker of "
        "fixed-wing drones, taking a minority stake.",
    ),
    "licensing": (
        "Indian firm to build Israeli loitering munition under licence",
        "India's Adani Defence signed a licence agreement with Israel's Elbit Systems to "
        "manufacture loitering munitions in India.",
    ),
    "tech_transfer": (
        "Turkey to transfer drone technology to Indonesian partner",
        "Turkish Aerospace signed a technology transfer agreement with an Indonesian company, "
        "which will learn to build drone airframes in Indonesia.",
    ),
}


@pytest.mark.parametrize("deal_type", sorted(DEALS))
def test_it_recognises_each_deal_type(classifier, deal_type):
    result = classify(classifier, *DEALS[deal_type])

    assert result.label == "deal"
    assert result.deal_type == deal_type


STATUSES = {
    "in_talks": ("Poland in talks with US firm over drone purchase",
                 "Poland is in talks with AeroVironment about buying Switchblade 600 drones."),
    "announced": ("Latvia plans to buy Swedish drones",
                  "Latvia plans to buy reconnaissance drones from Saab, the ministry announced."),
    "signed": ("Latvia signs contract for Swedish drones",
               "Latvia signed a contract with Saab for reconnaissance drones."),
    "in_production": ("Production of Portuguese drones begins in Ukraine",
                      "A Ukrainian plant began production of Tekever AR3 drones under licence."),
    "delivered": ("Lithuania receives US loitering munitions",
                  "AeroVironment delivered Switchblade 600 loitering munitions to Lithuania."),
    "cancelled": ("Norway scraps Israeli drone order",
                  "Norway has cancelled its order for Elbit Systems drones, the ministry said."),
}  # fmt: skip


@pytest.mark.parametrize("status", sorted(STATUSES))
def test_it_reads_the_status_from_the_wording(classifier, status):
    result = classify(classifier, *STATUSES[status])

    assert result.status == status


HARD_NEGATIVES = {
    "strike": ("Russian drones hit Odesa port overnight",
               "Russia launched 60 attack drones at Odesa overnight; Ukraine's air force said "
               "48 were shot down and two people were wounded."),
    "domestic purchase": ("French army orders drones from French maker",
                          "France's armament agency ordered 500 drones from Delair, a French "
                          "company, to support the domestic industry."),
    "regulation": ("New rules restrict drone flights near airports",
                   "The government published regulations banning drone flights within 5 km of "
                   "airports, with fines for violations."),
    "domestic funding round": ("German drone start-up raises €30 million",
                               "A Munich drone start-up raised €30 million in a funding round "
                               "led by German investors to hire engineers."),
    "product unveiling": ("Company unveils new loitering munition",
                          "A drone maker unveiled a new loitering munition with a 50 km range "
                          "and showed it to visitors for the first time."),
    "opinion": ("Opinion: Why Europe must rethink drone procurement",
                "Europe's armies should buy cheaper drones, this commentary argues; the "
                "lessons of the war are clear."),
    "readiness without counterpart": ("Minister says country is ready to co-produce drones",
                                      "The defence minister said the country is ready to "
                                      "cooperate with partners on drone production, without "
                                      "naming any country or company."),
    "exhibition": ("Drone makers gather at defence exhibition",
                   "More than 300 companies are showing unmanned systems at this year's "
                   "defence exhibition, organisers said."),
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(HARD_NEGATIVES))
def test_it_rejects_each_hard_negative_kind(classifier, kind):
    result = classify(classifier, *HARD_NEGATIVES[kind])

    assert result.label == "not_deal"


def test_it_does_not_make_a_country_that_is_only_mentioned_a_party(classifier):
    result = classify(
        classifier,
        "Japan and Ukraine agree to co-produce drones",
        "Japanese and Ukrainian companies signed an agreement to jointly produce drones in "
        "Japan. Tokyo sees the deal as a way to counter the growing threat from China.",
    )

    assert {party.code for party in result.countries} == {"JP", "UA"}


@pytest.mark.parametrize(
    "title, text",
    [
        (
            "Estonia and Ukraine to build a joint drone plant near the border with Russia",
            "Estonia and Ukraine agreed to set up a joint drone factory close to the border with "
            "Russia, the Estonian defence ministry said. Moscow has warned Tallinn against it.",
        ),
        (
            "China sells reconnaissance drones to Algeria",
            "China signed a contract to supply reconnaissance drones to Algeria. Beijing has "
            "been taking market share from the United States and Israel in the Middle East.",
        ),
    ],
)
def test_a_neighbour_across_the_border_or_a_competitor_is_no_party(classifier, title, text):
    result = classify(classifier, title, text)

    assert {party.code for party in result.countries} <= {"EE", "UA", "CN", "DZ"}


def test_a_country_far_below_the_parties_is_backdrop(classifier):
    result = classify(
        classifier,
        "Polish army orders Turkish loitering munitions",
        "The Polish army has signed a contract with Turkish maker Baykar for 40 loitering "
        "munitions. Deliveries are due next year, the Polish defence ministry said. Baykar said "
        "the order follows strong sales of its drones. The munitions were first shown at a fair "
        "in Germany two years ago, and German engineers helped test them. The army will train its "
        "crews over the winter, and the ministry called the deal a milestone.",
    )

    assert {party.code for party in result.countries} == {"PL", "TR"}


def test_a_country_named_only_outside_the_deal_sentences_is_backdrop(classifier):
    result = classify(
        classifier,
        "Polish army orders Turkish loitering munitions",
        "The Polish army has signed a contract with Turkish maker Baykar for 40 loitering "
        "munitions. Deliveries are due next year, the Polish defence ministry said. Romania "
        "already fields the same model. Romanian crews praised its range, and Romanian officers "
        "described its accuracy in Romania's winter exercises as good.",
    )

    assert {party.code for party in result.countries} == {"PL", "TR"}


def test_a_country_left_out_of_a_supply_chain_is_no_party(classifier):
    result = classify(
        classifier,
        "Estonian and Japanese drone firms sign deal on non-Chinese motors",
        "Estonian drone maker Marduk Technologies and Japan's Terra Drone signed an agreement to "
        "build a non-Chinese supply chain for drone motors. The partners want China-free parts "
        "for European and Japanese customers within two years.",
    )

    assert "CN" not in {party.code for party in result.countries}


def test_it_gives_every_answer_a_confidence(classifier):
    result = classify(classifier, *DEALS["sale"])

    for confidence in (result.confidence, result.relevance_confidence,
                       result.deal_type_confidence, result.status_confidence):  # fmt: skip
        assert 0 < confidence <= 1
    assert all(0 < party.confidence <= 1 for party in result.countries)
    assert all(0 < company.confidence <= 1 for company in result.companies)


def test_it_reports_value_quantity_and_systems_of_a_deal(classifier):
    result = classify(classifier, *DEALS["sale"])

    assert result.value.currency == "USD"
    assert result.value.amount == 180_000_000
    assert result.quantity == 18
    assert "Bayraktar TB2" in [system.name for system in result.systems]


def test_systems_are_reported_once_and_amounts_or_countries_are_no_designations(classifier):
    result = classify(
        classifier,
        "Chile buys Hermes 900 drones",
        "Chile has signed a USD200 million contract for Hermes 900 drones. The Hermes 900 drones "
        "will replace older aircraft; Elbit Systems will also sell Peru 12 drones.",
    )

    assert [system.name for system in result.systems] == ["Hermes 900"]


def test_it_matches_known_companies_and_systems_by_alias(classifier):
    result = classify(
        classifier,
        "Lithuanian maker SFAS to supply Kestrel drones to Finland",
        "SFAS signed a contract with Finland's defence forces for K9 Kestrel drones.",
    )

    assert [company.key for company in result.companies] == ["skyfalcon"]
    assert result.companies[0].country == "LT"
    assert [system.key for system in result.systems if system.key] == ["kestrel-9"]


def test_train_then_classify_round_trip_carries_the_model_version(trained_model, model_dir):
    forget_loaded_models()
    loaded = load_classifier(model_dir)
    result = loaded.classify(ArticleInput(*DEALS["mou"]))

    assert trained_model.version.startswith("v2-")
    assert (model_dir / f"classifier-{trained_model.version}.joblib").exists()
    assert result.model_version == trained_model.version
    assert set(trained_model.figures) >= {"precision", "recall", "f1", "type_accuracy"}
    forget_loaded_models()


def test_it_works_for_articles_in_german(classifier):
    result = classify(
        classifier,
        "Rheinmetall und ukrainischer Hersteller vereinbaren gemeinsame Produktion",
        "Rheinmetall hat mit einem ukrainischen Drohnenhersteller einen Vertrag über die "
        "gemeinsame Produktion von Drohnen in Deutschland unterzeichnet.",
    )

    assert result.label == "deal"
    assert {party.code for party in result.countries} == {"DE", "UA"}


def test_the_model_version_changes_with_the_rules_as_well_as_the_examples():
    from dealtracker.ingest.classify.model import Example, training_version

    examples = [Example(title="t", text="x", label="not_deal")]

    assert training_version(examples, "rules-a") != training_version(examples, "rules-b")
    assert training_version(examples, "rules-a") == training_version(examples, "rules-a")


def test_the_rules_fingerprint_covers_the_party_scoring_tables():
    from dealtracker.ingest.classify import classifier, participation

    digest = classifier.rules_fingerprint()
    classifier.rules_fingerprint.cache_clear()
    original = participation.__file__
    try:
        participation.__file__ = classifier.__file__  # another file read in its place
        assert classifier.rules_fingerprint() != digest
    finally:
        participation.__file__ = original
        classifier.rules_fingerprint.cache_clear()


def test_a_company_is_reported_by_its_own_name_where_the_text_gives_it(classifier):
    result = classify(
        classifier,
        "Elbit to build drones with Indian partner",
        "Adani Defence and Elbit Systems Ltd signed an agreement to produce Hermes drones in "
        "India. Bezhalel Machlis, CEO of Elbit Systems, said Elbit would transfer the design.",
    )

    names = [company.name for company in result.companies]
    assert "Elbit Systems" in names
    assert "Elbit" not in names


def test_a_name_after_a_persons_title_is_still_the_company(classifier):
    result = classify(
        classifier,
        "Poland leases American reconnaissance drones",
        "Poland has signed a lease for four Reaper drones, Linden Blue, CEO of General Atomics "
        "Aeronautical Systems, said on Monday.",
    )

    assert "General Atomics Aeronautical Systems" in [c.name for c in result.companies]


KNOWN_PARTNERS = [
    KnownCompany("orlan-aero", "Orlan Aero", (), "UA"),
    KnownCompany("fjord-avionics", "Fjord Avionics", (), "NO"),
]
PROGRESS_REPORT = (
    "Orlan Aero and Fjord Avionics report progress on their drone work",
    "Ukraine's Orlan Aero and Norway's Fjord Avionics said the first aircraft of their "
    "partnership completed ground tests this week, and flight trials follow in spring.",
)


def test_news_of_a_recorded_deal_takes_its_type(trained_model):
    recorded = KnownDeal(
        "orlan-fjord-jv", "joint_venture", frozenset({"orlan-aero", "fjord-avionics"}),
        frozenset({"UA", "NO"}),
    )  # fmt: skip
    without = Classifier(trained_model, KNOWN_PARTNERS).classify(ArticleInput(*PROGRESS_REPORT))
    knowing = Classifier(trained_model, KNOWN_PARTNERS, deals=[recorded]).classify(
        ArticleInput(*PROGRESS_REPORT)
    )

    assert without.deal_type != "joint_venture"
    assert knowing.deal_type == "joint_venture"


def test_a_recorded_deal_of_other_parties_or_disagreeing_records_change_nothing(trained_model):
    baseline = Classifier(trained_model, KNOWN_PARTNERS).classify(ArticleInput(*PROGRESS_REPORT))
    elsewhere = KnownDeal("orlan-other", "acquisition", frozenset({"orlan-aero", "someone-else"}))
    disagreeing = [
        KnownDeal("a", "licensing", frozenset({"orlan-aero", "fjord-avionics"})),
        KnownDeal("b", "investment", frozenset({"orlan-aero", "fjord-avionics"})),
    ]
    for deals in ([elsewhere], disagreeing):
        result = Classifier(trained_model, KNOWN_PARTNERS, deals=deals).classify(
            ArticleInput(*PROGRESS_REPORT)
        )
        assert result.deal_type == baseline.deal_type


def test_the_headlines_short_name_gives_way_to_the_companys_own_name_in_the_body(trained_model):
    known = [KnownCompany("anduril-industries", "Anduril Industries", ("Anduril",), "US")]
    result = classify(
        Classifier(trained_model, known),
        "Anduril to build drones with Korean partner",
        "Anduril Industries signed an agreement with a South Korean company to build drones in "
        "Korea. Anduril said production starts next year.",
    )

    assert "Anduril Industries" in [company.name for company in result.companies]
