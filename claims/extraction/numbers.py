"""
Numbers as news copy writes them: digits, words, scale words, magnitudes and money.

`find_numbers()` finds every number-like span in a sentence and reads its value as a
`Decimal` (never a float: "1.37 million" must stay 1370000 exactly). It does not
decide whether a number is a figure claim; `exclusions` and `extractor` do that.

Kinds of `NumberToken`:

``digits``     "12,000", "1.5", "1.37 million", "$20bn" (the digits part), "5k"
``words``      "two", "twenty-five", "two hundred and fifty", "a million",
               "half a million"
``dozen``      "a dozen", "half a dozen", "a half-dozen", "two dozen" (approximate)
``magnitude``  "thousands", "tens of thousands", "tens of billions", "dozens",
               "several hundred": the lower power of ten (a dozen for "dozens")
``fraction``   "half of", "two-thirds of", "a quarter of", "one in five": a share,
               read as a percentage rounded to two decimals (66.67 for two-thirds);
               ``rounded`` tells that the value is not exact (`share_words`)
``multiplier`` "doubled", "nearly double", "halve": how many times (`multipliers`)

A minus sign (or "minus") is read only before a percentage or a temperature ("traffic fell
-5%", "a -4.47% decline", "-5C overnight", "minus 12 degrees"), the units a figure may be
negative in; elsewhere a hyphen before digits joins a range or a name.

Money around a number is read by `currency_before()` and `currency_after()` in
`currencies`, which return ISO codes: "$", "US$" and "dollars" are USD, "€"/"euros" EUR.
"""

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from .compound import join_parts
from .currencies import GLUED_CURRENCY, currency_before
from .groupings import COMMA_SPACED, LABEL_BEFORE, SPACE_GROUPED
from .mixed import FRACTION_HINT, MIXED, MIXED_HINT, find_mixed_fractions, mixed_value
from .multipliers import MULTIPLIER_HINT, find_multipliers
from .number_words import SCALES, TENS_WORDS, UNIT_WORDS, parse_number_words
from .share_words import SHARE_HINT, find_shares

__all__ = [
    "NumberToken",
    "find_numbers",
    "parse_number_words",
    "clean_decimal",
    "UNIT_WORDS",
    "TENS_WORDS",
]

_UNIT = "|".join(sorted((w for w in UNIT_WORDS if w != "zero"), key=len, reverse=True))
_TENS = "|".join(TENS_WORDS)
# "twenty-five", and "Eighty two" as some house styles write it.
_WORD = rf"(?:(?:{_TENS})(?:(?:-|\s)(?:one|two|three|four|five|six|seven|eight|nine)\b)?|{_UNIT})"
# "five lakh", "two crore": South Asian scales are written after words too ("a maximum of Rs five lakh").
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|quadrillion|lakhs?|lacs?|crores?)"
# South Asian scales ("3 lakh students", "Rs 7,000 crore").
_DIGIT_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|quadrillion|lakhs?|lacs?|crores?)"

