import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from dealtracker.dashboard.summaries import (
    first_recorded_week,
    iso_week_label,
    parse_iso_week,
    week_start,
    weekly_summaries_compute,
)


class Command(BaseCommand):
    help = (
        "Compute and store the weekly summaries now (the twin of the weekly beat task). "
        "By default the current ISO week and the four before it; --all backfills from the "
        "first recorded week."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--weeks", type=int, default=5, help="How many weeks (default 5).")
        parser.add_argument("--week", help="The last week to compute, e.g. 2025-W23.")
        parser.add_argument("--all", action="store_true", help="Every week since the first.")

    def handle(self, *args, weeks: int, week: str | None, all: bool, **options) -> None:
        try:
            last = parse_iso_week(week) if week else week_start(dt.date.today())
        except ValueError as exc:
            raise CommandError(f"--week takes an ISO week such as 2025-W23, not {week!r}") from exc
        if all:
            first = first_recorded_week()
            if first is None:
                self.stdout.write("Nothing recorded yet: no weeks to compute.")
                return
            weeks = (last - first).days // 7 + 1
        if weeks < 1:
            raise CommandError("--weeks must be at least 1")
        stored = weekly_summaries_compute(last_week=last, weeks=weeks)
        self.stdout.write(
            self.style.SUCCESS(
                f"Stored {len(stored)} weekly summaries, "
                f"{iso_week_label(stored[0].week)} to {iso_week_label(stored[-1].week)}."
            )
        )
