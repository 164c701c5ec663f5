"""
Units a bare number borrows: what it counts when nothing after it says so.

`figures` reads "12,000 troops" by the noun after the number and, for a bare number, looks
around it in its sentence (`context`). These rules look further, each with a bound:

* **The last count of the text** (`carried_unit()`): "Heathrow handled 79.2 million passengers. Gatwick
  grew to 40.9 million" counts passengers, when the two are of a size (within a factor of
  `CARRY_RATIO`) and the count is at most six sentences back; a span of time or a measure is
  never carried.
* **The count of its size in the sentence** (`nearest_in_size()`): "about 9,000 people in 25
  countries, including 2,000 in Spain" counts people, not countries.
* **A count named as numbers** (`count_named()`): "a rise in visitor numbers to 3.1
  million", "freight traffic … 2.2 billion".
* **A count named before it** (`unit_named()`, `level_named()`: `context`'s readings) unless
  the name only says "a count": "Heathrow numbers rose 3.6% to 67.34m" goes on counting the
  text's passengers, not "numbers".
* **Rupees** (`rupees_alone()`): "a fine of ₹12.5 crore" with the sign lost ("?12.5 crore"), only
  where the sentence speaks of money: lakh and crore are counts of anything in South Asian papers
  ("a daily ridership of 26.6 lakh", "35 lakh hectares"), not a currency.
* **The noun of its list** (`listed_noun()`): "won 16 and 12 seats", "16, 12 or 9 seats".
* **The count a past one is compared with** (`lent_unit()`): "four tarmac delays lasted longer than
  three hours in May, down from six a year ago" counts delays: a bound of time between the count and
  "from six a year ago" lends no "hours" (a duration compared would say "from six hours").
"""

import re
from decimal import Decimal

from .context import level_named_before, unit_named_before
from .currencies import CURRENCY_CODES
from .measures import MEASURES, read_measure
from .noncounts import is_time_anchor
from .numbers import NumberToken
from .units import is_time_unit, pluralise, read_counted_noun

__all__ = [
    "GENERIC_COUNTS", "MEASURE_UNITS", "NEAREST_REACH", "SCALED", "carried_unit", "count_named", "level_named", "nearest_in_size", "rupees_alone",
    "unit_named", "listed_noun", "lent_unit",
]  # fmt: skip

MEASURE_UNITS = frozenset(
    [unit for _, unit in MEASURES] + ["miles", "kilometres", "metres", "tonnes", "acres", "hectares", "inches"]
)

# "a rise in visitor numbers to 3.1 million", "the busiest port for freight traffic was Rotterdam with 2.2
# billion": a count named by the noun of what is counted and "numbers", "traffic", "count", "tally".
# "the passenger figures increased slightly during February (+0.3%) to 8.2 million": a decimal point is no stop.
COUNT_NAMED_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]{4,})\s+(?:numbers|count|traffic|tally|figures)\b(?:[^.;:]|\.\d){0,50}$"
)
NOT_COUNTED_NOUNS = frozenset(
    ["record", "large", "huge", "small", "great", "high", "higher", "lower", "growing", "increasing", "rising",
     "falling", "official", "final", "overall", "total", "grand", "running", "daily", "weekly", "monthly",
     "annual", "latest", "these", "those", "their", "such", "similar", "same", "body",
     # "in the Asia-Pacific, where numbers were up ... to 248 million": a word that joins clauses counts nothing.
     "where", "when", "whose", "which", "while", "that", "this", "with", "from", "into", "what"]
)  # fmt: skip

NEAREST_REACH = 8  # counts of a sentence a bare number may take its unit from


def nearest_in_size(counts: list[tuple[str, Decimal]], token: NumberToken) -> str | None:
    """The unit of the latest count of the sentence within ten times `token`'s size, when the last count is not.

    "about 9,000 people in 25 countries, including 2,000 in Spain": people, not countries.
    """
    if len(counts) < 2 or token.kind not in ("digits", "words") or not token.value:
        return None
    if within(counts[-1][1], token.value, 10):
        return None
    return next((unit for unit, value in reversed(counts) if within(value, token.value, 10)), None)


