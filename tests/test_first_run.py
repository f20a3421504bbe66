"""The embedded default: what `make run` does on a fresh machine, with nothing configured.

The steps run in a subprocess with no DATABASE_URL or REDIS_URL, exactly as `make run` runs
them, against a SQLite file of their own; then the real development server serves `/`.
"""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
EVERY_PAGE = [
    "/deals/?country=JP&country=UA&sort=value",
    "/deals/ua-jp-coproduction-talks/",
    "/companies/baykar/",
    "/countries/JP/",
    "/timeline/",
    "/timeline/?group=company",
    "/map/",
    "/weekly/",
    "/deals/export.csv",
    "/deals/export.json",
    "/deals/feed/?country=JP",
    "/admin/login/",
    "/static/vendor/plotly/plotly.min.js",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def embedded_env(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    # The only difference from `make run`: the SQLite file lives in a temporary folder.
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    return env


def _manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_first_command_serves_the_seed_deals_from_sqlite(embedded_env):
    _manage(embedded_env, "migrate", "--no-input")
    first = _manage(embedded_env, "load_seed")
    assert "89 deals added" in first
    again = _manage(embedded_env, "load_seed")
    assert "0 deals added (89 already there)" in again
    _manage(embedded_env, "compute_weekly_summaries", "--all")
    login = _manage(embedded_env, "create_editor")
    assert "password" in login

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=embedded_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        response = None
        for _ in range(100):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert response is not None, "the development server did not answer"
        assert response.status_code == 200
        explorer = httpx.get(f"http://127.0.0.1:{port}/deals/", timeout=10)
        assert "89</strong> deals" in explorer.text or "89 deals" in explorer.text
        assert "UFORCE, Skyeton and General Cherry" in explorer.text
        # SQLite lacks some aggregates PostgreSQL has: every page must still work on it.
        for page in EVERY_PAGE:
            answer = httpx.get(f"http://127.0.0.1:{port}{page}", timeout=10)
            assert answer.status_code == 200, page
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_classify_articles_works_on_a_checkout_never_migrated(embedded_env, tmp_path):
    """The classifier's commands straight after install: no tables yet, so the companies and
    systems come from the seed file, and stdout holds the JSON lines only."""
    embedded_env["CLASSIFIER_MODEL_DIR"] = str(tmp_path / "models")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        '{"id": "x1", "title": "Kyiv drone maker UFORCE signs deal to produce drones in Japan", '
        '"text": "UFORCE, a Ukrainian maker of naval drones, signed an agreement with a Japanese '
        'partner to produce its drones in Japan.", "language": "en"}\n',
        encoding="utf-8",
    )
    lines = _manage(embedded_env, "classify_articles", str(articles)).splitlines()
    assert len(lines) == 1
    output = json.loads(lines[0])
    assert output["id"] == "x1"
    assert "UFORCE" in output["companies"]  # a seed company the built-in list lacks
    assert set(output["countries"]) == {"UA", "JP"}
