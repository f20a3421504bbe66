"""Settings come from the environment; production refuses the development secret key."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _settings_with(**env: str) -> subprocess.CompletedProcess:
    """Load the settings in a fresh interpreter with only these variables set."""
    unset = {"DEBUG", "SECRET_KEY", "REDIS_URL", "DATABASE_URL"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    clean.update(env)
    code = (
        "import django, json; from django.conf import settings; django.setup(); "
        "print(json.dumps({'engine': settings.DATABASES['default']['ENGINE'], "
        "'eager': settings.CELERY_TASK_ALWAYS_EAGER, "
        "'cache': settings.CACHES['default']['BACKEND'], 'debug': settings.DEBUG}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "dealtracker.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_the_development_secret_key():
    result = _settings_with(DEBUG="False", DATABASE_URL="sqlite:///:memory:")
    assert result.returncode != 0
    assert "SECRET_KEY is the development key" in result.stderr


def test_production_starts_with_a_real_secret_key():
    result = _settings_with(
        DEBUG="False", SECRET_KEY="a-real-secret", DATABASE_URL="sqlite:///:memory:"
    )
    assert result.returncode == 0, result.stderr
    assert '"debug": false' in result.stdout


def test_nothing_set_means_sqlite_in_process_tasks_and_memory_cache():
    result = _settings_with()
    assert result.returncode == 0, result.stderr
    assert '"engine": "django.db.backends.sqlite3"' in result.stdout
    assert '"eager": true' in result.stdout
    assert "LocMemCache" in result.stdout


def test_postgres_and_redis_urls_switch_to_the_production_services():
    result = _settings_with(
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/dealtracker",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert '"engine": "django.db.backends.postgresql"' in result.stdout
    assert '"eager": false' in result.stdout
    assert "RedisCache" in result.stdout


def test_a_boolean_setting_rejects_anything_but_true_or_false():
    result = _settings_with(DEBUG="yes-please", DATABASE_URL="sqlite:///:memory:")
    assert result.returncode != 0
    assert "DEBUG must be True or False" in result.stderr
