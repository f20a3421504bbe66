"""Every ISO 3166 country, from pycountry, with its UN M49 sub-region."""

import pycountry

from dealtracker.lib.regions import region_for

# Short names news uses where pycountry gives only the formal ISO name.
NEWS_NAMES = {"RU": "Russia", "VN": "Vietnam", "LA": "Laos", "BN": "Brunei", "FM": "Micronesia"}


def countries_load(country_model, *, using: str = "default") -> int:
    """Create or refresh every country; takes the model so migrations can pass theirs."""
    for country in pycountry.countries:
        country_model.objects.using(using).update_or_create(
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
    return len(pycountry.countries)
