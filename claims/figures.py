"""
What a figure means: its qualifier, its interval and how it reads.

A claim keeps the figure exactly as it was said (``value``, ``value_max``,
``qualifier``, ``unit``). This module turns that into

* an **interval** ``(low, high)`` that filters, conflict detection and charts compare
  (``None`` is an open end), and
* a **readable form** for people: "≈ 12,000 troops", "> 60 missiles",
  "4,000–5,000 workers", "thousands of troops".

Interval rules (the team's convention, also in docs/data-model.md):

=============  ============================================
exact          the point ``[v, v]``
approx         ``[v × 0.9, v × 1.1]`` ("about" means within 10 %)
at_least       ``[v, ∞)``; more_than ``(v, ∞)`` is treated as ``[v, ∞)``
at_most        ``(-∞, v]``; less_than and up_to likewise
range          ``[v, value_max]``
magnitude      ``[v, 10 v)``: "thousands" is 1,000 up to 10,000
=============  ============================================
"""

from decimal import Decimal

from django.db import models
from django.db.models import Case, F, Value, When

from .extraction.currencies import CURRENCY_CODES

APPROX_TOLERANCE = Decimal("0.10")


class Qualifier(models.TextChoices):
    EXACT = "exact", "exactly"
    APPROX = "approx", "approximately"
    AT_LEAST = "at_least", "at least"
    MORE_THAN = "more_than", "more than"
    AT_MOST = "at_most", "at most"
    LESS_THAN = "less_than", "less than"
    UP_TO = "up_to", "up to"
    RANGE = "range", "range"
    MAGNITUDE = "magnitude", "order of magnitude"


OPEN_ABOVE = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN})
OPEN_BELOW = frozenset({Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.UP_TO})

SYMBOLS = {
    Qualifier.EXACT: "",
    Qualifier.APPROX: "≈ ",
    Qualifier.AT_LEAST: "≥ ",
    Qualifier.MORE_THAN: "> ",
    Qualifier.AT_MOST: "≤ ",
    Qualifier.LESS_THAN: "< ",
    Qualifier.UP_TO: "up to ",
}

# Units whose figures may be negative (money, changes in percent, temperatures).
# Every other unit counts things, and the database refuses a negative count.
# The currencies are every ISO 4217 code the figure extractor reads (signs, codes and names),
# so that every amount it suggests may also be a loss.
CURRENCY_UNITS = CURRENCY_CODES
SIGNED_UNITS = CURRENCY_UNITS | {"percent", "percentage points", "degrees celsius", "degrees fahrenheit"}

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
CURRENCY_NAMES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "RUB": "roubles", "KRW": "won"}

MAGNITUDE_WORDS = {
    0: "ones",
    1: "tens",
    2: "hundreds",
    3: "thousands",
    4: "tens of thousands",
    5: "hundreds of thousands",
    6: "millions",
    7: "tens of millions",
    8: "hundreds of millions",
    9: "billions",
    10: "tens of billions",
    11: "hundreds of billions",
    12: "trillions",
}

SCALE_WORDS = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]


def figure_interval(value, value_max=None, qualifier=Qualifier.EXACT):
    """Return ``(low, high)`` for a figure; ``None`` marks an open end or no figure."""
    if value is None:
        return None, None
    value = Decimal(value)
    if qualifier == Qualifier.APPROX:
        # "About −5 %" is [−5.5, −4.5]: the tolerance is a share of the size, either side.
        return value - abs(value) * APPROX_TOLERANCE, value + abs(value) * APPROX_TOLERANCE
    if qualifier in OPEN_ABOVE:
        return value, None
    if qualifier in OPEN_BELOW:
        return None, value
    if qualifier == Qualifier.RANGE:
        return value, Decimal(value_max) if value_max is not None else value
    if qualifier == Qualifier.MAGNITUDE:
        # "Losses of thousands" stored as −1,000 reach down to −10,000.
        return (value, value * 10) if value >= 0 else (value * 10, value)
    return value, value


