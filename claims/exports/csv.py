"""The claim sheet as CSV: UTF-8 with a byte-order mark, streamed in blocks."""

import csv
import io

from .base import ROWS_PER_BLOCK, SheetWriter, plain_decimal
from .cells import csv_text
from .columns import COLUMNS, DATE, DATETIME, INTEGER, NUMBER, TEXT, sheet_row

# Excel opens a UTF-8 CSV correctly ("≈", "←", Hangul) only when it starts with a BOM.
BYTE_ORDER_MARK = "\ufeff"


def _number_cell(value):
    return "" if value is None else plain_decimal(value)


def _as_is(value):
    return value  # the csv module writes None as "" and dates, datetimes, ints as ISO text


# How each kind of column becomes CSV text, chosen once per column rather than per cell.
CELL_WRITERS = {TEXT: csv_text, NUMBER: _number_cell, DATE: _as_is, DATETIME: _as_is, INTEGER: _as_is}


class CsvSheetWriter(SheetWriter):
    """Writes claims as CSV rows under a header of column labels."""

    format = "csv"
    extension = "csv"
    content_type = "text/csv; charset=utf-8"

    def chunks(self, claims, about):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        buffer.write(BYTE_ORDER_MARK)
        writer.writerow([column.label for column in COLUMNS])
        cells = [(column.key, CELL_WRITERS[column.kind]) for column in COLUMNS]
        for claim in claims:
            row = sheet_row(claim)
            writer.writerow([write(row[key]) for key, write in cells])
            about.row_count += 1
            if about.row_count % ROWS_PER_BLOCK == 0:
                yield buffer.getvalue().encode()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue().encode()
