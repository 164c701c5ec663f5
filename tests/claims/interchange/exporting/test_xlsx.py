"""XLSX workbooks read back with openpyxl: typed cells, frozen header, widths, the About sheet."""

from datetime import datetime
from decimal import Decimal

from claims.models import Claim
from tests.claims.sheet_data import HOSTILE_TEXTS
from tests.claims.sheet_files import by_uid, export, xlsx_rows, xlsx_workbook


def test_workbook_has_a_bold_frozen_header_and_column_widths(sheet_claims):
    workbook = xlsx_workbook(export("xlsx"))
    assert workbook.sheetnames == ["Claims", "About this sheet"]
    sheet = workbook["Claims"]
    assert sheet.freeze_panes == "A2"
    assert sheet["C1"].value == "Statement" and sheet["C1"].font.bold
    assert sheet.column_dimensions["C"].width == 60
    assert sheet.max_row == 1 + Claim.objects.count()


def test_numbers_and_dates_are_typed(sheet_claims):
    rows = by_uid(xlsx_rows(export("xlsx")))
    ranged = rows[str(sheet_claims.ranged.uid)]
    assert (ranged["Value"], ranged["Value max"]) == (4000, 5000)
    assert ranged["Period start"] == datetime(2025, 7, 1)
    assert isinstance(ranged["Last change (UTC)"], datetime)
    assert rows[str(sheet_claims.negative.uid)]["Value"] == -2.5
    assert rows[str(sheet_claims.figureless.uid)]["Value"] is None


def test_dates_show_as_dates(sheet_claims):
    sheet = xlsx_workbook(export("xlsx", Claim.objects.filter(pk=sheet_claims.ranged.pk)))["Claims"]
    (period_start,) = [cell for cell in sheet[1] if cell.value == "Period start"]
    cell = sheet.cell(2, period_start.column)
    assert cell.value == datetime(2025, 7, 1) and cell.number_format == "yyyy-mm-dd"
    assert cell.is_date


def test_hostile_text_is_stored_as_text_never_as_a_formula(sheet_claims):
    sheet = xlsx_workbook(export("xlsx", Claim.objects.filter(pk=sheet_claims.hostile.pk)))["Claims"]
    cells = {sheet.cell(1, column).value: sheet.cell(2, column) for column in range(1, sheet.max_column + 1)}
    for label, text in [
        ("Statement", HOSTILE_TEXTS["statement"]),
        ("Quote", "+1 drone"),
        ("Subject", "-2+3 drones"),
        ("Place", "@SUM(A1:A9)"),
    ]:
        cell = cells[label]
        assert cell.value == text  # unchanged text …
        assert cell.data_type == "s"  # … stored as a string, not a formula ("f")
    assert cells["Statement"].quotePrefix  # and still text when someone edits it
    assert cells["Value"].data_type == "n"


def test_about_sheet_records_query_time_user_and_row_count(sheet_claims, editor):
    data = export(
        "xlsx",
        Claim.objects.filter(status="published"),
        title="NK troops in Kursk",
        query="status=published",
        user=editor,
    )
    about = dict(xlsx_workbook(data)["About this sheet"].iter_rows(max_row=6, values_only=True))
    assert about["Title"] == "NK troops in Kursk"
    assert about["Query"] == "status=published"
    assert about["Produced by"] == "eddie"
    assert about["Rows"] == 6
    assert isinstance(about["Produced at (UTC)"], datetime)


def test_decimal_figures_keep_their_value(make_claim):
    claim = make_claim(value=Decimal("1.5"), qualifier="exact", unit="percent")
    (row,) = xlsx_rows(export("xlsx", Claim.objects.filter(pk=claim.pk)))
    assert row["Value"] == 1.5


def test_text_starting_with_a_tab_or_carriage_return_stays_text(make_claim):
    claim = make_claim(statement="\t=cmd|' /C calc'!A0", quote="\r+1 drone", value=1, unit="drones")
    sheet = xlsx_workbook(export("xlsx", Claim.objects.filter(pk=claim.pk)))["Claims"]
    cells = {sheet.cell(1, column).value: sheet.cell(2, column) for column in range(1, sheet.max_column + 1)}
    for label, text in [("Statement", "\t=cmd|' /C calc'!A0"), ("Quote", "\r+1 drone")]:
        assert cells[label].value == text and cells[label].data_type == "s" and cells[label].quotePrefix


def test_the_header_has_an_autofilter_over_every_row(sheet_claims):
    sheet = xlsx_workbook(export("xlsx"))["Claims"]
    last = sheet.cell(1, sheet.max_column).column_letter
    assert sheet.auto_filter.ref == f"A1:{last}{1 + Claim.objects.count()}"


def test_the_chain_data_column_is_kept_for_round_trips_but_hidden(sheet_claims):
    sheet = xlsx_workbook(export("xlsx"))["Claims"]
    last = sheet.cell(1, sheet.max_column)
    assert last.value == "Chain data" and sheet.column_dimensions[last.column_letter].hidden
    readable = [cell.column_letter for cell in sheet[1][:-1]]
    assert not any(sheet.column_dimensions[letter].hidden for letter in readable)


def test_intervals_are_exact_numbers(sheet_claims):
    rows = by_uid(xlsx_rows(export("xlsx")))
    approx = rows[str(sheet_claims.approx.uid)]
    assert (approx["Qualifier"], approx["Interval low"], approx["Interval high"]) == ("approximately", 10800, 13200)
