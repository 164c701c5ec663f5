"""manage.py benchmark_exports prints a figure per format and leaves the database as it was."""

from django.core.management import call_command

from claims.models import Claim


def test_benchmark_reports_each_format_and_rolls_back(db, capsys):
    call_command("benchmark_exports", "--rows", "200", "--formats", "csv,xlsx")
    out = capsys.readouterr().out
    assert "csv" in out and "xlsx" in out and "peak MB at 200" in out
    assert not Claim.objects.exists()
