"""The claim sheet as CSV: UTF-8 with a byte-order mark, streamed in blocks."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

from .base import ROWS_PER_BLOCK, SheetWriter, plain_decimal
from .cells import csv_text
from .columns import COLUMN_KEYS, COLUMNS, sheet_row

# Excel opens a UTF-8 CSV correctly ("≈", "←", Hangul) only when it starts with a BOM.
BYTE_ORDER_MARK = "\ufeff"


def csv_cell(value):
    """One value as CSV text; text that looks like a formula is quoted (see ``cells``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_text(value)
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


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
        for claim in claims:
            row = sheet_row(claim)
            writer.writerow([csv_cell(row[key]) for key in COLUMN_KEYS])
            about.row_count += 1
            if about.row_count % ROWS_PER_BLOCK == 0:
                yield buffer.getvalue().encode()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue().encode()
