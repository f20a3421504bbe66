from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "dealtracker.ingest"
    verbose_name = "Ingestion"