# "12,000", "1.5", "20bn", "1.37 million", "5k", "2,04,118.5 crore", "41 220 117" (grouped
# by spaces: a no-break or thin space, plain spaces in two groups or more, or one plain space
# before a noun, "15 901 megawatts", as South African and European papers write), "Rs 3,120.4-crore",
# and continental style: "3.404.252" (points in two groups or more) and "61,07%" (a decimal
# comma: one or two digits after a comma are never a group of thousands, before a percentage, a
# temperature ("42,4 degrees Celsius", as Zimbabwean papers write) or a scale word, "41,5 billion
# zlotys" or "€155,7 mn", as Polish, Greek and other continental copy writes); and groups parted by a comma and a space ("15, 191, 847 votes", "GH¢10, 560"),
# when `groupings` tells them from a list.
# The look-arounds refuse digits glued to letters ("G7", "3rd", "155mm", "F-16s"); hyphenated
# model names are refused later.
DIGITS = re.compile(
    rf"""
    (?=\d)(?:(?<![\w.,])|{GLUED_CURRENCY})
    (?P<number>(?P<comma_spaced>{COMMA_SPACED})
      |\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d|,\d)(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
      |\d{{1,3}}(?:(?:\u00c2?\u00a0|[\u202f\u2009])\d{{3}})+(?!\d|[,.]\d)|\d{{1,3}}(?:\ \d{{3}}){{2,}}(?!\d|[,.]\d)
      |{SPACE_GROUPED}
      |\d{{1,3}}(?:\.\d{{3}}){{2,}}(?!\d|[,.]\d)|\d{{1,3}},\d{{1,2}}(?=\s?(?:%|(?i:per\s?cent|percent|degrees)\b|°)|\s(?i:million|billion|trillion)\b|\s?(?i:mn|bn|tn)\b)
      |\d+(?:[.\u00b7]\d+)?)(?!\.\d)  # "83·5%": The Lancet's decimal point is a raised dot
    (?:
        (?P<abbr>(?i:bn|mn|tn|trn)|m|M|k|K|b|B|cr)(?![\w])
      | \s?(?P<spaced_abbr>(?i:bn|tn|mn|trn|bln|mln|trln)|B(?=\s|[,.;:)]|$))\b
      | (?:\s*|-)(?P<scale>(?i:{_DIGIT_SCALE_WORD}(?:\s+(?:{_SCALE_WORD}|crores?))?))\b
    )?
    (?:(?![\w])|(?<=\d,\d\d\d)(?=[a-z]{{4,}}))  # "2,339,430carried": a space lost, never a name
    """,
    re.VERBOSE,
)

DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")

# "traffic fell -5%", "a -4.47% decline": a sign that states a fall, read before a percentage only.
MINUS_BEFORE = re.compile(
    r"(?:(?:^|(?<=[\s(]))[-\u2212]|\b[Mm]inus\s+)"
    r"(?=\d[\d,.]*\s?(?:%|(?i:per\s?cent|percent|pct?|degrees)\b|°|[CF]\b))"
)
SIGN_HINT = re.compile(r"[-\u2212]\d|[Mm]inus\s")

# "45C", "104F": temperatures glued to their scale; "182.4p a litre", "fell 13p": pence; "40pc", "6.7pct": percent;
# "24.1percent" (a space lost); "200mm of rain", "12km", "1,500MW", "1300MW", "7 850MW" (South
# African grouping by a space): measures
# (the digits, grouped or not, only; `measures` reads the unit, and
# `exclusions` refuses a calibre such as "155mm howitzer shells").
GLUED_UNIT = re.compile(
    r"(?<![\w.,])(?P<number>(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\ \u00a0\u202f\u2009]\d{3})+(?=[kMGT]Wh?\b|km\b)|\d++)(?:\.\d+)?)"
    r"(?=°?[CF]\b|p(?:\s+(?:a|an|per)\s|(?![\w/]|\.\w))|pct?\b|percent\b"
    r"|(?:mm|cm|km|kg|mph|kph|kmh|ft|ppm|[kMGT]Wh?)\b|in\))"  # "an 18mm (0.7in) rise": inches
)

