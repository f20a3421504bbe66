from django.core.management.base import BaseCommand

from dealtracker.deals.seeding import seed_load


class Command(BaseCommand):
    help = "Load the real seed deals shipped with Dealtracker. Safe to run again."

    def handle(self, *args, **options) -> None:
        report = seed_load()
        self.stdout.write(self.style.SUCCESS(f"Seed loaded: {report}"))
