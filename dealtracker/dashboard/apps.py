from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "dealtracker.dashboard"
    verbose_name = "Dashboard"
