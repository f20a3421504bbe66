"""Load the default defence and drone news feeds and GDELT queries, switched off: this machine
has no internet, and an editor decides which ones to poll."""

import datetime as dt
import json
from pathlib import Path

from django.db import migrations

DEFAULT_FEEDS = Path(__file__).resolve().parent.parent / "default_feeds.json"


def load_default_feeds(apps, schema_editor):
    Feed = apps.get_model("ingest", "Feed")
    for row in json.loads(DEFAULT_FEEDS.read_text()):
        Feed.objects.get_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "kind": row["kind"],
                "url": row.get("url", ""),
                "query": row.get("query", ""),
                "interval": dt.timedelta(minutes=row["interval_minutes"]),
                "is_active": False,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("ingest", "0001_initial")]

    operations = [migrations.RunPython(load_default_feeds, migrations.RunPython.noop)]
