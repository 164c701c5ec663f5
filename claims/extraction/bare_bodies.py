"""
A body named without its article before a verb of speech: "…, agriculture ministry said on Thursday".

Headline style and copy from some wires drop the article: "health department said", "interior ministry
told reporters". `subjects.subject_before` accepts a lowercase speaker only when it opens like one ("the",
a plural, "police"), so a bare singular body was refused and the figure fell to the outlet. Here a short
lowercase phrase that opens a clause (the sentence's start, or after a comma) and ends on a word for an
organisation ("ministry", "department", "agency" …, or "defense" as in "civil defense") speaks; so does one
written after an inverted verb ("…, said military on Friday", see `inversion`).
"""

import re

from .speakers import ORGANISATION_WORDS

__all__ = ["bare_body", "names_bare_body"]

BARE_BODY = re.compile(r"(?:^|[,;:]\s+)(?P<who>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+))\s+$")
# Words of ORGANISATION_WORDS that are no body on their own after a lowercase modifier.
NOT_BODIES = frozenset(["news", "house", "force", "forces", "service", "office", "party", "union", "media"])
# "…, civil defense said": a defence body is named by its field, with no word for an organisation.
BARE_HEADS = frozenset(["defense", "defence"])
# "…, and ministry said": a conjunction or a preposition is no modifier of the body.
NOT_MODIFIERS = frozenset(
    ["and", "or", "but", "while", "as", "of", "in", "on", "at", "by", "for", "from", "to", "with", "that", "which"]
)


def bare_body(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The span of "agriculture ministry" in "…, agriculture ministry said", or None."""
    found = BARE_BODY.search(sentence, 0, verb_start)
    if not found or not names_bare_body(found.group("who")):
        return None
    return found.span("who")


def names_bare_body(name: str) -> bool:
    """Whether a short lowercase phrase ("agriculture ministry", "military", "civil defense") names a body:
    also after an inverted verb ("…, said military on Friday")."""
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z][\w-]*", word) for word in words):
        return False
    head = words[-1]
    if (head not in ORGANISATION_WORDS or head in NOT_BODIES) and head not in BARE_HEADS:
        return False
    return not set(words[:-1]) & NOT_MODIFIERS
