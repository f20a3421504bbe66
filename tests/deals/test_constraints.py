"""The database itself refuses bad rows, whatever path they come by."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from dealtracker.deals.models import Agreement, Company, Milestone, Party
from tests.factories import AgreementFactory, CompanyFactory, PartyFactory, country

pytestmark = pytest.mark.django_db


def _refused(make) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_it_rejects_signing_before_announcement():
    _refused(
        lambda: AgreementFactory(
            announced_date=dt.date(2025, 6, 10), signed_date=dt.date(2025, 6, 1)
        )
    )


def test_it_rejects_an_unknown_deal_type():
    _refused(lambda: AgreementFactory(deal_type="barter"))


def test_it_rejects_an_unknown_status():
    _refused(lambda: AgreementFactory(status="maybe"))


def test_it_rejects_a_duplicate_slug():
    AgreementFactory(slug="same")
    _refused(lambda: AgreementFactory(slug="same"))


def test_it_rejects_a_value_without_currency():
    _refused(lambda: AgreementFactory(value_amount=1000, value_currency=""))


def test_it_rejects_a_negative_value():
    _refused(lambda: AgreementFactory(value_amount=-5, value_currency="USD"))


def test_it_rejects_a_party_with_neither_company_nor_country():
    agreement = AgreementFactory()
    _refused(lambda: Party.objects.create(agreement=agreement, role="partner"))


def test_it_rejects_the_same_company_twice_in_one_role():
    party = PartyFactory()
    _refused(lambda: PartyFactory(agreement=party.agreement, company=party.company))


def test_it_rejects_the_same_unnamed_country_party_twice_in_one_role():
    agreement = AgreementFactory()
    Party.objects.create(agreement=agreement, country=country("JP"), role="partner")
    _refused(
        lambda: Party.objects.create(agreement=agreement, country=country("JP"), role="partner")
    )


def test_it_allows_one_company_in_two_roles():
    party = PartyFactory(role="supplier")
    PartyFactory(agreement=party.agreement, company=party.company, role="licensor")
    assert party.agreement.parties.count() == 2


def test_a_company_party_takes_its_companys_country():
    company = CompanyFactory(country=country("JP"))
    party = PartyFactory(company=company)
    assert party.country_id == "JP"


def test_it_rejects_a_company_without_country_unless_international():
    _refused(lambda: CompanyFactory(country=None, kind=Company.Kind.COMPANY))
    nato = CompanyFactory(country=None, kind=Company.Kind.INTERNATIONAL_ORGANISATION)
    assert nato.country is None


def test_it_rejects_a_milestone_of_an_unknown_kind():
    agreement = AgreementFactory()
    _refused(
        lambda: Milestone.objects.create(
            agreement=agreement, kind="party", date=dt.date(2025, 1, 1)
        )
    )


def test_the_form_validation_explains_signing_before_announcement():
    agreement = Agreement(
        title="x",
        slug="x",
        deal_type="sale",
        announced_date=dt.date(2025, 6, 10),
        signed_date=dt.date(2025, 6, 1),
    )
    with pytest.raises(Exception) as error:
        agreement.full_clean()
    assert "signed before" in str(error.value)


@pytest.mark.django_db(transaction=True)
def test_countries_come_back_after_a_database_flush():
    from django.core.management import call_command

    from dealtracker.deals.models import Country

    call_command("flush", interactive=False, verbosity=0)
    assert Country.objects.count() == 249
    assert Country.objects.get(code="RU").common_name == "Russia"
