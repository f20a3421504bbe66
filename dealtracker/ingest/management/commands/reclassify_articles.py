"""`manage.py reclassify_articles`: run the current classifier again over stored articles."""

from django.core.management.base import BaseCommand, CommandParser

from dealtracker.deals.models import Article
from dealtracker.ingest import services


class Command(BaseCommand):
    help = (
        "Classify articles again with the current model; by default only those classified by "
        "an older model version (or never). Pending proposals take the new answer."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="Every article, whatever model.")
        parser.add_argument("ids", nargs="*", type=int, help="Only these article ids.")

    def handle(self, *args, ids: list[int], all: bool, **options) -> None:  # noqa: A002
        articles = Article.objects.filter(duplicate_of__isnull=True).order_by("pk")
        if ids:
            articles = articles.filter(pk__in=ids)
        force = bool(all or ids)
        counts = services.articles_reclassify(articles=articles.iterator(), force=force)
        self.stdout.write(
            f"Classified {counts['classified']} articles: {counts['relevant']} relevant, "
            f"{counts['proposals_created']} new proposals."
        )
