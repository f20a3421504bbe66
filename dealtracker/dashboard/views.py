"""The analysts' pages: parse the filters, call a selector, build a figure, render.

A view that has an htmx swap target renders only its inline partial for htmx requests
("dashboard/x.html#partial") and the whole page otherwise (including htmx's history-restore
requests, which expect a full page).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from dealtracker.dashboard import charts
from dealtracker.dashboard.forms import DealFilterForm, filters_querystring
from dealtracker.dashboard.models import WeeklySummary
from dealtracker.dashboard.summaries import (
    iso_week_label,
    parse_iso_week,
    week_comparison,
    week_start,
    weekly_summaries_up_to,
)
from dealtracker.deals import selectors
from dealtracker.deals.models import (
    Agreement,
    Company,
    Country,
    DealStatus,
    DealType,
    SystemCategory,
)
from dealtracker.deals.selectors import DealFilters

DEAL_LIMIT_ON_PROFILE = 50
DEAL_TYPE_LEGEND = [
    {"value": v, "label": label, "colour": charts.DEAL_TYPE_COLOURS[v]}
    for v, label in DealType.choices
]


def dashboard_view(view):
    """Open to anyone unless DASHBOARD_REQUIRE_LOGIN is on (read at request time)."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if settings.DASHBOARD_REQUIRE_LOGIN and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def _render(
    request: HttpRequest, template: str, context: dict, *, partial: str = "", status: int = 200
) -> HttpResponse:
    htmx = getattr(request, "htmx", None)
    if partial and htmx and not htmx.history_restore_request:
        template = f"{template}#{partial}"
    response = render(request, template, context, status=status)
    # The same address answers with a fragment or a page: caches must keep them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


def _figure(fig) -> dict:
    """The figure as a plain dict for `json_script` (Plotly's encoder handles dates)."""
    return json.loads(fig.to_json())


def _filter_context(form: DealFilterForm, filters: DealFilters) -> dict:
    return {
        "form": form,
        "filters": filters,
        "errors": form.error_messages(),
        "querystring": filters_querystring(filters),
        "deal_types": DEAL_TYPE_LEGEND,
    }


def _pair_url(a: str, b: str) -> str:
    return f"{reverse('dashboard:deal-list')}?country={a}&country={b}"


def _country_url(code: str) -> str:
    return f"{reverse('dashboard:deal-list')}?country={code}"


def _deal_url(slug: str) -> str:
    return reverse("dashboard:deal-detail", args=[slug])


# Explorer ----------------------------------------------------------------------------------


def _facets(filters: DealFilters) -> list[dict]:
    """Facet groups for the sidebar: each value with its count and the address that toggles it."""
    raw = selectors.agreement_facets(filters=filters)
    labels = {
        "type": dict(DealType.choices),
        "status": dict(DealStatus.choices),
        "category": dict(SystemCategory.choices),
    }
    groups = []
    for name, title, current in [
        ("type", "Deal type", filters.deal_type),
        ("status", "Status", filters.status),
        ("category", "System category", filters.category),
    ]:
        values = []
        for row in raw[name]:
            active = row["value"] == current
            values.append(
                {
                    "label": labels[name].get(row["value"], row["value"]),
                    "n": row["n"],
                    "active": active,
                    "qs": filters_querystring(filters, **{name: None if active else row["value"]}),
                    "colour": charts.DEAL_TYPE_COLOURS.get(row["value"]) if name == "type" else "",
                }
            )
        groups.append({"name": name, "title": title, "values": values})
    countries = []
    for row in raw["country"]:
        active = row["value"] in filters.countries
        chosen = [c for c in filters.countries if c != row["value"]]
        if not active:
            chosen.append(row["value"])
        countries.append(
            {
                "label": f"{flag(row['value'])} {row['label']}",
                "n": row["n"],
                "active": active,
                "qs": filters_querystring(filters, country=chosen),
            }
        )
    groups.append({"name": "country", "title": "Country (all of them)", "values": countries})
    companies = []
    for row in raw["company"]:
        active = row["value"] == filters.company
        companies.append(
            {
                "label": row["label"],
                "n": row["n"],
                "active": active,
                "qs": filters_querystring(filters, company=None if active else row["value"]),
            }
        )
    groups.append({"name": "company", "title": "Company", "values": companies})
    return groups


def flag(code: str) -> str:
    """The regional-indicator flag emoji of an alpha-2 code ("JP" -> 🇯🇵)."""
    if len(code) != 2 or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


