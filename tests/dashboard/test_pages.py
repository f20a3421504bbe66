"""Every page and partial: full page vs htmx fragment, and a query count that does not grow."""

import datetime as dt

import pytest
from django.urls import reverse

from dealtracker.dashboard.summaries import weekly_summaries_compute

HTMX = {"HX-Request": "true"}

# (address, queries). The counts are fixed: they must not depend on how many deals exist.
PAGES = [
    ("/", 6),
    ("/deals/", 9),
    ("/deals/?country=JP&country=UA&sort=title", 9),
    ("/deals/japan-ukraine-co-production-0/", 7),
    ("/companies/kyiv-rotors/", 7),
    ("/countries/UA/", 9),
    ("/timeline/", 1),
    ("/timeline/?group=company&type=co_production", 1),
    ("/map/", 2),
    ("/weekly/", 2),
    ("/deals/export.csv", 3),
    ("/deals/export.json?country=JP", 3),
    ("/deals/feed/?country=UA", 3),
]


@pytest.fixture(params=[2, 15], ids=["few-deals", "many-deals"])
def world(request, make_deals):
    deals = make_deals(request.param)
    for deal in deals:  # Stable slugs for the addresses above.
        deal.slug = deal.title.lower().replace(" ", "-").replace("–", "-")
        deal.save()
    weekly_summaries_compute(last_week=deals[-1].announced_date, weeks=8)
    return deals


@pytest.mark.parametrize(("address", "queries"), PAGES)
def test_every_page_answers_with_a_fixed_number_of_queries(
    client, world, address, queries, django_assert_num_queries
):
    with django_assert_num_queries(queries):
        response = client.get(address)
    assert response.status_code == 200, response.content[:500]


PARTIALS = [
    ("/deals/?type=co_production", 'id="deal-explorer"', 9),
    ("/deals/?page=2", 'id="deal-explorer"', 9),
    ("/timeline/?country=UA", 'id="timeline-chart"', 1),
    ("/map/?type=sale", 'id="map-chart"', 2),
]


@pytest.mark.parametrize(("address", "marker", "queries"), PARTIALS)
def test_htmx_requests_get_only_the_partial(
    client, world, address, marker, queries, django_assert_num_queries
):
    with django_assert_num_queries(queries):
        response = client.get(address, headers=HTMX)
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert body.lstrip().startswith(f"<div {marker}")
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize(("address", "marker", "queries"), PARTIALS)
def test_plain_requests_get_the_whole_page(client, world, address, marker, queries):
    body = client.get(address).content.decode()
    assert body.startswith("<!doctype html>") or "<html" in body
    assert marker in body
    assert "Deal explorer" in body or "Timeline" in body or "Who cooperates" in body


def test_htmx_history_restore_gets_the_whole_page(client, world):
    headers = HTMX | {"HX-History-Restore-Request": "true"}
    body = client.get("/deals/?type=sale", headers=headers).content.decode()
    assert "<html" in body


def test_the_explorer_filters_counts_and_paginates(client, world):
    body = client.get("/deals/?country=TR").content.decode()
    assert f'<strong id="result-total">{len(world) // 3}</strong>' in body
    assert "Japan–Ukraine co-production 0" not in body
    if len(world) >= 3:
        assert "Turkish drones for Ukraine 2" in body
        # Facet links add a value to the current filters, and work without JavaScript.
        assert 'href="?country=TR&amp;country=UA"' in body


def test_the_explorer_paginates(client, world, settings):
    settings.DASHBOARD_PAGE_SIZE = 5
    body = client.get("/deals/?sort=oldest&page=2").content.decode()
    if len(world) > 5:
        assert "Page 2 of" in body
        assert "Japan–Ukraine co-production 6" in body
    # Out-of-range or nonsense pages fall back to a real page rather than failing.
    assert client.get("/deals/?page=999").status_code == 200
    assert client.get("/deals/?page=abc").status_code == 200


@pytest.mark.parametrize(
    "address",
    [
        "/deals/?type=bogus",
        "/deals/?country=XX&country=JP",
        "/timeline/?from=someday",
        "/map/?status=won",
        "/weekly/?week=2025-W99",
    ],
)
def test_invalid_filters_give_a_clear_message_not_an_error(client, world, address):
    response = client.get(address)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_invalid_filters_are_explained_in_the_htmx_fragment_too(client, world):
    response = client.get("/deals/?country=XX", headers=HTMX)
    assert response.status_code == 400
    assert "XX is not an ISO 3166 alpha-2 country code" in response.content.decode()


def test_the_deal_page_shows_parties_systems_milestones_evidence_and_related(client, world):
    response = client.get(reverse("dashboard:deal-detail", args=["japan-ukraine-co-production-0"]))
    body = response.content.decode()
    assert "🇯🇵" in body and "🇺🇦" in body
    assert 'href="/companies/nippon-wings/"' in body and 'href="/countries/JP/"' in body
    assert "Skylark" in body
    assert "Talks reported" in body and 'data-plotly="milestone-timeline-data"' in body
    assert "https://news.example/" in body
    assert "Japan–Ukraine co-production 1" in body  # Related: shares companies and a system.
    assert "Last changed" in body


def test_unknown_records_are_404(client, world):
    assert client.get("/deals/no-such-deal/").status_code == 404
    assert client.get("/companies/no-such-company/").status_code == 404
    assert client.get("/countries/ZZ/").status_code == 404


def test_country_codes_in_addresses_are_case_insensitive(client, world):
    assert client.get("/countries/jp/").status_code == 200


def test_the_weekly_page_reads_stored_figures(client, world, django_assert_num_queries):
    body = client.get("/weekly/").content.decode()
    assert "weekly-deals-data" in body and "weekly-coverage-data" in body
    assert "weekly-comparison-data" in body


def test_a_quiet_week_points_to_the_week_of_the_latest_deal(client, world):
    from dealtracker.dashboard.summaries import iso_week_label, week_start

    weekly_summaries_compute(last_week=world[-1].announced_date + dt.timedelta(weeks=6), weeks=8)
    latest = iso_week_label(week_start(max(d.announced_date for d in world)))
    for address in ("/", "/weekly/"):
        body = client.get(address).content.decode()
        assert f"?week={latest}" in body, address


def test_the_weekly_page_without_summaries_says_how_to_compute_them(client, db):
    body = client.get("/weekly/").content.decode()
    assert "compute_weekly_summaries" in body


def test_pages_need_no_account_by_default(client, world):
    assert client.get("/deals/").status_code == 200


@pytest.mark.parametrize("address", ["/", "/deals/", "/map/", "/deals/export.csv", "/deals/feed/"])
def test_a_setting_can_require_login(client, world, settings, analyst, address):
    settings.DASHBOARD_REQUIRE_LOGIN = True
    response = client.get(address)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    client.force_login(analyst)
    assert client.get(address).status_code == 200


def test_pages_send_a_content_security_policy(client, world):
    policy = client.get("/map/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-eval" not in policy
    assert "connect-src 'self'" in policy
