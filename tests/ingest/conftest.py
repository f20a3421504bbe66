"""A local web site (pytest-httpserver) serving the feeds and pages in tests/fixtures/."""

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from dealtracker.ingest import services

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

PAGES = {
    "/2025/03/baykar-leonardo-joint-venture": "pages/baykar-leonardo-joint-venture.html",
    "/world/baykar-leonardo-wire": "pages/baykar-leonardo-joint-venture-wire.html",
    "/2025/05/wb-group-ukraine-warmate": "pages/wb-group-ukraine-warmate.html",
    "/2025/07/drone-light-show": "pages/drone-light-show.html",
}


class Site:
    """The local server with helpers that fill `{base}` in fixtures with its address."""

    def __init__(self, httpserver) -> None:
        self.server = httpserver
        self.base = httpserver.url_for("").rstrip("/")

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def fixture(self, name: str) -> str:
        return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base)

    def serve(self, path: str, name: str, content_type: str = "text/html; charset=utf-8"):
        self.server.expect_request(path).respond_with_data(
            self.fixture(name), content_type=content_type
        )

    def serve_pages(self) -> None:
        for path, name in PAGES.items():
            self.serve(path, name)

    def serve_feeds(self) -> None:
        self.serve("/feeds/defence-desk.rss", "feeds/defence-desk.rss", "application/rss+xml")
        self.serve(
            "/feeds/regional-herald.atom", "feeds/regional-herald.atom", "application/atom+xml"
        )


@pytest.fixture(scope="session")
def make_httpserver():
    """pytest-httpserver's server, threaded: a slow handler must not stall the next request."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture(autouse=True)
def ingest_settings(settings):
    """Loopback allowed (the local site), no politeness waits, quick retries."""
    settings.DEALTRACKER_ALLOW_PRIVATE_URLS = True
    settings.INGEST_POLITENESS_DELAY = 0
    settings.INGEST_FETCH_BACKOFF_SECONDS = 0.01
    settings.INGEST_READ_TIMEOUT = 1.0
    settings.INGEST_CONNECT_TIMEOUT = 1.0
    services._fetcher_for.cache_clear()
    yield settings
    services._fetcher_for.cache_clear()


@pytest.fixture
def site(httpserver, settings) -> Site:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    settings.INGEST_GDELT_ENDPOINT = httpserver.url_for("/api/v2/doc/doc")
    return Site(httpserver)
