"""Reads of the record for the dashboard and the admin.

Every list, chart, export and feed of the dashboard narrows the record with the same
`DealFilters` through `agreement_filter`, and every count is aggregated by the database: these
functions return querysets or small lists of grouped rows, never loop over all deals in Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import (
    Count,
    Exists,
    F,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    StringAgg,
    Subquery,
    Value,
)
from django.db.models.functions import ExtractYear, TruncWeek

from dealtracker.deals.models import (
    Agreement,
    Article,
    Company,
    Country,
    Evidence,
    Milestone,
    Party,
    System,
)

# Explorer sort orders: public value -> ORM ordering. The last key keeps pages stable.
AGREEMENT_SORTS: dict[str, tuple] = {
    "newest": (F("announced_date").desc(nulls_last=True), "-id"),
    "oldest": (F("announced_date").asc(nulls_last=True), "id"),
    "updated": ("-updated_at", "-id"),
    "added": ("-created_at", "-id"),
    "value": (F("value_usd").desc(nulls_last=True), "-id"),
    "title": ("title", "id"),
}


@dataclass(frozen=True)
class DealFilters:
    """The filters every dashboard list, chart, export and feed understands.

    Several countries mean "all of them take part" (a pair of countries narrows to their deals);
    `role` applies to the countries and the company given ("Turkey as supplier").
    """

    deal_type: str = ""
    status: str = ""
    countries: tuple[str, ...] = field(default_factory=tuple)
    role: str = ""
    company: str = ""
    category: str = ""
    q: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def without(self, *names: str) -> DealFilters:
        """The same filters with some of them cleared (facet counts ignore their own filter)."""
        blank = DealFilters()
        return DealFilters(
            **{
                name: getattr(blank if name in names else self, name)
                for name in self.__dataclass_fields__
            }
        )


def _party_exists(**lookups) -> Exists:
    return Exists(Party.objects.filter(agreement=OuterRef("pk"), **lookups))


def agreement_filter(filters: DealFilters) -> QuerySet[Agreement]:
    """Agreements matching the filters, one row each (EXISTS subqueries, no duplicating joins)."""
    qs = Agreement.objects.all()
    if filters.deal_type:
        qs = qs.filter(deal_type=filters.deal_type)
    if filters.status:
        qs = qs.filter(status=filters.status)
    role = {"role": filters.role} if filters.role else {}
    for code in filters.countries:
        qs = qs.filter(_party_exists(country_id=code, **role))
    if filters.company:
        qs = qs.filter(_party_exists(company__slug=filters.company, **role))
    if filters.role and not filters.countries and not filters.company:
        qs = qs.filter(_party_exists(role=filters.role))
    if filters.category:
        qs = qs.filter(
            Exists(System.objects.filter(agreements=OuterRef("pk"), category=filters.category))
        )
    if filters.q:
        q = filters.q
        qs = qs.filter(
            Q(title__icontains=q)
            | Q(summary__icontains=q)
            | _party_exists(company__name__icontains=q)
            | _party_exists(company__aliases__name__icontains=q)
            | Exists(System.objects.filter(agreements=OuterRef("pk"), name__icontains=q))
        )
    if filters.date_from:
        qs = qs.filter(announced_date__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(announced_date__lte=filters.date_to)
    return qs


def _parties_prefetch() -> Prefetch:
    parties = Party.objects.select_related("company", "country").order_by("role", "id")
    return Prefetch("parties", queryset=parties)


def agreement_list(*, filters: DealFilters, sort: str = "newest") -> QuerySet[Agreement]:
    """Filtered agreements in the asked order, with parties and systems loaded up front."""
    return (
        agreement_filter(filters)
        .prefetch_related(_parties_prefetch(), "systems")
        .order_by(*AGREEMENT_SORTS.get(sort, AGREEMENT_SORTS["newest"]))
    )


def agreement_facets(*, filters: DealFilters, top: int = 25) -> dict[str, list[dict]]:
    """Counts of matching deals per filter value: one grouped query per facet.

    Single-choice facets (type, status, category) are counted without their own filter so the
    alternatives stay visible; countries and companies narrow further, so they are counted under
    every filter.
    """
    by_type = (
        agreement_filter(filters.without("deal_type"))
        .values("deal_type")
        .annotate(n=Count("id"))
        .order_by("-n", "deal_type")
    )
    by_status = (
        agreement_filter(filters.without("status"))
        .values("status")
        .annotate(n=Count("id"))
        .order_by("-n", "status")
    )
    by_category = (
        System.agreements.through.objects.filter(
            agreement__in=agreement_filter(filters.without("category"))
        )
        .values(value=F("system__category"))
        .annotate(n=Count("agreement_id", distinct=True))
        .order_by("-n", "value")
    )
    matching = agreement_filter(filters)
    by_country = (
        Party.objects.filter(agreement__in=matching, country__isnull=False)
        .values(value=F("country_id"), label=F("country__common_name"))
        .annotate(n=Count("agreement_id", distinct=True))
        .order_by("-n", "label")[:top]
    )
    by_company = (
        Party.objects.filter(agreement__in=matching, company__isnull=False)
        .values(value=F("company__slug"), label=F("company__name"))
        .annotate(n=Count("agreement_id", distinct=True))
        .order_by("-n", "label")[:top]
    )
    return {
        "type": [{"value": r["deal_type"], "n": r["n"]} for r in by_type],
        "status": [{"value": r["status"], "n": r["n"]} for r in by_status],
        "category": list(by_category),
        "country": list(by_country),
        "company": list(by_company),
    }


def agreement_detail(*, slug: str) -> Agreement:
    """One agreement with everything its page shows; raises Agreement.DoesNotExist."""
    evidence = Evidence.objects.select_related("article").order_by(
        F("article__published").desc(nulls_last=True), "id"
    )
    return Agreement.objects.prefetch_related(
        _parties_prefetch(),
        "systems",
        Prefetch("milestones", queryset=Milestone.objects.select_related("source")),
        Prefetch("evidence", queryset=evidence),
    ).get(slug=slug)


def agreement_last_change(*, agreement: Agreement):
    """The newest history record of the agreement itself (who changed what, when), or None."""
    return agreement.history.select_related("history_user").order_by("-history_date").first()


def agreement_related(*, agreement: Agreement, limit: int = 8) -> list[Agreement]:
    """Other agreements sharing a company or a system with this one, most shared first."""
    company_ids = [p.company_id for p in agreement.parties.all() if p.company_id]
    country_only = [p.country_id for p in agreement.parties.all() if not p.company_id]
    system_ids = [s.id for s in agreement.systems.all()]
    if not (company_ids or system_ids or country_only):
        return []
    shared = (
        _party_exists(company_id__in=company_ids)
        | _party_exists(company__isnull=True, country_id__in=country_only)
        | Exists(
            System.agreements.through.objects.filter(
                agreement=OuterRef("pk"), system_id__in=system_ids
            )
        )
    )
    return list(
        Agreement.objects.filter(shared)
        .exclude(pk=agreement.pk)
        .order_by(F("announced_date").desc(nulls_last=True), "-id")[:limit]
    )


def company_detail(*, slug: str) -> Company:
    return Company.objects.select_related("country", "parent").get(slug=slug)


def country_detail(*, code: str) -> Country:
    return Country.objects.get(code=code.upper())


def partner_companies(
    *, filters: DealFilters, exclude_company: str = "", exclude_country: str = "", top: int = 30
) -> list[dict]:
    """Companies that share deals with the filtered ones, with how many deals they share."""
    qs = Party.objects.filter(agreement__in=agreement_filter(filters), company__isnull=False)
    if exclude_company:
        qs = qs.exclude(company__slug=exclude_company)
    if exclude_country:
        qs = qs.exclude(country_id=exclude_country)
    return list(
        qs.values(
            slug=F("company__slug"),
            name=F("company__name"),
            country_code=F("country_id"),
        )
        .annotate(n=Count("agreement_id", distinct=True))
        .order_by("-n", "name")[:top]
    )


def country_deal_counts(*, filters: DealFilters) -> list[dict]:
    """Per country: how many of the filtered deals it takes part in."""
    return list(
        Party.objects.filter(agreement__in=agreement_filter(filters), country__isnull=False)
        .values(code=F("country_id"), alpha3=F("country__alpha3"), name=F("country__common_name"))
        .annotate(n=Count("agreement_id", distinct=True))
        .order_by("-n", "name")
    )


def _first_party_ids(field: str) -> QuerySet[Party]:
    """The first party row of each (agreement, country) or (agreement, company).

    Counting and joining only these rows counts a deal once however many parties share a
    country, with no DISTINCT inside string aggregates (SQLite cannot do that with a
    separator, and the embedded default runs on SQLite).
    """
    return (
        Party.objects.filter(**{f"{field}__isnull": False})
        .values("agreement_id", field)
        .annotate(first=Min("id"))
        .values("first")
    )


def country_pair_counts(*, filters: DealFilters) -> list[dict]:
    """Per pair of countries taking part in the same deal: the count and the deal titles."""
    firsts = _first_party_ids("country")
    return list(
        Party.objects.filter(
            id__in=firsts,
            agreement__in=agreement_filter(filters),
            agreement__parties__id__in=firsts,
            country_id__lt=F("agreement__parties__country_id"),
        )
        .values(
            a=F("country_id"),
            b=F("agreement__parties__country_id"),
            a_name=F("country__common_name"),
            b_name=F("agreement__parties__country__common_name"),
        )
        .annotate(
            n=Count("agreement_id"),
            titles=StringAgg("agreement__title", Value("\n")),
            slugs=StringAgg("agreement__slug", Value(" ")),
        )
        .order_by("-n", "a", "b")
    )


def agreement_counts_by_year_and_type(*, filters: DealFilters) -> list[dict]:
    """Deals per announcement year and deal type (deals without a date are left out)."""
    return list(
        agreement_filter(filters)
        .filter(announced_date__isnull=False)
        .annotate(year=ExtractYear("announced_date"))
        .values("year", "deal_type")
        .annotate(n=Count("id"))
        .order_by("year", "deal_type")
    )


def agreement_timeline_rows(*, filters: DealFilters, limit: int = 300) -> list[dict]:
    """Per deal: announced date, latest milestone date, type, countries and companies."""
    latest = (
        Milestone.objects.filter(agreement=OuterRef("pk"))
        .values("agreement")
        .annotate(d=Max("date"))
        .values("d")
    )
    countries = (
        Party.objects.filter(agreement=OuterRef("pk"), id__in=_first_party_ids("country"))
        .values("agreement")
        .annotate(s=StringAgg("country_id", Value("–")))
        .values("s")
    )
    companies = (
        Party.objects.filter(agreement=OuterRef("pk"), id__in=_first_party_ids("company"))
        .values("agreement")
        .annotate(s=StringAgg("company__name", Value(", ")))
        .values("s")
    )
    rows = list(
        agreement_filter(filters)
        .filter(announced_date__isnull=False)
        .annotate(
            latest=Subquery(latest), countries=Subquery(countries), companies=Subquery(companies)
        )
        .values(
            "slug",
            "title",
            "deal_type",
            "status",
            "announced_date",
            "latest",
            "countries",
            "companies",
        )
        .order_by("announced_date", "id")[:limit]
    )
    # Not every database orders inside a string aggregate: sort the (few) names here so a
    # country pair always reads the same way.
    for row in rows:
        for key, separator in (("countries", "–"), ("companies", ", ")):
            if row[key]:
                row[key] = separator.join(sorted(row[key].split(separator)))
    return rows


# Weekly figures (ISO weeks, Monday first: TruncWeek). `until` is exclusive.


def agreement_counts_by_week_and_type(*, since: dt.date, until: dt.date) -> list[dict]:
    """Deals announced per ISO week and deal type."""
    return list(
        Agreement.objects.filter(announced_date__gte=since, announced_date__lt=until)
        .annotate(week=TruncWeek("announced_date"))
        .values("week", "deal_type")
        .annotate(n=Count("id"))
        .order_by("week", "deal_type")
    )


def article_counts_by_week(*, since: dt.date, until: dt.date) -> list[dict]:
    """Coverage volume: articles per ISO week of their publication date (duplicates left out)."""
    return list(
        Article.objects.filter(published__gte=since, published__lt=until, duplicate_of__isnull=True)
        .annotate(week=TruncWeek("published"))
        .values("week")
        .annotate(n=Count("id"))
        .order_by("week")
    )


def milestone_counts_by_week(*, since: dt.date, until: dt.date) -> list[dict]:
    return list(
        Milestone.objects.filter(date__gte=since, date__lt=until)
        .annotate(week=TruncWeek("date"))
        .values("week")
        .annotate(n=Count("id"))
        .order_by("week")
    )


def _activity_by_week(*, key: dict, since: dt.date, until: dt.date, **party_filter) -> list[dict]:
    """Events per week and party: deals announced, articles published, milestones reached.

    Three grouped queries, one per kind of event; the caller adds their counts up per week.
    """
    events = [
        ("agreement__announced_date", "agreement_id"),
        ("agreement__evidence__article__published", "agreement__evidence__article_id"),
        ("agreement__milestones__date", "agreement__milestones__id"),
    ]
    rows: list[dict] = []
    for date_path, counted in events:
        rows += (
            Party.objects.filter(
                **{f"{date_path}__gte": since, f"{date_path}__lt": until}, **party_filter
            )
            .annotate(week=TruncWeek(date_path))
            .values("week", **key)
            .annotate(n=Count(counted, distinct=True))
            .order_by()
        )
    return rows


def country_activity_by_week(*, since: dt.date, until: dt.date) -> list[dict]:
    """Rows of (week, country, events) for the weekly summary's most active countries."""
    return _activity_by_week(
        key={"code": F("country_id"), "name": F("country__common_name")},
        since=since,
        until=until,
        country__isnull=False,
    )