@dashboard_view
def deal_list(request: HttpRequest) -> HttpResponse:
    form = DealFilterForm.from_request(request)
    filters = form.to_filters()
    deals = selectors.agreement_list(filters=filters, sort=form.sort_order)
    page = Paginator(deals, settings.DASHBOARD_PAGE_SIZE).get_page(request.GET.get("page"))
    context = _filter_context(form, filters) | {
        "page": page,
        "facets": _facets(filters),
        "sort": form.sort_order,
        "sort_choices": form.fields["sort"].choices,
        "sorted_qs": filters_querystring(filters, sort=form.sort_order),
    }
    return _render(
        request,
        "dashboard/deal_list.html",
        context,
        partial="deal-explorer",
        status=400 if form.errors else 200,
    )


# Deal, company, country ----------------------------------------------------------------------


@dashboard_view
def deal_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        deal = selectors.agreement_detail(slug=slug)
    except Agreement.DoesNotExist as exc:
        raise Http404("No deal with that address.") from exc
    milestones = [
        {"date": m.date, "label": m.get_kind_display(), "note": m.note}
        for m in deal.milestones.all()
    ]
    context = {
        "deal": deal,
        "parties": [{"party": p, "flag": flag(p.country_id or "")} for p in deal.parties.all()],
        "milestones": deal.milestones.all(),
        "timeline": _figure(charts.milestone_timeline_figure(milestones)) if milestones else None,
        "related": selectors.agreement_related(agreement=deal),
        "last_change": selectors.agreement_last_change(agreement=deal),
        "type_colour": charts.DEAL_TYPE_COLOURS[deal.deal_type],
    }
    return _render(request, "dashboard/deal_detail.html", context)


def _profile_deals(filters: DealFilters) -> tuple[list[Agreement], int]:
    deals = selectors.agreement_list(filters=filters)
    return list(deals[:DEAL_LIMIT_ON_PROFILE]), deals.count()


@dashboard_view
def company_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        company = selectors.company_detail(slug=slug)
    except Company.DoesNotExist as exc:
        raise Http404("No company with that address.") from exc
    filters = DealFilters(company=company.slug)
    deals, total = _profile_deals(filters)
    context = {
        "company": company,
        "flag": flag(company.country_id or ""),
        "deals": deals,
        "total": total,
        "explorer_qs": filters_querystring(filters),
        "partners": selectors.partner_companies(filters=filters, exclude_company=company.slug),
        "by_year": _figure(
            charts.deals_by_year_figure(
                selectors.agreement_counts_by_year_and_type(filters=filters)
            )
        ),
    }
    return _render(request, "dashboard/company_detail.html", context)


@dashboard_view
def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    try:
        country = selectors.country_detail(code=code)
    except Country.DoesNotExist as exc:
        raise Http404("No country with that code.") from exc
    filters = DealFilters(countries=(country.code,))
    deals, total = _profile_deals(filters)
    counts = selectors.country_deal_counts(filters=filters)
    pairs = selectors.country_pair_counts(filters=filters)
    pairs = [p for p in pairs if country.code in (p["a"], p["b"])]
    context = {
        "country": country,
        "flag": flag(country.code),
        "deals": deals,
        "total": total,
        "explorer_qs": filters_querystring(filters),
        "partner_countries": [
            c | {"flag": flag(c["code"])} for c in counts if c["code"] != country.code
        ],
        "partners": selectors.partner_companies(filters=filters, exclude_country=country.code),
        "map": _figure(
            charts.deal_map_figure(
                counts, pairs, country_url=_country_page_url, pair_url=_pair_url, height=420
            )
        ),
        "by_year": _figure(
            charts.deals_by_year_figure(
                selectors.agreement_counts_by_year_and_type(filters=filters)
            )
        ),
    }
    return _render(request, "dashboard/country_detail.html", context)


def _country_page_url(code: str) -> str:
    return reverse("dashboard:country-detail", args=[code])


# Timeline and map ---------------------------------------------------------------------------

TIMELINE_GROUPS = {"pair": "Country pair", "company": "Company"}
TIMELINE_LIMIT = 300


