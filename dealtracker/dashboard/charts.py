"""Every Plotly figure of the dashboard: one pure function per chart, fed with plain rows.

The functions never query the database nor look at the request: views pass them rows from
`deals.selectors` (or stored weekly summaries) and send `fig.to_json()` to the page, where
static/js/charts.js draws it. Only SVG trace types are used (bar, scatter, scattergeo,
choropleth): WebGL traces would need 'unsafe-eval' in the content security policy.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import math
from collections.abc import Callable, Iterable
from pathlib import Path

import plotly.graph_objects as go
from django.conf import settings

from dealtracker.deals.models import DealType

# One colour per deal type, the same on every chart (Okabe–Ito and Tol's colour-blind-safe
# palettes; no yellow on white).
DEAL_TYPE_COLOURS: dict[str, str] = {
    DealType.CO_PRODUCTION: "#0072B2",
    DealType.SALE: "#E69F00",
    DealType.TECH_TRANSFER: "#009E73",
    DealType.LICENSING: "#CC79A7",
    DealType.JOINT_VENTURE: "#56B4E9",
    DealType.INVESTMENT: "#D55E00",
    DealType.ACQUISITION: "#882255",
    DealType.MOU: "#999933",
    DealType.OTHER: "#8C8C8C",
}
DEAL_TYPE_LABELS: dict[str, str] = dict(DealType.choices)
ACCENT = "#1f5fa8"
ARC_COLOUR = "rgba(213, 94, 0, 0.55)"
FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

UrlFor = Callable[..., str]


def _apply_house_style(fig: go.Figure, *, height: int = 320) -> go.Figure:
    """Shared look: no heavy template, quiet grid, legend on top, tight margins."""
    fig.update_layout(
        template="none",
        height=height,
        margin={"l": 48, "r": 16, "t": 36, "b": 40},
        font={"family": FONT, "size": 12, "color": "#1d2330"},
        paper_bgcolor="#ffffff",
        plot_bgcolor="#ffffff",
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "font": {"size": 11}},
        hoverlabel={"font": {"family": FONT}},
    )
    fig.update_xaxes(gridcolor="#eef1f5", linecolor="#dde1e8", automargin=True)
    fig.update_yaxes(gridcolor="#eef1f5", linecolor="#dde1e8", automargin=True, rangemode="tozero")
    return fig


def _week_label(week: dt.date) -> str:
    year, number, _ = week.isocalendar()
    return f"{year}-W{number:02d}"


def deals_by_week_figure(rows: Iterable[dict], *, weeks: list[dt.date]) -> go.Figure:
    """New deals per ISO week, stacked by deal type. rows: {week, deal_type, n}."""
    counts: dict[str, dict[dt.date, int]] = {}
    for row in rows:
        counts.setdefault(row["deal_type"], {})[row["week"]] = row["n"]
    labels = [_week_label(w) for w in weeks]
    fig = go.Figure()
    for deal_type, colour in DEAL_TYPE_COLOURS.items():
        if deal_type not in counts:
            continue
        fig.add_trace(
            go.Bar(
                name=DEAL_TYPE_LABELS[deal_type],
                x=labels,
                y=[counts[deal_type].get(w, 0) for w in weeks],
                marker_color=colour,
                hovertemplate="%{x}: %{y} " + DEAL_TYPE_LABELS[deal_type] + "<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack", yaxis_title="New deals")
    fig.update_xaxes(type="category")
    return _apply_house_style(fig)


def coverage_by_week_figure(rows: Iterable[dict], *, weeks: list[dt.date]) -> go.Figure:
    """Articles published per ISO week. rows: {week, n}."""
    counts = {row["week"]: row["n"] for row in rows}
    fig = go.Figure(
        go.Bar(
            name="Articles",
            x=[_week_label(w) for w in weeks],
            y=[counts.get(w, 0) for w in weeks],
            marker_color=ACCENT,
            hovertemplate="%{x}: %{y} articles<extra></extra>",
        )
    )
    fig.update_layout(yaxis_title="Articles", showlegend=False)
    fig.update_xaxes(type="category")
    return _apply_house_style(fig)


def week_comparison_figure(rows: Iterable[dict]) -> go.Figure:
    """This week against the average of the previous four. rows: {metric, this_week, previous}."""
    rows = list(rows)
    metrics = [r["metric"] for r in rows]
    fig = go.Figure(
        [
            go.Bar(
                name="Previous four weeks (average)",
                x=metrics,
                y=[r["previous"] for r in rows],
                marker_color="#b7c3d6",
            ),
            go.Bar(
                name="This week", x=metrics, y=[r["this_week"] for r in rows], marker_color=ACCENT
            ),
        ]
    )
    fig.update_layout(barmode="group")
    return _apply_house_style(fig)


def top_entities_figure(rows: Iterable[dict], *, label: str) -> go.Figure:
    """Horizontal bars of the most active countries or companies. rows: {name, n, url}."""
    rows = list(rows)[::-1]  # Plotly draws the first bar at the bottom.
    fig = go.Figure(
        go.Bar(
            name=label,
            orientation="h",
            x=[r["n"] for r in rows],
            y=[_escape(r["name"]) for r in rows],
            customdata=[r.get("url", "") for r in rows],
            marker_color=ACCENT,
            hovertemplate="%{y}: %{x} events<extra></extra>",
        )
    )
    fig.update_layout(showlegend=False, xaxis_title=label)
    return _apply_house_style(fig, height=max(200, 60 + 24 * len(rows)))


def deals_by_year_figure(rows: Iterable[dict]) -> go.Figure:
    """Deals per announcement year, stacked by type. rows: {year, deal_type, n}."""
    counts: dict[str, dict[int, int]] = {}
    years: set[int] = set()
    for row in rows:
        counts.setdefault(row["deal_type"], {})[row["year"]] = row["n"]
        years.add(row["year"])
    axis = list(range(min(years), max(years) + 1)) if years else []
    fig = go.Figure()
    for deal_type, colour in DEAL_TYPE_COLOURS.items():
        if deal_type in counts:
            fig.add_trace(
                go.Bar(
                    name=DEAL_TYPE_LABELS[deal_type],
                    x=axis,
                    y=[counts[deal_type].get(y, 0) for y in axis],
                    marker_color=colour,
                )
            )
    fig.update_layout(barmode="stack", yaxis_title="Deals")
    fig.update_xaxes(dtick=1)
    return _apply_house_style(fig, height=280)


def milestone_timeline_figure(rows: Iterable[dict]) -> go.Figure:
    """A deal's lifecycle: its milestones on a date axis. rows: {date, label, note}."""
    rows = list(rows)
    fig = go.Figure(
        go.Scatter(
            name="Milestones",
            x=[r["date"].isoformat() for r in rows],
            y=[0] * len(rows),
            mode="lines+markers+text",
            text=[r["label"] for r in rows],
            textposition=["top center" if i % 2 else "bottom center" for i in range(len(rows))],
            customdata=[_escape(r.get("note", "")) for r in rows],
            marker={"size": 12, "color": ACCENT},
            line={"color": "#b7c3d6", "width": 3},
            hovertemplate="%{x|%d %b %Y}: %{text}<br>%{customdata}<extra></extra>",
        )
    )
    fig.update_layout(showlegend=False)
    fig.update_yaxes(visible=False, range=[-1, 1])
    # Pad the axis by a month each side so one milestone alone still gets a readable date axis.
    if rows:
        pad = dt.timedelta(days=30)
        first, last = min(r["date"] for r in rows), max(r["date"] for r in rows)
        fig.update_xaxes(range=[(first - pad).isoformat(), (last + pad).isoformat()])
    fig.update_xaxes(type="date")
    return _apply_house_style(fig, height=200)


