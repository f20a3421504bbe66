"""Load every ISO 3166 country from pycountry, with its UN M49 sub-region."""

import pycountry
from django.db import migrations

from dealtracker.lib.regions import region_for


# Short names news uses where pycountry gives only the formal ISO name.
NEWS_NAMES = {"RU": "Russia", "VN": "Vietnam", "LA": "Laos", "BN": "Brunei", "FM": "Micronesia"}


def load_countries(apps, schema_editor):
    Country = apps.get_model("deals", "Country")
    for country in pycountry.countries:
        Country.objects.update_or_create(
            code=country.alpha_2,
            defaults={
                "alpha3": country.alpha_3,
                "name": country.name,
                "common_name": NEWS_NAMES.get(
                    country.alpha_2, getattr(country, "common_name", country.name)
                ),
                "region": region_for(country.alpha_2),
            },
        )


class Migration(migrations.Migration):
    dependencies = [("deals", "0001_initial")]

    operations = [migrations.RunPython(load_countries, migrations.RunPython.noop)]