@dashboard_view
def timeline(request: HttpRequest) -> HttpResponse:
    form = DealFilterForm.from_request(request)
    filters = form.to_filters()
    group_by = request.GET.get("group", "pair")
    if group_by not in TIMELINE_GROUPS:
        group_by = "pair"
    rows = selectors.agreement_timeline_rows(filters=filters, limit=TIMELINE_LIMIT)
    context = _filter_context(form, filters) | {
        "rows": rows,
        "limit": TIMELINE_LIMIT,
        "group_by": group_by,
        "groups": TIMELINE_GROUPS,
        "figure": _figure(charts.deal_timeline_figure(rows, group_by=group_by, url_for=_deal_url)),
    }
    return _render(
        request,
        "dashboard/timeline.html",
        context,
        partial="timeline-chart",
        status=400 if form.errors else 200,
    )


@dashboard_view
def deal_map(request: HttpRequest) -> HttpResponse:
    form = DealFilterForm.from_request(request)
    filters = form.to_filters()
    counts = selectors.country_deal_counts(filters=filters)
    pairs = selectors.country_pair_counts(filters=filters)
    for pair in pairs:
        pair["qs"] = filters_querystring(filters, country=[pair["a"], pair["b"]])
        pair["a_flag"], pair["b_flag"] = flag(pair["a"]), flag(pair["b"])

    def filtered_country_url(code: str) -> str:
        chosen = list(dict.fromkeys([*filters.countries, code]))
        return f"{reverse('dashboard:deal-list')}?{filters_querystring(filters, country=chosen)}"

    context = _filter_context(form, filters) | {
        "counts": counts,
        "pairs": pairs,
        "figure": _figure(
            charts.deal_map_figure(
                counts,
                pairs,
                country_url=filtered_country_url,
                pair_url=lambda a, b: (
                    f"{reverse('dashboard:deal-list')}?"
                    f"{filters_querystring(filters, country=[a, b])}"
                ),
            )
        ),
    }
    return _render(
        request,
        "dashboard/map.html",
        context,
        partial="map-chart",
        status=400 if form.errors else 200,
    )


# Weekly summary and overview --------------------------------------------------------------


def _latest_deal_week() -> str | None:
    """The ISO week of the latest announced deal, for quiet weeks to point at."""
    latest = selectors.agreement_latest_announced(until=timezone.now().date())
    return iso_week_label(week_start(latest)) if latest else None


def _weekly_charts(summaries: list[WeeklySummary]) -> dict:
    weeks = [s.week for s in summaries]
    deal_rows = [
        {"week": s.week, "deal_type": t, "n": n}
        for s in summaries
        for t, n in s.figures.get("new_deals", {}).items()
    ]
    coverage_rows = [{"week": s.week, "n": s.figures.get("articles", 0)} for s in summaries]
    return {
        "deals_figure": _figure(charts.deals_by_week_figure(deal_rows, weeks=weeks)),
        "coverage_figure": _figure(charts.coverage_by_week_figure(coverage_rows, weeks=weeks)),
    }


@dashboard_view
def weekly(request: HttpRequest) -> HttpResponse:
    error = ""
    week = None
    if request.GET.get("week"):
        try:
            week = parse_iso_week(request.GET["week"])
        except ValueError:
            error = f"week: {request.GET['week']!r} is not an ISO week such as 2025-W23."
    summaries = weekly_summaries_up_to(week)
    context: dict = {"error": error, "summaries": summaries}
    if summaries:
        current, previous = summaries[-1], summaries[-5:-1]
        comparison = week_comparison(current, previous)
        # Only the deal types that occur in the window get a column in the data table.
        table_types = [
            t
            for t in DEAL_TYPE_LEGEND
            if any(s.figures.get("new_deals", {}).get(t["value"]) for s in summaries)
        ]
        top_countries = [
            r | {"url": _country_page_url(r["code"]), "flag": flag(r["code"])}
            for r in current.figures.get("top_countries", [])
        ]
        top_companies = [
            r | {"url": reverse("dashboard:company-detail", args=[r["slug"]])}
            for r in current.figures.get("top_companies", [])
        ]
        context |= _weekly_charts(summaries) | {
            "current": current,
            "deal_table_types": table_types,
            "deal_table": [
                {
                    "label": s.figures.get("label", iso_week_label(s.week)),
                    "counts": [
                        s.figures.get("new_deals", {}).get(t["value"], 0) for t in table_types
                    ],
                    "total": s.figures.get("new_deals_total", 0),
                }
                for s in summaries
            ],
            "previous_weeks": previous,
            "comparison": comparison,
            "comparison_figure": _figure(charts.week_comparison_figure(comparison)),
            "top_countries": top_countries,
            "top_companies": top_companies,
            "countries_figure": _figure(
                charts.top_entities_figure(top_countries, label="Events (countries)")
            ),
            "companies_figure": _figure(
                charts.top_entities_figure(top_companies, label="Events (companies)")
            ),
            "deal_types": DEAL_TYPE_LEGEND,
            "prev_week": iso_week_label(current.week - dt.timedelta(weeks=1)),
            "next_week": iso_week_label(current.week + dt.timedelta(weeks=1)),
            "latest_deal_week": _latest_deal_week(),
        }
    return _render(request, "dashboard/weekly.html", context, status=400 if error else 200)


