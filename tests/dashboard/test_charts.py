"""Figures as data: trace types, values and the shared deal-type colours."""

import datetime as dt
from json import dumps as json_dumps

from dealtracker.dashboard import charts

W1, W2 = dt.date(2025, 6, 2), dt.date(2025, 6, 9)


def test_new_deals_per_week_are_stacked_by_type_in_the_type_colours():
    fig = charts.deals_by_week_figure(
        [
            {"week": W1, "deal_type": "sale", "n": 2},
            {"week": W2, "deal_type": "co_production", "n": 1},
        ],
        weeks=[W1, W2],
    ).to_plotly_json()
    assert fig["layout"]["barmode"] == "stack"
    by_name = {t["name"]: t for t in fig["data"]}
    assert list(by_name) == ["Co-production", "Sale"]
    assert list(by_name["Sale"]["x"]) == ["2025-W23", "2025-W24"]
    assert list(by_name["Sale"]["y"]) == [2, 0]
    assert by_name["Sale"]["marker"]["color"] == charts.DEAL_TYPE_COLOURS["sale"]
    assert all(t["type"] == "bar" for t in fig["data"])


def test_coverage_fills_empty_weeks_with_zero():
    fig = charts.coverage_by_week_figure([{"week": W2, "n": 4}], weeks=[W1, W2]).to_plotly_json()
    assert list(fig["data"][0]["y"]) == [0, 4]


def test_the_week_comparison_sets_this_week_against_the_average():
    fig = charts.week_comparison_figure(
        [{"metric": "New deals", "this_week": 3, "previous": 1.5}]
    ).to_plotly_json()
    assert [t["name"] for t in fig["data"]] == ["Previous four weeks (average)", "This week"]
    assert list(fig["data"][1]["y"]) == [3]


def test_deals_by_year_covers_every_year_between_the_first_and_last():
    fig = charts.deals_by_year_figure(
        [
            {"year": 2022, "deal_type": "sale", "n": 1},
            {"year": 2024, "deal_type": "sale", "n": 2},
        ]
    ).to_plotly_json()
    assert list(fig["data"][0]["x"]) == [2022, 2023, 2024]
    assert list(fig["data"][0]["y"]) == [1, 0, 2]


def test_the_milestone_timeline_is_an_svg_scatter_on_a_date_axis():
    fig = charts.milestone_timeline_figure(
        [
            {"date": W1, "label": "Talks reported", "note": ""},
            {"date": W2, "label": "Announced", "note": "Press release"},
        ]
    ).to_plotly_json()
    trace = fig["data"][0]
    assert trace["type"] == "scatter"
    assert list(trace["x"]) == ["2025-06-02", "2025-06-09"]
    assert list(trace["text"]) == ["Talks reported", "Announced"]
    assert fig["layout"]["xaxis"]["type"] == "date"


def test_the_deal_timeline_draws_one_bar_per_deal_from_announcement_to_latest_milestone():
    rows = [
        {
            "slug": "a",
            "title": "Deal A",
            "deal_type": "sale",
            "status": "signed",
            "announced_date": W1,
            "latest": W2,
            "countries": "TR–UA",
            "companies": "X",
        },
        {
            "slug": "b",
            "title": "Deal B",
            "deal_type": "co_production",
            "status": "in_talks",
            "announced_date": W2,
            "latest": None,
            "countries": "JP–UA",
            "companies": "Y",
        },
    ]
    fig = charts.deal_timeline_figure(rows, group_by="pair", url_for=lambda s: f"/deals/{s}/")
    data = fig.to_plotly_json()["data"]
    sale = next(t for t in data if t["name"] == "Sale")
    assert sale["orientation"] == "h"
    assert list(sale["base"]) == ["2025-06-02"]
    assert list(sale["x"]) == [7 * 86_400_000]
    assert list(sale["customdata"]) == ["/deals/a/"]
    assert list(sale["y"]) == ["TR–UA · Deal A"]
    assert sale["marker"]["color"] == charts.DEAL_TYPE_COLOURS["sale"]


def test_the_map_has_a_choropleth_and_an_arc_per_country_pair():
    fig = charts.deal_map_figure(
        [
            {"code": "JP", "alpha3": "JPN", "name": "Japan", "n": 2},
            {"code": "UA", "alpha3": "UKR", "name": "Ukraine", "n": 3},
        ],
        [
            {
                "a": "JP",
                "b": "UA",
                "a_name": "Japan",
                "b_name": "Ukraine",
                "n": 2,
                "titles": "Deal one\nDeal two",
            }
        ],
        country_url=lambda c: f"/deals/?country={c}",
        pair_url=lambda a, b: f"/deals/?country={a}&country={b}",
    ).to_plotly_json()
    choropleth, arc, dots = fig["data"]
    assert choropleth["type"] == "choropleth"
    assert list(choropleth["locations"]) == ["JPN", "UKR"]
    assert list(choropleth["z"]) == [2, 3]
    assert list(choropleth["customdata"]) == ["/deals/?country=JP", "/deals/?country=UA"]
    assert arc["type"] == "scattergeo" and arc["name"] == "JP–UA"
    assert list(arc["lon"]) == [138, 31.39] or arc["lon"][0] == 138
    assert arc["line"]["width"] == 3
    assert dots["customdata"][0] == "/deals/?country=JP&country=UA"
    assert "Japan – Ukraine" in dots["text"][0] and "Deal two" in dots["text"][0]
    geo = fig["layout"]["geo"]
    assert geo["projection"]["rotation"]["lon"] == 0
    assert geo["projection"]["type"] == "natural earth"


def test_no_chart_uses_webgl_traces():
    # WebGL traces (scattergl, heatmapgl, …) would need 'unsafe-eval' in our CSP.
    import inspect

    source = inspect.getsource(charts)
    assert "gl(" not in source.lower().replace("geo", "")


def test_every_deal_type_has_its_own_colour():
    from dealtracker.deals.models import DealType

    assert set(charts.DEAL_TYPE_COLOURS) == set(DealType.values)
    assert len(set(charts.DEAL_TYPE_COLOURS.values())) == len(DealType.values)


def test_country_centroids_come_from_the_vendored_topojson():
    centroids = charts.country_centroids()
    assert centroids["JPN"] == (138, 36.66)
    assert "UKR" in centroids


def test_titles_and_names_from_the_record_show_as_text_not_markup():
    hostile = '<a href="https://evil.example">Click</a> <b>deal</b>'
    timeline = charts.deal_timeline_figure(
        [
            {
                "slug": "x",
                "title": hostile,
                "deal_type": "sale",
                "status": "signed",
                "announced_date": dt.date(2025, 1, 1),
                "latest": None,
                "countries": "JP–UA",
                "companies": hostile,
            }
        ],
        group_by="company",
        url_for=lambda slug: f"/deals/{slug}/",
    ).to_plotly_json()
    bars = charts.top_entities_figure([{"name": hostile, "n": 2}], label="Events").to_plotly_json()
    rendered = json_dumps(timeline) + json_dumps(bars)
    assert "<a href" not in rendered and "<b>deal" not in rendered
    assert "&lt;a href" in rendered
