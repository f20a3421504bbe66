"""The two groups of people who use the site: editors change the record, analysts read it."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITORS = "Editors"
ANALYSTS = "Analysts"

# Editors work on the record and on how articles arrive; never on users, groups or settings.
EDITOR_APPS = ("deals", "ingest")


def roles_setup(*, using: str = "default") -> tuple[Group, Group]:
    """Create or refresh the Editors and Analysts groups; running it twice changes nothing."""
    record_permissions = Permission.objects.using(using).filter(
        content_type__app_label__in=EDITOR_APPS
    )
    editors, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    editors.permissions.set(record_permissions.exclude(codename__startswith="delete_country"))
    analysts, _ = Group.objects.using(using).get_or_create(name=ANALYSTS)
    analysts.permissions.set(record_permissions.filter(Q(codename__startswith="view_")))
    return editors, analysts
