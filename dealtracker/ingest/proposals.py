"""Proposals: what a relevant article suggests for the record, and the editors' decisions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from dealtracker.deals import services as deals_services
from dealtracker.deals.models import (
    Agreement,
    Article,
    Company,
    Country,
    DealStatus,
    DealType,
    Milestone,
    PartyRole,
    System,
)
from dealtracker.ingest.models import ArticleClassification, Proposal

STATUS_ORDER = [s.value for s in DealStatus]
# The milestone that records an article's news; a signed MoU is not a signed contract.
STATUS_MILESTONE = {
    "rumored": Milestone.Kind.RUMOURED,
    "in_talks": Milestone.Kind.TALKS,
    "announced": Milestone.Kind.ANNOUNCED,
    "signed": Milestone.Kind.CONTRACT_SIGNED,
    "in_production": Milestone.Kind.PRODUCTION_STARTED,
    "delivered": Milestone.Kind.FIRST_DELIVERY,
    "cancelled": Milestone.Kind.CANCELLED,
}
# The classifier knows an acquirer; the record calls the buying side of a takeover an investor.
ROLE_FROM_CLASSIFIER = {"acquirer": PartyRole.INVESTOR}


class ProposalAlreadyDecided(Exception):
    pass


class ProposalInvalid(ValueError):
    """The decided proposal names something the record cannot hold (an unknown country)."""


# Building a proposal -------------------------------------------------------------------------


def proposal_for_article(
    *, article: Article, classification: ArticleClassification, refresh_pending: bool = False
) -> tuple[Proposal, bool]:
    """The one proposal for a relevant article, created on first sight.

    With `refresh_pending` a proposal nobody has decided yet takes the new classification.
    """
    existing = Proposal.objects.filter(article=article).first()
    if existing and not (refresh_pending and existing.is_pending):
        return existing, False
    proposed = proposed_from_classification(article=article, output=classification.output)
    agreement = agreement_match(proposed=proposed)
    fields = {
        "kind": proposal_kind(proposed=proposed, agreement=agreement),
        "agreement": agreement,
        "confidence": classification.confidence,
        "model_version": classification.model_version,
        "proposed": proposed,
    }
    if existing:
        for name, value in fields.items():
            setattr(existing, name, value)
        existing.full_clean()
        existing.save()
        return existing, False
    return Proposal.objects.get_or_create(article=article, defaults=fields)


def proposed_from_classification(*, article: Article, output: dict) -> dict:
    """Turn the classifier's answer into the proposal's JSON: parties, systems, milestone."""
    parties = []
    company_countries = set()
    for company in output.get("companies") or []:
        known = _known_company(company.get("key"))
        country = known.country_id if known else company.get("country")
        parties.append(
            {
                "company_id": known.pk if known else None,
                "name": known.name if known else company.get("name", ""),
                "country": country,
                "role": _role(company.get("role")),
            }
        )
        if country:
            company_countries.add(country)
    for country in output.get("countries") or []:
        code = country.get("code")
        if code and code not in company_countries:
            parties.append(
                {
                    "company_id": None,
                    "name": "",
                    "country": code,
                    "role": _role(country.get("role")),
                }
            )
    systems = []
    for system in output.get("systems") or []:
        known = _known_system(system.get("key"))
        systems.append(
            {
                "system_id": known.pk if known else None,
                "name": known.name if known else system["name"],
            }
        )
    deal_type = output.get("deal_type") if output.get("deal_type") in DealType.values else "other"
    status = output.get("status") if output.get("status") in DealStatus.values else "announced"
    value = output.get("value")
    return {
        "title": proposal_title(parties=parties, deal_type=deal_type) or article.title[:300],
        "deal_type": deal_type,
        "status": status,
        "date": (article.published or article.created_at.date()).isoformat(),
        "parties": parties,
        "systems": systems,
        "value": {"amount": str(value["amount"]), "currency": value["currency"]} if value else None,
        "quantity": output.get("quantity"),
    }


def _known_company(key) -> Company | None:
    if not key:
        return None
    key = str(key)
    found = Company.objects.filter(slug=key).first()
    if found is None and key.isdigit():
        found = Company.objects.filter(pk=int(key)).first()
    return found


def _known_system(key) -> System | None:
    if not key:
        return None
    key = str(key)
    found = System.objects.filter(slug=key).first()
    if found is None and key.isdigit():
        found = System.objects.filter(pk=int(key)).first()
    return found


def _role(role: str | None) -> str:
    role = ROLE_FROM_CLASSIFIER.get(role, role)
    return role if role in PartyRole.values else PartyRole.PARTNER


def proposal_title(*, parties: list[dict], deal_type: str) -> str:
    """ "Baykar and Leonardo joint venture", from the first two named parties."""
    names = []
    for party in parties:
        name = party["name"] or party["country"] or ""
        if name and name not in names:
            names.append(name)
    if not names:
        return ""
    who = " and ".join(names[:2]) + (" and others" if len(names) > 2 else "")
    return f"{who} {DealType(deal_type).label.lower()}"


def agreement_match(*, proposed: dict) -> Agreement | None:
    """An existing agreement this news is about, or None.

    Same deal type, announced within INGEST_MATCH_WINDOW_DAYS of the article, every company
    the article names is a party, every party country is named in the article, and they
    share a company or at least two countries. The closest in time wins.
    """
    company_ids = {p["company_id"] for p in proposed["parties"] if p["company_id"]}
    countries = {p["country"] for p in proposed["parties"] if p["country"]}
    if not company_ids and len(countries) < 2:
        return None
    on = dt.date.fromisoformat(proposed["date"])
    window = dt.timedelta(days=settings.INGEST_MATCH_WINDOW_DAYS)
    candidates = (
        Agreement.objects.filter(deal_type=proposed["deal_type"])
        .filter(
            Q(announced_date__range=(on - window, on + window))
            | Q(announced_date__isnull=True, created_at__date__range=(on - window, on + window))
        )
        .prefetch_related("parties")
    )
    best = None
    for agreement in candidates:
        their_companies = {p.company_id for p in agreement.parties.all() if p.company_id}
        their_countries = {p.country_id for p in agreement.parties.all() if p.country_id}
        if not their_countries or not company_ids <= their_companies:
            continue
        if not their_countries <= countries:
            continue
        if not (company_ids & their_companies) and len(their_countries & countries) < 2:
            continue
        distance = abs(((agreement.announced_date or agreement.created_at.date()) - on).days)
        if best is None or distance < best[0]:
            best = (distance, agreement)
    return best[1] if best else None


def proposal_kind(*, proposed: dict, agreement: Agreement | None) -> str:
    if agreement is None:
        return Proposal.Kind.NEW_AGREEMENT
    if _is_later_status(proposed["status"], agreement.status):
        return Proposal.Kind.STATUS_CHANGE
    return Proposal.Kind.NEW_EVIDENCE


def _is_later_status(new: str, current: str) -> bool:
    if new == current:
        return False
    if new == DealStatus.CANCELLED:
        return True
    return STATUS_ORDER.index(new) > STATUS_ORDER.index(current)


# Deciding ------------------------------------------------------------------------------------


def _lock_pending(proposal: Proposal) -> Proposal:
    locked = Proposal.objects.select_for_update().select_related("article").get(pk=proposal.pk)
    if not locked.is_pending:
        raise ProposalAlreadyDecided(
            f"This proposal was already {locked.get_state_display().lower()}."
        )
    return locked


def _record_decision(proposal: Proposal, *, state: str, editor, decided: dict, agreement=None):
    proposal.state = state
    proposal.decided = decided
    proposal.decided_by = editor
    proposal.decided_at = timezone.now()
    if agreement is not None:
        proposal.agreement = agreement
    proposal.full_clean()
    proposal.save()
    return proposal


@transaction.atomic
def proposal_accept(*, proposal: Proposal, editor, corrections: dict | None = None) -> Agreement:
    """Accept a proposal, with the editor's corrections: create the agreement (or update the
    matched one) with its parties, systems, milestone and evidence, all or nothing."""
    proposal = _lock_pending(proposal)
    decided = {**proposal.proposed, **(corrections or {})}
    if proposal.kind == Proposal.Kind.NEW_AGREEMENT or proposal.agreement is None:
        agreement = _agreement_create(decided=decided, article=proposal.article)
    else:
        agreement = _agreement_update(
            agreement=proposal.agreement, decided=decided, article=proposal.article
        )
    _record_decision(
        proposal,
        state=Proposal.State.ACCEPTED,
        editor=editor,
        decided={**decided, "label": "deal"},
        agreement=agreement,
    )
    return agreement


@transaction.atomic
def proposal_merge(
    *, proposal: Proposal, agreement: Agreement, editor, corrections: dict | None = None
) -> Agreement:
    """Fold the article into an agreement the editor chose: evidence, milestone, new parties."""
    proposal = _lock_pending(proposal)
    decided = {**proposal.proposed, **(corrections or {})}
    decided["deal_type"] = agreement.deal_type
    _agreement_update(agreement=agreement, decided=decided, article=proposal.article)
    _record_decision(
        proposal,
        state=Proposal.State.MERGED,
        editor=editor,
        decided={**decided, "label": "deal", "agreement_id": agreement.pk},
        agreement=agreement,
    )
    return agreement


@transaction.atomic
def proposal_reject(*, proposal: Proposal, editor, reason: str = "") -> Proposal:
    """Reject a proposal: the article is not about a deal (which teaches the classifier)."""
    proposal = _lock_pending(proposal)
    return _record_decision(
        proposal,
        state=Proposal.State.REJECTED,
        editor=editor,
        decided={"label": "not_deal", "reason": reason[:500]},
    )


def _agreement_create(*, decided: dict, article: Article) -> Agreement:
    amount, currency = _value(decided.get("value"))
    on = _date(decided, article)
    agreement = deals_services.agreement_create(
        title=decided.get("title") or article.title or article.url,
        deal_type=decided["deal_type"],
        status=decided["status"],
        announced_date=on,
        value_amount=amount,
        value_currency=currency,
        quantity=decided.get("quantity") or None,
        summary=article.title,
    )
    _agreement_update(agreement=agreement, decided=decided, article=article, created=True)
    return agreement


def _agreement_update(
    *, agreement: Agreement, decided: dict, article: Article, created: bool = False
) -> Agreement:
    """Add the decided parties, systems, milestone and evidence to an agreement.

    On an agreement that already existed, the article's milestone is added only when it moves
    the deal forward: older news (or news with no status, which defaults to "announced") about
    a delivered deal is evidence, not a step back.
    """
    codes = {p["country"] for p in decided.get("parties") or [] if p.get("country")}
    unknown = codes - set(Country.objects.filter(code__in=codes).values_list("code", flat=True))
    if unknown:
        raise ProposalInvalid(f"Unknown country code(s): {', '.join(sorted(unknown))}")
    for party in decided.get("parties") or []:
        company = None
        if party.get("company_id"):
            company = Company.objects.get(pk=party["company_id"])
        elif party.get("name") and party.get("country"):
            company = deals_services.company_find_or_create(
                name=party["name"], country_code=party["country"]
            )
        if company is None and not party.get("country"):
            continue
        deals_services.party_set(
            agreement=agreement,
            company=company,
            country_code=None if company else party["country"],
            role=_role(party.get("role")),
        )
    systems = System.objects.filter(
        pk__in=[s["system_id"] for s in decided.get("systems") or [] if s.get("system_id")]
    )
    deals_services.agreement_systems_add(agreement=agreement, systems=list(systems))
    status = decided.get("status")
    if status in STATUS_MILESTONE and (created or _is_later_status(status, agreement.status)):
        kind = (
            Milestone.Kind.MOU_SIGNED
            if (status == "signed" and decided.get("deal_type") == DealType.MOU)
            else STATUS_MILESTONE[status]
        )
        deals_services.milestone_add(
            agreement=agreement, kind=kind, date=_date(decided, article), source=article
        )
    if not created:
        _agreement_fill_in(agreement=agreement, decided=decided)
    deals_services.evidence_add(agreement=agreement, article=article)
    for copy in article.duplicates.all():
        deals_services.evidence_add(
            agreement=agreement, article=copy, note=f"Republished copy of {article.url}"[:500]
        )
    return agreement


def _agreement_fill_in(*, agreement: Agreement, decided: dict) -> None:
    amount, currency = _value(decided.get("value"))
    quantity = int(decided["quantity"]) if decided.get("quantity") else None
    deals_services.agreement_fill_in(
        agreement=agreement, value_amount=amount, value_currency=currency, quantity=quantity
    )


def _date(decided: dict, article: Article) -> dt.date:
    if decided.get("date"):
        return dt.date.fromisoformat(str(decided["date"]))
    return article.published or timezone.now().date()


def _value(value: dict | None) -> tuple[Decimal | None, str]:
    if not value or value.get("amount") in (None, ""):
        return None, ""
    try:
        return Decimal(str(value["amount"])), str(value.get("currency") or "").upper()[:3]
    except InvalidOperation:
        return None, ""
