"""The real seed deals load completely, and loading them again changes nothing."""

import json

import pytest

from dealtracker.deals.models import (
    MILESTONE_STATUS,
    Agreement,
    Article,
    Company,
    CompanyAlias,
    Evidence,
    Milestone,
    Party,
    System,
)
from dealtracker.deals.seeding import SEED_PATH, seed_load
from dealtracker.lib.urls import canonical_url

pytestmark = pytest.mark.django_db

SEED = json.loads(SEED_PATH.read_text(encoding="utf-8"))


def _row_counts() -> dict[str, int]:
    models = [Agreement, Party, Milestone, Evidence, Article, Company, CompanyAlias, System]
    return {model.__name__: model.objects.count() for model in models}


def test_it_loads_every_deal_with_parties_milestones_and_sources():
    report = seed_load()
    assert report.agreements_created == len(SEED["agreements"]) == 89
    assert Agreement.objects.count() == 89
    for record in SEED["agreements"]:
        agreement = Agreement.objects.get(slug=record["slug"])
        assert agreement.parties.count() == len(record["parties"]), record["slug"]
        assert agreement.milestones.count() == len(record["milestones"]), record["slug"]
        urls = set(agreement.evidence.values_list("article__url", flat=True))
        expected = {canonical_url(source["url"]) for source in record["sources"]}
        assert urls == expected, record["slug"]
        assert agreement.summary, record["slug"]


def test_loading_twice_duplicates_nothing():
    seed_load()
    before = _row_counts()
    report = seed_load()
    assert report.agreements_created == 0
    assert report.agreements_existing == 89
    assert _row_counts() == before


def test_loading_again_keeps_an_editors_correction():
    seed_load()
    agreement = Agreement.objects.get(slug="ua-jp-coproduction-talks")
    agreement.title = "Corrected by an editor"
    agreement.save()
    seed_load()
    agreement.refresh_from_db()
    assert agreement.title == "Corrected by an editor"


def test_the_japan_ukraine_coproduction_talks_are_there_with_unnamed_japanese_partners():
    seed_load()
    talks = Agreement.objects.get(slug="ua-jp-coproduction-talks")
    assert talks.deal_type == "co_production"
    assert talks.status == "in_talks"
    assert set(talks.parties.values_list("country_id", flat=True)) == {"UA", "JP"}
    japanese = talks.parties.get(country_id="JP")
    assert japanese.company is None
    assert set(talks.parties.exclude(company=None).values_list("company__name", flat=True)) >= {
        "UFORCE",
        "General Cherry",
    }
    assert not Company.objects.filter(name__istartswith="unnamed").exists()


def test_every_status_follows_the_latest_milestone():
    seed_load()
    for agreement in Agreement.objects.all():
        implied = agreement.status_from_milestones()
        assert implied is not None, agreement.slug
        assert agreement.status == implied, agreement.slug


def test_every_company_party_carries_its_companys_country():
    seed_load()
    for party in Party.objects.exclude(company=None).select_related("company"):
        assert party.country_id == party.company.country_id


def test_only_international_organisations_have_no_country():
    seed_load()
    stateless = Company.objects.filter(country=None)
    assert stateless.exists()
    assert set(stateless.values_list("kind", flat=True)) == {"international_organisation"}


def test_weakly_sourced_deals_have_the_lowest_confidence():
    seed_load()
    rumoured = Agreement.objects.filter(status="rumored")
    assert rumoured.exists()
    assert set(rumoured.values_list("confidence", flat=True)) == {"single"}


def test_milestone_kinds_cover_every_status_mapping():
    assert set(MILESTONE_STATUS.values()) == set(Agreement.Status.values)


def test_a_seed_deal_an_editor_deleted_stays_deleted():
    seed_load()
    Agreement.objects.get(slug="ua-jp-coproduction-talks").delete()
    report = seed_load()
    assert report.agreements_removed_by_editors == 1
    assert not Agreement.objects.filter(slug="ua-jp-coproduction-talks").exists()


def test_a_seed_company_merged_away_does_not_come_back():
    from dealtracker.deals.services import company_merge

    seed_load()
    skyeton = Company.objects.get(name="Skyeton")
    duplicate = Company.objects.create(name="Sky Eton Group", slug="sky-eton", country_id="UA")
    company_merge(source=skyeton, target=duplicate)
    seed_load()
    assert not Company.objects.filter(slug=skyeton.slug).exists()
    assert Party.objects.filter(company=duplicate).exists()


def test_seed_article_urls_are_stored_canonical():
    seed_load()
    assert not Article.objects.filter(url__contains=":443/").exists()
    assert not Article.objects.filter(url__contains="utm_").exists()
