"""
Spreadsheet cells that are never run as formulas.

A claim's statement is text someone else wrote. Excel, LibreOffice and Google Sheets
treat a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, on import, a leading
tab or carriage return) as a formula, so a hostile statement such as
``=HYPERLINK("http://evil", "click")`` would run when an editor opens the sheet.

* In CSV such text is written with a leading single quote, which spreadsheets show
  as text; ``csv_text()`` and ``csv_text_read()`` add and remove it reversibly, so an
  exported sheet imports back unchanged.
* In XLSX the cell is written as an inline string (data type ``s``) with Excel's
  "quote prefix" style, which no spreadsheet evaluates; its value is not altered.

Numbers are never escaped: a negative amount stays a typed number.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
# First characters worth a closer look; most text starts with none of them.
SUSPECT_FIRST = frozenset(FORMULA_TRIGGERS) | {QUOTE}


def starts_like_formula(text):
    """True when a spreadsheet could read ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def _needs_quote(text):
    # A text that already starts with the quote before a trigger ("'=1") is quoted
    # again, so reading strips exactly one quote and gets the original back.
    if starts_like_formula(text):
        return True
    return text.startswith(QUOTE) and _needs_quote(text[1:])


def csv_text(text):
    """``text`` as a CSV cell that spreadsheets show as text, never as a formula."""
    if text and text[0] in SUSPECT_FIRST and _needs_quote(text):
        return QUOTE + text
    return text


def csv_text_read(text):
    """Undo ``csv_text()``: the original text of a CSV cell."""
    if text.startswith(QUOTE) and _needs_quote(text[1:]):
        return text[1:]
    return text
