"""Reading a claim sheet file (CSV or XLSX, in the export's layout) into numbered rows.

A sheet is bounded before any row is imported, and past a limit it is refused at once
with one error saying which (the admin shows it beside the file, the command prints it):

* ``MAX_SHEET_BYTES`` — the file, 10 MB;
* ``MAX_XLSX_UNPACKED_BYTES`` — an XLSX's parts unpacked, 100 MB (a few KB of zip can
  unpack to gigabytes);
* ``MAX_SHEET_ROWS`` — 5,000 rows after the header, counting blank ones, so a
  workbook with a cell at row 1,048,576 is refused when reading reaches row 5,002
  (it once ran for minutes filling the rows between);
* ``MAX_SHEET_COLUMNS`` — 100 columns (the export has 27), so a worksheet declaring
  every column to XFD is refused without building its rows.

An XLSX whose XML is malformed (undefined entities, mismatched tags, an entity
expansion bomb, which the XML parser stops), whose cell addresses or typed values are
invalid, or that is no workbook at all is a ``ClaimFileFormatError`` too, never a crash.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from ..cells import csv_text_read
from ..columns import column_for_header
from ..exporting.xlsx import SHEET_TITLE

XLSX_MAGIC = b"PK\x03\x04"
CSV_DELIMITERS = ",;\t"

MAX_SHEET_BYTES = 10 * 1024 * 1024
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_SHEET_ROWS = 5_000
MAX_SHEET_COLUMNS = 100
# What openpyxl raises on a malformed part: the XML parser's error, and ValueError,
# KeyError, TypeError or IndexError for cell addresses, types and references it cannot read.
XLSX_READ_ERRORS = (
    ParseError,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    zipfile.BadZipFile,
    InvalidFileException,
    OSError,
    EOFError,
)


class ClaimFileFormatError(Exception):
    """The file is not a claim sheet that can be read (format, encoding, header)."""


@dataclass
class ClaimFileRows:
    """A sheet's rows as ``(row number, {column key: value})``, numbered as a spreadsheet shows them."""

    columns: list = field(default_factory=list)  # the recognised columns, in file order
    rows: list = field(default_factory=list)
    ignored_headers: list = field(default_factory=list)

    @property
    def keys(self):
        return {column.key for column in self.columns}


def read_sheet(file, name=""):
    """Read a claim sheet from a binary file object; XLSX is recognised by content, else CSV."""
    data = file.read(MAX_SHEET_BYTES + 1)
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX_SHEET_BYTES:
        raise ClaimFileFormatError(
            f"The file is larger than {MAX_SHEET_BYTES // 1024 // 1024} MB, the most a sheet may be."
        )
    if data.startswith(XLSX_MAGIC) or name.lower().endswith(".xlsx"):
        return _rows_from_table(_xlsx_table(data), unquote=False)
    return _rows_from_table(_csv_table(data), unquote=True)


def _xlsx_table(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ClaimFileFormatError(f"This is not a readable XLSX workbook ({error}).") from None
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ClaimFileFormatError(
            f"The workbook unpacks to {unpacked // 1024 // 1024:,} MB; a sheet may unpack to at most "
            f"{MAX_XLSX_UNPACKED_BYTES // 1024 // 1024} MB."
        )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except XLSX_READ_ERRORS as error:
        raise ClaimFileFormatError(f"This is not a readable XLSX workbook ({error}).") from None
    try:
        sheet = workbook[SHEET_TITLE] if SHEET_TITLE in workbook.sheetnames else workbook.worksheets[0]
        if (sheet.max_column or 0) > MAX_SHEET_COLUMNS:
            raise ClaimFileFormatError(_too_many_columns(sheet.max_column))
        # The declared size is not trusted for the rows between: without it, a gap of
        # missing rows is read as nothing rather than as rows of empty cells.
        sheet.reset_dimensions()
        yield from sheet.iter_rows(values_only=True)
    except XLSX_READ_ERRORS as error:
        raise ClaimFileFormatError(f"This XLSX workbook cannot be read ({error}).") from None
    finally:
        workbook.close()


def _too_many_columns(count):
    return f"The sheet has {count:,} columns; a sheet may have at most {MAX_SHEET_COLUMNS}."


def _csv_table(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ClaimFileFormatError(
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
        raise ClaimFileFormatError(f"The CSV file cannot be read: {error}.") from None


def _rows_from_table(table, *, unquote):
    table = iter(table)
    header = next(table, None)
    if not header or not any(cell not in (None, "") for cell in header):
        raise ClaimFileFormatError("The sheet is empty: the first row must hold the column names.")
    result = ClaimFileRows()
    positions = []
    for index, label in enumerate(header):
        if label in (None, ""):
            continue
        column = column_for_header(label)
        if column is None:
            result.ignored_headers.append(str(label))
            continue
        if column in result.columns:
            raise ClaimFileFormatError(f"The column “{column.label}” appears twice in the header.")
        result.columns.append(column)
        positions.append((index, column.key))
    if not result.columns:
        raise ClaimFileFormatError("No claim sheet columns found in the first row (expected UID, Statement, Value …).")
    if len(header) > MAX_SHEET_COLUMNS:
        raise ClaimFileFormatError(_too_many_columns(len(header)))
    for number, cells in enumerate(table, start=2):
        if number > MAX_SHEET_ROWS + 1:
            raise ClaimFileFormatError(
                f"The sheet has more than {MAX_SHEET_ROWS:,} rows after the header (counting blank ones); "
                "split it into several files."
            )
        if len(cells) > MAX_SHEET_COLUMNS:
            raise ClaimFileFormatError(
                f"Row {number} has {len(cells):,} cells; a sheet may have at most {MAX_SHEET_COLUMNS} columns."
            )
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
