"""The Celery app and the whole beat schedule."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")

app = Celery("dealtracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {}

# Dashboard: Mondays 00:20 UTC (https://crontab.guru/#20_0_*_*_1) store the figures of the week
# that just ended and recompute the four before it (late coverage changes them). Expires after a
# day so a backed-up beat never stacks duplicates; a missed run is caught up by the next one or
# by `manage.py compute_weekly_summaries`.
app.conf.beat_schedule["dashboard-weekly-summaries"] = {
    "task": "dealtracker.dashboard.tasks.weekly_summaries_compute_task",
    "schedule": crontab(minute=20, hour=0, day_of_week="mon"),
    "kwargs": {"weeks": 6},
    "options": {"expires": 24 * 60 * 60},
}

# Dashboard: every hour at :05 (https://crontab.guru/#5_*_*_*_*) refresh the current week's
# figures, so the overview's "this week" follows the week as it happens. Expires before the next.
app.conf.beat_schedule["dashboard-current-week"] = {
    "task": "dealtracker.dashboard.tasks.weekly_summaries_compute_task",
    "schedule": crontab(minute=5),
    "kwargs": {"weeks": 1},
    "options": {"expires": 50 * 60},
}

# Ingestion: every minute (https://crontab.guru/#*_*_*_*_*) claim the feeds whose own interval
# says they are due and enqueue a poll for each; feeds keep their schedule in the database so
# editors change it in the admin. Expires before the next tick so a backed-up beat never stacks.
app.conf.beat_schedule["ingest-claim-due-feeds"] = {
    "task": "dealtracker.ingest.tasks.feeds_claim_due_task",
    "schedule": crontab(),
    "options": {"expires": 50},
}
# Ingestion: every five minutes (https://crontab.guru/#*/5_*_*_*_*) re-queue articles stuck
# mid-pipeline, whose message was lost (on-commit dispatch, a killed worker).
app.conf.beat_schedule["ingest-reconcile-stuck-items"] = {
    "task": "dealtracker.ingest.tasks.items_reconcile_task",
    "schedule": crontab(minute="*/5"),
    "options": {"expires": 240},
}
