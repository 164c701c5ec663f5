"""Writes on saved sheets: creating, adding claims in order, filling from a filter."""

import pytest
from django.core.exceptions import ValidationError

from claims.models import ClaimSheet
from claims.sheets.services import sheet_add_claims, sheet_create, sheet_fill_from_query


def claims_in_order(sheet):
    return list(sheet.items.order_by("position").values_list("claim_id", flat=True))


def test_a_new_sheet_gets_a_free_slug_and_its_maker(db, editor):
    first = sheet_create(name="NK troops in Kursk, July 2025", user=editor)
    second = sheet_create(name="NK troops in Kursk, July 2025", user=editor)
    assert (first.slug, second.slug) == ("nk-troops-in-kursk-july-2025", "nk-troops-in-kursk-july-2025-2")
    assert first.created_by == editor and first.history.first().history_user == editor


def test_claims_are_appended_once_in_the_given_order(sheet_claims, editor):
    sheet = sheet_create(name="Kursk", user=editor)
    assert sheet_add_claims(sheet=sheet, claims=[sheet_claims.ranged, sheet_claims.approx], user=editor) == 2
    assert sheet_add_claims(sheet=sheet, claims=[sheet_claims.approx.pk, sheet_claims.draft.pk], user=editor) == 1
    assert claims_in_order(sheet) == [sheet_claims.ranged.pk, sheet_claims.approx.pk, sheet_claims.draft.pk]
    assert sheet.items.first().history.first().history_user == editor


def test_filling_from_the_sheets_filter(sheet_claims, editor):
    sheet = ClaimSheet.objects.create(name="Kursk", slug="kursk", query="tag=kursk&ordering=value")
    assert sheet_fill_from_query(sheet=sheet, user=editor) == 2
    assert claims_in_order(sheet) == [sheet_claims.ranged.pk, sheet_claims.approx.pk]
    assert sheet_fill_from_query(sheet=sheet, user=editor) == 0


def test_a_bad_filter_names_the_parameter(db, editor):
    sheet = ClaimSheet.objects.create(name="Bad", slug="bad", query="value_min=lots")
    with pytest.raises(ValidationError) as error:
        sheet_fill_from_query(sheet=sheet, user=editor)
    assert "value_min" in error.value.message_dict