def deal_timeline_figure(rows: Iterable[dict], *, group_by: str, url_for: UrlFor) -> go.Figure:
    """Each deal as a bar from its announcement to its latest milestone, coloured by type.

    rows: {slug, title, deal_type, announced_date, latest, countries, companies}; `group_by`
    is "pair" (the deal's countries) or "company"; deals are listed group by group.
    """
    key = "countries" if group_by == "pair" else "companies"
    rows = sorted(rows, key=lambda r: ((r[key] or "—"), r["announced_date"]))
    fig = go.Figure()
    by_type: dict[str, list[dict]] = {}
    for row in rows:
        by_type.setdefault(row["deal_type"], []).append(row)
    labels = [f"{_escape(r[key] or '—')} · {_shorten(r['title'], 48)}" for r in rows]
    label_of = {r["slug"]: label for r, label in zip(rows, labels, strict=True)}
    for deal_type, colour in DEAL_TYPE_COLOURS.items():
        deals = by_type.get(deal_type)
        if not deals:
            continue
        starts = [r["announced_date"] for r in deals]
        ends = [max(r["latest"] or r["announced_date"], r["announced_date"]) for r in deals]
        fig.add_trace(
            go.Bar(
                name=DEAL_TYPE_LABELS[deal_type],
                orientation="h",
                base=[s.isoformat() for s in starts],
                # Duration in milliseconds on a date axis; a one-day deal still shows (3 days).
                x=[max((e - s).days, 3) * 86_400_000 for s, e in zip(starts, ends, strict=True)],
                y=[label_of[r["slug"]] for r in deals],
                customdata=[url_for(r["slug"]) for r in deals],
                text=[_escape(r["title"]) for r in deals],
                textposition="none",  # Titles are in the axis labels and the hover, not on bars.
                marker_color=colour,
                hovertemplate=(
                    "%{text}<br>%{base|%d %b %Y} → latest milestone<extra>"
                    + DEAL_TYPE_LABELS[deal_type]
                    + "</extra>"
                ),
            )
        )
    fig.update_layout(barmode="overlay", bargap=0.35)
    fig.update_xaxes(type="date")
    fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=labels[::-1],
        autorange=True,
        rangemode="normal",
    )
    return _apply_house_style(fig, height=max(260, 80 + 22 * len(rows)))


