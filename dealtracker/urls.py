from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Dealtracker editors"
admin.site.site_title = "Dealtracker"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("dealtracker.dashboard.urls")),
]
