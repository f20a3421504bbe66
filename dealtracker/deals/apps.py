from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DealsConfig(AppConfig):
    name = "dealtracker.deals"
    verbose_name = "Deals"

    def ready(self) -> None:
        # Permissions only exist after migrate has run, so the roles are (re)built then.
        post_migrate.connect(_setup_roles_after_migrate, sender=self)


def _setup_roles_after_migrate(**kwargs) -> None:
    from dealtracker.deals.roles import roles_setup

    roles_setup(using=kwargs.get("using", "default"))
