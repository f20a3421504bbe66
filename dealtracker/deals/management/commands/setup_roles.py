from django.core.management.base import BaseCommand

from dealtracker.deals.roles import roles_setup


class Command(BaseCommand):
    help = "Create or refresh the Editors and Analysts groups (migrate also does this)."

    def handle(self, *args, **options) -> None:
        editors, analysts = roles_setup()
        self.stdout.write(
            f"{editors.name}: {editors.permissions.count()} permissions; "
            f"{analysts.name}: {analysts.permissions.count()} permissions"
        )
