import datetime as dt

from django.core.management import call_command

from dealtracker.dashboard.models import WeeklySummary
from dealtracker.dashboard.summaries import parse_iso_week, weekly_summaries_compute
from dealtracker.dashboard.tasks import weekly_summaries_compute_task

W23 = dt.date(2025, 6, 2)


def test_it_stores_the_figures_of_each_iso_week(make_deals):
    make_deals(3)  # Announced 2, 9 and 16 June 2025 (ISO weeks 23, 24, 25).
    stored = weekly_summaries_compute(last_week=dt.date(2025, 6, 18), weeks=4)
    assert [s.figures["label"] for s in stored] == ["2025-W22", "2025-W23", "2025-W24", "2025-W25"]
    w23 = WeeklySummary.objects.get(week=W23).figures
    assert w23["new_deals"] == {"co_production": 1}
    assert w23["articles"] == 1
    assert w23["milestones"] == 1
    assert {c["code"] for c in w23["top_countries"]} == {"JP", "UA"}
    # One announcement, one article and one milestone that week: three events each.
    assert w23["top_countries"][0]["n"] == 3
    assert WeeklySummary.objects.get(week=dt.date(2025, 6, 16)).figures["new_deals"] == {"sale": 1}


def test_running_it_twice_changes_nothing(make_deals):
    make_deals(3)
    first = [s.figures for s in weekly_summaries_compute(last_week=W23, weeks=3)]
    second = [s.figures for s in weekly_summaries_compute(last_week=W23, weeks=3)]
    assert first == second
    assert WeeklySummary.objects.count() == 3


def test_the_task_computes_the_recent_weeks(db):
    weekly_summaries_compute_task(weeks=2)
    assert WeeklySummary.objects.count() == 2


def test_the_command_backfills_every_week(make_deals, capsys):
    make_deals(3)
    call_command("compute_weekly_summaries", "--all", "--week", "2025-W26")
    assert WeeklySummary.objects.count() == 4  # W23 (first article) .. W26
    assert "Stored 4 weekly summaries" in capsys.readouterr().out


def test_iso_weeks_parse():
    assert parse_iso_week("2025-W23") == W23
    assert parse_iso_week("2020-w53") == dt.date(2020, 12, 28)


def test_the_beat_schedule_runs_it_weekly_with_an_expiry():
    from dealtracker.celery import app

    entry = app.conf.beat_schedule["dashboard-weekly-summaries"]
    assert entry["task"] == "dealtracker.dashboard.tasks.weekly_summaries_compute_task"
    assert entry["options"]["expires"] > 0
    assert entry["schedule"].day_of_week == {1}


def test_the_current_week_is_refreshed_every_hour():
    from dealtracker.celery import app

    entry = app.conf.beat_schedule["dashboard-current-week"]
    assert entry["task"] == "dealtracker.dashboard.tasks.weekly_summaries_compute_task"
    assert entry["kwargs"] == {"weeks": 1}
    assert entry["schedule"].minute == {5}
    assert entry["options"]["expires"] < 60 * 60


def test_a_week_is_compared_with_the_average_of_the_weeks_before(db):
    from dealtracker.dashboard.models import WeeklySummary
    from dealtracker.dashboard.summaries import week_comparison

    def summary(new_deals: int) -> WeeklySummary:
        return WeeklySummary(week=W23, figures={"new_deals_total": new_deals, "articles": 1})

    rows = {r["metric"]: r for r in week_comparison(summary(6), [summary(1), summary(3)])}
    assert rows["New deals"]["this_week"] == 6
    assert rows["New deals"]["previous"] == 2
    assert rows["New deals"]["previous_values"] == [1, 3]
    assert rows["Milestones"]["previous"] == 0
    assert week_comparison(summary(1), [])[0]["previous"] == 0
