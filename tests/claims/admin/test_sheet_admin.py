"""The claim sheet admin: a named sheet, filled from a checked filter or by hand, in order."""

from django.urls import reverse

from claims.models import ClaimSheet

ADD = reverse("admin:claims_claimsheet_add")


def form_data(**fields):
    return {
        "name": "NK troops in Kursk, July 2025",
        "slug": "nk-kursk",
        "description": "",
        "query": "",
        "items-TOTAL_FORMS": "0",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        **fields,
    }


def test_a_sheet_filled_from_its_filter_records_its_maker(editor_client, editor, sheet_claims):
    response = editor_client.post(ADD, form_data(query="?tag=kursk&ordering=value", fill_now="on"))
    assert response.status_code == 302
    sheet = ClaimSheet.objects.get()
    assert (sheet.created_by, sheet.query) == (editor, "tag=kursk&ordering=value")
    assert list(sheet.items.order_by("position").values_list("claim_id", flat=True)) == [
        sheet_claims.ranged.pk,
        sheet_claims.approx.pk,
    ]


def test_a_bad_filter_is_a_form_error_naming_the_parameter(editor_client, db):
    response = editor_client.post(ADD, form_data(query="value_min=lots&valu_max=3"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "value_min: Enter a number." in page and "valu_max: Unknown filter" in page
    assert not ClaimSheet.objects.exists()


def test_claims_are_picked_and_ordered_inline(editor_client, sheet_claims):
    data = form_data(
        **{
            "items-TOTAL_FORMS": "2",
            "items-0-claim": sheet_claims.approx.pk,
            "items-0-position": "2",
            "items-1-claim": sheet_claims.ranged.pk,
            "items-1-position": "1",
        }
    )
    assert editor_client.post(ADD, data).status_code == 302
    sheet = ClaimSheet.objects.get()
    assert list(sheet.claims.order_by("sheet_items__position")) == [sheet_claims.ranged, sheet_claims.approx]
    page = editor_client.get(reverse("admin:claims_claimsheet_change", args=[sheet.pk])).content.decode()
    assert 'href="/sheets/nk-kursk.xlsx"' in page and "4,000–5,000 workers" in page


def test_changelist_shows_counts_and_links(editor_client, sheet_claims):
    sheet = ClaimSheet.objects.create(name="Kursk", slug="kursk", query="tag=kursk")
    changelist = reverse("admin:claims_claimsheet_changelist")
    editor_client.post(changelist, {"action": "refill_from_query", "_selected_action": [sheet.pk]})
    assert sheet.items.count() == 2
    page = editor_client.get(changelist).content.decode()
    assert 'href="/sheets/kursk.csv"' in page and 'href="/sheets/kursk/"' in page
