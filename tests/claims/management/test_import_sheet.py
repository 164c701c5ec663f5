"""manage.py import_sheet: dry run plan, all-or-nothing, errors by row and column."""

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim
from tests.claims.sheet_files import export


def test_dry_run_prints_the_plan_and_writes_nothing(sheet_claims, tmp_path, capsys):
    path = tmp_path / "kursk.csv"
    path.write_bytes(export("csv").decode("utf-8-sig").replace("some 12,000 troops", "about 12,000").encode())
    call_command("import_sheet", str(path), "--dry-run")
    out = capsys.readouterr().out
    assert f"change {sheet_claims.approx.uid}" in out and "Quote: some 12,000 troops → about 12,000" in out
    assert "Dry run, nothing was written. 0 claims would be created, 1 changed, 6 left unchanged." in out
    assert not Claim.objects.filter(quote="about 12,000").exists()


def test_import_as_a_user(sheet_claims, editor, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text("Statement,Value,Qualifier,Unit\nA new claim,5,exact,drones\n")
    call_command("import_sheet", str(path), "--user", "eddie")
    claim = Claim.objects.get(statement="A new claim")
    assert claim.created_by == editor and claim.history.first().history_change_reason == f"imported from {path}"


def test_a_bad_row_fails_the_command_and_imports_nothing(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Statement,Value,Qualifier\nGood,5,exact\nBad,lots,exact\n")
    with pytest.raises(CommandError, match="Row 3, column “Value”: “lots” is not a number."):
        call_command("import_sheet", str(path))
    assert not Claim.objects.exists()


def test_unreadable_files(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_sheet", str(tmp_path / "missing.csv"))
    (tmp_path / "notes.csv").write_text("Notes\nx\n")
    with pytest.raises(CommandError, match="No claim sheet columns"):
        call_command("import_sheet", str(tmp_path / "notes.csv"))


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("mismatched.xlsx", "mismatched tag", "mismatched tag"),
        ("huge.xlsx", "XFD1048576", "at most 100"),
        ("long.csv", "rows", "more than 5,000 rows"),
    ],
)
def test_hostile_or_oversized_files_are_a_one_line_error(db, tmp_path, name, data, message):
    from tests.claims.interchange.importing.hostile_sheets import HOSTILE_XLSX, HUGE_DIMENSION

    files = {"mismatched tag": HOSTILE_XLSX["mismatched tag"], "XFD1048576": HUGE_DIMENSION}
    path = tmp_path / name
    path.write_bytes(files[data] if data in files else ("Statement\n" + "x\n" * 5001).encode())
    with pytest.raises(CommandError, match=message) as raised:
        call_command("import_sheet", str(path), "--dry-run")
    assert "\n" not in str(raised.value)
    assert not Claim.objects.exists()
