"""
Sources a speaker cites inside their own quotation: "“According to early reports, 40 homes burned,” the chief said."

An "according to X" written inside quotation marks, when X names no one ("initial information", "the latest
data", "records show"), is part of what the speaker said: the speaker gives the figure, and the tag that closes
the quotation names who speaks. Left alone, the cue sits nearer the figure and takes it from the speaker. A
named body ("according to the IOM") or a document pointed back to ("according to this report") still sources it.
"""

import re

from .spans import QUOTATION, SpeakerCue

__all__ = ["cited_inside_quotes"]

# A source that names someone: a capital past its first letter, or a pointer back to a known document.
NAMED_SOURCE = re.compile(r".[^A-Z]*[A-Z]|(?:this|that|these|those)\b")
# What may come between a quotation's close and its tag: a comma or nothing.
TAG_GAP = re.compile(r"[\s,]*")


def cited_inside_quotes(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """Drop "according to" cues inside a quotation that a speech tag closes in the same sentence."""
    if '"' not in sentence and "“" not in sentence:
        return clauses
    closed = []
    for quote in QUOTATION.finditer(sentence):
        gap = TAG_GAP.match(sentence, quote.end()).end()
        if any(c.closes_quote and c.start <= gap + 4 and c.start >= quote.end() for c in clauses):
            closed.append(quote.span())
    if not closed:
        return clauses
    return [
        clause
        for clause in clauses
        if not (
            clause.links[-1].verb == "according_to"
            and not NAMED_SOURCE.match(clause.links[-1].name)
            and any(start < clause.start < end for start, end in closed)
        )
    ]
