"""
Dates, years and clock times, which are never figures: "June 21", "21 June", "on the 21 and
22 December", "Aug. 2 and 3", "in February 2022", "5 p.m.", "14:30", and a year of another
calendar named as a year ("the Iranian year of 1398", "in 1401,").

A bare four-digit number from 1800 to 2100 is a year unless a plural counted noun follows
it and no date preposition ("in", "since", "from", "the" …) precedes it. One from 1000 to
1799 is a year, with no plural noun after it, after "since" or as the first of two ascending years
("from 1760 to 1840"), or after "in", "during", "of", "and" or "year" in a sentence that speaks of
years: "a crowd of 1500" stays a count.
`exclusions` applies these rules in its order.
"""

import re

from .numbers import NumberToken

__all__ = [
    "DAY_BRACKETED_BEFORE",
    "DAY_LIST_AFTER",
    "MONTHS",
    "MONTH_AFTER",
    "MONTH_BEFORE",
    "MONTH_DAY_LIST_BEFORE",
    "TIME_AFTER",
    "is_clock",
    "is_year",
]

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+$")
MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b")
YEAR_PREPOSITION = re.compile(
    r"\b(?:in|since|from|by|until|till|to|through|between|of|during|before|after|"
    r"early|late|mid|the|and|or|spring|summer|autumn|fall|winter|year|fiscal|"
    rf"around|about|circa|{MONTHS})[\s-]+$",
    re.IGNORECASE,
)
TIME_AFTER = re.compile(
    # Zones are capitals and whole words: "1.3 million estimate" and "5 ethnic groups" are no times.
    # Indonesia's zones (WIB, WITA, WIT) as its papers write them: "at 11.00 WIB", "02.47 WIT".
    r"^(?:\s?(?:a\.?m\b\.?|p\.?m\b\.?|(?-i:GMT|UTC|BST|CET|EST|EDT|ET|PT|WIB|WITA|WIT)\b|local\s+time|"
    r"o['’]clock|hrs\b|hours\s+GMT|noon\b|midnight\b)"
    # "05:30h", "5: 30pm": the minutes with an hour mark glued on, or after a stray space before a.m. or p.m.
    r"|[:.]\d\d(?:\b|h\b|(?=[ap]\.?m\b))|:\s\d\d\s?[ap]\.?m\b)",
    re.IGNORECASE,
)
# "at 2340 hours", "reported it at 0145 hours": a clock of twenty-four hours, as coast guards, police and
# armies write it; "at" or a leading zero tells it from a span ("volunteers gave 1500 hours").
HOURS_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
HOURS_AFTER = re.compile(r"^\s+hours\b", re.IGNORECASE)
CLOCK_AT_BEFORE = re.compile(r"\bat\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def is_clock(text: str, before: str, after: str) -> bool:
    """Whether the digits `text`, between `before` and `after`, tell the time of day ("6.48 a.m.", "0145 hours")."""
    if TIME_AFTER.match(after):
        return True
    return bool(
        HOURS_CLOCK.fullmatch(text) and HOURS_AFTER.match(after) and (text[0] == "0" or CLOCK_AT_BEFORE.search(before))
    )


# "on the 21 and 22 December": a list of days before the month.
DAY_LIST_AFTER = re.compile(
    rf"^\s*(?:,|and|or|to|&|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b"  # capitals: "15 may be" is none
)
# "in 1401", "the Iranian years of 1389 and 1390": a year of another calendar, named as a year.
OLD_YEAR_BEFORE = re.compile(r"\b(?:in|during|since|of|and|year)\s+$", re.IGNORECASE)
YEAR_WORD = re.compile(r"\byears?\b|\bcalendar\b", re.IGNORECASE)
# "risen 31 percent since 1750", "lasted from 1760 to 1840", "between 1675 and 1710": an early year needs no
# word "year" after "since" or as the first of two ascending years ("from 1200 to 1500 people" is a count).
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
SPAN_OPENER_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
SPAN_OF_YEARS_AFTER = re.compile(
    r"\s*(?:to|and|-|–)\s*(?P<end>1[0-9]\d\d|20\d\d)(?=\s*(?:[,.;:)]|$)|\s+(?:and|by|in|on|at|when|but|was|were)\b)"
)
SPAN_OF_YEARS_BEFORE = re.compile(r"\b(?:from|between)\s+(?P<start>1[0-9]\d\d)\s*(?:to|and|-|–)\s*$", re.IGNORECASE)
# "went up to 29 yesterday (25)", "on Monday (14)": the day of the month bracketed after the day, as Sri Lankan
# and other South Asian papers date a report.
DAY_BRACKETED_BEFORE = re.compile(
    r"\b(?:yesterday|today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*\(\s*$", re.IGNORECASE
)
MONTH_DAY_LIST_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}\s*(?:,|and|or|to|-|–)\s*$")


