"""The claim sheet as CSV: UTF-8 with a byte-order mark, streamed in blocks.

A sheet of 100,000 claims is written at tens of thousands of rows a second, so the
work per row is kept small without writing the file differently (the exact bytes are
pinned by tests/claims/interchange/exporting/test_pinned_output.py):

* the csv module quotes every cell (``QUOTE_MINIMAL``: a cell with a comma, a quote or a
  line break is quoted, its quotes doubled), and ``str()``s dates and ints itself;
* the chain columns and the "Chain data" JSON — more than half of a row's bytes — are
  the same for every claim citing the same chains, so each distinct set is escaped and
  quoted once (``_ChainText``), and the row is written as the csv module's cells before
  them, that text, and the csv module's cells after them;
* only the cells that can need it are looked at: free text for a formula's first
  character, figures for their plain decimal form.
"""

import csv

from ..cells import SUSPECT_FIRST, csv_text
from ..columns import CHAIN_COLUMNS, COLUMN_KEYS, COLUMNS, NUMBER, TEXT, sheet_values
from .writer import ROWS_PER_BLOCK, ClaimFileWriter, plain_decimal

# Excel opens a UTF-8 CSV correctly ("≈", "←", Hangul) only when it starts with a BOM.
BYTE_ORDER_MARK = "\ufeff"
LINE_END = "\r\n"
SEPARATOR = ","

# Columns whose text factdb writes itself (a UID, words for codes, "Retracted …", dates), which
# never starts like a formula; every other text cell is checked.
OWN_TEXT = frozenset({"uid", "qualifier", "status", "verdict", "retraction", "source_dates"})
CHAIN_DATA = COLUMN_KEYS.index("chain_data")
# How many distinct chain texts a writer keeps escaped for the rows to come (a claim's chains
# are mostly those of its neighbours, claims of the same story; a few MB at most).
CHAIN_TEXT_CACHE_SIZE = 5_000


def _positions(wanted):
    return tuple(i for i, column in enumerate(COLUMNS) if wanted(column))


def _escaped_text(column):
    in_chains = CHAIN_COLUMNS.start <= COLUMN_KEYS.index(column.key) < CHAIN_COLUMNS.stop
    return column.kind == TEXT and column.key not in OWN_TEXT and not in_chains and column.key != "chain_data"


# The cells that may need changing before the csv module writes them: free text that could
# read as a formula (chain cells are escaped in ``_ChainText``), and Decimals written plainly.
# Everything else is written as it is (None as "", dates, datetimes and ints as ISO text).
FREE_TEXT = _positions(_escaped_text)
NUMBERS = _positions(lambda column: column.kind == NUMBER)
CHAIN_TEXT_ESCAPED = tuple(column.key not in OWN_TEXT for column in COLUMNS[CHAIN_COLUMNS])


class _Lines(list):
    """A file for ``csv.writer`` that keeps each line it is given, as a list."""

    write = list.append


def _csv_cells(cells):
    """``cells`` as the csv module writes them in a row, separated by commas, without the line end.

    Its quoting depends on the line end (a cell holding one of its characters is quoted), so
    the row is written with the file's own line end, which is then cut off.
    """
    lines = _Lines()
    csv.writer(lines, lineterminator=LINE_END).writerow(cells)
    return lines[0][: -len(LINE_END)]


class _ChainText:
    """The CSV text of a row's chain columns and of its "Chain data" cell, escaped once per distinct value.

    A claim citing one chain hands over that chain's own cell objects (``columns.chain_columns``),
    so a chain cited by many claims is looked up, not escaped again; at most
    ``CHAIN_TEXT_CACHE_SIZE`` values are kept, so memory stays flat.
    """

    def __init__(self):
        self.lines, self.data = {}, {}

    def of_lines(self, lines):
        """ "origin,chain,titles,outlets,urls,dates," — ready to follow the cells before them."""
        text = self.lines.get(lines)
        if text is None:
            if len(self.lines) >= CHAIN_TEXT_CACHE_SIZE:
                self.lines.clear()
            cells = [
                csv_text(cell) if escaped else cell for cell, escaped in zip(lines, CHAIN_TEXT_ESCAPED, strict=True)
            ]
            text = self.lines[lines] = _csv_cells(cells) + SEPARATOR
        return text

    def of_data(self, data):
        """The "Chain data" cell and the line end: the last cell of a row."""
        text = self.data.get(data)
        if text is None:
            if len(self.data) >= CHAIN_TEXT_CACHE_SIZE:
                self.data.clear()
            # The csv module quotes a row of one empty cell ('""'); an empty last cell is empty.
            text = self.data[data] = (_csv_cells([csv_text(data)]) if data else "") + LINE_END
        return text


class CsvWriter(ClaimFileWriter):
    """Writes claims as CSV rows under a header of column labels."""

    format = "csv"
    extension = "csv"
    content_type = "text/csv; charset=utf-8"

    def chunks(self, claims, about):
        rows = [BYTE_ORDER_MARK]
        csv_lines = _Lines()
        csv_row = csv.writer(csv_lines, lineterminator=LINE_END).writerow
        csv_row([column.label for column in COLUMNS])
        rows.append(csv_lines.pop())
        chain_text, cut = _ChainText(), -len(LINE_END)
        before, after = slice(0, CHAIN_COLUMNS.start), slice(CHAIN_COLUMNS.stop, CHAIN_DATA)
        for claim in claims:
            values = sheet_values(claim)
            for i in FREE_TEXT:
                text = values[i]
                if text and text[0] in SUSPECT_FIRST:
                    values[i] = csv_text(text)
            for i in NUMBERS:
                if values[i] is not None:
                    values[i] = plain_decimal(values[i])
            # The csv module writes the cells before and after the chains as two lines, joined
            # here into one row around the chains' text.
            csv_row(values[before])
            csv_row(values[after])
            tail, head = csv_lines.pop(), csv_lines.pop()
            rows.append(
                f"{head[:cut]}{SEPARATOR}{chain_text.of_lines(tuple(values[CHAIN_COLUMNS]))}"
                f"{tail[:cut]}{SEPARATOR}{chain_text.of_data(values[CHAIN_DATA])}"
            )
            about.row_count += 1
            if about.row_count % ROWS_PER_BLOCK == 0:
                yield "".join(rows).encode()
                rows.clear()
        yield "".join(rows).encode()
