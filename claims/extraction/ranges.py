"""
Ranges: "5,000-6,000", "between $8.2 billion and $8.5 billion", "four or five".

`figures` reads a number and asks here whether it opens a range with the next one: the
join ("-", "to", "and", "or"), the opener ("between", "from"), a change that is no range
("rose 1.7% to $93.37", "from 54 percent to 53 percent" after a verb of change), and a
bracketed conversion the range goes on after ("between $8.2 billion (€7.1bn) and $8.5
billion"), and a bracketed restatement that is no new figure ("N412 billion (412,305,119,800)").
"""

import re
from decimal import Decimal

from . import hedges
from .currencies import currency_before
from .drafts import FigureDraft
from .measures import read_measure, read_percent
from .numbers import NumberToken, clean_decimal

__all__ = ["BRACKETED_AFTER", "change_scale", "figure_start", "range_partner", "restates", "scale_of"]

BRACKETED_AFTER = re.compile(r"\s*\([^()\d]{0,4}\d[^()]{0,30}\)")
# "40 cents to 50 cents a share", "5 years to 7 years", "34 cents per share to 36 cents per share", "1.5°C to
# 2°C", "between 0.1 meters and 0.2 meters": the unit written after both ends.
# "11 per cent to 13 per cent", "21C to 25C", "3,000MW and 4,500MW", "0.4 °C and 0.6 °C": "per cent" in two
# words, a unit glued to the number, a spaced degree sign.
REPEATED_UNIT = re.compile(
    r"(?:\s+(?P<unit>per\s+cent|[a-z]{2,}(?:\s+(?:per|a|an)\s+[a-z]+)?)|\s?°\s?[CF]|[A-Z][A-Za-z]{0,2}\b)"
    r"(?=\s+(?:to|and)\s)"
)


# "Lyon (22,000 to 55,000), Brest (20,000 to 40,000)", "China (8,909 to 49,083)": a bracket after a name gives
# that name's two numbers (the police's count and the organisers', a change and the level it reached), no range.
# A unit's name is no such name: "2.9 degrees Celsius (4.5 to 5.2 degrees Fahrenheit)" converts a range.
NAMED_BRACKET_BEFORE = re.compile(r"\b(?!Celsius|Fahrenheit)[A-Z][\w'’.-]*\s\(\s*$")
# "B1 (70 to 79 per cent)", "Oslo (4.5 to 5.2 degrees)": a measure written after the second end and closing the
# bracket makes one range (a grade's band, a span of temperatures); a counted noun ("55,000 demonstrators") does not.
DEGREES_AFTER = re.compile(r"\s*(?:degrees?|°)(?:\s*(?:Celsius|Fahrenheit|C|F)\b)?")
BRACKET_CLOSE = re.compile(r"\s*\)")

# "a decrease in the goods deficit of $0.8 billion to $75.1 billion", "an increase in exports of 4% to 1.2 million
# tonnes": a change named as a noun, what changed and "of" before the change (a range is "growth of 3% to 4%",
# "growth in a range of 15 to 16 per cent", with no "in" or a range named).
CHANGE_IN_OF = re.compile(
    r"\b(?:increase|decrease|rise|fall|drop|decline|gain|jump|reduction|widening|narrowing)\s+in\s+"
    r"(?!an?\s+range\b)(?:[\w'’-]+\s+){1,5}of\s+\S{0,3}$",
    re.IGNORECASE,
)

# "rose 12% over the past two to three years": a level a change reached is no span of time.
SPAN_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")
# "has come down and now ranged from 12 to 20": a verb of spread right before "from" makes a range, whatever
# verb of change comes before it.
RANGE_VERB_BEFORE = re.compile(r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|fluctuat(?:e|es|ed|ing))\s+$")


def measured_to_bracket_end(sentence: str, end: int) -> bool:
    """Whether a percent or a measure follows `end` and closes the bracket it is in."""
    read = read_percent(sentence, end) or read_measure(sentence, end)
    unit_end = read[1] if read else (match.end() if (match := DEGREES_AFTER.match(sentence, end)) else None)
    return unit_end is not None and BRACKET_CLOSE.match(sentence, unit_end) is not None


def figure_start(sentence: str, token: NumberToken) -> int:
    currency = currency_before(sentence, token.start)
    return currency.start if currency else token.start


def scale_of(token: NumberToken) -> Decimal:
    """The multiplier a token carries ("6 billion" → 10⁹), to share across a range."""
    match = re.match(r"[\d,.]+", token.text)
    if token.kind != "digits" or not match or match.group() == token.text:
        return Decimal(1)
    base = Decimal(match.group().replace(",", ""))
    return token.value / base if base else Decimal(1)


