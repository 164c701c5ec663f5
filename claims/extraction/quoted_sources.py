"""
Sources a speaker cites inside their own quotation: "“According to early reports, 40 homes burned,” the chief said."
A quotation may open in an earlier sentence: the sentence that closes it is inside it up to its closing mark.

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
# A sentence that starts inside a quotation opened before it: its first quotation mark closes it, after the
# punctuation that ends the quoted words.
OPENED_BEFORE = re.compile(r"[^\"“”]*?[,.!?]\s*[\"”]")
# What may come between a quotation's close and its tag: a comma or nothing.
TAG_GAP = re.compile(r"[\s,]*")


def cited_inside_quotes(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """Drop "according to" cues inside a quotation that a speech tag closes in the same sentence."""
    if '"' not in sentence and "“" not in sentence:
        return clauses
    closed = []
    spans = [quote.span() for quote in QUOTATION.finditer(sentence)]
    opened_before = OPENED_BEFORE.match(sentence)
    if opened_before and not any(start < opened_before.end() for start, _ in spans):
        # "“We are working hard. Preliminary assessment indicates that 2,000 houses …,” his office said.": the
        # quotation opened in an earlier sentence; this one starts inside it.
        spans.insert(0, (0, opened_before.end()))
    for start, end in spans:
        gap = TAG_GAP.match(sentence, end).end()
        if any(c.closes_quote and c.start <= gap + 4 and c.start >= end for c in clauses):
            closed.append((start, end))
    if not closed:
        return clauses
    return [
        clause
        for clause in clauses
        if not (
            clause.links[-1].verb == "according_to"
            and not NAMED_SOURCE.match(clause.links[-1].name)
            and any(start <= clause.start < end for start, end in closed)
        )
    ]
