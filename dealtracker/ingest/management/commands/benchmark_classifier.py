import time

from django.core.management.base import BaseCommand, CommandParser

from dealtracker.ingest import classification
from dealtracker.ingest.classify import ArticleInput
from dealtracker.ingest.classify.training import shipped_examples


class Command(BaseCommand):
    help = "Time the classifier on the shipped examples: articles per second and ms per article."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rounds", type=int, default=3)

    def handle(self, *args, **options) -> None:
        classifier = classification.current_classifier()
        articles = [ArticleInput(title=e.title, text=e.text) for e in shipped_examples()]
        classifier.classify(articles[0])  # warm the gazetteers' lazy tables
        started = time.perf_counter()
        for _ in range(options["rounds"]):
            for article in articles:
                classifier.classify(article)
        elapsed = time.perf_counter() - started
        count = len(articles) * options["rounds"]
        mean_chars = sum(len(a.title) + len(a.text) for a in articles) / len(articles)
        self.stdout.write(
            f"{count} classifications of articles averaging {mean_chars:.0f} characters: "
            f"{count / elapsed:.0f} articles/second, {elapsed / count * 1000:.2f} ms per article "
            f"(model {classifier.model_version})"
        )
