import sys
import time

from django.core.management.base import BaseCommand, CommandParser

from dealtracker.ingest import classification
from dealtracker.ingest.classify import metrics

from .classify_articles import article_from, read_articles


class Command(BaseCommand):
    help = "Measure the classifier against a labelled JSON Lines file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="JSON Lines with label, deal_type, countries, companies")

    def handle(self, *args, **options) -> None:
        classifier = classification.current_classifier()
        gold = [row for _, row in read_articles(options["file"], sys.stderr) if "label" in row]
        started = time.perf_counter()
        results = [classifier.classify(article_from(row)) for row in gold]
        elapsed = time.perf_counter() - started
        predicted = [result.to_output_dict() for result in results]
        # The parties found whatever the relevance verdict, to judge extraction on its own.
        extracted = [
            {
                "countries": [party.code for party in result.countries],
                "companies": [c.name for c in result.companies if c.kind == "company"],
            }
            for result in results
        ]

        relevance = metrics.relevance_scores(
            [g["label"] for g in gold], [p["label"] for p in predicted]
        )
        countries = metrics.country_f1(gold, predicted)
        companies = metrics.company_f1(gold, predicted, classifier.companies.aliases_of)
        write = self.stdout.write
        write(f"Model {classifier.model_version}, {len(gold)} articles")
        write(
            f"Relevance: precision {relevance['precision']:.3f}, recall {relevance['recall']:.3f}, "
            f"F1 {relevance['f1']:.3f}"
        )
        write(f"Deal-type accuracy on true deals: {metrics.type_accuracy(gold, predicted):.3f}")
        status, judged = metrics.status_accuracy(gold, predicted)
        write(f"Status accuracy on the {judged} true deals called deals: {status:.3f}")
        write(
            f"Party countries: precision {countries['precision']:.3f}, "
            f"recall {countries['recall']:.3f}, F1 {countries['f1']:.3f}"
        )
        write(
            f"Companies: precision {companies['precision']:.3f}, "
            f"recall {companies['recall']:.3f}, F1 {companies['f1']:.3f}"
        )
        deal_gold, deal_extracted = metrics.true_deals(gold, extracted)
        deal_countries = metrics.country_f1(deal_gold, deal_extracted)
        deal_companies = metrics.company_f1(
            deal_gold, deal_extracted, classifier.companies.aliases_of
        )
        write(
            "The figures above are end to end: a missed deal loses its parties, a false one adds "
            "its own."
        )
        write(
            f"Parties on the true deals alone: countries F1 {deal_countries['f1']:.3f} "
            f"(P {deal_countries['precision']:.3f}, R {deal_countries['recall']:.3f}), "
            f"companies F1 {deal_companies['f1']:.3f} "
            f"(P {deal_companies['precision']:.3f}, R {deal_companies['recall']:.3f})"
        )
        write("Deal types (rows labelled, columns predicted):")
        write(metrics.format_confusion(metrics.type_confusion(gold, predicted)))
        if gold:
            write(
                f"Speed: {len(gold) / elapsed:.0f} articles/second, "
                f"{elapsed / len(gold) * 1000:.2f} ms per article"
            )
