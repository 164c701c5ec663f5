"""``manage.py setup_demo``, the README's run command: seeds, a demo login that works, and
harmless to run again."""

import io
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Claim, Review
from claims.roles import EDITORS, REVIEWERS
from sources.models import Actor, Outlet, Source

SEED_CLAIMS = 17
LOGIN_LINE = re.compile(r"Demo login \(Editors \+ Reviewers\): (\S+) / (\S+)")


def setup_demo():
    out = io.StringIO()
    call_command("setup_demo", stdout=out)
    return out.getvalue()


def printed_login(output):
    match = LOGIN_LINE.search(output)
    assert match, f"setup_demo did not print the login:\n{output}"
    return match.groups()


def record_counts():
    return {model.__name__: model.objects.count() for model in (Claim, Source, Outlet, Actor, Review)}


def logs_in(client, username, password):
    """Log in through the admin's own login form, as a person would."""
    response = client.post("/admin/login/?next=/admin/", {"username": username, "password": password})
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_setup_demo_loads_the_seeds_and_prints_a_working_login(client, db):
    output = setup_demo()
    assert Claim.objects.count() == SEED_CLAIMS
    assert Claim.objects.filter(value=477, unit="drones").exists()
    username, password = printed_login(output)
    assert username == "editor"
    user = get_user_model().objects.get(username=username)
    assert user.is_staff and user.is_active and not user.is_superuser
    assert set(user.groups.values_list("name", flat=True)) == {EDITORS, REVIEWERS}
    assert user.has_perm("claims.change_claim") and user.has_perm("claims.publish_claim")
    assert "http://127.0.0.1:8000/admin/" in output
    assert logs_in(client, username, password)
    # Logged in, the demo editor sees the drafts the public does not.
    assert client.get("/admin/claims/claim/").context["cl"].result_count == SEED_CLAIMS


def test_setup_demo_twice_changes_nothing(client, db):
    first = setup_demo()
    counts = record_counts()
    username, password = printed_login(first)
    user = get_user_model().objects.get(username=username)
    # An editor who changed the demo password keeps it: a second run does not reset it.
    user.set_password("changed-by-the-editor")
    user.save()
    second = setup_demo()
    assert record_counts() == counts
    assert get_user_model().objects.filter(username=username).count() == 1
    assert "existing user; password unchanged" in second
    assert set(get_user_model().objects.get(username=username).groups.values_list("name", flat=True)) == {
        EDITORS,
        REVIEWERS,
    }
    assert not logs_in(client, username, password)
    assert logs_in(client, username, "changed-by-the-editor")


@pytest.mark.sqlite
def test_the_readme_command_on_a_fresh_sqlite_file(tmp_path):
    """As pasted on a fresh clone: a new database file, migrated, seeded and given a login by the command."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    runs = [
        subprocess.run(manage + ["setup_demo"], env=env, capture_output=True, text=True, timeout=600) for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
    username, password = printed_login(runs[0].stdout)
    check = (
        "from django.contrib.auth import authenticate; from claims.models import Claim; "
        f"user = authenticate(username={username!r}, password={password!r}); "
        "print(Claim.objects.count(), user is not None and user.is_staff, "
        "sorted(user.groups.values_list('name', flat=True)))"
    )
    result = subprocess.run(manage + ["shell", "-c", check], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"{SEED_CLAIMS} True ['{EDITORS}', '{REVIEWERS}']"