def _escape(text: str) -> str:
    """Plotly renders a subset of HTML in labels and hovers: names and titles from the record
    (and so from ingested articles) must show as text, never as markup or links."""
    return html.escape(text or "", quote=False)


def _shorten(text: str, width: int) -> str:
    return _escape(text if len(text) <= width else text[: width - 1] + "…")


@functools.cache
def country_centroids() -> dict[str, tuple[float, float]]:
    """(lon, lat) per ISO alpha-3 code, from the vendored world topojson plotly.js draws."""
    path = Path(settings.BASE_DIR) / "static" / "vendor" / "topojson" / "world_110m.json"
    topology = json.loads(path.read_text())
    return {
        geometry["id"]: tuple(geometry["properties"]["ct"])
        for geometry in topology["objects"]["countries"]["geometries"]
        if geometry.get("id") and geometry.get("properties", {}).get("ct")
    }


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The great-circle midpoint of two (lon, lat) points: where the drawn arc passes."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    bx = math.cos(lat2) * math.cos(lon2 - lon1)
    by = math.cos(lat2) * math.sin(lon2 - lon1)
    lat = math.atan2(math.sin(lat1) + math.sin(lat2), math.hypot(math.cos(lat1) + bx, by))
    lon = lon1 + math.atan2(by, math.cos(lat1) + bx)
    return round(math.degrees(lon), 3), round(math.degrees(lat), 3)


def deal_map_figure(
    countries: Iterable[dict],
    pairs: Iterable[dict],
    *,
    country_url: UrlFor,
    pair_url: UrlFor,
    height: int = 520,
) -> go.Figure:
    """World map: deal counts per country, and an arc per pair of partner countries.

    countries: {code, alpha3, name, n}; pairs: {a, b, a_name, b_name, n, titles}. Arc width
    grows with the pair's number of deals; the arc's midpoint marker carries the hover text
    (the pair and its deals) and the explorer address for the pair.
    """
    countries = list(countries)
    alpha3 = {c["code"]: c["alpha3"] for c in countries}
    centroids = country_centroids()
    fig = go.Figure(
        go.Choropleth(
            name="Deals per country",
            locations=[c["alpha3"] for c in countries],
            locationmode="ISO-3",
            z=[c["n"] for c in countries],
            text=[c["name"] for c in countries],
            customdata=[country_url(c["code"]) for c in countries],
            colorscale=[[0, "#dce6f2"], [1, "#16407a"]],
            zmin=0,
            marker_line_color="#ffffff",
            marker_line_width=0.5,
            colorbar={"title": {"text": "Deals"}, "thickness": 12, "len": 0.6},
            hovertemplate="%{text}: %{z} deals<extra></extra>",
        )
    )
    mid_lon, mid_lat, mid_text, mid_url, mid_size = [], [], [], [], []
    for pair in pairs:
        a, b = centroids.get(alpha3.get(pair["a"], "")), centroids.get(alpha3.get(pair["b"], ""))
        if not a or not b:
            continue  # Too small for the 1:110m map (e.g. Singapore): listed in the table below.
        titles = (pair["titles"] or "").split("\n")
        shown = "<br>".join(f"• {_shorten(t, 70)}" for t in titles[:6])
        more = f"<br>… and {len(titles) - 6} more" if len(titles) > 6 else ""
        names = f"{_escape(pair['a_name'])} – {_escape(pair['b_name'])}"
        hover = f"<b>{names}</b>: {pair['n']} deals<br>{shown}{more}"
        fig.add_trace(
            go.Scattergeo(
                name=f"{pair['a']}–{pair['b']}",
                lon=[a[0], b[0]],
                lat=[a[1], b[1]],
                mode="lines",
                line={"width": min(1 + pair["n"], 8), "color": ARC_COLOUR},
                hoverinfo="skip",
                showlegend=False,
            )
        )
        lon, lat = _midpoint(a, b)
        mid_lon.append(lon)
        mid_lat.append(lat)
        mid_text.append(hover)
        mid_url.append(pair_url(pair["a"], pair["b"]))
        mid_size.append(min(6 + 2 * pair["n"], 18))
    if mid_lon:
        fig.add_trace(
            go.Scattergeo(
                name="Partner pairs",
                lon=mid_lon,
                lat=mid_lat,
                mode="markers",
                text=mid_text,
                customdata=mid_url,
                marker={
                    "size": mid_size,
                    "color": "#D55E00",
                    "line": {"color": "white", "width": 1},
                },
                hovertemplate="%{text}<extra></extra>",
                showlegend=False,
            )
        )
    fig.update_geos(
        projection={"type": "natural earth", "rotation": {"lon": 0}},
        resolution=110,
        showframe=False,
        showcoastlines=False,
        showcountries=True,
        countrycolor="#ffffff",
        showland=True,
        landcolor="#eceff3",
        showocean=False,
        lataxis={"range": [-58, 85]},
    )
    _apply_house_style(fig, height=height)
    fig.update_layout(margin={"l": 0, "r": 0, "t": 8, "b": 0})
    return fig
