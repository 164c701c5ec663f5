"""Parsing one sheet cell into a claim value; a bad cell raises ``ValueError`` saying why."""

import re
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from factdb.numbers import has_other_digits

# "12,000" and "1,370,000.5": commas that only group thousands.
THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
LIST_SEPARATORS = re.compile(r"[\n;]")


def text(value):
    """A text cell: "" for an empty cell; numbers a spreadsheet typed are written plainly."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def decimal(value):
    """A figure: a typed number, or text such as "12000", "12,000", "1.5"."""
    if value is None or value == "":
        return None
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    cleaned = str(value).strip().replace(" ", "").replace("\u00a0", "")
    if THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    if has_other_digits(cleaned):
        # Python would read "1_000" as 1000 and "١٢" as 12 (see factdb.numbers).
        raise ValueError(f"“{value}” is not a number written with the digits 0-9.")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"“{value}” is not a number.") from None
    if not number.is_finite():
        raise ValueError(f"“{value}” is not a number.")
    return number


def day(value):
    """A date: a typed date, or text in ISO form (2025-07-03)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"“{value}” is not a date; write it as YYYY-MM-DD.") from None


def choice(value, choices):
    """One of ``choices`` (a TextChoices class), by label as our sheets write it ("approximately",
    "In review", "Mostly true") or by code ("approx"), ignoring case, spaces, hyphens and
    underscores; "" when empty."""
    word = text(value).strip()
    if not word:
        return ""
    wanted = _choice_key(word)
    for code, label in choices.choices:
        if wanted in (_choice_key(code), _choice_key(label)):
            return code
    allowed = "; ".join(f"{label} ({code})" for code, label in choices.choices)
    raise ValueError(f"“{word}” is not one of: {allowed}.")


def _choice_key(word):
    return "_".join(str(word).lower().replace("-", " ").replace("_", " ").split())


def uid(value):
    """A claim's UID, or None for a row that creates a new claim."""
    word = text(value).strip()
    if not word:
        return None
    try:
        return uuid.UUID(word)
    except ValueError:
        raise ValueError(f"“{word}” is not a UID (a UUID such as 5eed0000-0000-4000-8000-000000000001).") from None


def lines(value):
    """A cell holding several values: one per line (or separated by semicolons)."""
    return [part.strip() for part in LIST_SEPARATORS.split(text(value)) if part.strip()]