def interval_low_expression():
    """The database expression of ``figure_interval()[0]``, for a generated column."""
    return Case(
        When(qualifier=Qualifier.APPROX, value__gte=0, then=F("value") * Value(1 - APPROX_TOLERANCE)),
        When(qualifier=Qualifier.APPROX, then=F("value") * Value(1 + APPROX_TOLERANCE)),
        When(qualifier__in=sorted(OPEN_BELOW), then=Value(None)),
        When(qualifier=Qualifier.MAGNITUDE, value__lt=0, then=F("value") * Value(10)),
        default=F("value"),
        output_field=models.DecimalField(max_digits=30, decimal_places=6),
    )


def interval_high_expression():
    """The database expression of ``figure_interval()[1]``, for a generated column."""
    return Case(
        When(qualifier=Qualifier.APPROX, value__gte=0, then=F("value") * Value(1 + APPROX_TOLERANCE)),
        When(qualifier=Qualifier.APPROX, then=F("value") * Value(1 - APPROX_TOLERANCE)),
        When(qualifier__in=sorted(OPEN_ABOVE), then=Value(None)),
        When(qualifier=Qualifier.RANGE, then=F("value_max")),
        When(qualifier=Qualifier.MAGNITUDE, value__gte=0, then=F("value") * Value(10)),
        default=F("value"),
        output_field=models.DecimalField(max_digits=30, decimal_places=6),
    )


def intervals_overlap(a, b):
    """True when two ``(low, high)`` intervals share at least one point."""
    (a_low, a_high), (b_low, b_high) = a, b
    if a_low is not None and b_high is not None and a_low > b_high:
        return False
    if b_low is not None and a_high is not None and b_low > a_high:
        return False
    return True


def format_number(value):
    """Format a Decimal for people: "12,000", "1.5", "1.37 million", "20 billion"."""
    value = Decimal(value)
    for scale, word in SCALE_WORDS:
        if abs(value) >= scale and (value / scale) == (value / scale).quantize(Decimal("0.01")):
            return f"{_plain(value / scale)} {word}"
    return _plain(value)


def _plain(value):
    normalized = value.normalize()
    if normalized == normalized.to_integral_value():
        return f"{int(normalized):,}"
    return f"{normalized:,f}"


# The magnitudes the extractor reads that are no power of ten: "dozens" (12), "scores" (20).
COUNTED_MAGNITUDES = {Decimal(12): "dozens", Decimal(20): "scores"}


def magnitude_phrase(value):
    """ "thousands" for 1,000, "tens of billions" for 10,000,000,000, "dozens" for 12 (not "tens")."""
    if (word := COUNTED_MAGNITUDES.get(Decimal(value))) is not None:
        return word
    exponent = len(str(int(abs(Decimal(value))))) - 1
    return MAGNITUDE_WORDS.get(exponent, f"10^{exponent}")


def number_in_words(n):
    """ "six" for 6 (up to twenty), else the digits: for "six anonymous sources"."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else f"{n:,}"


def format_figure(value, value_max=None, qualifier=Qualifier.EXACT, unit=""):
    """The figure as people read it: "≈ 12,000 troops", "thousands of troops", "> $20 billion"."""
    if value is None:
        return ""
    if qualifier == Qualifier.MAGNITUDE:
        noun = CURRENCY_NAMES.get(unit, unit)
        return f"{magnitude_phrase(value)} of {noun}" if noun else magnitude_phrase(value)
    prefix = SYMBOLS.get(qualifier, "")
    if qualifier == Qualifier.RANGE and value_max is not None:
        number = f"{format_number(value)}–{format_number(value_max)}"
    else:
        number = format_number(value)
    if unit in CURRENCY_SYMBOLS:
        return f"{prefix}{CURRENCY_SYMBOLS[unit]}{number}"
    if unit == "percent":
        return f"{prefix}{number}%"
    return f"{prefix}{number} {unit}".rstrip()


def format_interval(interval):
    """An interval for people: "[10,800, 13,200]", "[60, ∞)", "(−∞, 100]"; "—" for none."""
    low, high = interval
    if low is None and high is None:
        return "—"
    start = "(−∞" if low is None else f"[{format_number(low)}"
    end = "∞)" if high is None else f"{format_number(high)}]"
    return f"{start}, {end}"


_INT64 = 2**63


def json_number(value):
    """A figure as a JSON number: whole numbers as integers (12000), others as floats (1.5).

    Accepts Decimals, and the floats or ints SQLite hands back for raw rows.
    """
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < _INT64 else value
    if value == value.to_integral_value() and abs(value) < _INT64:
        return int(value)
    return float(value)