# "down from six a year ago", "up from nine last year": a bare number compared as the past level of a count.
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
PAST_AFTER = re.compile(
    r"\s+(?:an?\s+(?:year|month|week|decade)\s+(?:ago|earlier|before)|last\s+(?:year|month|week|season)"
    r"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|month|week|season)|in\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def lent_unit(
    sentence: str, token: NumberToken, counts: list[tuple[str, Decimal]], unit: str | None, unit_end: int
) -> str | None:
    """The unit a bare `token` takes from the counts of its sentence read so far (`counts`, the last `unit`
    ending at `unit_end`): the one of its size, a count named since, or one compared with a past level."""
    lent = nearest_in_size(counts, token) or unit
    if lent and (named := unit_named(sentence[unit_end : token.start], token.start - unit_end)):
        # "some 80 bodies …, bringing the death toll to at least 310": a count named after the last one outranks it.
        return named
    if (
        lent
        and is_time_unit(lent)
        and FROM_BEFORE.search(sentence, 0, token.start)
        and PAST_AFTER.match(sentence, token.end)
    ):
        return next((earlier for earlier, _ in reversed(counts) if not is_time_unit(earlier)), lent)
    return lent


def within(value: Decimal, other: Decimal, ratio: int) -> bool:
    """Whether `other` is within `ratio` times `value` either way."""
    return bool(value) and Decimal(1) / ratio <= other / value <= ratio


def count_named(sentence: str, start: int) -> str | None:
    """What a count named before a bare number counts ("passenger numbers" → passengers), or None."""
    named = COUNT_NAMED_BEFORE.search(sentence, max(0, start - 80), start)
    if not named or named.group("noun") in NOT_COUNTED_NOUNS or is_time_unit(named.group("noun")):
        return None
    return pluralise(named.group("noun"))


# Scales only rupees are counted in when nothing else is named ("a fine of ₹12.5 crore", mojibake "?12.5 crore").
CRORE_AMOUNT = re.compile(r"(?:crores?|lakhs?|cr)$", re.IGNORECASE)
# Where a sentence speaks of money: a lost rupee sign right before the number ("?12.5 crore"), or a word
# of money around it ("a fine of", "worth", "a budget of", "allocated"). A count ("ridership", "students")
# has none of these, and its lakh is no rupee.
LOST_SIGN_BEFORE = re.compile(r"[?`]\s?$")
MONEY_WORDS = re.compile(
    r"\b(?:fines?|fined|penalt(?:y|ies)|worth|costs?|costing|priced?|prices|budgets?|funds?|funding|compensation"
    r"|loans?|revenues?|profits?|loss(?:es)?|salar(?:y|ies)|wages?|paid|pay|payments?|spen[dt]|spending|allocat\w+"
    r"|grants?|cash|tax(?:es)?|bail|bribes?|fees?|turnover|investments?|invested|earn(?:ed|ings)|sanctioned|disbursed"
    r"|subsid(?:y|ies)|relief|package|amount|sum|value|valued|expenditure|outlay|deposits?|debts?|dues|bills?)\b",
    re.IGNORECASE,
)
SCALED = re.compile(r"(?:million|billion|trillion|bn|mn|m|crores?)$", re.IGNORECASE)
# How far apart in size a bare number and the last count may be for the number to go on counting it.
CARRY_RATIO = 100


def carried_unit(token: NumberToken, unit: str | None, value: Decimal | None) -> str | None:
    """The unit of the last count of earlier sentences, for a bare `token` of about its size.

    "Heathrow handled 79.2 million passengers. Gatwick grew to 40.9 million": passengers.
    "… three places. The region had 2.2 billion": nothing (a number of another order is
    another thing), and a span of time or a measure is never carried.
    """
    if not unit or value is None or not value or token.kind not in ("digits", "words") or is_time_unit(unit):
        return None
    if unit in MEASURE_UNITS:
        return None
    if unit.split(" per ")[0] in CURRENCY_CODES and not SCALED.search(token.text):
        return None  # "earned 38.9 million euros. The fund was 406.7 million": money goes on only in millions

    ratio = token.value / value
    return unit if Decimal(1) / CARRY_RATIO <= ratio <= CARRY_RATIO else None


