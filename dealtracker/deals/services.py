"""Writes to the record. Everything that changes deals goes through here: admin, seed, ingest."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from dealtracker.deals.models import (
    Agreement,
    Article,
    Company,
    CompanyAlias,
    Evidence,
    Milestone,
    Party,
)
from dealtracker.lib.text import normalise_name
from dealtracker.lib.urls import canonical_url


def company_alias_add(*, company: Company, name: str) -> CompanyAlias | None:
    """Record another spelling of a company; a spelling that is already known is left alone."""
    normalised = normalise_name(name)
    if not normalised or normalised == normalise_name(company.name):
        return None
    existing = CompanyAlias.objects.filter(normalised=normalised).first()
    if existing:
        return existing
    alias = CompanyAlias(company=company, name=name.strip())
    alias.full_clean()
    alias.save()
    return alias


@transaction.atomic
def company_merge(*, source: Company, target: Company) -> Company:
    """Fold a duplicate company into another and delete the duplicate.

    1. Its parties move to the target; where the target already holds the same role in the
       same agreement, the duplicate's party row is dropped instead.
    2. Its name and aliases become aliases of the target.
    3. The systems it makes and its subsidiaries move to the target.
    4. The duplicate is deleted; its history (and the deletion) stays in the history tables.

    Rows are saved one by one (not with a bulk update) so each move is in the history.
    """
    if source.pk == target.pk:
        raise ValueError("A company cannot be merged into itself.")
    for party in Party.objects.filter(company=source).select_related("agreement"):
        clash = Party.objects.filter(
            agreement=party.agreement, company=target, role=party.role
        ).exists()
        if clash:
            party.delete()
            continue
        party.company = target
        party.country = target.country
        party.save()
    source_name = source.name
    aliases = list(source.aliases.values_list("name", flat=True))
    source.aliases.all().delete()
    for name in [source_name, *aliases]:
        company_alias_add(company=target, name=name)
    for system in source.systems.all():
        system.maker = target
        system.save()
    for subsidiary in Company.objects.filter(parent=source).exclude(pk=target.pk):
        subsidiary.parent = target
        subsidiary.save()
    if target.parent_id == source.pk:
        target.parent = source.parent
        target.save()
    if not target.description and source.description:
        target.description = source.description
        target.save()
    source.delete()
    return target


def agreement_sync_status(*, agreement: Agreement) -> Agreement:
    """Make the agreement's status follow its latest milestone."""
    agreement.sync_status()
    return agreement


def milestone_add(
    *,
    agreement: Agreement,
    kind: str,
    date: dt.date,
    date_precision: str = "day",
    note: str = "",
    source: Article | None = None,
) -> Milestone:
    """Add a dated step to an agreement (once per kind and date) and update its status."""
    milestone, _ = Milestone.objects.get_or_create(
        agreement=agreement,
        kind=kind,
        date=date,
        defaults={"date_precision": date_precision, "note": note, "source": source},
    )
    agreement_sync_status(agreement=agreement)
    return milestone


def article_create_or_update(
    *,
    url: str,
    outlet: str = "",
    title: str = "",
    published: dt.date | None = None,
    language: str = "",
    text: str = "",
    author: str = "",
) -> tuple[Article, bool]:
    """Store an article by its canonical URL; fill in what was missing, never blank it out."""
    url = canonical_url(url)
    fields = {
        "outlet": outlet,
        "title": title,
        "published": published,
        "language": language,
        "text": text,
        "author": author,
    }
    article, created = Article.objects.get_or_create(url=url, defaults=fields)
    if created:
        return article, True
    missing = {f: v for f, v in fields.items() if v and not getattr(article, f)}
    if missing:
        for field, value in missing.items():
            setattr(article, field, value)
        article.full_clean()
        article.save()
    return article, False


def evidence_add(*, agreement: Agreement, article: Article, note: str = "") -> Evidence:
    evidence, _ = Evidence.objects.get_or_create(
        agreement=agreement, article=article, defaults={"note": note}
    )
    return evidence


