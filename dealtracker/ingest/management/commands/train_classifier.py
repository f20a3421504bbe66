from django.core.management.base import BaseCommand

from dealtracker.ingest import classification


class Command(BaseCommand):
    help = "Retrain the article classifier from the shipped examples and the editors' labels."

    def handle(self, *args, **options) -> None:
        trained = classification.retrain()
        figures = trained.figures
        self.stdout.write(
            f"Trained {trained.version} on {figures['examples']} examples "
            f"({figures['deals']} deals), saved in {classification.model_dir()}\n"
            f"Cross-validated relevance: precision {figures['precision']:.3f}, "
            f"recall {figures['recall']:.3f}, F1 {figures['f1']:.3f}\n"
            f"Cross-validated deal-type accuracy: {figures['type_accuracy']:.3f}"
        )
