"""Reads of the record for the dashboard and the admin."""

from django.db.models import Prefetch, QuerySet

from dealtracker.deals.models import Agreement, Party


def agreement_list_newest() -> QuerySet[Agreement]:
    """Every agreement, newest first, with what a list row shows loaded up front."""
    parties = Party.objects.select_related("company", "country").order_by("role", "id")
    return Agreement.objects.prefetch_related(
        Prefetch("parties", queryset=parties), "systems"
    ).order_by("-announced_date", "-updated_at")
