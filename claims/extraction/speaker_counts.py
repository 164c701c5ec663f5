"""
Counts written inside a speaker: "a report by 49 researchers from 10 countries said".

An attribution's span is chain data ("citing six sources", "the two agencies said",
"Table 1 shows"), and its numbers are not figures. But a speaker is sometimes described
by a count that is news of its own, and the shared policy annotates it:

* "a report by 49 researchers from 10 countries said", "the ministry comes out with four
  production estimates": a count after a preposition or verb, followed by what it counts;
* "Six of the eight indices studied reported", "two of those rescued told authorities",
  "the poll, which collates eight of the main indices, found": a part of a group, and the
  whole it is part of.

A count after a determiner ("the two agencies") or opening the speaker ("Two academics
estimated") names the speaker, and sources ("citing six sources") stay chain data.
"""

import re

from .numbers import NumberToken
from .speakers import describe_source
from .units import read_counted_noun

__all__ = ["counted_in_speaker", "counted_things"]

# The word before a count that describes a speaker: a preposition or verb, never a determiner.
WORD_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+$")
NAMING_WORDS = frozenset(
    ["the", "these", "those", "its", "their", "his", "her", "our", "a", "an", "citing", "quoting", "according",
     "cited", "quoted", "told", "said", "says", "and", "or"]
)  # fmt: skip
PART_AFTER = re.compile(r"\s+of\s+(?:the|those|these|them)\b")
WHOLE_BEFORE = re.compile(r"\b(?:\d[\d,]*|[A-Za-z]+)\s+of\s+the\s+$")  # "Six of the eight indices": the eight
SOURCE_NOUNS = frozenset(["sources", "source", "people", "persons", "officials", "diplomats", "insiders"])


def counted_in_speaker(sentence: str, token: NumberToken) -> bool:
    """Whether `token`, inside an attribution, is a count the policy annotates (see module doc)."""
    if token.kind not in ("digits", "words") or token.value <= 1:
        return False
    before = sentence[max(0, token.start - 30) : token.start]
    if PART_AFTER.match(sentence, token.end):
        # "Six of the eight indices", "two of those rescued": a part; not "the two of them".
        word = WORD_BEFORE.search(before)
        return not word or word.group("word") not in NAMING_WORDS
    if WHOLE_BEFORE.search(before):
        return True
    word = WORD_BEFORE.search(before)
    if not word or word.group("word") in NAMING_WORDS:
        return False
    noun = read_counted_noun(sentence, token.end)
    return bool(noun) and noun.unit not in SOURCE_NOUNS


# A count of things written before a verb is a figure ("40 countries reported cases", "30 hospitals
# said"); a count of sources or of experts is a speaker ("six sources said", "15 economists expect").
COUNTED_SUBJECT = re.compile(r"^\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+)$")
COUNTED_SPEAKERS = frozenset(
    ["analysts", "economists", "experts", "scientists", "researchers", "doctors", "witnesses", "lawmakers"]
)


def counted_things(subject: str) -> bool:
    """Whether a subject before a speech verb is a count of things ("40 countries"), not of speakers."""
    counted = COUNTED_SUBJECT.match(subject)
    return bool(counted) and counted.group("head") not in COUNTED_SPEAKERS and not describe_source(subject)[0]