def range_partner(sentence: str, token: NumberToken, following: NumberToken | None, bracket_end: int | None = None):
    """The upper end of a range starting at `token`, and the opener's start, or None.

    `bracket_end` is where a conversion bracketed after `token` ends: "between $8.2 billion
    (€7.1bn) and $8.5 billion" is one range in dollars (and a conversion of its low end).
    """
    if following is None:
        return None
    percent_sign = 1 if sentence[token.end : token.end + 1] == "%" else 0
    if bracket_end is not None and not hedges.range_opener_before(sentence, figure_start(sentence, token)):
        return None
    joined = hedges.range_join_after(sentence, bracket_end or token.end + percent_sign)
    repeated = REPEATED_UNIT.match(sentence, token.end) if not joined and bracket_end is None else None
    if repeated and sentence.startswith(repeated.group(), following.end):
        joined = hedges.range_join_after(sentence, repeated.end())
    if not joined:
        return None
    word, join_end = joined
    currency = currency_before(sentence, following.start)
    if (currency.start if currency else following.start) != join_end:
        return None
    opener = hedges.range_opener_before(sentence, figure_start(sentence, token))
    if word == "and" and not (opener and opener[0] == "between"):
        return None
    if (
        word == "to"
        and not opener
        and hedges.is_change_before(sentence, token.start)
        and not SPAN_AFTER.match(sentence, following.end)
    ):
        return None  # "rose 1.7% to $93.37": a change and a level, not a range ("rose 12% over two to three years" is)
    if (
        word == "to"
        and not opener
        and CHANGE_IN_OF.search(sentence, max(0, token.start - 80), figure_start(sentence, token))
    ):
        return None  # "a decrease in the goods deficit of $0.8 billion to $75.1 billion": the change, then the level
    if (
        word == "to"
        and NAMED_BRACKET_BEFORE.search(sentence, max(0, token.start - 40), figure_start(sentence, token))
        and not measured_to_bracket_end(sentence, following.end)
    ):
        return None
    if percent_sign and currency:
        return None
    if percent_sign and not read_percent(sentence, following.end):
        return None  # "gained 1.2% to 5,123.4 points": a change and a level in another unit
    if (
        opener
        and opener[0] == "from"
        and not RANGE_VERB_BEFORE.search(sentence, max(0, opener[1] - 20), opener[1])
        and hedges.is_change_before(sentence, opener[1], base_forms=True)
    ):
        return None
    if word == "-" and token.kind != following.kind:
        return None
    low = token.value
    if scale_of(token) == 1 and scale_of(following) > 1:
        low = clean_decimal(low * scale_of(following))
    if following.value <= low:
        return None
    if word == "or" and (following.value > low * 2 or token.kind == "magnitude"):
        return None
    return low, following, opener[1] if opener else None


def change_scale(sentence: str, token: NumberToken, following: NumberToken | None) -> Decimal:
    """The scale a change "from X to Y billion" writes once, after its second end, for the first:
    "rose from $9.9 to $10.8 billion" starts at 9.9 billion, as a range shares its scale. Read only
    where the scaled start is of the size of the end (within ten times): "from 500 to 1.2 million"
    starts at 500."""
    if following is None or scale_of(token) != 1 or (scale := scale_of(following)) == 1 or token.kind != "digits":
        return Decimal(1)
    opener = hedges.range_opener_before(sentence, figure_start(sentence, token))
    joined = hedges.range_join_after(sentence, token.end)
    if not opener or opener[0] != "from" or not joined or joined[0] != "to":
        return Decimal(1)
    currency = currency_before(sentence, following.start)
    if (currency.start if currency else following.start) != joined[1]:
        return Decimal(1)
    scaled = token.value * scale
    return scale if following.value / 10 <= scaled <= following.value * 10 else Decimal(1)


# "N412 billion (412,305,119,800)": an opening bracket right after the figure before.
RESTATED_BEFORE = re.compile(r"\S\s*\(\s*$")


def restates(sentence: str, token: NumberToken, draft: FigureDraft, before: FigureDraft) -> bool:
    """Whether `draft`, bracketed and with no unit of its own, restates `before`'s amount (within 5 %)."""
    if draft.unit or not before.unit or not before.value or before.end + 3 < token.start:
        return False
    if not RESTATED_BEFORE.search(sentence, max(0, token.start - 4), token.start):
        return False
    return abs(draft.value - before.value) <= before.value / 20
