import json
import sys

from django.core.management.base import BaseCommand, CommandParser

from dealtracker.ingest import classification
from dealtracker.ingest.classify import ArticleInput


def read_articles(path: str, stderr):
    """(line number, object) for each well-formed line; malformed lines are reported and skipped."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("expected a JSON object")
                if not isinstance(row.get("title") or "", str) or not isinstance(
                    row.get("text") or "", str
                ):
                    raise ValueError("title and text must be strings")
            except ValueError as error:
                stderr.write(f"{path}:{number}: skipped, not a valid article: {error}\n")
                continue
            yield number, row


def article_from(row: dict) -> ArticleInput:
    """Missing or null fields are empty; a field of the wrong kind is ignored, not fatal."""

    def text_field(name: str) -> str:
        value = row.get(name)
        return value if isinstance(value, str) else ""

    return ArticleInput(
        title=text_field("title"),
        text=text_field("text"),
        url=text_field("url"),
        published=text_field("published") or None,
        language=text_field("language"),
    )


class Command(BaseCommand):
    help = "Classify the articles of a JSON Lines file; one JSON object a line on stdout."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="JSON Lines: id, url, title, text, published, language")

    def handle(self, *args, **options) -> None:
        classifier = classification.current_classifier()
        for _number, row in read_articles(options["file"], sys.stderr):
            output = {"id": row.get("id")}
            output.update(classifier.classify(article_from(row)).to_output_dict())
            self.stdout.write(json.dumps(output, ensure_ascii=False))
