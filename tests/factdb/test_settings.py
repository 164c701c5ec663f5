"""Production settings: safe by default, refused when incomplete, clean under check --deploy."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

MANAGE = [sys.executable, str(settings.BASE_DIR / "manage.py")]
PRODUCTION = {
    "ALLOWED_HOSTS": "factdb.example.org",
    "SECRET_KEY": "k" * 20 + "-production-secret-for-tests-0123456789abcdefgh",
    "CSRF_TRUSTED_ORIGINS": "https://factdb.example.org",
}


def current_database_url():
    """The database these tests run on, as a URL another process can open."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return f"sqlite:///{settings.BASE_DIR / 'db.sqlite3'}"


def run(args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"ALLOWED_HOSTS", "SECRET_KEY", "DEBUG"}}
    # Model checks ask PostgreSQL for its version, so the subprocess needs a database that exists.
    environment["DATABASE_URL"] = current_database_url()
    environment.update(env)
    return subprocess.run(args, env=environment, capture_output=True, text=True, timeout=120)


def python_in_settings(code, **env):
    script = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'factdb.settings'); django.setup(); " + code
    )
    return run([sys.executable, "-c", script], **env)


def test_check_deploy_is_clean_with_production_variables(db):
    result = run(MANAGE + ["check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_missing_secret_key_refuses_to_start_in_production():
    env = dict(PRODUCTION)
    del env["SECRET_KEY"]
    result = run(MANAGE + ["check"], **env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.database_independent  # reads settings only: the same on every database
def test_debug_is_off_unless_asked_and_cookies_secure_in_production():
    code = "from django.conf import settings as s; print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)"
    assert python_in_settings(code, **PRODUCTION).stdout.split() == ["False", "True", "True", "True"]
    assert python_in_settings(code).stdout.split()[0] == "False"
    assert python_in_settings(code, DEBUG="1").stdout.split()[0] == "True"


@pytest.mark.database_independent  # static files are the same on every database
def test_static_files_are_served_by_the_app_after_collectstatic(tmp_path):
    env = {**PRODUCTION, "STATIC_ROOT": str(tmp_path / "static")}
    collected = run(MANAGE + ["collectstatic", "--noinput", "-v0"], **env)
    assert collected.returncode == 0, collected.stderr
    code = (
        "from django.test import Client; c = Client(); "
        "r = c.get('/static/admin/css/base.css', secure=True, HTTP_HOST='factdb.example.org'); "
        "print(r.status_code, r.headers.get('Content-Type'))"
    )
    result = python_in_settings(code, **env)
    assert result.stdout.startswith("200 text/css"), result.stdout + result.stderr
