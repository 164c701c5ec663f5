"""Reading sheet files: CSV (any usual delimiter) and XLSX, headers by label or key, clear errors."""

import io

import pytest
from openpyxl import Workbook

from claims.interchange.importing.readers import (
    MAX_SHEET_BYTES,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    ClaimFileFormatError,
    read_sheet,
)
from tests.claims.interchange.importing.hostile_sheets import (
    GOOD_ROW,
    HEADER,
    HOSTILE_XLSX,
    HUGE_DIMENSION,
    LAST_ROW,
    worksheet,
    xlsx,
    zip_bomb,
)


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
    with pytest.raises(ClaimFileFormatError, match=message):
        read(data)


def test_a_hand_written_xlsx_is_read():
    """The hostile files below are built like this one, which reads."""
    assert read(xlsx(worksheet(HEADER + GOOD_ROW)), "x.xlsx").rows == [(2, {"statement": "Troops", "value": 12000})]


@pytest.mark.parametrize("label", sorted(HOSTILE_XLSX))
def test_malformed_xlsx_is_a_format_error_not_a_crash(label):
    """Each was a 500 from the admin's Import sheet (ParseError, ValueError)."""
    with pytest.raises(ClaimFileFormatError, match="XLSX workbook"):
        read(HOSTILE_XLSX[label], "x.xlsx")


@pytest.mark.parametrize(
    "data, message",
    [
        (HUGE_DIMENSION, f"16,384 columns; a sheet may have at most {MAX_SHEET_COLUMNS}"),  # once over 60 s
        (LAST_ROW, f"more than {MAX_SHEET_ROWS:,} rows"),
        ("Statement\n" + "x\n" * (MAX_SHEET_ROWS + 1), f"more than {MAX_SHEET_ROWS:,} rows"),
        ("Statement\n" + "\n" * (MAX_SHEET_ROWS + 1) + "x\n", f"more than {MAX_SHEET_ROWS:,} rows"),
        ("Statement" + ",x" * MAX_SHEET_COLUMNS + "\n", f"at most {MAX_SHEET_COLUMNS}"),
        ("Statement\ny" + ",x" * MAX_SHEET_COLUMNS + "\n", f"Row 2 has {MAX_SHEET_COLUMNS + 1} cells"),
        ("Statement\n" + "x" * MAX_SHEET_BYTES, "larger than 10 MB"),
    ],
    ids=["XFD1048576", "row 1048576", "rows", "blank rows", "header columns", "row columns", "bytes"],
)
def test_sheets_past_a_limit_are_refused_at_once(data, message):
    with pytest.raises(ClaimFileFormatError, match=message):
        read(data, "x.xlsx" if isinstance(data, bytes) else "x.csv")


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    with pytest.raises(ClaimFileFormatError, match="unpacks to 100 MB"):
        read(zip_bomb(), "x.xlsx")


def test_a_sheet_at_the_limits_is_read():
    rows = read("Statement\n" + "x\n" * MAX_SHEET_ROWS)
    assert len(rows.rows) == MAX_SHEET_ROWS and rows.rows[-1][0] == MAX_SHEET_ROWS + 1
