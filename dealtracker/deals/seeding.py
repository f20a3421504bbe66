"""Load the seed deals shipped with the project (dealtracker/deals/seed/seed.json).

The seed holds real, sourced deals researched from public reporting, summarised in our own
words. Loading is idempotent and never overwrites a record that already exists, so editors'
corrections survive a second `load_seed`; a seed record that was loaded once is remembered
(`SeedRecord`), so one an editor deleted, or a company merged into another, stays gone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from dealtracker.deals import services
from dealtracker.deals.models import Agreement, Article, Company, CompanyAlias, SeedRecord, System
from dealtracker.lib.dates import parse_partial_date
from dealtracker.lib.text import normalise_name

SEED_PATH = Path(__file__).resolve().parent / "seed" / "seed.json"


@dataclass
class SeedReport:
    companies_created: int = 0
    systems_created: int = 0
    agreements_created: int = 0
    agreements_existing: int = 0
    agreements_removed_by_editors: int = 0
    articles_created: int = 0

    def __str__(self) -> str:
        removed = (
            f", {self.agreements_removed_by_editors} removed by editors"
            if self.agreements_removed_by_editors
            else ""
        )
        return (
            f"{self.agreements_created} deals added ({self.agreements_existing} already there"
            f"{removed}), "
            f"{self.companies_created} companies, {self.systems_created} systems, "
            f"{self.articles_created} articles"
        )


@transaction.atomic
def seed_load(*, path: Path = SEED_PATH) -> SeedReport:
    """Create the seed's companies, systems and deals that are not in the database yet."""
    data = json.loads(path.read_text(encoding="utf-8"))
    report = SeedReport()
    loaded = {(r.kind, r.slug) for r in SeedRecord.objects.all()}
    companies = _companies_load(data["companies"], loaded, report)
    systems = _systems_load(data["systems"], companies, loaded, report)
    for record in data["agreements"]:
        _agreement_load(record, companies, systems, loaded, report)
    return report


def _remember(kind: str, slug: str, loaded: set[tuple[str, str]]) -> None:
    if (kind, slug) not in loaded:
        SeedRecord.objects.get_or_create(kind=kind, slug=slug)
        loaded.add((kind, slug))


def _companies_load(
    records: list[dict], loaded: set[tuple[str, str]], report: SeedReport
) -> dict[str, Company]:
    companies: dict[str, Company] = {}
    existing = {c.slug: c for c in Company.objects.filter(slug__in=[r["slug"] for r in records])}
    for record in records:
        if record["slug"] in existing:
            companies[record["slug"]] = existing[record["slug"]]
            _remember("company", record["slug"], loaded)
            continue
        if ("company", record["slug"]) in loaded:
            # Deleted or merged by an editor: a merge left the name as the keeper's alias.
            alias = CompanyAlias.objects.filter(normalised=normalise_name(record["name"])).first()
            if alias:
                companies[record["slug"]] = alias.company
            continue
        company, created = Company.objects.get_or_create(
            slug=record["slug"],
            defaults={
                "name": record["name"],
                "country_id": record["country"],
                "kind": record["kind"],
                "website": record.get("website") or "",
                "description": record.get("description") or "",
            },
        )
        if created:
            company.full_clean(validate_unique=False, validate_constraints=False)
            report.companies_created += 1
            for alias in record.get("aliases", []):
                services.company_alias_add(company=company, name=alias)
            parent = companies.get(record.get("parent") or "")
            if record.get("parent") and parent is None:
                parent = Company.objects.filter(slug=record["parent"]).first()
            if parent is not None and parent.pk != company.pk:
                company.parent = parent
                company.save()
        companies[record["slug"]] = company
        _remember("company", record["slug"], loaded)
    return companies


def _systems_load(
    records: list[dict],
    companies: dict[str, Company],
    loaded: set[tuple[str, str]],
    report: SeedReport,
) -> dict[str, System]:
    systems: dict[str, System] = {}
    existing = {s.slug: s for s in System.objects.filter(slug__in=[r["slug"] for r in records])}
    for record in records:
        if record["slug"] in existing:
            systems[record["slug"]] = existing[record["slug"]]
            _remember("system", record["slug"], loaded)
            continue
        if ("system", record["slug"]) in loaded:
            continue
        maker = companies.get(record["maker"]) if record.get("maker") else None
        system, created = System.objects.get_or_create(
            slug=record["slug"],
            defaults={
                "name": record["name"],
                "category": record["category"],
                "maker": maker,
                "aliases": record.get("aliases", []),
            },
        )
        if created:
            system.full_clean(validate_unique=False, validate_constraints=False)
            report.systems_created += 1
        systems[record["slug"]] = system
        _remember("system", record["slug"], loaded)
    return systems


def _agreement_load(
    record: dict,
    companies: dict[str, Company],
    systems: dict[str, System],
    loaded: set[tuple[str, str]],
    report: SeedReport,
) -> None:
    if Agreement.objects.filter(slug=record["slug"]).exists():
        report.agreements_existing += 1
        _remember("agreement", record["slug"], loaded)
        return
    if ("agreement", record["slug"]) in loaded:
        report.agreements_removed_by_editors += 1
        return
    agreement = Agreement(
        slug=record["slug"],
        title=record["title"],
        deal_type=record["deal_type"],
        status=record["status"],
        summary=record.get("summary", ""),
        notes=record.get("notes", ""),
        confidence=record["confidence"],
        quantity=record.get("quantity"),
    )
    if record.get("announced_date"):
        agreement.announced_date, agreement.announced_precision = parse_partial_date(
            record["announced_date"]
        )
    if record.get("signed_date"):
        agreement.signed_date, agreement.signed_precision = parse_partial_date(
            record["signed_date"]
        )
    if record.get("value_amount") is not None:
        agreement.value_amount = Decimal(record["value_amount"])
        agreement.value_currency = record["value_currency"]
        agreement.value_usd = (
            Decimal(record["value_usd"]) if record.get("value_usd") is not None else None
        )
    # The database enforces uniqueness and the check constraints; a bad seed fails loudly.
    agreement.full_clean(validate_unique=False, validate_constraints=False)
    agreement.save()
    report.agreements_created += 1

    _remember("agreement", record["slug"], loaded)
    agreement.systems.set([systems[slug] for slug in record.get("systems", []) if slug in systems])
    for party in record["parties"]:
        company = companies.get(party["company"]) if party.get("company") else None
        if party.get("company") and company is None:
            continue  # An editor deleted this company; its party goes with it.
        services.party_set(
            agreement=agreement,
            company=company,
            country_code=party.get("country"),
            role=party["role"],
        )
    articles: dict[str, Article] = {}
    for source in record.get("sources", []):
        article, created = services.article_create_or_update(
            url=source["url"],
            outlet=source.get("outlet") or "",
            title=source.get("title") or "",
            published=parse_partial_date(source["published"])[0]
            if source.get("published")
            else None,
        )
        report.articles_created += int(created)
        services.evidence_add(agreement=agreement, article=article)
        articles[source["url"]] = article
    for milestone in record.get("milestones", []):
        date, precision = parse_partial_date(milestone["date"])
        services.milestone_add(
            agreement=agreement,
            kind=milestone["kind"],
            date=date,
            date_precision=precision,
            note=milestone.get("note", ""),
            source=articles.get(milestone.get("source_url") or ""),
        )