def rupees_alone(token: NumberToken, sentence: str) -> bool:
    """Whether `token` is scaled in crore or lakh in a `sentence` of money: rupees, when nothing else is named.

    "a penalty of ?9.26 crore" is rupees; "a daily ridership of 26.6 lakh" counts riders, and
    "last year's 1.22 lakh" goes on counting what the text counted.
    """
    if not CRORE_AMOUNT.search(token.text):
        return False
    return bool(LOST_SIGN_BEFORE.search(sentence, 0, token.start) or MONEY_WORDS.search(sentence))


# Words that say a count without saying of what: "Heathrow numbers rose to 67.34m".
GENERIC_COUNTS = frozenset(["numbers", "figures", "totals", "levels", "counts", "tallies"])


# "Traffic at the UK's regional airports increased 9% to 88m": the places are where it was counted.
COUNT_AT_PLACES = (
    r"\b(?:traffic|numbers|count|tally|volumes?)\s+(?:at|in|on|through|across)\s+(?:[\w'’-]+\s+){{0,4}}{}\b"
)


def unit_named(sentence: str, start: int) -> str | None:
    """`context.unit_named_before()`, unless it names only "a count" ("Heathrow numbers") or
    the places a count was made at ("traffic at regional airports")."""
    unit = unit_named_before(sentence, start)
    if unit in GENERIC_COUNTS:
        return None
    if unit and re.search(COUNT_AT_PLACES.format(re.escape(unit)), sentence[:start], re.IGNORECASE):
        return None
    return unit


def level_named(sentence: str, start: int) -> str | None:
    """`context.level_named_before()`, unless it names only "a count"."""
    unit = level_named_before(sentence, start)
    return None if unit in GENERIC_COUNTS else unit


# "won 16 and 12 seats", "16, 12 or 9 seats": one noun counted by every number of the list.
LIST_JOIN = re.compile(r"\s*,?\s*(?:and|or|,)\s*$|\s*,\s*$")


# "12 gold, 9 silver and 15 bronze medals": each number with its kind, the noun written once after the last.
# A casualty state or "others" is no kind ("13 dead, 2 missing and 40,000 others taking shelter"); "ones" stands
# for a noun said earlier ("117,218 regular and 9,510 private ones").
NOT_KINDS = re.compile(r"\b(?:dead|missing|injured|wounded|hurt|killed|others|more)\b")
PRO_FORMS = frozenset(["ones", "others"])
KINDS_LIST = re.compile(r"(?:\s+[a-z]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d[\d,.]*)+\s+[a-z]+(?=\s)")


def listed_noun(sentence: str, end: int, following: NumberToken | None) -> str | None:
    """The noun after the next number of a list the bare number opens ("16 and 12 seats" → seats), or
    after the last kind of a list of kinds ("12 gold, 9 silver and 15 bronze medals" → medals)."""
    kinds = KINDS_LIST.match(sentence, end)
    if kinds and not NOT_KINDS.search(kinds.group()):
        noun = read_counted_noun(sentence, kinds.end())
        return noun.unit if noun and noun.unit not in PRO_FORMS and not is_time_unit(noun.unit) else None
    if following is None or not LIST_JOIN.match(sentence[end : following.start]):
        return None
    if measure := read_measure(sentence, following.end):
        return measure[0]
    noun = read_counted_noun(sentence, following.end)
    if noun and is_time_unit(noun.unit) and is_time_anchor(sentence, following, noun.end):
        return None  # "between 2 and 3 years ago" says when
    return noun.unit if noun else None
