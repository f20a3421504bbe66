"""The Celery app and the whole beat schedule."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")

app = Celery("dealtracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {}

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
