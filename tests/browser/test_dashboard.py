"""The dashboard in a real browser, with the real seed deals."""

import datetime as dt

import pytest

from dealtracker.dashboard.summaries import weekly_summaries_compute
from dealtracker.deals.seeding import seed_load

pytestmark = [
    pytest.mark.browser,
    # Countries and roles survive the flush after each transactional test: post_migrate
    # (which follows every flush) restores them.
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def seed(live_server):
    seed_load()


def result_total(page) -> str:
    return page.inner_text("#result-total")


def test_the_explorer_filters_in_place_and_the_back_button_restores(watched_page, seed, screenshot):
    page = watched_page
    page.goto(f"{page.base}/deals/")
    everything = result_total(page)
    page.evaluate("window.__sameDocument = true")

    with page.expect_response(lambda r: "type=co_production" in r.url):
        page.select_option("#filter-type", "co_production")
    page.wait_for_url("**/deals/?*type=co_production*")
    co_production = result_total(page)
    assert co_production != everything
    screenshot(page, "explorer-co-production")

    with page.expect_response(lambda r: "type=sale" in r.url):
        page.select_option("#filter-type", "sale")
    page.wait_for_url("**/deals/?*type=sale*")
    assert result_total(page) not in (everything, co_production)
    # htmx swapped the results: the document (and the marker set on it) survived.
    assert page.evaluate("window.__sameDocument") is True

    page.go_back()
    page.wait_for_url("**/deals/?*type=co_production*")
    page.wait_for_function(
        "total => document.querySelector('#result-total').textContent === total", arg=co_production
    )
    assert page.input_value("#filter-type") == "co_production"

    # A facet link filters too, and the address it pushes is a shareable view.
    page.click(".facet-country li a >> text=Japan")
    page.wait_for_url("**country=JP*")
    shared = page.url
    narrowed = result_total(page)
    page.goto(shared)
    assert result_total(page) == narrowed
    screenshot(page, "explorer-japan")


def chart_ready(page, element_id: str) -> None:
    page.wait_for_selector(f"#{element_id}[data-plotly-drawn='true']", timeout=20_000)


def test_the_map_weekly_and_other_pages_draw_from_our_own_host(watched_page, seed, screenshot):
    page = watched_page
    weekly_summaries_compute(last_week=dt.date(2025, 6, 2), weeks=12)

    page.goto(f"{page.base}/map/")
    chart_ready(page, "deal-map")
    page.wait_for_selector("#deal-map .choroplethlocation")
    drawn = page.evaluate(
        """() => {
            const gd = document.getElementById('deal-map');
            const geoTraces = gd.data.filter(t => t.type === 'scattergeo');
            const arc = geoTraces.findIndex(t => t.name === 'JP–UA');
            const paths = gd.querySelectorAll('.scattergeo.trace');
            const line = arc >= 0 && paths[arc];
            const arcPath = line ? line.querySelector('path.js-line') : null;
            return {
                countries: gd.querySelectorAll('.choroplethlocation').length,
                outlines: gd.querySelectorAll('.countries path, path.country').length,
                arc: arc,
                arcPath: arcPath ? arcPath.getAttribute('d').length : 0,
                rotation: gd._fullLayout.geo.projection.rotation.lon,
            };
        }"""
    )
    assert drawn["countries"] >= 40, drawn
    assert drawn["arc"] >= 0, "the Japan–Ukraine arc is missing"
    assert drawn["arcPath"] > 20, drawn
    assert drawn["rotation"] == 0
    screenshot(page, "map")

    page.goto(f"{page.base}/weekly/?week=2025-W23")
    for chart in ["weekly-deals", "weekly-coverage", "weekly-comparison"]:
        chart_ready(page, chart)
    bars = page.eval_on_selector_all("#weekly-deals .bars .point path", "els => els.length")
    assert bars > 0
    screenshot(page, "weekly")

    for name, address, chart in [
        ("overview", "/", None),
        ("timeline", "/timeline/?country=UA", "deal-timeline"),
        ("deal", "/deals/jp-ua-surveillance-drones-2022/", None),
        ("country", "/countries/UA/", "country-map"),
        ("company", "/companies/baykar/", "company-by-year"),
    ]:
        response = page.goto(f"{page.base}{address}")
        assert response.status == 200, address
        if chart:
            chart_ready(page, chart)
        screenshot(page, name)
