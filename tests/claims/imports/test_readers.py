"""Reading sheet files: CSV (any usual delimiter) and XLSX, headers by label or key, clear errors."""

import io

import pytest
from openpyxl import Workbook

from claims.imports.readers import SheetFormatError, read_sheet


def read(data, name="sheet.csv"):
    return read_sheet(io.BytesIO(data.encode("utf-8-sig") if isinstance(data, str) else data), name)


def test_csv_rows_are_numbered_as_a_spreadsheet_shows_them():
    rows = read("UID,Statement,Notes\n,First\n\n,Second,ignored\n")
    assert [column.key for column in rows.columns] == ["uid", "statement"]
    assert rows.ignored_headers == ["Notes"]
    assert rows.rows == [(2, {"uid": "", "statement": "First"}), (4, {"uid": "", "statement": "Second"})]


def test_semicolon_csv_from_a_european_spreadsheet():
    rows = read("statement;value;unit\nTroops;12000;troops\n")
    assert rows.rows == [(2, {"statement": "Troops", "value": "12000", "unit": "troops"})]


def test_csv_text_quoted_against_formulas_reads_back_as_written():
    rows = read("Statement\n'=1+1\n'Tis\n")
    assert [values["statement"] for _, values in rows.rows] == ["=1+1", "'Tis"]


def test_xlsx_is_recognised_by_its_content():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Statement", "Value"])
    sheet.append(["Troops", 12000])
    buffer = io.BytesIO()
    workbook.save(buffer)
    rows = read(buffer.getvalue(), name="upload")
    assert rows.rows == [(2, {"statement": "Troops", "value": 12000})]


@pytest.mark.parametrize(
    "data, message",
    [
        ("", "The sheet is empty"),
        ("Notes,More notes\nx,y\n", "No claim sheet columns"),
        ("Statement,statement\nx,y\n", "appears twice"),
        (b"PK\x03\x04 not really a zip", "not a readable XLSX"),
        ("Statement\ncaf\xe9\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files_say_why(data, message):
    with pytest.raises(SheetFormatError, match=message):
        read(data)
