"""Issue 19: a sheet that lost its Chain data column, imported through the admin's *Import sheet* page.

The sheets are our own exports, edited as a spreadsheet would: the column deleted and the
file saved again (csv module for CSV, openpyxl for XLSX). The page's form is posted as
rendered, with the file a person picks.
"""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Attribution, Claim
from sources.models import Source
from tests.claims.sheet_files import by_uid, csv_rows, export, xlsx_workbook
from tests.rendered_forms import form_data, page_form

IMPORT_PAGE = reverse("admin:claims_claim_import_sheet")
READABLE = ("Attribution chain", "Source titles", "Outlets", "Source URLs", "Source dates")


def without_columns(data, fmt, *labels):
    """The sheet ``data`` with the columns ``labels`` deleted, saved again as a spreadsheet would."""
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        keep = [index for index, label in enumerate(rows[0]) if label not in labels]
        out = io.StringIO()
        csv.writer(out).writerows([[row[index] for index in keep] for row in rows])
        return out.getvalue().encode("utf-8")
    workbook = xlsx_workbook(data)
    sheet = workbook["Claims"]
    for index in sorted((cell.column for cell in sheet[1] if cell.value in labels), reverse=True):
        sheet.delete_cols(index)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def import_on_page(client, data, fmt, *, dry_run):
    page = client.get(IMPORT_PAGE)
    form = page_form(page, containing="dry_run")
    fields = form_data(form, dry_run="on" if dry_run else None)
    fields["file"] = SimpleUploadedFile(f"kursk-edited.{fmt}", data)
    response = client.post(form.get("action") or IMPORT_PAGE, fields)
    assert response.status_code == 200
    return response.content.decode()


def readable_columns(rows):
    return {uid: tuple(row[label] for label in READABLE) for uid, row in by_uid(rows).items()}


def empty_the_claims():
    Attribution.objects.all().delete()
    Claim.objects.all().delete()
    Source.objects.all().delete()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_chains_are_rebuilt_from_the_readable_columns(reviewer_client, sheet_claims, fmt):
    before = readable_columns(csv_rows(export("csv")))
    edited = without_columns(export(fmt), fmt, "Chain data")
    empty_the_claims()

    page = import_on_page(reviewer_client, edited, fmt, dry_run=True)
    assert "Dry run: nothing was written" in page
    assert page.count("Attribution chain rebuilt from the readable columns") == 7  # every claim has a source
    assert not Claim.objects.exists()

    page = import_on_page(reviewer_client, edited, fmt, dry_run=False)
    assert "7 claims were created" in page, page
    assert Claim.objects.filter(attributions__isnull=False).distinct().count() == 7
    # The sheet exported again reads as the one the spreadsheet edited.
    assert readable_columns(csv_rows(export("csv"))) == before


def test_reimporting_the_edited_sheet_leaves_the_chains_as_they_are(reviewer_client, sheet_claims):
    edited = without_columns(export("csv"), "csv", "Chain data")
    chains = sorted(Attribution.objects.values_list("claim__uid", "source_id", "actor_id", "verb", "position"))
    page = import_on_page(reviewer_client, edited, "csv", dry_run=False)
    assert "0 claims were created, 0 changed, 7 left unchanged." in page
    # The verbs the readable columns do not show ("reported", "citing", "said") are kept.
    assert sorted(Attribution.objects.values_list("claim__uid", "source_id", "actor_id", "verb", "position")) == chains


def test_a_row_whose_chain_cannot_be_rebuilt_says_so_in_the_dry_run(reviewer_client, sheet_claims):
    edited = without_columns(export("csv"), "csv", "Chain data", "Source titles", "Status")
    empty_the_claims()
    page = import_on_page(reviewer_client, edited, "csv", dry_run=True)
    assert "7 claims would be created" in page
    assert page.count("No source or attribution chain: the row has no Chain data, and its readable columns") == 7


def test_a_sheet_without_uids_imported_twice_creates_its_claims_once(reviewer_client, sheet_claims):
    edited = without_columns(export("csv"), "csv", "Chain data", "UID", "ID")
    empty_the_claims()
    page = import_on_page(reviewer_client, edited, "csv", dry_run=False)
    assert "7 claims were created" in page
    uids = set(Claim.objects.values_list("uid", flat=True))

    page = import_on_page(reviewer_client, edited, "csv", dry_run=True)
    assert "0 claims would be created, 0 changed, 7 left unchanged." in page
    assert page.count("No UID: this is the stored claim") == 7
    page = import_on_page(reviewer_client, edited, "csv", dry_run=False)
    assert "0 claims were created" in page
    assert set(Claim.objects.values_list("uid", flat=True)) == uids


def test_a_sheet_without_uids_updates_the_claim_it_names(reviewer_client, sheet_claims):
    data = without_columns(export("csv"), "csv", "UID", "ID").decode()
    edited = data.replace("some 12,000 troops", "some 13,000 troops").encode()
    page = import_on_page(reviewer_client, edited, "csv", dry_run=False)
    assert "0 claims were created, 1 changed, 6 left unchanged." in page
    assert Claim.objects.get(quote="some 13,000 troops").uid == sheet_claims.approx.uid


def test_the_same_claim_twice_without_uids_is_an_error_of_the_second_row(reviewer_client, db):
    sheet = (
        "Statement,Value,Qualifier,Unit,Outlets,Source titles\n"
        + "Ten drones fell,10,exact,drones,Kyiv Post,Drones fall\n" * 2
    )
    page = import_on_page(reviewer_client, sheet.encode(), "csv", dry_run=True)
    assert "Row 3, column “Statement”: The same claim (statement, figure and source) is already on row 2." in page


def test_a_new_claim_naming_no_source_says_it_will_have_none(reviewer_client, db):
    sheet = "Statement,Value,Qualifier,Unit\nTen drones fell,10,exact,drones\n"
    page = import_on_page(reviewer_client, sheet.encode(), "csv", dry_run=True)
    assert "No source or attribution chain: the row has no Chain data and names no source." in page


def test_a_hand_typed_sheet_gets_its_source_and_origin_speaker(reviewer_client, db):
    sheet = (
        "Statement,Value,Qualifier,Unit,Outlets,Source titles,Source dates,Origin speaker\n"
        "Ten drones fell on Kyiv,10,exact,drones,Kyiv Post,Drones fall on the capital,July 2025,Kyiv city administration\n"
    )
    page = import_on_page(reviewer_client, sheet.encode(), "csv", dry_run=False)
    assert "1 claims were created" in page
    link = Claim.objects.get().attributions.select_related("source__outlet", "actor").get()
    assert (link.source.outlet.name, link.source.title, link.source.published_display) == (
        "Kyiv Post",
        "Drones fall on the capital",
        "July 2025",
    )
    assert (link.actor.name, link.role, link.verb) == ("Kyiv city administration", "origin", "said")
