import datetime as dt

import pytest
from django.http import QueryDict

from dealtracker.dashboard.forms import DealFilterForm, filters_querystring
from dealtracker.deals import selectors
from dealtracker.deals.selectors import DealFilters


def form_for(query: str) -> DealFilterForm:
    form = DealFilterForm(QueryDict(query))
    form.is_valid()
    return form


def test_it_parses_every_filter_parameter():
    form = form_for(
        "type=co_production&status=in_talks&country=jp&country=UA&role=partner"
        "&company=kyiv-rotors&category=fixed_wing_uav&q=skylark&from=2025-01-01&to=2025-12-31"
        "&sort=oldest"
    )
    assert form.errors == {}
    assert form.to_filters() == DealFilters(
        deal_type="co_production",
        status="in_talks",
        countries=("JP", "UA"),
        role="partner",
        company="kyiv-rotors",
        category="fixed_wing_uav",
        q="skylark",
        date_from=dt.date(2025, 1, 1),
        date_to=dt.date(2025, 12, 31),
    )
    assert form.sort_order == "oldest"


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [
        ("type=bogus", "type", "bogus is not one of"),
        ("status=done", "status", "done is not one of"),
        ("country=XX", "country", "XX is not an ISO 3166"),
        ("country=JPN", "country", "JPN is not an ISO 3166"),
        ("company=not a slug!", "company", "slug"),
        ("from=yesterday", "from", "valid date"),
        ("from=2025-02-01&to=2025-01-01", "to", "before the start date"),
        ("sort=random", "sort", "random is not one of"),
    ],
)
def test_it_explains_invalid_values_and_keeps_the_valid_ones(query, field, words):
    form = form_for(query + "&q=drone")
    assert field in form.errors
    assert any(words in line for line in form.error_messages())
    assert form.to_filters().q == "drone"


def test_the_querystring_reproduces_the_filters():
    form = form_for("country=JP&country=UA&type=sale&from=2025-01-01")
    qs = filters_querystring(form.to_filters())
    assert qs == "type=sale&country=JP&country=UA&from=2025-01-01"
    assert form_for(qs).to_filters() == form.to_filters()
    assert filters_querystring(form.to_filters(), type=None, country=["UA"]) == (
        "country=UA&from=2025-01-01"
    )


def slugs(filters: DealFilters) -> set[str]:
    return set(selectors.agreement_filter(filters).values_list("title", flat=True))


def test_several_countries_mean_deals_with_all_of_them(make_deals):
    make_deals(3)
    assert slugs(DealFilters(countries=("JP", "UA"))) == {
        "Japan–Ukraine co-production 0",
        "Japan–Ukraine co-production 1",
    }
    assert slugs(DealFilters(countries=("TR", "JP"))) == set()


def test_a_role_narrows_the_country_to_that_role(make_deals):
    make_deals(3)
    assert slugs(DealFilters(countries=("TR",), role="supplier")) == {
        "Turkish drones for Ukraine 2"
    }
    assert slugs(DealFilters(countries=("TR",), role="recipient")) == set()
    assert slugs(DealFilters(countries=("UA",), role="recipient")) == {
        "Turkish drones for Ukraine 2"
    }


def test_search_covers_titles_companies_and_systems(make_deals):
    make_deals(3)
    assert len(slugs(DealFilters(q="skylark"))) == 2
    assert len(slugs(DealFilters(q="anatolia"))) == 1
    assert len(slugs(DealFilters(q="turkish"))) == 1
    assert len(slugs(DealFilters(q="kyiv rotors"))) == 3


def test_company_category_and_dates_filter(make_deals):
    make_deals(3)
    assert len(slugs(DealFilters(company="nippon-wings"))) == 2
    assert len(slugs(DealFilters(category="fixed_wing_uav"))) == 2
    assert slugs(DealFilters(date_from=dt.date(2025, 6, 9), date_to=dt.date(2025, 6, 9))) == {
        "Japan–Ukraine co-production 1"
    }


def test_facets_count_in_the_database(make_deals, django_assert_num_queries):
    make_deals(6)
    with django_assert_num_queries(5):
        facets = selectors.agreement_facets(filters=DealFilters(deal_type="sale"))
    # The type facet ignores the type filter, so the alternatives keep their counts.
    assert {r["value"]: r["n"] for r in facets["type"]} == {"co_production": 4, "sale": 2}
    assert {r["value"]: r["n"] for r in facets["country"]} == {"TR": 2, "UA": 2}
    assert facets["company"][0] == {"value": "anatolia-aero", "label": "Anatolia Aero", "n": 2}


def test_country_pairs_are_counted_once_per_deal(make_deals):
    make_deals(6)
    pairs = selectors.country_pair_counts(filters=DealFilters())
    assert [(p["a"], p["b"], p["n"]) for p in pairs] == [("JP", "UA", 4), ("TR", "UA", 2)]
    assert "Japan–Ukraine co-production 0" in pairs[0]["titles"].split("\n")
