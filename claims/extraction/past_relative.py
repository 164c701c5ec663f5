"""
The sentence's clauses read again past a relative clause set off after its subject, when nothing was found with it.

"Harbour Trust, which owns and lets offices, saw pre-tax profit fall to £1.2m", "The board, which met on Monday,
also decided that the winners get $3.9m": the subject acts on the sentence's figures, but the aside in commas
between it and its verb hid the verb from the rules that read a subject and then its verb (`acting`), and the
figures fell to the outlet. A non-restrictive relative clause only describes its antecedent, so the sentence
reads the same without it: here the clauses are found in the sentence as it reads without the aside and moved
back to their place in it.

It is a last resort of `acting.acting_clauses`, after `past_opening`; only clauses whose speaker is the subject
before the aside are kept (the aside's own figures are the subject's too: "which posted 12% growth").
"""

import re
from collections.abc import Callable
from dataclasses import replace

from .spans import SpeakerCue

__all__ = ["clauses_past_relative", "SUBJECT_THEN_ASIDE"]

# "Harbour Trust, which owns and lets offices, …": a subject with no figure, then "which" and its clause, in
# commas; no quotation, no second aside inside.
SUBJECT_THEN_ASIDE = re.compile(r"(?P<subject>[A-Z][^,\d“”\"]{1,80}?),\s+which\s+[^,;:“”\"]{3,120}?,\s+(?=[a-z])")


def clauses_past_relative(sentence: str, find: Callable[[str], list[SpeakerCue]]) -> list[SpeakerCue]:
    """The clauses `find` reads in `sentence` without the relative clause after its subject, at their place in
    `sentence`, when their speaker is that subject."""
    aside = SUBJECT_THEN_ASIDE.match(sentence)
    if not aside:
        return []
    cut, resume = aside.end("subject"), aside.end()
    rest = sentence[:cut] + " " + sentence[resume:]
    if SUBJECT_THEN_ASIDE.match(rest):
        return []  # read once only: each reading scans the sentence again
    shift = resume - cut - 1

    def moved(at: int) -> int:
        return at if at <= cut else at + shift

    found = []
    for clause in find(rest):
        if clause.local or not all(link.end <= cut for link in clause.links):
            continue
        links = tuple(replace(link, start=moved(link.start), end=moved(link.end)) for link in clause.links)
        found.append(replace(clause, links=links, start=moved(clause.start), end=moved(clause.end)))
    return found
