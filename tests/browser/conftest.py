"""Playwright against Debian's chromium (no browser download) and pytest-django's live server.

One browser for the whole session (pytest-playwright's session-scoped `browser`); the live
server listens on 127.0.0.1 so "no request leaves 127.0.0.1" can be checked literally.
"""

import os
from pathlib import Path

import pytest

# The live server runs in a thread next to Playwright's event loop; Django's async-safety check
# would otherwise refuse the ORM calls the tests make to set up data.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1440, "height": 900}}


@pytest.fixture
def watched_page(page, live_server):
    """The page, recording every request it makes and every console error it logs."""
    page.requests = []
    page.errors = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on(
        "console",
        lambda message: page.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.base = live_server.url
    yield page
    outside = [url for url in page.requests if not url.startswith("http://127.0.0.1:")]
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert page.errors == [], f"console errors: {page.errors}"


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take
