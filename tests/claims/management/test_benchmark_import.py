"""manage.py benchmark_import prints ms a row for a dry run and an import, and leaves the database as it was."""

from django.core.management import call_command

from claims.models import Claim
from sources.models import Source


def test_benchmark_reports_both_phases_and_rolls_back(db, capsys, tmp_path):
    sheet = tmp_path / "sheet.csv"
    call_command("benchmark_import", "--rows", "12", "--save-sheet", str(sheet))
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith(("dry run", "import "))}
    assert lines["dry"][2] == "12" and lines["import"][1] == "12"  # rows
    assert float(lines["import"][3]) > 0  # ms a row
    assert sheet.read_bytes().startswith("\ufeffID,UID,Statement".encode())
    assert not Claim.objects.exists() and not Source.objects.exists()