def company_activity_by_week(*, since: dt.date, until: dt.date) -> list[dict]:
    """Rows of (week, company, events) for the weekly summary's most active companies."""
    return _activity_by_week(
        key={"slug": F("company__slug"), "name": F("company__name")},
        since=since,
        until=until,
        company__isnull=False,
    )


# The overview's "latest" lists.


def agreement_latest_announced(*, until: dt.date) -> dt.date | None:
    """The most recent announcement date up to `until`: where the latest activity is."""
    return Agreement.objects.filter(announced_date__lte=until).aggregate(
        latest=Max("announced_date")
    )["latest"]


def agreement_recent(*, limit: int = 8) -> QuerySet[Agreement]:
    """The most recently added or changed deals."""
    return Agreement.objects.prefetch_related(_parties_prefetch()).order_by("-updated_at", "-id")[
        :limit
    ]


def article_recent(*, limit: int = 8) -> QuerySet[Article]:
    return Article.objects.filter(duplicate_of__isnull=True).order_by(
        F("published").desc(nulls_last=True), "-created_at"
    )[:limit]


def milestone_recent(*, limit: int = 8) -> QuerySet[Milestone]:
    return Milestone.objects.select_related("agreement").order_by("-date", "-sequence", "-id")[
        :limit
    ]
