from django.core.management.base import BaseCommand, CommandParser

from dealtracker.ingest import classification
from dealtracker.ingest.classify import classifier as classifier_module
from dealtracker.ingest.classify.calibration import (
    party_scores,
    pipeline_out_of_fold,
    status_accuracy,
    threshold_table,
    type_accuracy,
)
from dealtracker.ingest.classify.training import shipped_examples


class Command(BaseCommand):
    help = (
        "Run the whole classifier out of fold over the shipped and editors' examples and print "
        "relevance figures by threshold: how DEAL_THRESHOLD is chosen."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--folds", type=int, default=5)

    def handle(self, *args, **options) -> None:
        examples = shipped_examples() + classification.editor_labelled_examples()
        companies = classification.known_companies()
        rows = pipeline_out_of_fold(
            examples,
            folds=options["folds"],
            companies=companies,
            systems=classification.known_systems(),
        )
        current = classifier_module.DEAL_THRESHOLD
        self.stdout.write(
            f"{len(rows)} written examples judged out of fold ({options['folds']} folds); "
            f"DEAL_THRESHOLD is {current}"
        )
        self.stdout.write("threshold  precision  recall     F1")
        thresholds = [round(0.30 + 0.02 * step, 2) for step in range(21)]
        for line in threshold_table(rows, thresholds):
            mark = "  <- current" if abs(line["threshold"] - current) < 1e-9 else ""
            self.stdout.write(
                f"{line['threshold']:9.2f}  {line['precision']:9.3f}  {line['recall']:6.3f}  "
                f"{line['f1']:6.3f}{mark}"
            )
        self.stdout.write(f"Type accuracy on the deals found: {type_accuracy(rows):.3f}")
        self.stdout.write(f"Status accuracy on the deals found: {status_accuracy(rows):.3f}")
        for kind, figures in party_scores(rows, companies).items():
            self.stdout.write(
                f"Party {kind} on the true deals: precision {figures['precision']:.3f}, "
                f"recall {figures['recall']:.3f}, F1 {figures['f1']:.3f}"
            )
