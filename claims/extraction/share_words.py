"""
Shares written in words: "half of them", "two-thirds of the beds", "a quarter of a
percentage point", "one in five adults", "a two-thirds majority", "a fifth gained".

`numbers.find_numbers()` reads them as a percentage rounded to two decimals (66.67 for
two-thirds) and says when the value had to be rounded. "half a million" is a number and "a
third straight day" an ordinal, so a share must be followed by what it divides, a majority,
a verb it is the subject of, or the end of its phrase. A poll's confidence level is a share of
its samples: "19 times out of 20" is 95 percent.
"""

import re
from decimal import Decimal

__all__ = ["SHARE_HINT", "find_shares"]

# The words of a poll's confidence level ("nineteen times out of twenty").
POLL_WORDS = {"nineteen": 19, "twenty": 20}
SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_FRACTION_WORDS = (
    r"(?:(?:a|one)[\s-]+)?half|(?:(?:a|one)[\s-]+)?third|(?:a|one)[\s-]+(?:quarter|fourth)|(?:a|one)[\s-]+fifth"  # "one-fourth", as Indian and US copy writes a quarter
    r"|(?:a|an|one)[\s-]+(?:sixth|seventh|eighth|ninth|tenth)"  # "cut the risk by one-seventh"
    r"|(?:two|three|four|five|six|seven|eight|nine)[\s-]+(?:thirds|quarters|fourths|fifths|sixths|sevenths|eighths"
    r"|ninths|tenths)"
    r"|two-third"  # "to secure two-third majority"
)
# "a fifth gained twenty percent", "a third said": a share that is the subject of a verb.
# "More than half say", "almost half who said": half of those asked ("the first half saw" is a period, refused
# by `exclusions`).
_SHARE_SUBJECT = (
    r"(?:a|one)[\s-]+(?:third|quarter|fifth|tenth)|(?:two|three|four)[\s-]+(?:thirds|quarters|fifths)"
    r"|(?<!\ba\s)half"
)
# A share of something: "half of them", "two-thirds of the beds", "half the population",
# "a quarter of a percentage point", "one in five adults", or a change ("grew by a
# fifth, to …"). "half a million" is a number, "a third straight day" an ordinal, so
# the share must be followed by what it divides, or end its phrase.
SHARE = re.compile(
    rf"""
    \b(?P<fraction>
        (?:{_FRACTION_WORDS})(?=\s+(?:of|the|its|their|his|her|our|all)\b)
      | (?:a\s+)?half(?=\s+an?\s+(?:percentage\s+)?point)
      | (?:{_FRACTION_WORDS})(?=\s+majority\b)  # "a two-thirds majority"
      | (?:{_SHARE_SUBJECT})(?=\s+(?:[a-z]{{3,}}ed|said|say|says|were|are|had|have|saw|got|lost|grew|fell|rose|won
        |who)\b)
      | (?:{_FRACTION_WORDS})(?=\s*[,.;(]|\s+(?:in|since|from|last|this|over|to|on|after|but|while|compared|than
        |during|what|(?:low|high|small|larg|bigg|cheap)er|more|less|fewer
        |and(?!\s+(?:final|last|deciding|fourth|fifth)\b))\b)
        # "half what it was", "a third lower than a year ago"
      | (?:{_SHARE_SUBJECT})(?=\s+[a-z]{{3,}}ing\b(?!\s+(?:point|day|week|month|year)s?\b))  # "just under half falling"

      | (?P<part>one|two|three|four|five|six|seven|eight|nine|\d{{1,2}})(?:\s+(?:in|out\s+of)\s+|-(?:in|out-of)-)(?:every\s+)?
        (?P<whole>two|three|four|five|six|seven|eight|nine|ten|10{{0,3}}|[2-9]|20|50)(?=\s+(?:[a-z]|[A-Z][a-z]+s\b)|\s*\(\d|\s+[—–]\s+\d|(?<=\s100)\s*(?:[,;:.](?!\d)|$))
        # "one in five (20%) have no idea": the share with its percentage in brackets; "the risk was
        # 8 out of 100.": a share of a hundred ends its phrase as a rate does (a score is out of 10);
        # "seven-in-ten voters", "one-out-of-five owners": the same share hyphenated as an adjective; "one in
        # three — 154,055 people — did": the share with its count set off in dashes.
        # The whole is a round base (ten, 20, 100): "13 out of 17 regions" and "48 out of 75 seats" count a
        # tally of a known set, and "33 in 2011" is a count and its year
      | (?P<times_part>\d{{1,2}}|nine|nineteen)\s+times\s+out\s+of\s+(?P<times_whole>10|20|100|ten|twenty)(?!\s*[\d%])
        # "accurate to within 3 points, 19 times out of 20": a poll's confidence level, a share of its samples
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
SHARE_HINT = re.compile(
    r"half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\sin\s|\sout\s+of\s|-in-|-out-of-"
)
DENOMINATORS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
                "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
                "tenth": 10, "tenths": 10}  # fmt: skip


# "in the next month and a half", "two years and a half later", "a mile and a half": a fraction after a unit
# and "and" is the rest of that amount (a month and a half is 1.5 months), no share of anything.
UNIT_AND_BEFORE = re.compile(
    r"\b(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|mile|kilometre|kilometer|metre"
    r"|meter|foot|feet|inch|pound|kilo|kilogram|litre|liter|gallon|ton|tonne)s?\s+and\s+$",
    re.IGNORECASE,
)


def find_shares(text: str) -> list[tuple[int, int, Decimal, bool]]:
    """The span, percentage and roundedness of every share of `text`."""
    found = []
    for match in SHARE.finditer(text):
        if UNIT_AND_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        value, rounded = _percent(match)
        if value:
            found.append((match.start(), match.end(), value, rounded))
    return found


def _percent(match: re.Match) -> tuple[Decimal, bool]:
    """The share as a percentage and whether it had to be rounded ("two-thirds": 66.67)."""
    if match.group("part"):
        part, whole = (_small_number(match.group(name)) for name in ("part", "whole"))
    elif match.group("times_part"):
        part, whole = (_small_number(match.group(name)) for name in ("times_part", "times_whole"))
    else:
        words = re.split(r"[\s-]+", match.group("fraction").lower())
        whole = DENOMINATORS[words[-1]]
        part = SMALL.get(words[0], 1) if len(words) > 1 else 1
    if not whole or part > whole:
        return Decimal(0), False
    exact = Decimal(100) * part / whole
    value = exact.quantize(Decimal("0.01"))
    return value, value != exact


def _small_number(text: str) -> int:
    return int(text) if text.isdecimal() else {**SMALL, **POLL_WORDS}.get(text.lower(), 0)
