"""
Ages, which the shared policy skips: a number that says how old someone is counts nothing.

`is_age()` is the one question `exclusions` asks. An age is written

* with its marker next to the number: "aged 34", "aged 34, 41 and 52", "age: 29 years",
  "children under five", "died at 83", "45 years old", "adults 20 years and older";
* set off after the person, then a verb: "Smith, 45, said", "the mogul (63) told",
  "Lindell, then 68, was sentenced", "A third child, 10, was wounded".

Polls, health studies and pension stories also write ages without that marker next to every
number (`is_unmarked_age()`):

* a poll's age band after a group of people: "adults 18 to 29", "those 30 to 44";
* a band named as an age group after it: "the 45 to 59 age group";
* an open band: "those 60 or older";
* a range or a bound after "aged": "young women aged between 18 and 35", "adults aged under 74";
* a change of an age: "raise the retirement age to 65 from 58", "from 62 to 64", "the
  retirement age will reach 64 years".
"""

import re

from .numbers import NumberToken

__all__ = ["is_age", "is_unmarked_age"]

MAX_AGE = 130
AGE_BEFORE = re.compile(
    r"\b(?:(?:children|kids|babies|infants|adults|people|those|men|women|girls|boys)\s+(?:under|over|above|below|aged)"
    r"|aged(?:\s+up\s+to)?|ages?(?:\s+of|:)?|over-|under-|(?:died|dies|dead)\s+at)\s*"  # "died at 83", "age: 29 years"
    r"(?:\d{1,3}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|[-–]\s*))*$",  # "aged 34, 41 and 52", "aged 18 to 29"
    re.IGNORECASE,
)
# "The Dutch track champion, 30, suffered …", "told the former media mogul (63)", "Peter Atkinson (60), to two
# years": a person's age set off after them, and then a verb or "who" (a party's seats, "Labour (45)" or
# "Democrat Party (25),", go on to the next party). A court or a profile dates the age it gives: "Lindell,
# then 68, was sentenced".
APPOSITIVE_AGE_BEFORE = re.compile(
    r"(?:\b[a-z]{3,}|\b[A-Z][a-z]+\s+[A-Z][a-z]+)\s*\(\s*$|(?:\b[a-z]{3,}|\b[A-Z][a-z]+),\s*(?:then\s+)?$"
)
APPOSITIVE_AGE_AFTER = re.compile(
    r"^(?:\s*\),?|,)\s+(?:[a-z]+ed|was|is|has|had|who|said|told|to|will|would|could|can|may|might|must|faces)\b"
)
# "A third child, 10, was wounded": a child's age is under the sixteen an age set off otherwise needs.
CHILD_BEFORE = re.compile(r"\b(?:child|boy|girl|son|daughter|baby|toddler|infant|brother|sister)\s*[,(]\s*$", re.I)
# "adults 20 years and older", "from 49 to 96 years old": an age written after the number.
# "45 years old", "65 years and older", "65 years of age", and age bands, which polls and health surveys
# report shares of ("18-24 year olds", "35 to 44-year olds", "the 15-24 year-old age group").
AGE_AFTER = re.compile(
    r"^(?:\s|-)years?(?:\s|-)old\b|^\s+years?\s+(?:and|or)\s+(?:older|over|above|younger)\b|^\s+years?\s+of\s+age\b"
    r"|^(?:\s|-)years?(?:\s|-)olds\b|^\s?(?:[-–]|to\s)\s?\d{1,3}(?:\s|-)years?(?:\s|-)olds?\b"
)

# "adults 18 to 29", "those 30 to 44": a band of ages after the people it describes.
AGE_BAND = re.compile(
    r"\b(?:adults|those|people|voters|respondents|men|women|Americans|Britons)\s+"
    r"(?P<low>\d{2})\s*(?:to|[-–])\s*(?P<high>\d{2,3})\b(?!\s*(?:%|per\s*cent|percent))"
)
AGE_GROUP_AFTER = re.compile(r"^(?:\s?(?:[-–]|to\s)\s?\d{1,3})?\s+age\s+(?:group|bracket|band|range|cohort)s?\b")
OR_OLDER_AFTER = re.compile(r"^\s+(?:or|and)\s+(?:older|younger)\b")
# "aged under 74", "those aged over 65": a bound of age is an age too.
AGED_RANGE_BEFORE = re.compile(
    r"\baged?\s+(?:(?:between|from)\s+(?:\d{1,3}\s+(?:and|to)\s+)?|(?:under|over|above|below)\s+)$", re.IGNORECASE
)
# "raise the retirement age to 65 from 58", "the legal retirement age … from 62 to 64", "… will reach 64 years".
AGE_CHANGE_BEFORE = re.compile(
    r"\bage\b[^.;:%$]{0,60}?\b(?:from|to|reach(?:es|ed)?)\s+(?:\d{1,3}\s+(?:from|to)\s+)?$", re.IGNORECASE
)


def is_unmarked_age(sentence: str, token: NumberToken, before: str, after: str) -> bool:
    """Whether `token` is an age written without "aged" or "years old" beside it (see the module)."""
    if token.kind != "digits" or not re.fullmatch(r"\d{1,3}", token.text) or not 12 <= token.value <= 110:
        return False
    wider = sentence[max(0, token.start - 70) : token.start]  # "the retirement age by three months a year from 62"
    if AGE_GROUP_AFTER.match(after) or AGED_RANGE_BEFORE.search(before) or AGE_CHANGE_BEFORE.search(wider):
        return True
    if OR_OLDER_AFTER.match(after) and re.search(r"\b(?:those|adults|people|aged?)\s+$", before):
        return True
    return any(
        band.start("low") <= token.start < band.end("high") and int(band.group("low")) < int(band.group("high"))
        for band in AGE_BAND.finditer(sentence)
    )


def _appositive_age(token: NumberToken, before: str, after: str) -> bool:
    """Whether `token` is a person's age set off by commas or brackets after them ("Smith, 45, said")."""
    if token.kind != "digits" or not re.fullmatch(r"\d{1,3}", token.text) or not 1 <= int(token.text) <= 110:
        return False
    if int(token.text) < 16 and not CHILD_BEFORE.search(before):
        return False
    if not APPOSITIVE_AGE_BEFORE.search(before):
        return False
    bracketed = before.rstrip().endswith("(")
    return bool(APPOSITIVE_AGE_AFTER.match(after)) and bracketed == after.lstrip().startswith(")")


def is_age(sentence: str, token: NumberToken, before: str, after: str) -> bool:
    """Whether `token`, with the 30 characters `before` and `after` it, says how old someone is."""
    if token.kind in ("digits", "words") and (AGE_BEFORE.search(before) or AGE_AFTER.match(after)):
        if not (token.value and token.value > MAX_AGE):  # "put the number of dead at 100,191" is no age
            return True
    return _appositive_age(token, before, after) or is_unmarked_age(sentence, token, before, after)
