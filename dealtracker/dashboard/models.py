"""Stored weekly figures: the weekly summary page reads these instead of aggregating live."""

from django.db import models


class WeeklySummary(models.Model):
    """The figures of one ISO week, computed by `weekly_summaries_compute` (beat task, command)."""

    week = models.DateField(unique=True, help_text="Monday of the ISO week.")
    figures = models.JSONField(default=dict)
    computed_at = models.DateTimeField()

    class Meta:
        ordering = ["-week"]
        verbose_name_plural = "weekly summaries"

    def __str__(self) -> str:
        year, number, _ = self.week.isocalendar()
        return f"{year}-W{number:02d}"
