"""
Ages written as bands, bounds and changes, which the shared policy skips like any age.

`exclusions` refuses an age written with its marker next to the number ("aged 34", "45 years
old", "children under five"). Polls, health studies and pension stories also write ages
without that marker next to every number:

* a poll's age band after a group of people: "adults 18 to 29", "those 30 to 44";
* a band named as an age group after it: "the 45 to 59 age group";
* an open band: "those 60 or older";
* a range or a bound after "aged": "young women aged between 18 and 35", "adults aged under 74";
* a change of an age: "raise the retirement age to 65 from 58", "from 62 to 64".
"""

import re

from .numbers import NumberToken

__all__ = ["is_unmarked_age"]

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
# "raise the retirement age to 65 from 58", "the legal retirement age … from 62 to 64".
AGE_CHANGE_BEFORE = re.compile(r"\bage\b[^.;:%$]{0,60}?\b(?:from|to)\s+(?:\d{1,3}\s+(?:from|to)\s+)?$", re.IGNORECASE)


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
