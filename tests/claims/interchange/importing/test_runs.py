"""Each real import leaves a record of what it wrote and skipped (``claims.interchange.importing.runs``)."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.interchange.importing.claim_file import ClaimFileImportResult, RowError
from claims.interchange.importing.runs import record_import_run
from claims.models import ImportRun
from tests.rendered_forms import page_form, submit

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_claimreview_page_records_a_real_import_with_its_skipped_block(reviewer_client, reviewer):
    url = reverse("admin:claims_claim_import_claimreview")
    page = reviewer_client.get(url)
    form = page_form(page, containing='name="file"')
    upload = SimpleUploadedFile("page.html", (FIXTURES / "page.html").read_bytes(), "text/html")
    submit(reviewer_client, page, form, dry_run=None, file=upload)
    [run] = ImportRun.objects.all()
    assert (run.kind, run.file_name, run.user, run.created, run.skipped) == ("claimreview", "page.html", reviewer, 1, 1)
    [skipped] = run.skipped_records
    assert skipped["where"] == "block 4" and skipped["reason"].startswith("not valid JSON")


def test_a_dry_run_is_not_recorded(reviewer_client):
    url = reverse("admin:claims_claim_import_claimreview")
    page = reviewer_client.get(url)
    form = page_form(page, containing='name="file"')
    upload = SimpleUploadedFile("page.html", (FIXTURES / "page.html").read_bytes(), "text/html")
    response = submit(reviewer_client, page, form, file=upload)  # "Dry run" is ticked as rendered
    assert "Dry run" in response.content.decode()
    assert not ImportRun.objects.exists()


def test_a_refused_sheet_is_recorded_with_its_errors_as_skipped_rows(editor_client, editor):
    url = reverse("admin:claims_claim_import_sheet")
    page = editor_client.get(url)
    form = page_form(page, containing='name="file"')
    bad = SimpleUploadedFile("bad.csv", b"Statement,Value,Qualifier\nA,lots,exact\n", "text/csv")
    submit(editor_client, page, form, dry_run=None, file=bad)
    [run] = ImportRun.objects.all()
    assert (run.kind, run.created, run.skipped) == ("sheet", 0, 1)
    assert run.skipped_records == [{"where": "row 2, Value", "reason": "“lots” is not a number."}]
    assert run.summary.startswith("Nothing was imported: 1 errors.")


def test_the_import_commands_record_their_runs(reviewer):
    out = io.StringIO()
    call_command("import_claimreview", str(FIXTURES / "list.jsonld"), "--user", reviewer.username, stdout=out)
    call_command("import_claimreview", str(FIXTURES / "list.jsonld"), "--dry-run", stdout=out)
    [run] = ImportRun.objects.all()
    assert (run.kind, run.user, run.created, run.skipped) == ("claimreview", reviewer, 2, 0)
    assert run.file_name.endswith("list.jsonld")


def test_the_sheet_command_records_a_refused_import_before_it_fails(tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes(b"Statement,Value,Qualifier\nA,lots,exact\n")
    with pytest.raises(CommandError):
        call_command("import_sheet", str(sheet), stdout=io.StringIO())
    [run] = ImportRun.objects.all()
    assert (run.kind, run.skipped, run.user) == ("sheet", 1, None)


def test_a_long_list_of_skipped_records_is_kept_bounded(db):
    errors = [RowError(row=n, column="Value", message="x" * 2000) for n in range(2, 1002)]
    run = record_import_run(kind="sheet", result=ClaimFileImportResult(errors=errors), file_name="f" * 400)
    assert run.skipped == 1000
    assert len(run.skipped_records) == ImportRun.MAX_KEPT_SKIPPED
    assert len(run.skipped_records[0]["reason"]) == 500 and len(run.file_name) == 255
