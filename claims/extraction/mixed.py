"""
Numbers written with a fraction of a scale: "nine and a quarter million", "9 and a half
billion", "one-and-a-half million", "three quarters of a million", "a third of a billion",
and wire copy's mixed fractions ("more than 2-1/2 feet", "at least 6½ years").

`numbers.find_numbers()` reads these first, so that "nine" and "a million" are not read as
two numbers (nine, and one million) nor "three quarters" as a share of something. A
share of a thing ("three quarters of the voters") is still a share: only a fraction of a
scale word is a number.
"""

import re
from collections.abc import Callable
from decimal import Decimal

__all__ = ["FRACTION_HINT", "MIXED", "MIXED_HINT", "find_mixed_fractions", "mixed_value"]

PARTS = {
    "half": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "third": Decimal(1) / 3,
    "quarters": Decimal("0.25"),
    "thirds": Decimal(1) / 3,
}
SCALE_VALUES = {
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
}
_SMALL = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_PART = r"(?P<count>a|an|one|two|three)[\s-]+(?P<part>half|quarters?|thirds?)|(?P<bare>half)"
_SCALE = r"(?P<scale>thousand|million|billion|trillion)"
MIXED = re.compile(
    rf"""
    (?<![\w.,-])
    (?:(?P<whole>\d{{1,3}}|(?:{_SMALL})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)[\s-]+and[\s-]+)?
    (?:{_PART})(?:[\s-]+|\s+of\s+an?\s+){_SCALE}\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
MIXED_HINT = re.compile(r"\band\b[\s-]+(?:an?|one|two|three|half)\b|\bof\s+an?\s+(?:thousand|million|billion|trillion)")


def mixed_value(match: re.Match, words_value: Callable[[str], Decimal | None]) -> Decimal | None:
    """The value of a `MIXED` match; `words_value` reads a whole written in words ("nine")."""
    count = (match.group("count") or "one").lower()
    count_value = Decimal({"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}[count])
    fraction = count_value * PARTS[(match.group("part") or match.group("bare")).lower()]
    whole_text = match.group("whole")
    if whole_text is None:
        whole = Decimal(0)
    elif whole_text.isdigit():
        whole = Decimal(whole_text)
    else:
        whole = words_value(whole_text)
        if whole is None:
            return None
    value = (whole + fraction) * SCALE_VALUES[match.group("scale").lower()]
    return value.quantize(Decimal(1))


# "more than 2-1/2 feet": wire copy's mixed fraction (halves, quarters, fifths, eighths and tenths only).
MIXED_FRACTION = re.compile(r"(?<![\w.,/-])(?P<whole>\d{1,3})[- ](?P<part>\d)/(?P<whole_of>[245]|8|10)(?![\d/])")
# "6½ years", "2¼ miles": the same, set as one glyph (a letter to `\w`, so no number ends before it).
VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
VULGAR_FRACTION = re.compile(r"(?<![\w.,/-])(?P<whole>\d{1,3})(?P<vulgar>[½¼¾])(?![\w/])")
FRACTION_HINT = re.compile(r"/|[½¼¾]")


def find_mixed_fractions(text: str) -> list[tuple[int, int, Decimal]]:
    """The span and value of every mixed fraction of `text` ("2-1/2" → 2.5, "6½" → 6.5)."""
    found = [
        (match.start(), match.end(), Decimal(match.group("whole")) + VULGAR[match.group("vulgar")])
        for match in VULGAR_FRACTION.finditer(text)
    ]
    for match in MIXED_FRACTION.finditer(text):
        whole, part, of = (int(match.group(name)) for name in ("whole", "part", "whole_of"))
        if part < of:
            found.append((match.start(), match.end(), Decimal(whole) + Decimal(part) / Decimal(of)))
    return sorted(found)
