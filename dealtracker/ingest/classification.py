"""The classifier's Django side: gazetteers and labelled examples from the database, the model
directory from settings, one classifier per process."""

from __future__ import annotations

import json
import threading
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.models import Count, Max

from dealtracker.deals.models import Agreement, Article, Company, Evidence, Party, System
from dealtracker.deals.seeding import SEED_PATH
from dealtracker.ingest.classify import (
    ArticleInput,
    Classification,
    Classifier,
    Example,
    KnownCompany,
    KnownDeal,
    KnownSystem,
    TrainedModel,
    forget_loaded_models,
    load_current,
    save,
    shipped_model,
    train_from,
)
from dealtracker.ingest.classify.training import shipped_examples

_lock = threading.Lock()
_classifier: Classifier | None = None
_classifier_signature: tuple | None = None


def model_dir() -> Path:
    return Path(getattr(settings, "CLASSIFIER_MODEL_DIR", settings.BASE_DIR / "var" / "models"))


def _catalogue_in_database() -> bool:
    """Whether the database holds companies. A checkout that was never migrated or seeded
    (`manage.py classify_articles` straight after install) classifies with the seed file's
    companies and systems, the ones `load_seed` would put there."""
    # Asked of the schema first: a failed query would abort a PostgreSQL transaction.
    if Company._meta.db_table not in connection.introspection.table_names():
        return False
    return Company.objects.exists()


@cache
def _seed_catalogue() -> tuple[list[KnownCompany], list[KnownSystem], list[KnownDeal]]:
    seed = json.loads(SEED_PATH.read_text(encoding="utf-8"))
    names = {company["slug"]: company["name"] for company in seed["companies"]}
    companies = [
        KnownCompany(
            key=company["slug"],
            name=company["name"],
            aliases=tuple(company.get("aliases") or ()),
            country=company.get("country") or None,
        )
        for company in seed["companies"]
    ]
    systems = [
        KnownSystem(
            key=system["slug"],
            name=system["name"],
            aliases=tuple(system.get("aliases") or ()),
            maker=names.get(system.get("maker")),
        )
        for system in seed["systems"]
    ]
    deals = [
        KnownDeal(
            key=agreement["slug"],
            deal_type=agreement["deal_type"],
            companies=frozenset(p["company"] for p in agreement["parties"] if p.get("company")),
            countries=frozenset(p["country"] for p in agreement["parties"] if p.get("country")),
        )
        for agreement in seed["agreements"]
    ]
    return companies, systems, deals


def known_companies() -> list[KnownCompany]:
    if not _catalogue_in_database():
        return _seed_catalogue()[0]
    companies = Company.objects.prefetch_related("aliases").order_by("id")
    return [
        KnownCompany(
            key=company.slug,
            name=company.name,
            aliases=tuple(alias.name for alias in company.aliases.all()),
            country=company.country_id,
        )
        for company in companies
    ]


def known_systems() -> list[KnownSystem]:
    if not _catalogue_in_database():
        return _seed_catalogue()[1]
    return [
        KnownSystem(
            key=system.slug,
            name=system.name,
            aliases=tuple(system.aliases or ()),
            maker=system.maker.name if system.maker else None,
        )
        for system in System.objects.select_related("maker").order_by("id")
    ]


def known_deals() -> list[KnownDeal]:
    if not _catalogue_in_database():
        return _seed_catalogue()[2]
    agreements = Agreement.objects.prefetch_related("parties__company").order_by("id")
    return [
        KnownDeal(
            key=agreement.slug,
            deal_type=agreement.deal_type,
            companies=frozenset(p.company.slug for p in agreement.parties.all() if p.company),
            countries=frozenset(p.country_id for p in agreement.parties.all() if p.country_id),
        )
        for agreement in agreements
    ]


def editor_labelled_examples() -> list[Example]:
    """Every labelled example the database holds; the single place that gathers them.

    Articles cited as evidence of an agreement are positives of its type and status; every
    decision in the review queue is a label too, and overrides the evidence-derived one.
    A database never migrated holds none.
    """
    if Evidence._meta.db_table not in connection.introspection.table_names():
        return []
    examples: dict[int, Example] = {}
    evidence = (
        Evidence.objects.select_related("article", "agreement")
        .exclude(article__text="")
        .order_by("article_id", "-added_at")
    )
    for item in evidence:
        examples.setdefault(
            item.article_id,
            Example(
                title=item.article.title,
                text=item.article.text,
                label="deal",
                deal_type=item.agreement.deal_type,
                status=item.agreement.status,
                language=item.article.language,
            ),
        )
    # Review-queue decisions come last so they win: an editor's verdict on an article is the
    # most direct label it can have. Accepted and merged proposals are positives with the
    # type and status the editor settled on; rejected ones are negatives.
    from dealtracker.ingest.models import Proposal

    decided = (
        Proposal.objects.exclude(state=Proposal.State.PENDING)
        .exclude(article__text="")
        .select_related("article")
        .order_by("decided_at", "pk")
    )
    for proposal in decided:
        decision = proposal.decided or {}
        parties = (decision.get("parties") or []) if decision.get("label") == "deal" else []
        examples[proposal.article_id] = Example(
            title=proposal.article.title,
            text=proposal.article.text,
            label="deal" if decision.get("label") == "deal" else "not_deal",
            deal_type=decision.get("deal_type") if decision.get("label") == "deal" else None,
            status=decision.get("status") if decision.get("label") == "deal" else None,
            language=proposal.article.language,
            countries=tuple(p["country"] for p in parties if p.get("country")),
            companies=tuple(p["name"] for p in parties if p.get("name")),
        )
    return list(examples.values())


def _database_signature() -> tuple:
    """Changes whenever a company, alias, system or deal is added (or a deal edited), so the
    gazetteers and known deals get rebuilt."""
    if not _catalogue_in_database():
        return ("seed file",)
    companies = Company.objects.aggregate(n=Count("id"), last=Max("id"), aliases=Count("aliases"))
    systems = System.objects.aggregate(n=Count("id"), last=Max("id"))
    deals = Agreement.objects.aggregate(n=Count("id"), changed=Max("updated_at"))
    parties = Party.objects.aggregate(n=Count("id"), last=Max("id"))
    return (*companies.values(), *systems.values(), *deals.values(), *parties.values())


def current_classifier() -> Classifier:
    """The process's classifier: the newest model, gazetteers from the database."""
    global _classifier, _classifier_signature
    signature = _database_signature()
    trained = load_current(model_dir(), shipped_model)
    with _lock:
        if (
            _classifier is None
            or _classifier_signature != signature
            or _classifier.trained is not trained
        ):
            _classifier = Classifier(trained, known_companies(), known_systems(), known_deals())
            _classifier_signature = signature
        return _classifier


def current_model_version() -> str:
    return load_current(model_dir(), shipped_model).version


def article_input(article: Article) -> ArticleInput:
    return ArticleInput(
        title=article.title,
        text=article.text,
        url=article.url,
        published=article.published,
        language=article.language,
    )


def classify_article(article: Article) -> Classification:
    return current_classifier().classify(article_input(article))


def retrain() -> TrainedModel:
    """Train on the shipped examples plus the editors' labels, save, and use it from now on."""
    global _classifier
    trained = train_from(shipped_examples() + editor_labelled_examples())
    save(trained, model_dir())
    forget_loaded_models()
    with _lock:
        _classifier = None
    return trained
