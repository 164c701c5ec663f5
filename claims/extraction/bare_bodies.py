"""
A body named without its article before a verb of speech: "…, agriculture ministry said on Thursday".

Headline style and copy from some wires drop the article: "health department said", "interior ministry
told reporters". `subjects.subject_before` accepts a lowercase speaker only when it opens like one ("the",
a plural, "police"), so a bare singular body was refused and the figure fell to the outlet. Here a short
lowercase phrase that opens a clause (the sentence's start, or after a comma) and ends on a word for an
organisation ("ministry", "department", "agency" …) speaks.
"""

import re

from .speakers import ORGANISATION_WORDS

__all__ = ["bare_body"]

BARE_BODY = re.compile(r"(?:^|[,;:]\s+)(?P<who>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+))\s+$")
# Words of ORGANISATION_WORDS that are no body on their own after a lowercase modifier.
NOT_BODIES = frozenset(["news", "house", "force", "forces", "service", "office", "party", "union", "media"])
# "…, and ministry said": a conjunction or a preposition is no modifier of the body.
NOT_MODIFIERS = frozenset(
    ["and", "or", "but", "while", "as", "of", "in", "on", "at", "by", "for", "from", "to", "with", "that", "which"]
)


def bare_body(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The span of "agriculture ministry" in "…, agriculture ministry said", or None."""
    found = BARE_BODY.search(sentence, 0, verb_start)
    if not found or found.group("head") not in ORGANISATION_WORDS or found.group("head") in NOT_BODIES:
        return None
    if set(found.group("who").split()[:-1]) & NOT_MODIFIERS:
        return None
    return found.span("who")
