"""
Numbers in a list that names the members of a set, not how many there are.

Reports name numbered things by their numbers: "covers Regions 2 (Cagayan Valley), 3 (Central
Luzon), 5 (Bicol) …", "sentenced on counts 1, 3, 4, 7 and 13", "Five lines remained closed
(2, 8, 10, 11 and 12)". Each number is a label, like "Route 9" alone, but only the first
stands after the capitalised name that `exclusions` already refuses. A list of three or more
small whole numbers is one of labels when

* a noun of numbered things stands right before it ("counts", "Regions", "lines", or in the
  singular some copy keeps: "damaged in region 1, 3, 5 and 6"), or
* it is bracketed after a count whose number is the list's length ("Five lines … (2, 8, 10,
  11 and 12)": the brackets say which five).

"Turnout rose in March, 30, 40 and 50 percent", "45 deaths, 30 of them children" have neither.
"""

import re

from .numbers import parse_number_words

__all__ = ["is_list_label"]

# One label: "4", "4A", "2 (Cagayan Valley)".
_ITEM = r"\d{1,3}[A-Z]?(?:\s\([^()\d]{2,40}\))?"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
LABEL_RUN = re.compile(rf"(?<![\w.,]){_ITEM}(?:{_SEPARATOR}{_ITEM}){{2,}}(?![\w.,]\d)")
ITEM = re.compile(r"(?<![\w(])\d{1,3}[A-Z]?(?![\w])")
# The plural, or the singular some copy keeps before a list ("damaged in region 1, 3, 5 and 6", "on count 2, 4
# and 7"): the noun names each label in turn.
NUMBERED_NOUN_BEFORE = re.compile(
    r"\b(?:region|count|line|route|section|article|chapter|clause|item|district|ward|zone|platform"
    r"|gate|terminal|phase|page|paragraph|question|block|sector|grade|class|precinct|constituenc(?:y|ie)"
    r"|number)(?:e?s)?\s*\(?\s*$|\bnos\.\s*\(?\s*$",
    re.IGNORECASE,
)
# "Five lines …", "three districts …": a count of plural things before the brackets.
COUNT_BEFORE = re.compile(r"\b(?P<count>\d{1,2}|[A-Za-z]+)\s+[a-z]+s\b")


def is_list_label(sentence: str, start: int) -> bool:
    """Whether the number at `start` of `sentence` is a label in a list of numbered things."""
    for run in LABEL_RUN.finditer(sentence):
        if not run.start() <= start < run.end():
            continue
        before = sentence[max(0, run.start() - 40) : run.start()]
        if NUMBERED_NOUN_BEFORE.search(before):
            return True
        if before.rstrip().endswith("(") and sentence[run.end() :].lstrip().startswith(")"):
            items = len(ITEM.findall(run.group()))
            counts = COUNT_BEFORE.finditer(sentence, 0, run.start())
            return any(_count(match.group("count")) == items for match in counts)
    return False


def _count(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = parse_number_words(text.lower())
    return int(value) if value is not None else None
