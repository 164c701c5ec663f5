"""
The claim sheet as an XLSX workbook (openpyxl, write-only mode).

Sheet "Claims": a bold, frozen header row with an autofilter over every row, typed
numbers and dates, column widths from ``columns.COLUMNS``, text wrapped in cells that
hold one value per line, and the machine-readable "Chain data" column (for round
trips) hidden at the end, out of a reader's way. Sheet
"About this sheet": the title, query, time, user and row count that produced it, and
what each column means, so the sheet can be reproduced.

Write-only mode streams rows into a temporary file instead of building the workbook in
memory; the finished file is then sent in blocks. An XLSX file is a zip archive whose
directory comes last, so it cannot be sent before it is complete.
"""

import tempfile
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..cells import starts_like_formula
from ..columns import COLUMNS, LIST_SEPARATOR, sheet_values
from .writer import ClaimFileWriter

SHEET_TITLE = "Claims"
ABOUT_TITLE = "About this sheet"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
FILE_BLOCK_SIZE = 64 * 1024
# Kept in the file for round trips, hidden from readers (a spreadsheet shows it again on request).
HIDDEN_COLUMNS = frozenset({"chain_data"})

_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")


class XlsxWriter(ClaimFileWriter):
    """Writes claims into a two-sheet workbook."""

    format = "xlsx"
    extension = "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def chunks(self, claims, about):
        with tempfile.TemporaryFile() as file:
            self.write(claims, about, file)
            file.seek(0)
            while block := file.read(FILE_BLOCK_SIZE):
                yield block

    def write(self, claims, about, file):
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(SHEET_TITLE)
        for index, column in enumerate(COLUMNS, start=1):
            dimension = sheet.column_dimensions[get_column_letter(index)]
            dimension.width = column.width
            dimension.hidden = column.key in HIDDEN_COLUMNS
        sheet.freeze_panes = "A2"
        sheet.append([self._header_cell(sheet, column.label) for column in COLUMNS])
        for claim in claims:
            sheet.append([self._cell(sheet, value) for value in sheet_values(claim)])
            about.row_count += 1
        # Written with the sheet's tail, so the range can be set once the rows are known.
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{about.row_count + 1}"
        self._write_about(workbook, about)
        workbook.save(file)

    def _header_cell(self, sheet, label):
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = _BOLD
        return cell

    def _cell(self, sheet, value):
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return self._text_cell(sheet, value)
        if isinstance(value, date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
            return cell
        return value  # numbers stay typed numbers

    def _text_cell(self, sheet, text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)  # control characters XML cannot hold
        formula_like = starts_like_formula(text) or text in ERROR_CODES
        wraps = LIST_SEPARATOR in text
        if not (formula_like or wraps):
            return text
        cell = WriteOnlyCell(sheet, value=text)
        # openpyxl guesses "=…" is a formula and "#N/A" an error; an inline string is
        # shown as typed and never evaluated, and the quote prefix keeps it text when
        # someone edits the cell.
        cell.data_type = "s"
        if formula_like:
            cell.quotePrefix = True
        if wraps:
            cell.alignment = _WRAP
        return cell

    def _write_about(self, workbook, about):
        sheet = workbook.create_sheet(ABOUT_TITLE)
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 90
        for label, value in about.as_pairs():
            sheet.append([self._header_cell(sheet, label), self._cell(sheet, value)])
        sheet.append([])
        sheet.append([self._header_cell(sheet, "Column"), self._header_cell(sheet, "Meaning")])
        for column in COLUMNS:
            sheet.append([column.label, self._text_cell(sheet, column.description or column.label)])
