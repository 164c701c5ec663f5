"""Reading a claim sheet file (CSV or XLSX, in the export's layout) into numbered rows."""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from ..exports.cells import csv_text_read
from ..exports.columns import column_for_header
from ..exports.xlsx import SHEET_TITLE

XLSX_MAGIC = b"PK\x03\x04"
CSV_DELIMITERS = ",;\t"


class SheetFormatError(Exception):
    """The file is not a claim sheet that can be read (format, encoding, header)."""


@dataclass
class SheetRows:
    """A sheet's rows as ``(row number, {column key: value})``, numbered as a spreadsheet shows them."""

    columns: list = field(default_factory=list)  # the recognised columns, in file order
    rows: list = field(default_factory=list)
    ignored_headers: list = field(default_factory=list)

    @property
    def keys(self):
        return {column.key for column in self.columns}


def read_sheet(file, name=""):
    """Read a claim sheet from a binary file object; XLSX is recognised by content, else CSV."""
    data = file.read()
    if isinstance(data, str):
        data = data.encode()
    if data.startswith(XLSX_MAGIC) or name.lower().endswith(".xlsx"):
        return _rows_from_table(_xlsx_table(data), unquote=False)
    return _rows_from_table(_csv_table(data), unquote=True)


def _xlsx_table(data):
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise SheetFormatError(f"This is not a readable XLSX workbook ({error}).") from None
    sheet = workbook[SHEET_TITLE] if SHEET_TITLE in workbook.sheetnames else workbook.worksheets[0]
    try:
        yield from sheet.iter_rows(values_only=True)
    finally:
        workbook.close()


def _csv_table(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SheetFormatError(
            f"The CSV file is not UTF-8 text (byte {error.start}). Save it as “CSV UTF-8” and try again."
        ) from None
    first_line = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=CSV_DELIMITERS)
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        yield from csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    except csv.Error as error:
        raise SheetFormatError(f"The CSV file cannot be read: {error}.") from None


def _rows_from_table(table, *, unquote):
    table = iter(table)
    header = next(table, None)
    if not header or not any(cell not in (None, "") for cell in header):
        raise SheetFormatError("The sheet is empty: the first row must hold the column names.")
    result = SheetRows()
    positions = []
    for index, label in enumerate(header):
        if label in (None, ""):
            continue
        column = column_for_header(label)
        if column is None:
            result.ignored_headers.append(str(label))
            continue
        if column in result.columns:
            raise SheetFormatError(f"The column “{column.label}” appears twice in the header.")
        result.columns.append(column)
        positions.append((index, column.key))
    if not result.columns:
        raise SheetFormatError("No claim sheet columns found in the first row (expected UID, Statement, Value …).")
    for number, cells in enumerate(table, start=2):
        if not any(cell not in (None, "") for cell in cells):
            continue  # blank line
        values = {}
        for index, key in positions:
            value = cells[index] if index < len(cells) else None
            if unquote and isinstance(value, str):
                value = csv_text_read(value)
            values[key] = value
        result.rows.append((number, values))
    return result
