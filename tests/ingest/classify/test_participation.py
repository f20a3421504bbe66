"""Which named companies take part in the deal, and which are only mentioned: rivals, owners,
earlier deals. All text written for these tests."""

from dealtracker.ingest.classify import ArticleInput, Classifier, KnownCompany
from dealtracker.ingest.classify.participation import (
    is_background,
    named_between,
    not_a_party,
    role_evidence,
)


def party_names(classifier, title: str, text: str) -> set[str]:
    result = classifier.classify(ArticleInput(title=title, text=text))
    return {company.name for company in result.companies}


def test_a_name_given_a_role_is_evidence_of_taking_part():
    text = "Chile signed a contract with Andes Robotics for 40 drones."

    assert role_evidence(text, text.index("Andes"), text.index(" for"))


def test_the_subject_of_a_deal_verb_takes_part():
    text = "Andes Robotics, a Chilean maker, will supply 40 drones."

    assert role_evidence(text, 0, len("Andes Robotics"))


def test_a_rival_an_owner_and_an_analysts_firm_are_not_parties():
    rival = "The order went to Andes Robotics ahead of rival Pampa Drones."
    owner = "Andes Robotics, which is owned by Condor Holdings, will deliver in May."
    analyst = "said Maria Ruiz, an analyst at Cordillera Research Group."

    assert not_a_party(rival, rival.index("Pampa"), len(rival) - 1)
    assert not_a_party(owner, owner.index("Condor"), owner.index(", will"))
    assert not_a_party(analyst, analyst.index("Cordillera"), len(analyst) - 1)


def test_a_sentence_about_an_earlier_deal_is_background():
    assert is_background("The group bought a stake in a radar maker last year.")
    assert not is_background("The group will buy a stake in the radar maker.")


def test_an_agreement_between_two_names_makes_both_parties():
    text = "two years after a memorandum was signed between Andes Robotics and Pampa Drones"

    assert named_between(text, text.index("Andes"))
    assert named_between(text, text.index("Pampa"))


def test_a_past_deal_of_one_party_does_not_bring_in_its_partner(classifier):
    names = party_names(
        classifier,
        "Chile orders Lithuanian drones from SkyFalcon",
        "SANTIAGO — Chile's army signed a contract with SkyFalcon Aerial Systems for 60 "
        "reconnaissance drones, the Lithuanian company said on Monday. Deliveries start in "
        "spring. The order follows a year of trials in the Atacama desert. SkyFalcon said the "
        "drones would be assembled in Vilnius. The company bought a stake in Latvian start-up "
        "Daugava Robotics last year.",
    )

    assert "SkyFalcon Aerial Systems" in names or "SkyFalcon" in names
    assert "Daugava Robotics" not in names


def test_a_losing_rival_is_not_a_party(classifier):
    names = party_names(
        classifier,
        "Chile picks SkyFalcon for army drones",
        "SANTIAGO — Chile's army has signed a contract with SkyFalcon Aerial Systems for 60 "
        "drones, beating rival Pampa Drones, which had offered a cheaper design.",
    )

    assert "Pampa Drones" not in names


def test_a_short_name_inside_a_longer_one_is_the_longer_one(classifier):
    names = party_names(
        classifier,
        "Andes and SkyFalcon to build drones together",
        "SANTIAGO — Chilean manufacturer Andes Robotics and Lithuania's SkyFalcon Aerial Systems "
        "signed an agreement to co-produce reconnaissance drones in Chile.",
    )

    assert "Andes Robotics" in names
    assert "Andes" not in names


def test_the_maker_of_a_named_system_is_a_party_when_the_text_does_not_name_it(classifier):
    result = classifier.classify(
        ArticleInput(
            title="Chile signs for a dozen Bayraktar TB2 drones",
            text="SANTIAGO — Chile has signed a contract for 12 Bayraktar TB2 drones from Turkey, "
            "the defence ministry said.",
        )
    )

    makers = [c for c in result.companies if c.name == "Baykar"]
    assert makers and makers[0].confidence < 0.6


def test_no_maker_is_added_when_a_company_of_its_country_is_a_party(classifier):
    names = party_names(
        classifier,
        "Chile signs for a dozen Bayraktar TB2 drones",
        "SANTIAGO — Chile has signed a contract with Turkish Aerospace for 12 Bayraktar TB2 "
        "drones, the defence ministry said.",
    )

    assert "Baykar" not in names


def test_a_government_body_approving_an_export_does_not_stand_in_for_the_maker(trained_model):
    agency = KnownCompany("dsca", "Defense Security Cooperation Agency", ("DSCA",), "US")
    classifier = Classifier(trained_model, [agency], [])
    result = classifier.classify(
        ArticleInput(
            title="DSCA approves Switchblade 300 loitering munitions for Chile",
            text="WASHINGTON — The Defense Security Cooperation Agency has approved the sale of "
            "200 Switchblade 300 loitering munitions to Chile, worth $40 million.",
        )
    )

    companies = {company.name: company.kind for company in result.companies}
    assert companies.get("Defense Security Cooperation Agency") == "government"
    assert companies.get("AeroVironment") == "company"
