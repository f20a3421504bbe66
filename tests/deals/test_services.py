import datetime as dt

import pytest

from dealtracker.deals import services
from dealtracker.deals.models import Company, CompanyAlias, Party
from tests.factories import AgreementFactory, CompanyFactory, PartyFactory, SystemFactory

pytestmark = pytest.mark.django_db


def test_merging_companies_moves_parties_aliases_and_systems():
    keep = CompanyFactory(name="Skyeton")
    duplicate = CompanyFactory(name="Skyeton Group")
    CompanyAlias.objects.create(company=duplicate, name="Skyeton s.r.o.")
    party = PartyFactory(company=duplicate)
    system = SystemFactory(maker=duplicate)

    services.company_merge(source=duplicate, target=keep)

    party.refresh_from_db()
    system.refresh_from_db()
    assert party.company == keep
    assert system.maker == keep
    assert set(keep.aliases.values_list("name", flat=True)) == {"Skyeton Group", "Skyeton s.r.o."}
    assert not Company.objects.filter(pk=duplicate.pk).exists()


def test_merging_leaves_no_dangling_or_duplicate_party():
    keep = CompanyFactory()
    duplicate = CompanyFactory()
    agreement = AgreementFactory()
    PartyFactory(agreement=agreement, company=keep, role="partner")
    PartyFactory(agreement=agreement, company=duplicate, role="partner")
    PartyFactory(agreement=agreement, company=duplicate, role="investor")

    services.company_merge(source=duplicate, target=keep)

    roles = sorted(agreement.parties.values_list("company_id", "role"))
    assert roles == [(keep.pk, "investor"), (keep.pk, "partner")]
    assert not Party.objects.filter(company_id=duplicate.pk).exists()


def test_merging_keeps_the_history_of_the_merged_company():
    keep = CompanyFactory()
    duplicate = CompanyFactory(name="Old Name")
    duplicate_id = duplicate.pk
    services.company_merge(source=duplicate, target=keep)
    kinds = list(Company.history.filter(id=duplicate_id).values_list("history_type", flat=True))
    assert "+" in kinds and "-" in kinds


def test_a_company_cannot_be_merged_into_itself():
    company = CompanyFactory()
    with pytest.raises(ValueError):
        services.company_merge(source=company, target=company)


def test_status_follows_the_latest_milestone():
    agreement = AgreementFactory(status="announced")
    services.milestone_add(agreement=agreement, kind="talks", date=dt.date(2025, 1, 1))
    assert agreement.status == "in_talks"
    services.milestone_add(agreement=agreement, kind="contract_signed", date=dt.date(2025, 3, 1))
    services.milestone_add(agreement=agreement, kind="first_delivery", date=dt.date(2025, 9, 1))
    agreement.refresh_from_db()
    assert agreement.status == "delivered"


def test_a_milestone_added_twice_is_stored_once():
    agreement = AgreementFactory()
    for _ in range(2):
        services.milestone_add(agreement=agreement, kind="announced", date=dt.date(2025, 1, 1))
    assert agreement.milestones.count() == 1


def test_an_article_update_fills_gaps_but_never_blanks_fields():
    article, created = services.article_create_or_update(
        url="https://news.example/a", title="Deal signed", outlet="Example"
    )
    assert created
    article, created = services.article_create_or_update(
        url="https://news.example/a", title="", published=dt.date(2025, 2, 1)
    )
    assert not created
    assert article.title == "Deal signed"
    assert article.published == dt.date(2025, 2, 1)


def test_an_alias_that_is_only_punctuation_away_is_not_added_twice():
    company = CompanyFactory(name="Baykar")
    services.company_alias_add(company=company, name="Baykar Makina A.Ş.")
    services.company_alias_add(company=company, name="baykar makina")
    assert company.aliases.count() == 1


def test_merging_records_every_moved_system_and_subsidiary_in_history():
    keep = CompanyFactory()
    duplicate = CompanyFactory()
    system = SystemFactory(maker=duplicate)
    subsidiary = CompanyFactory(parent=duplicate)

    services.company_merge(source=duplicate, target=keep)

    assert system.history.first().maker_id == keep.pk
    assert subsidiary.history.first().parent_id == keep.pk


def test_articles_are_stored_by_canonical_url():
    first, created = services.article_create_or_update(
        url="https://www.example.com:443/news/deal?utm_source=feed#top", title="Deal"
    )
    second, created_again = services.article_create_or_update(
        url="https://www.example.com/news/deal"
    )
    assert created and not created_again
    assert first.pk == second.pk
    assert first.url == "https://www.example.com/news/deal"