def party_set(
    *,
    agreement: Agreement,
    company: Company | None = None,
    country_code: str | None = None,
    role: str,
) -> Party:
    """Add a party once: a company in a role, or a country alone when no company is named."""
    if company is not None:
        party, _ = Party.objects.get_or_create(
            agreement=agreement,
            company=company,
            role=role,
            defaults={"country_id": company.country_id},
        )
        return party
    if not country_code:
        raise ValueError("A party needs a company or a country.")
    party, _ = Party.objects.get_or_create(
        agreement=agreement, company=None, country_id=country_code, role=role
    )
    return party


def agreement_fill_in(
    *,
    agreement: Agreement,
    value_amount: Decimal | None = None,
    value_currency: str = "",
    quantity: int | None = None,
) -> Agreement:
    """Value and quantity from the news, only where the record has none: an editor's figure
    already in the record is never overwritten by what one article says."""
    changed = []
    if agreement.value_amount is None and value_amount is not None and value_currency:
        agreement.value_amount, agreement.value_currency = value_amount, value_currency.upper()
        agreement.value_usd = value_usd_for(value_amount, value_currency)
        changed += ["value_amount", "value_currency", "value_usd"]
    if agreement.quantity is None and quantity:
        agreement.quantity = quantity
        changed.append("quantity")
    if changed:
        agreement.full_clean()
        agreement.save(update_fields=[*changed, "updated_at"])
    return agreement


def value_usd_for(amount: Decimal | None, currency: str) -> Decimal | None:
    """The amount in USD when it is known without an exchange rate."""
    if amount is not None and currency.upper() == "USD":
        return amount
    return None


# Added for ingestion (issue 4): the review queue creates and updates agreements through these.


def _unique_slug(model, text: str, *, max_length: int = 200) -> str:
    from django.utils.text import slugify

    base = (slugify(text) or "item")[: max_length - 8].strip("-")
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def article_mark_duplicate(*, article: Article, original: Article) -> Article:
    """Link a syndicated or republished copy to the first copy of the story."""
    if original.pk == article.pk:
        raise ValueError("An article cannot be a duplicate of itself.")
    if article.duplicate_of_id != original.pk:
        article.duplicate_of = original
        article.full_clean()
        article.save()
    return article


def agreement_create(
    *,
    title: str,
    deal_type: str,
    status: str = Agreement.Status.ANNOUNCED,
    announced_date: dt.date | None = None,
    announced_precision: str = "day",
    value_amount: Decimal | None = None,
    value_currency: str = "",
    quantity: int | None = None,
    summary: str = "",
    confidence: str = Agreement.Confidence.SINGLE,
) -> Agreement:
    """Create an agreement with a slug of its own; parties, milestones and evidence follow."""
    agreement = Agreement(
        title=title[:300],
        slug=_unique_slug(Agreement, title),
        deal_type=deal_type,
        status=status,
        announced_date=announced_date,
        announced_precision=announced_precision,
        value_amount=value_amount,
        value_currency=value_currency,
        value_usd=value_usd_for(value_amount, value_currency),
        quantity=quantity,
        summary=summary,
        confidence=confidence,
    )
    agreement.full_clean()
    agreement.save()
    return agreement


def agreement_systems_add(*, agreement: Agreement, systems: list) -> Agreement:
    """Add systems to an agreement; ones it already has are left alone."""
    missing = [s for s in systems if not agreement.systems.filter(pk=s.pk).exists()]
    if missing:
        agreement.systems.add(*missing)
    return agreement


def company_find_or_create(*, name: str, country_code: str | None) -> Company:
    """The company known by this name or alias, or a new one based in the given country."""
    normalised = normalise_name(name)
    alias = CompanyAlias.objects.filter(normalised=normalised).select_related("company").first()
    if alias:
        return alias.company
    existing = Company.objects.filter(name__iexact=name.strip()).order_by("pk").first()
    if existing:
        return existing
    company = Company(
        name=name.strip()[:200],
        slug=_unique_slug(Company, name),
        country_id=country_code or None,
    )
    company.full_clean()
    company.save()
    return company
