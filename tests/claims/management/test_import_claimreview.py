"""manage.py import_claimreview: several files, skipped records reported, idempotent."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Review

FIXTURES = Path(__file__).parent.parent / "interchange" / "importing" / "fixtures"


def test_imports_files_and_reports_what_it_skipped(db, capsys):
    paths = [str(FIXTURES / name) for name in ("list.jsonld", "textual_rating.jsonld", "broken.jsonld")]
    call_command("import_claimreview", *paths)
    out = capsys.readouterr().out
    assert "created https://verifica.example/es/misiles-60" in out
    assert "rating “We asked the ministry and are waiting for its answer” is not mapped onto our scale" in out
    assert "broken.jsonld (document): skipped, not valid JSON" in out
    assert "4 reviews read, 1 skipped." in out
    assert Review.objects.count() == 4
    call_command("import_claimreview", str(FIXTURES / "list.jsonld"))
    assert "0 reviews created, 0 updated, 2 unchanged, 0 skipped." in capsys.readouterr().out
    assert Review.objects.count() == 4


def test_dry_run(db, capsys):
    call_command("import_claimreview", str(FIXTURES / "graph.jsonld"), "--dry-run")
    assert "Dry run, nothing was written." in capsys.readouterr().out
    assert not Review.objects.exists()


def test_missing_file_and_user_without_permission(db, editor):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_claimreview", str(FIXTURES / "missing.jsonld"))
    with pytest.raises(CommandError, match="permission"):
        call_command("import_claimreview", str(FIXTURES / "list.jsonld"), "--user", "eddie")