# "two", "twenty-five", "two hundred and fifty thousand", "a million", "half a million".
WORDS = re.compile(
    rf"""
    \b(?P<words>
        (?:half\s+an?\s+|an?\s+)(?={_SCALE_WORD}\b)
        (?:{_SCALE_WORD})
      | {_WORD}\s+and\s+a\s+half\s+(?:{_SCALE_WORD})  # "one and a half million"
      | {_WORD}(?P<joint>[\s-])and(?P=joint)(?:a(?P=joint))?half(?=\s+[a-z]+s\b)  # "six and a half years", "six-and-a-half years"
      | {_WORD}(?:[\s-]+{_SCALE_WORD}(?:(?:\s+and)?\s+{_WORD}(?![\s-]+(?:dozen)))?)*
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

DOZEN = re.compile(
    rf"""
    \b(?P<dozen>
        half\s+a\s+dozen
      | an?\s+half[\s-]dozen
      | an?\s+dozen
      | (?:{_WORD})\s+dozen
    )\b(?!s)
    """,
    re.VERBOSE | re.IGNORECASE,
)

MAGNITUDE = re.compile(
    r"""
    \b(?P<magnitude>
        (?:tens|hundreds)\s+of\s+(?:thousands|millions|billions|trillions)
      | (?:several|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)(?!s)
      | thousands|millions|billions|trillions
      | hundreds
      | dozens
      | scores(?=\s+of\b)
      | tens(?=\s+of\b)
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

MAGNITUDE_HINT = re.compile(r"hundred|thousand|million|billion|trillion|dozen|scores|tens")
MAGNITUDE_VALUES = {
    "tens": Decimal(10),
    "dozens": Decimal(12),
    "dozen": Decimal(12),
    "scores": Decimal(20),
    "hundreds": Decimal(100),
    "hundred": Decimal(100),
    "thousands": Decimal(1_000),
    "thousand": Decimal(1_000),
    "millions": Decimal(1_000_000),
    "million": Decimal(1_000_000),
    "billions": Decimal(1_000_000_000),
    "billion": Decimal(1_000_000_000),
    "trillions": Decimal(1_000_000_000_000),
}


@dataclass(frozen=True)
class NumberToken:
    """A number found in a sentence: its span, value and how it was written."""

    start: int
    end: int
    value: Decimal
    kind: str  # "digits", "words", "dozen", "magnitude", "fraction" or "multiplier"
    text: str
    rounded: bool = False

    @property
    def is_spelled_out(self) -> bool:
        """Whether the number is written in words ("two") rather than digits."""
        return self.kind == "words"


def _digits_value(match: re.Match) -> Decimal:
    number = match.group("number")
    if re.fullmatch(r"\d{1,3},\d{3}", number) and "trillion" in (match.group("scale") or "").lower():
        number = number.replace(",", ".")  # "13,369 trillion rubles": a decimal comma (nobody counts 13,369 trillion)
    if DECIMAL_COMMA.fullmatch(number):
        number = number.replace(",", ".")  # "3,5%": two digits or fewer after a comma are decimals
    elif number.count(".") > 1:
        number = number.replace(".", "")  # "3.404.252 spectators": points group thousands
    value = Decimal(re.sub(r"[,\s\u00a0\u202f\u2009\u00c2]", "", number).replace("\u00b7", "."))
    abbr = match.group("abbr") or match.group("spaced_abbr")
    if abbr:
        return value * SCALES["crore" if abbr == "cr" else abbr.lower()]
    if match.group("scale"):
        for scale in match.group("scale").split():
            value *= SCALES[scale.lower()]
    return value


def _dozen_value(text: str) -> Decimal:
    lowered = text.lower()
    if "half" in lowered:
        return Decimal(6)
    count = lowered.split()[0]
    return Decimal(12) * (1 if count in ("a", "an") else UNIT_WORDS.get(count, 1))


def _magnitude_value(text: str) -> Decimal:
    words = text.lower().split()
    # "tens of billions": ten times the named scale, which is the lower bound.
    if words[0] in ("tens", "hundreds") and len(words) == 3:
        return MAGNITUDE_VALUES[words[0]] * MAGNITUDE_VALUES[words[2]]
    return MAGNITUDE_VALUES[words[-1]]


# A claim's figure has at most 20 digits before the point (claims.models.claim.FIGURE_DIGITS).
MAX_FIGURE = Decimal(10) ** 20


def clean_decimal(value: Decimal) -> Decimal:
    """`value` without trailing zeros or exponent: 1370000.00 becomes 1370000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _overlaps(start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    """Whether [start, end) overlaps a taken span; the spans are disjoint and sorted, so only
    the last one starting before `end` can (one bisection, not a look at every span)."""
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and ends[index] > start


def find_numbers(text: str) -> list[NumberToken]:
    """Every number-like span in `text`, in order, without overlaps.

    A number too large for a claim's figure (`MAX_FIGURE` and up, "1" × 5,000) takes
    its span but is no token: it is no figure, and decimal arithmetic on it fails.
    """
    tokens: list[NumberToken] = []
    starts: list[int] = []
    ends: list[int] = []

    def add(start: int, end: int, value: Decimal | None, kind: str, rounded: bool = False) -> None:
        if value is None or _overlaps(start, end, starts, ends):
            return
        index = bisect.bisect_left(starts, start)
        starts.insert(index, start)
        ends.insert(index, end)
        if abs(value) < MAX_FIGURE:
            tokens.append(NumberToken(start, end, clean_decimal(value), kind, text[start:end], rounded))

    # Longest, most specific forms first, so "half a dozen" is not read as "a dozen".
    # The word checks only skip patterns that cannot match, which keeps long texts fast.
    lowered = text.lower()
    if MIXED_HINT.search(lowered):
        for match in MIXED.finditer(text):  # "nine and a quarter million", "three quarters of a million"
            add(match.start(), match.end(), mixed_value(match, parse_number_words), "words")
    if "dozen" in lowered:
        for match in DOZEN.finditer(text):
            add(match.start(), match.end(), _dozen_value(match.group()), "dozen")
    if MAGNITUDE_HINT.search(lowered):
        for match in MAGNITUDE.finditer(text):
            add(match.start(), match.end(), _magnitude_value(match.group()), "magnitude")
    if SHARE_HINT.search(lowered):
        for start, end, value, rounded in find_shares(text):
            add(start, end, value, "fraction", rounded)
    if MULTIPLIER_HINT.search(lowered):
        for start, end, value in find_multipliers(text):
            add(start, end, value, "multiplier")
    if FRACTION_HINT.search(text):
        for start, end, value in find_mixed_fractions(text):  # "2-1/2 feet", "6½ years"
            add(start, end, value, "digits")
    signs = {match.end(): match.start() for match in MINUS_BEFORE.finditer(text)} if SIGN_HINT.search(text) else {}
    for match in GLUED_UNIT.finditer(text):
        sign = -1 if match.start() in signs else 1  # "-5C overnight"
        add(
            signs.get(match.start(), match.start()),
            match.end(),
            sign * Decimal(re.sub(r"[,\s]", "", match.group("number"))),
            "digits",
        )
    for match in DIGITS.finditer(text):
        if (match.group("abbr") or match.group("spaced_abbr")) in ("B", "M") and not currency_before(
            text, match.start()
        ):
            # "Ksh 525B" is 525 billion shillings, "$8M" 8 million dollars; "4B" or "3M" alone is a flat or a name.
            if not match.group("abbr"):
                add(match.start(), match.end("number"), Decimal(match.group("number").replace(",", "")), "digits")
            continue
        if (match.group("spaced") or match.group("spaced_end")) and LABEL_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            space = text.index(" ", match.start())
            for part in (DIGITS.match(text, match.start(), space), DIGITS.match(text, space + 1)):
                if part:
                    add(part.start(), part.end(), _digits_value(part), "digits")
            continue
        if match.start() in signs:
            add(signs[match.start()], match.end(), -_digits_value(match), "digits")
        else:
            add(match.start(), match.end(), _digits_value(match), "digits")
    for match in WORDS.finditer(text):
        add(match.start(), match.end(), parse_number_words(match.group()), "words")
    return join_parts(text, _join_written_out(text, sorted(tokens, key=lambda token: token.start)))


# "four billion, three hundred and twelve million, fifty thousand, and nine naira": budgets and
# court papers write amounts out in words, in groups parted by commas. A group ending in a scale word joins the next when the next is smaller
# than that scale.
GROUP_JOIN = re.compile(r",\s*(?:and\s+)?")
GROUP_SCALE = re.compile(r"(?:thousand|million|billion|trillion)$", re.IGNORECASE)


def _join_written_out(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`tokens` with each run of comma-parted groups of a number written in words made one token."""
    joined: list[NumberToken] = []
    for token in tokens:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind == token.kind == "words"
            and (scale := GROUP_SCALE.search(last.text))
            and GROUP_JOIN.fullmatch(text, last.end, token.start)
            and token.value < SCALES[scale.group().lower()]
            and (token.value >= 100 or "," in last.text)  # "five thousand, twenty of them" stays two
        ):
            value = last.value + token.value
            joined[-1] = NumberToken(last.start, token.end, value, "words", text[last.start : token.end])
        else:
            joined.append(token)
    return joined
