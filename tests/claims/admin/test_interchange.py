"""Claim sheets from the claims admin: export and add-to-sheet actions, import pages, a source's sheet."""

from pathlib import Path

from django.urls import reverse

from claims.models import Claim, ClaimRevision, ClaimSheet, Review
from tests.claims.sheet_files import csv_rows, export, xlsx_rows

CHANGELIST = reverse("admin:claims_claim_changelist")
FIXTURES = Path(__file__).parent.parent / "interchange" / "importing" / "fixtures"


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_export_action_asks_for_a_format_then_sends_the_selected_claims(editor_client, sheet_claims):
    selected = [sheet_claims.approx.pk, sheet_claims.draft.pk]
    page = editor_client.post(CHANGELIST, {"action": "export_selected", "_selected_action": selected})
    assert page.status_code == 200
    assert "Export 2 claims" in page.content.decode() and 'value="xlsx"' in page.content.decode()
    response = editor_client.post(
        CHANGELIST, {"action": "export_selected", "_selected_action": selected, "format": "csv"}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = csv_rows(content(response))
    assert {row["UID"] for row in rows} == {str(sheet_claims.approx.uid), str(sheet_claims.draft.uid)}


def test_export_of_everything_the_list_filter_selects(editor_client, sheet_claims):
    response = editor_client.post(
        f"{CHANGELIST}?status__exact=draft",
        {
            "action": "export_selected",
            "select_across": "1",
            "_selected_action": [sheet_claims.draft.pk],
            "format": "xlsx",
        },
    )
    rows = xlsx_rows(content(response))
    assert [row["UID"] for row in rows] == [str(sheet_claims.draft.uid)]


def test_add_to_a_new_sheet(editor_client, editor, sheet_claims):
    selected = [sheet_claims.ranged.pk, sheet_claims.approx.pk]
    page = editor_client.post(CHANGELIST, {"action": "add_to_sheet", "_selected_action": selected})
    assert "Add 2 claims to a claim sheet" in page.content.decode()
    response = editor_client.post(
        CHANGELIST,
        {
            "action": "add_to_sheet",
            "_selected_action": selected,
            "apply": "1",
            "sheet": "",
            "new_name": "NK troops in Kursk, July 2025",
        },
    )
    assert response.status_code == 302
    sheet = ClaimSheet.objects.get()
    assert (sheet.slug, sheet.created_by) == ("nk-troops-in-kursk-july-2025", editor)
    assert set(sheet.claims.all()) == {sheet_claims.ranged, sheet_claims.approx}


def test_add_to_an_existing_sheet_and_a_missing_choice(editor_client, sheet_claims):
    sheet = ClaimSheet.objects.create(name="Kursk", slug="kursk")
    data = {"action": "add_to_sheet", "_selected_action": [sheet_claims.draft.pk], "apply": "1"}
    refused = editor_client.post(CHANGELIST, {**data, "sheet": "", "new_name": ""})
    assert "Choose a sheet, or name a new one." in refused.content.decode()
    editor_client.post(CHANGELIST, {**data, "sheet": sheet.pk})
    assert list(sheet.claims.all()) == [sheet_claims.draft]


def test_users_without_sheet_permissions_do_not_get_the_sheet_action(client, django_user_model, sheet_claims):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)
    actions = dict(client.get(CHANGELIST).context["action_form"].fields["action"].choices)
    assert "export_selected" in actions and "add_to_sheet" not in actions
    assert "Import sheet" not in client.get(CHANGELIST).content.decode()


def test_import_sheet_page_dry_run_then_import(editor_client, sheet_claims):
    assert "Import sheet" in editor_client.get(CHANGELIST).content.decode()
    url = reverse("admin:claims_claim_import_sheet")
    data = export("csv").decode("utf-8-sig").replace("some 12,000 troops", "some 13,000 troops").encode()

    def upload(dry_run):
        from django.core.files.uploadedfile import SimpleUploadedFile

        form = {"file": SimpleUploadedFile("kursk.csv", data, "text/csv")}
        if dry_run:
            form["dry_run"] = "on"
        return editor_client.post(url, form)

    page = upload(dry_run=True).content.decode()
    assert "Dry run: nothing was written" in page and "Quote: some 12,000 troops → some 13,000 troops" in page
    assert not Claim.objects.filter(quote="some 13,000 troops").exists()
    page = upload(dry_run=False).content.decode()
    assert "0 claims were created, 1 changed, 6 left unchanged." in page
    # The claim is published and the importer an editor: the change waits for a reviewer.
    assert "Pending review: the published claim is unchanged" in page
    assert not Claim.objects.filter(quote="some 13,000 troops").exists()
    assert ClaimRevision.objects.get().fields == {"quote": "some 13,000 troops"}


def test_import_sheet_page_lists_errors_by_row_and_column(editor_client, db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("bad.csv", b"Statement,Value,Qualifier\nA,lots,exact\n", "text/csv")
    page = editor_client.post(reverse("admin:claims_claim_import_sheet"), {"file": bad}).content.decode()
    assert "Nothing was imported" in page and "Row 2, column “Value”: “lots” is not a number." in page
    assert not Claim.objects.exists()
    notasheet = SimpleUploadedFile("notes.csv", b"Notes\nx\n", "text/csv")
    page = editor_client.post(reverse("admin:claims_claim_import_sheet"), {"file": notasheet}).content.decode()
    assert "No claim sheet columns found" in page


def test_import_claimreview_page(reviewer_client, editor, db):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    url = reverse("admin:claims_claim_import_claimreview")
    editor_client = Client()
    editor_client.force_login(editor)
    assert editor_client.get(url).status_code == 403  # editors may not publish reviews
    upload = SimpleUploadedFile("page.html", (FIXTURES / "page.html").read_bytes(), "text/html")
    page = reviewer_client.post(url, {"file": upload}).content.decode()
    assert "1 reviews created, 0 updated, 0 unchanged, 1 skipped." in page
    assert "block 4: not valid JSON" in page
    assert Review.objects.filter(url="https://rumourpatrol.example/checks/hellfire").exists()


def test_source_page_links_to_its_claim_sheet(editor_client, sheet_claims):
    source = sheet_claims.relayed.attributions.get(position=2).source  # The Hill's story
    page = editor_client.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()
    url = reverse("admin:claims_claim_source_sheet", args=[source.pk, "xlsx"])
    assert f'href="{url}"' in page and "Export this source's claim sheet" in page
    rows = xlsx_rows(content(editor_client.get(url)))
    assert {row["UID"] for row in rows} == {str(sheet_claims.relayed.uid), str(sheet_claims.figureless.uid)}


def test_source_sheet_needs_a_login_and_a_known_format(client, editor, sheet_claims):
    source = sheet_claims.relayed.attributions.get(position=2).source
    assert client.get(reverse("admin:claims_claim_source_sheet", args=[source.pk, "csv"])).status_code == 302
    client.force_login(editor)
    assert client.get(reverse("admin:claims_claim_source_sheet", args=[source.pk, "pdf"])).status_code == 403
