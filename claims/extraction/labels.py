"""
Numbers that label rather than count: a spelled-out number after a label word, and a footnote mark.

`noncounts` refuses digits after a label ("section 409", "class 5", "level 3"); copy that spells
the number out names the same thing: "class two wards", "a level-six hospital", "a category four
storm", "finishing in position seven", "phase five of the polls", "quarter four", "form four". The
annotators of the real-news sets never count them. "day" is left out: "the day seven of our soldiers
were martyred" counts soldiers. A label after an ordinal or a determiner of a period ("in the first
quarter three firms failed", "each round two players go") is a period, and what follows may count.

A footnote mark is one to three digits in square brackets glued to the word or the stop before it
("services[1].", "over a decade.[1]", "32,000[1] homes"): a reference to a note, never a figure.
"""

import re

from .numbers import NumberToken

__all__ = ["label_rule"]

SPELLED_LABEL_BEFORE = re.compile(
    r"(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bthird\s)(?<!\bfourth\s)(?<!\blast\s)(?<!\bfinal\s)(?<!\bnext\s)"
    r"(?<!\beach\s)(?<!\bevery\s)(?<!\bper\s)(?<!\bthis\s)(?<!\bthat\s)"
    r"\b(?:class|level|form|phase|category|position|quarter|grade|stage|tier|standard)[\s-]$",
    re.IGNORECASE,
)
FOOTNOTE_BEFORE = re.compile(r"\S\[$")
FOOTNOTE_AFTER = re.compile(r"^\](?!\S*\])")


def label_rule(token: NumberToken, before: str, after: str) -> str | None:
    """Why `token` labels rather than counts ("class two", "decade.[1]"), or None."""
    if token.kind == "words" and token.value < 20 and SPELLED_LABEL_BEFORE.search(before):
        return "part of a name"  # "class two wards", "a category four storm", "position seven"
    if (
        token.kind == "digits"
        and len(token.text) <= 3
        and FOOTNOTE_BEFORE.search(before)
        and FOOTNOTE_AFTER.match(after)
    ):
        return "footnote"  # "goods and services[1]."
    return None
