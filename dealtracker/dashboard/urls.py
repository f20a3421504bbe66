"""The analysts' addresses. They are bookmarked: keep them stable."""

from django.urls import path, register_converter

from dealtracker.dashboard import feeds, views


class Alpha2Converter:
    regex = "[A-Za-z]{2}"

    def to_python(self, value: str) -> str:
        return value.upper()

    def to_url(self, value: str) -> str:
        return value.upper()


register_converter(Alpha2Converter, "alpha2")

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("deals/", views.deal_list, name="deal-list"),
    path("deals/export.csv", views.export_csv, name="deal-export-csv"),
    path("deals/export.json", views.export_json, name="deal-export-json"),
    path("deals/feed/", feeds.deal_feed, name="deal-feed"),
    path("deals/<slug:slug>/", views.deal_detail, name="deal-detail"),
    path("companies/<slug:slug>/", views.company_detail, name="company-detail"),
    path("countries/<alpha2:code>/", views.country_detail, name="country-detail"),
    path("timeline/", views.timeline, name="timeline"),
    path("map/", views.deal_map, name="map"),
    path("weekly/", views.weekly, name="weekly"),
]
