"""
An "it" that speaks for the body named as the source of figures earlier in its own sentence.

"Figures from the interior ministry, however, contradicted him: according to it, only 997,000 …": the
sentence names the ministry as where the figures come from, and "it" goes back to it — not to the last
speaker of earlier sentences (`memory` would take the union quoted before). Only a body written after
"from" or "by" (the owner of figures, data, a count) and headed by a word for an organisation is
taken, and only when no other speaker stands between it and the pronoun.
"""

import re
from dataclasses import replace

from .spans import SpeakerCue
from .speakers import BODY_NOUNS, ORGANISATION_WORDS

__all__ = ["pronoun_to_sentence_body"]

_HEADS = "|".join(sorted(ORGANISATION_WORDS | BODY_NOUNS | {"ministry", "commission", "bureau", "authority"}))
SOURCE_BODY = re.compile(
    rf"\b(?:from|by)\s+(?P<body>the\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_HEADS}))\b(?!\s+(?:of|for)\b)", re.IGNORECASE
)


def pronoun_to_sentence_body(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """Clauses whose speaker "it" is replaced by the source body named before it in the sentence."""
    result = []
    for clause in clauses:
        link = clause.links[-1]
        if link.name.lower() != "it":
            result.append(clause)
            continue
        before = [c for c in clauses if c is not clause and c.end <= link.start]
        floor = max((c.end for c in before), default=0)
        bodies = list(SOURCE_BODY.finditer(sentence, floor, link.start))
        if not bodies:
            result.append(clause)
            continue
        start, end = bodies[-1].span("body")
        named = replace(link, name=sentence[start:end], start=start, end=end)
        result.append(replace(clause, links=(*clause.links[:-1], named)))
    return result
