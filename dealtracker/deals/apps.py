from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DealsConfig(AppConfig):
    name = "dealtracker.deals"
    verbose_name = "Deals"

    def ready(self) -> None:
        # Permissions only exist after migrate has run, so the roles are (re)built then.
        post_migrate.connect(_after_migrate, sender=self)


def _after_migrate(*, using: str = "default", **kwargs) -> None:
    from dealtracker.deals.countries import countries_load
    from dealtracker.deals.models import Country
    from dealtracker.deals.roles import roles_setup

    roles_setup(using=using)
    # A data migration loads the countries; a database flush (as transactional tests do)
    # empties the table without re-running migrations, and post_migrate follows every flush.
    if not Country.objects.using(using).exists():
        countries_load(Country, using=using)
