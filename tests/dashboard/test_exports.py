import csv
import io
import json
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_csv_export_holds_what_the_explorer_shows(client, make_deals):
    make_deals(6)
    response = client.get("/deals/export.csv?country=TR&sort=oldest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["title"] for r in rows] == [
        "Turkish drones for Ukraine 2",
        "Turkish drones for Ukraine 5",
    ]
    assert rows[0]["parties"] == "Kyiv Rotors (UA, recipient); Anatolia Aero (TR, supplier)"
    assert rows[0]["value_usd"] == "1000002.00"
    assert rows[0]["url"] == f"http://testserver/deals/{rows[0]['slug']}/"


def test_the_json_export_holds_parties_and_systems(client, make_deals):
    make_deals(3)
    response = client.get("/deals/export.json?country=JP&country=UA")
    payload = json.loads(response.content)
    assert payload["count"] == 2
    assert payload["filters"] == "country=JP&country=UA"
    deal = payload["deals"][0]
    assert {p["country"] for p in deal["parties"]} == {"JP", "UA"}
    assert deal["systems"] == [{"slug": "skylark", "name": "Skylark", "category": "fixed_wing_uav"}]
    assert deal["announced_date"] == "2025-06-09"  # Newest first by default.


def test_exports_refuse_invalid_filters_with_a_message(client, db):
    for address in [
        "/deals/export.csv?country=XX",
        "/deals/export.json?type=x",
        "/deals/feed/?to=x",
    ]:
        response = client.get(address)
        assert response.status_code == 400
        assert "Invalid filter parameters" in response.content.decode()


def test_the_atom_feed_lists_new_deals_for_a_filter(client, make_deals):
    make_deals(3)
    response = client.get("/deals/feed/?country=JP")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert "country=JP" in feed.find(f"{ATOM}title").text
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert sorted(titles) == ["Japan–Ukraine co-production 0", "Japan–Ukraine co-production 1"]
    self_link = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"][0]
    assert self_link.get("href").endswith("/deals/feed/?country=JP")
