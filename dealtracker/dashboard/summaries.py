"""Compute and store the weekly summaries (ISO weeks, Monday to Sunday, UTC dates)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from dealtracker.dashboard.models import WeeklySummary
from dealtracker.deals import selectors
from dealtracker.deals.models import Agreement, Article

TOP = 10


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week `day` falls in."""
    return day - dt.timedelta(days=day.weekday())


def parse_iso_week(value: str) -> dt.date:
    """ "2025-W23" -> the Monday of that week; raises ValueError on anything else."""
    year, _, number = value.strip().upper().partition("-W")
    return dt.date.fromisocalendar(int(year), int(number), 1)


def iso_week_label(monday: dt.date) -> str:
    year, number, _ = monday.isocalendar()
    return f"{year}-W{number:02d}"


def first_recorded_week() -> dt.date | None:
    """The earliest week with a deal announcement or an article, for a full backfill."""
    dates = [
        Agreement.objects.aggregate(d=Min("announced_date"))["d"],
        Article.objects.aggregate(d=Min("published"))["d"],
    ]
    dates = [d for d in dates if d]
    return week_start(min(dates)) if dates else None


def _week_key(value) -> dt.date:
    # TruncWeek on a DateField returns a date on PostgreSQL, a datetime on some backends.
    return value.date() if isinstance(value, dt.datetime) else value


def _top(rows: list[dict], key: str) -> dict[dt.date, list[dict]]:
    """Add the event counts of each (week, entity) up and keep each week's top entries."""
    totals: dict[dt.date, dict[tuple, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        totals[_week_key(row["week"])][(row[key], row["name"])] += row["n"]
    return {
        week: [
            {key: ident, "name": name, "n": n}
            for (ident, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))
        ]
        for week, counts in totals.items()
    }


@transaction.atomic
def weekly_summaries_compute(
    *, last_week: dt.date | None = None, weeks: int = 5
) -> list[WeeklySummary]:
    """Compute and store the summaries of `weeks` ISO weeks ending with `last_week`'s week.

    1. Aggregate every figure for the whole range in a few grouped queries.
    2. Split the rows by week and keep each week's top countries and companies.
    3. Store one row per week (update_or_create: running it twice changes nothing but the
       computation time), so late-arriving coverage is folded into recent weeks on the next run.
    """
    last = week_start(last_week or timezone.now().date())
    first = last - dt.timedelta(weeks=weeks - 1)
    until = last + dt.timedelta(weeks=1)
    span = {"since": first, "until": until}

    new_deals: dict[dt.date, dict[str, int]] = defaultdict(dict)
    for row in selectors.agreement_counts_by_week_and_type(**span):
        new_deals[_week_key(row["week"])][row["deal_type"]] = row["n"]
    articles = {_week_key(r["week"]): r["n"] for r in selectors.article_counts_by_week(**span)}
    milestones = {_week_key(r["week"]): r["n"] for r in selectors.milestone_counts_by_week(**span)}
    countries = _top(selectors.country_activity_by_week(**span), "code")
    companies = _top(selectors.company_activity_by_week(**span), "slug")

    now = timezone.now()
    stored = []
    for i in range(weeks):
        week = first + dt.timedelta(weeks=i)
        figures = {
            "week": week.isoformat(),
            "label": iso_week_label(week),
            "new_deals": new_deals.get(week, {}),
            "new_deals_total": sum(new_deals.get(week, {}).values()),
            "articles": articles.get(week, 0),
            "milestones": milestones.get(week, 0),
            "active_countries": len(countries.get(week, [])),
            "active_companies": len(companies.get(week, [])),
            "top_countries": countries.get(week, [])[:TOP],
            "top_companies": companies.get(week, [])[:TOP],
        }
        summary, _ = WeeklySummary.objects.update_or_create(
            week=week, defaults={"figures": figures, "computed_at": now}
        )
        stored.append(summary)
    return stored


COMPARED = [
    ("new_deals_total", "New deals"),
    ("articles", "Articles"),
    ("milestones", "Milestones"),
    ("active_countries", "Active countries"),
    ("active_companies", "Active companies"),
]


def week_comparison(current: WeeklySummary, previous: list[WeeklySummary]) -> list[dict]:
    """Each figure of a week against the average of the weeks before it."""
    rows = []
    for key, label in COMPARED:
        values = [s.figures.get(key, 0) for s in previous]
        rows.append(
            {
                "metric": label,
                "this_week": current.figures.get(key, 0),
                "previous": sum(values) / len(values) if values else 0,
                "previous_values": values,
            }
        )
    return rows


WEEKS_SHOWN = 12


def weekly_summaries_up_to(week: dt.date | None) -> list[WeeklySummary]:
    """The stored summaries of the WEEKS_SHOWN weeks ending with `week` (or the latest)."""
    summaries = WeeklySummary.objects.order_by("-week")
    if week:
        summaries = summaries.filter(week__lte=week)
    return list(summaries[:WEEKS_SHOWN])[::-1]
