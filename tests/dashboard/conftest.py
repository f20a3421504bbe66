"""Deals for the dashboard tests: a Japan–Ukraine co-production world, in any number."""

import datetime as dt

import pytest

from tests.factories import (
    AgreementFactory,
    ArticleFactory,
    CompanyFactory,
    EvidenceFactory,
    MilestoneFactory,
    PartyFactory,
    SystemFactory,
    country,
)


@pytest.fixture
def make_deals(db):
    """make_deals(n) -> n deals between a Japanese and a Ukrainian maker, each with a system,
    two milestones and an article; every third one is a sale with Türkiye as supplier."""

    def make(n: int, *, start: dt.date = dt.date(2025, 6, 2)) -> list:
        jp_maker = CompanyFactory(name="Nippon Wings", slug="nippon-wings", country=country("JP"))
        ua_maker = CompanyFactory(name="Kyiv Rotors", slug="kyiv-rotors", country=country("UA"))
        tr_maker = CompanyFactory(name="Anatolia Aero", slug="anatolia-aero", country=country("TR"))
        system = SystemFactory(name="Skylark", slug="skylark", maker=ua_maker)
        deals = []
        for i in range(n):
            day = start + dt.timedelta(days=7 * i)
            if i % 3 == 2:
                deal = AgreementFactory(
                    title=f"Turkish drones for Ukraine {i}",
                    deal_type="sale",
                    status="signed",
                    announced_date=day,
                    value_amount=1_000_000 + i,
                    value_currency="USD",
                    value_usd=1_000_000 + i,
                )
                PartyFactory(agreement=deal, company=tr_maker, role="supplier")
                PartyFactory(agreement=deal, company=ua_maker, role="recipient")
            else:
                deal = AgreementFactory(
                    title=f"Japan–Ukraine co-production {i}",
                    deal_type="co_production",
                    status="in_talks",
                    announced_date=day,
                )
                PartyFactory(agreement=deal, company=jp_maker, role="partner")
                PartyFactory(agreement=deal, company=ua_maker, role="partner")
                deal.systems.add(system)
            MilestoneFactory(agreement=deal, kind="talks", date=day)
            MilestoneFactory(agreement=deal, kind="announced", date=day + dt.timedelta(days=30))
            EvidenceFactory(agreement=deal, article=ArticleFactory(published=day))
            deals.append(deal)
        return deals

    return make