@dashboard_view
def home(request: HttpRequest) -> HttpResponse:
    this_week = week_start(timezone.now().date())
    summaries = weekly_summaries_up_to(this_week)
    context = {
        "this_week": iso_week_label(this_week),
        "summary": summaries[-1] if summaries else None,
        "recent_deals": selectors.agreement_recent(limit=8),
        "recent_articles": selectors.article_recent(limit=8),
        "recent_milestones": selectors.milestone_recent(limit=8),
        "deal_types": DEAL_TYPE_LEGEND,
    }
    if summaries:
        context |= _weekly_charts(summaries) | {"latest_deal_week": _latest_deal_week()}
    return _render(request, "dashboard/home.html", context)


# Exports and feed ---------------------------------------------------------------------------

EXPORT_FIELDS = [
    "slug",
    "title",
    "deal_type",
    "status",
    "announced_date",
    "signed_date",
    "value_amount",
    "value_currency",
    "value_usd",
    "quantity",
    "confidence",
    "parties",
    "systems",
    "url",
]


def _export_rows(request: HttpRequest, deals) -> list[dict]:
    rows = []
    for deal in deals:
        rows.append(
            {
                "slug": deal.slug,
                "title": deal.title,
                "deal_type": deal.deal_type,
                "status": deal.status,
                "announced_date": deal.announced_date,
                "signed_date": deal.signed_date,
                "value_amount": deal.value_amount,
                "value_currency": deal.value_currency,
                "value_usd": deal.value_usd,
                "quantity": deal.quantity,
                "confidence": deal.confidence,
                "parties": [
                    {
                        "company": p.company.slug if p.company else None,
                        "company_name": p.company.name if p.company else None,
                        "country": p.country_id,
                        "role": p.role,
                    }
                    for p in deal.parties.all()
                ],
                "systems": [
                    {"slug": s.slug, "name": s.name, "category": s.category}
                    for s in deal.systems.all()
                ],
                "url": request.build_absolute_uri(deal.get_absolute_url()),
            }
        )
    return rows


def _bad_filters(form: DealFilterForm) -> HttpResponse:
    message = "Invalid filter parameters:\n" + "\n".join(form.error_messages()) + "\n"
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


def _export_name(extension: str) -> str:
    return f"dealtracker-deals-{timezone.now():%Y%m%d}.{extension}"


@dashboard_view
def export_csv(request: HttpRequest) -> HttpResponse:
    form = DealFilterForm.from_request(request)
    if form.errors:
        return _bad_filters(form)
    deals = selectors.agreement_list(filters=form.to_filters(), sort=form.sort_order)
    rows = _export_rows(request, deals)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_export_name("csv")}"'
    writer = csv.DictWriter(response, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            row
            | {
                "parties": "; ".join(
                    f"{p['company_name'] or p['country']} ({p['country'] or '—'}, {p['role']})"
                    for p in row["parties"]
                ),
                "systems": "; ".join(s["name"] for s in row["systems"]),
            }
        )
    return response


class _ExportEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)  # Amounts stay exact: "1250000.00", not a float.
        return super().default(o)


@dashboard_view
def export_json(request: HttpRequest) -> HttpResponse:
    form = DealFilterForm.from_request(request)
    if form.errors:
        return _bad_filters(form)
    filters = form.to_filters()
    rows = _export_rows(request, selectors.agreement_list(filters=filters, sort=form.sort_order))
    payload = {
        "filters": filters_querystring(filters),
        "sort": form.sort_order,
        "count": len(rows),
        "generated_at": timezone.now(),
        "deals": rows,
    }
    response = JsonResponse(payload, encoder=_ExportEncoder, json_dumps_params={"indent": 1})
    response["Content-Disposition"] = f'inline; filename="{_export_name("json")}"'
    return response
