"""
An "it" that speaks for a body named earlier in its own sentence.

"Figures from the interior ministry, however, contradicted him: according to it, only 997,000 …": the
sentence names the ministry as where the figures come from, and "it" goes back to it — not to the last
speaker of earlier sentences (`memory` would take the union quoted before). Only a body written after
"from" or "by" (the owner of figures, data, a count) and headed by a word for an organisation is
taken, and only when no other speaker stands between it and the pronoun.

"The coast guard has recovered 45 bodies off the island, it said.", "KCB made a net profit of 9 billion
shillings in the quarter, it said in a bourse filing.", "The NAO far exceeded its target by £400m, it
claimed": an "it" closing a sentence that opens with a body
doing something is that body — not the last body that spoke in earlier sentences.
"""

import re
from dataclasses import replace

from .spans import SpeakerCue
from .speakers import BODY_NOUNS, ORGANISATION_WORDS
from .units import singularise

__all__ = ["pronoun_to_sentence_body"]

_HEADS = "|".join(sorted(ORGANISATION_WORDS | BODY_NOUNS | {"ministry", "commission", "bureau", "authority"}))
SOURCE_BODY = re.compile(
    rf"\b(?:from|by)\s+(?P<body>the\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_HEADS}))\b(?!\s+(?:of|for)\b)", re.IGNORECASE
)


_OPENER_HEADS = "|".join(sorted(ORGANISATION_WORDS | BODY_NOUNS | {"coastguard", "guard", "regulator", "watchdog"}))
# A body opening the sentence, then what it did: a past verb ("has recovered", "made", "posted").
OPENING_BODY = re.compile(
    rf"""^(?P<body>(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{0,4}}(?:[a-z]+\s+)?(?:{_OPENER_HEADS})
        |(?:The\s+)?[A-Z][A-Z&]{{1,5}})                                  # "KDB", "The NAO"
        \s+(?:(?:has|have|had)\s+)?(?:(?:also|far|[a-z]+ly)\s+)?(?:[a-z]+ed|made|won|sold|paid|took|spent|cut|set|put|gave|saw|lost|bought)\b""",
    re.VERBOSE,
)
CLOSING_IT = re.compile(r"^\s*(?:[.!?]|(?:in|on|at)\s+[^,;]{1,60}[.!?]?|(?:on\s+)?[A-Z][a-z]+day[.!?]?)?\s*$")


def _plural(head: str) -> bool:
    """Whether a body's head word is a common noun in the plural ("authorities"; "United Nations" is a name)."""
    return head.islower() and head.endswith("s") and not head.endswith(("ss", "us", "is")) and singularise(head) != head


def _opening_body(clause: SpeakerCue, clauses: list[SpeakerCue], sentence: str) -> tuple[int, int] | None:
    """The body a sentence opens with, when a closing "…, it said." is the sentence's only speaker."""
    if len(clauses) != 1 or not sentence[: clause.start].rstrip().endswith(","):
        return None
    if not CLOSING_IT.match(sentence[clause.end :]):
        return None
    opening = OPENING_BODY.match(sentence)
    return opening.span("body") if opening else None


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
        # "…, the assessment for which was being made by the authorities, it said.": "it" is one body, never
        # "the authorities" or "the police"; a plural is who the speaker spoke of.
        bodies = [
            body
            for body in SOURCE_BODY.finditer(sentence, floor, link.start)
            if not _plural(body.group("body").split()[-1])
        ]
        opener = None if bodies else _opening_body(clause, clauses, sentence)
        if opener:
            # The tag stays where it is written (it closes the sentence and sources what precedes it).
            # "…, it said in a bourse filing.": only where it was said follows, so it points back.
            named = replace(link, name=sentence[opener[0] : opener[1]])
            result.append(replace(clause, links=(*clause.links[:-1], named), forward=False))
            continue
        if not bodies:
            result.append(clause)
            continue
        start, end = bodies[-1].span("body")
        named = replace(link, name=sentence[start:end], start=start, end=end)
        result.append(replace(clause, links=(*clause.links[:-1], named)))
    return result
