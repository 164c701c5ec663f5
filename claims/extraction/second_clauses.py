"""
A speaker that opens the second of two clauses joined by a bare "and" (or "but"): "Gunships were sent in when the
fighting broke out and officials said 35 militants were killed."

With no comma before "and", the words before the verb run back into the first clause, and the subject read
there is the whole run ("the fighting broke out and officials") or nothing. When what comes before "and" is
itself a clause (it has a verb of its own) and what follows it is a short description of a body or of people
who speak for one, that description is the speaker, and its clause starts at "and": it never reaches back to
the figures of the first clause ("The toll rose to at least 117 and local officials said it could rise
further"). "The army and local officials said …" joins two speakers, with no verb between, and is left alone.
"""

import re

__all__ = ["second_clause_speaker"]

_HEADS = (
    r"authorities|police|officials|official|army|military|government|ministry|agency|department|spokesman"
    r"|spokeswoman|spokesperson|rescuers|witnesses|residents|doctors|medics|hospital|officers|troops|coastguard"
    r"|researchers|scientists|experts|analysts|economists"
)
# "… is growing and now researchers have calculated that …": a time word may come before the speaker.
SECOND_SPEAKER = re.compile(
    rf"\s(?:and|but)\s+(?:(?:now|then|later|today)\s+)?(?P<who>(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{_HEADS}))\s+$"
)
# A verb in what comes before "and": the first part is a clause, not a first speaker.
FIRST_CLAUSE_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|is|are|has|had|have|rose|fell|broke|brought|took|made|went|came|hit|struck|began"
    r"|grew|saw|left|swept|tore|blew|burst|spread)\b"
)
CLAUSE_START = re.compile(r"[,;:—–()\"“”]")


def second_clause_speaker(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The span of the speaker opening a second clause right before the verb at `verb_start`, or None."""
    match = SECOND_SPEAKER.search(sentence, max(0, verb_start - 60), verb_start)
    if not match:
        return None
    opening = max((mark.end() for mark in CLAUSE_START.finditer(sentence, 0, match.start())), default=0)
    if not FIRST_CLAUSE_VERB.search(sentence, opening, match.start()):
        return None
    return match.span("who")
