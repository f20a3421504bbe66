"""Load every ISO 3166 country from pycountry, with its UN M49 sub-region."""

from django.db import migrations

from dealtracker.deals.countries import countries_load


def load_countries(apps, schema_editor):
    countries_load(apps.get_model("deals", "Country"), using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("deals", "0001_initial")]

    operations = [migrations.RunPython(load_countries, migrations.RunPython.noop)]
