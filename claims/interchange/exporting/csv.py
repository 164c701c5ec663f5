"""The claim sheet as CSV: UTF-8 with a byte-order mark, streamed in blocks."""

import csv
import io
from operator import itemgetter

from ..cells import SUSPECT_FIRST, csv_text
from ..columns import COLUMNS, NUMBER, TEXT, sheet_row
from .writer import ROWS_PER_BLOCK, ClaimFileWriter, plain_decimal

# Excel opens a UTF-8 CSV correctly ("≈", "←", Hangul) only when it starts with a BOM.
BYTE_ORDER_MARK = "\ufeff"


# Columns whose text factdb writes itself (a UID, words for codes, "Retracted …", dates), which
# never starts like a formula; every other text cell is checked.
OWN_TEXT = frozenset({"uid", "qualifier", "status", "verdict", "retraction", "source_dates"})


class CsvWriter(ClaimFileWriter):
    """Writes claims as CSV rows under a header of column labels."""

    format = "csv"
    extension = "csv"
    content_type = "text/csv; charset=utf-8"

    def chunks(self, claims, about):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        buffer.write(BYTE_ORDER_MARK)
        writer.writerow([column.label for column in COLUMNS])
        # The csv module writes None as "" and dates, datetimes and ints as ISO text; only
        # text that could read as a formula and numbers (Decimals, written plainly) change.
        cells = itemgetter(*(column.key for column in COLUMNS))
        texts = [i for i, column in enumerate(COLUMNS) if column.kind == TEXT and column.key not in OWN_TEXT]
        numbers = [i for i, column in enumerate(COLUMNS) if column.kind == NUMBER]
        for claim in claims:
            values = list(cells(sheet_row(claim)))
            for i in texts:
                text = values[i]
                if text and text[0] in SUSPECT_FIRST:
                    values[i] = csv_text(text)
            for i in numbers:
                if values[i] is not None:
                    values[i] = plain_decimal(values[i])
            writer.writerow(values)
            about.row_count += 1
            if about.row_count % ROWS_PER_BLOCK == 0:
                yield buffer.getvalue().encode()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue().encode()