# Words ending in "s" that are no plural noun ("2019 was", "2021 as", "2020 has").
NOT_PLURAL_S = frozenset(["was", "is", "has", "as", "its", "his", "this", "thus", "us", "does", "plus", "versus"])
# "2013 means global emissions …", "the rise for 2013 comes after …", "if 2015 plays out": verbs a year is the
# subject of, whose final "s" is no plural; "2016 polls", "the 2019 elections": events a year names.
YEAR_SUBJECT_VERBS = frozenset(
    ["means", "comes", "plays", "sees", "brings", "looks", "promises", "begins", "ends", "proves", "seems",
     "remains", "starts", "continues", "shapes", "polls", "elections", "midterms", "primaries",
     # "61 per cent above 1990 levels", "an increase of 1% over 2016 emissions", "its humble 1970 beginnings":
     # what a year's measure is compared against, never a count of levels or emissions.
     "levels", "emissions", "beginnings", "prices", "figures", "values", "rates", "volumes"]
)  # fmt: skip


def _in_span_of_years(sentence: str, token: NumberToken) -> bool:
    """Whether `token` opens or closes a span of two ascending years ("from 1760 to 1840")."""
    if closing := SPAN_OF_YEARS_BEFORE.search(sentence, max(0, token.start - 22), token.start):
        return _opens_span(sentence, closing.start("start"), closing.end("start"))  # "1840" after "from 1760 to"
    return _opens_span(sentence, token.start, token.end)


def _opens_span(sentence: str, start: int, end: int) -> bool:
    if not SPAN_OPENER_BEFORE.search(sentence, max(0, start - 9), start):
        return False
    span = SPAN_OF_YEARS_AFTER.match(sentence, end)
    return bool(span) and 0 < int(span.group("end")) - int(sentence[start:end]) <= 300


# "announce 2030 targets", "the 2050 goals", "a 2025 deadline": a year a goal is set for, not a count (from
# 2020 on: "hit 2000 targets" may count).
YEAR_GOAL_AFTER = re.compile(r"\s+(?:targets?|goals?|deadlines?|agenda|pledges?|commitments?)\b")
# A unit of measure glued to the digits: "1800mm", "2000MW" ("the 1990s" glues a decade's "s", no unit).
# "1800mm of rain", "2000MW", and a power unit after a space ("a capacity of 2043 MW"): a capital
# unit symbol is never the word after a year.
GLUED_MEASURE_AFTER = re.compile(r"(?:mm|cm|km|kg|ft|[kMGT]Wh?)\b|\s(?:[kMGT]Wh?|MWp|GWp)\b")


# An era after a number of one to four digits makes it a year of any size ("490 B.C.", "3000 BCE", "79
# A.D."). "B.C." is also British Columbia ("300 B.C. firefighters"): a year is not followed by a noun.
ERA_AFTER = re.compile(
    r"\s?(?:B\.C\.(?:E\.)?|BCE\b|A\.D\.)"
    r"(?=\s*(?:$|[,;:)]|\s(?:and|to|from|in|when|until|by|the|a|an|as|was|were|is|at|on|with|for|[A-Z])))"
)


def is_year(sentence: str, token: NumberToken) -> bool:
    """Whether a bare four-digit number reads as a year ("in 2022", "2022.")."""
    text = token.text
    if token.kind == "digits" and ERA_AFTER.match(sentence, token.end):
        return True  # "in 490 B.C. from the plain", "about 3000 BCE"
    if token.kind != "digits" or not re.fullmatch(r"\d{4}", text):
        return False
    if 1000 <= int(text) < 1800:
        # A year of another calendar ("the Iranian year of 1398", "in 1401,") when the sentence speaks of years.
        following = re.match(r"\s+([a-z]+)", sentence[token.end :])
        plural = following and following.group(1).endswith("s") and following.group(1) not in NOT_PLURAL_S
        if plural:
            return False
        if SINCE_BEFORE.search(sentence, max(0, token.start - 8), token.start) or _in_span_of_years(sentence, token):
            return True
        return bool(OLD_YEAR_BEFORE.search(sentence, max(0, token.start - 12), token.start)) and bool(
            YEAR_WORD.search(sentence)
        )
    if not 1800 <= int(text) <= 2100:
        return False
    if GLUED_MEASURE_AFTER.match(sentence, token.end):
        return False  # "1800mm of rain", "2000MW": a measure, never a year
    if YEAR_PREPOSITION.search(sentence, max(0, token.start - 20), token.start):
        return True
    if int(text) >= 2020 and YEAR_GOAL_AFTER.match(sentence, token.end):
        return True  # "announce 2030 targets", "its 2050 goals": a goal's year

    # A year is rarely followed by a plural noun; a count usually is ("2000 troops").
    following = re.match(r"\s+([A-Za-z]+)", sentence[token.end :])
    word = following.group(1) if following else ""
    # "2019 was the wettest year", "listed 2021 as a turning point": a verb or a particle, not a plural.
    return not (word.endswith("s") and word.islower() and word not in NOT_PLURAL_S | YEAR_SUBJECT_VERBS)
