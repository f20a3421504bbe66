"""The classifier's Django side: what it knows comes from the database, or from the seed file
when the database holds no companies yet."""

import pytest

from dealtracker.ingest import classification
from tests.factories import AgreementFactory, CompanyFactory, PartyFactory, country

pytestmark = pytest.mark.django_db


def test_known_deals_are_the_recorded_agreements_with_their_company_keys_and_countries():
    maker = CompanyFactory(slug="orlan-aero", country=country("UA"))
    partner = CompanyFactory(slug="fjord-avionics", country=country("NO"))
    agreement = AgreementFactory(slug="orlan-fjord", deal_type="joint_venture")
    PartyFactory(agreement=agreement, company=maker, country=country("UA"))
    PartyFactory(agreement=agreement, company=partner, country=country("NO"))

    [deal] = classification.known_deals()

    assert deal.key == "orlan-fjord"
    assert deal.deal_type == "joint_venture"
    assert deal.companies == {"orlan-aero", "fjord-avionics"}
    assert deal.countries == {"UA", "NO"}


def test_an_empty_database_classifies_with_the_seed_files_companies_systems_and_deals():
    companies, systems, deals = (
        classification.known_companies(),
        classification.known_systems(),
        classification.known_deals(),
    )

    assert "UFORCE" in {company.name for company in companies}
    assert any(system.maker == "Baykar" for system in systems)
    assert any(deal.key == "baykar-leonardo-jv" and deal.deal_type == "joint_venture"
               for deal in deals)  # fmt: skip


def test_the_process_classifier_is_rebuilt_when_a_deal_is_recorded():
    CompanyFactory(slug="orlan-aero")
    first = classification.current_classifier()
    assert first is classification.current_classifier()

    AgreementFactory(slug="later-deal")

    assert classification.current_classifier() is not first
