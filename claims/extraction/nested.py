"""
A body that recorded a figure inside what a speaker said: "He said IOM recorded 2,778 deaths".

The speaker relays the count; the body that recorded it is its source, as "X said,
citing Y" makes Y the source (the annotation conventions run the chain from the outlet
to the origin: [outlet, he, IOM]). Only a body counts as a recorder: an acronym ("IOM"),
a name holding a body's word ("the Health Ministry") or a counting body ("police",
"the authorities"). "She said Britain recorded 3% growth" is about Britain, not from it.
A bare "the agency" or "the ministry" names no new body: it is the speaker again, written as
a definite description ("The bureau said, the agency recorded 40 cases"), so the speaker
keeps the figure.
"""

import re

from .speakers import ORGANISATION_WORDS

__all__ = ["inner_recorder"]

RECORDER = re.compile(
    r"(?:^\s*|,\s+|\bthat\s+)(?P<who>(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:[A-Z][\w.&'’-]*|police|authorities"
    r"|officials|ministry|agency))\s+(?:(?:has|have|had)\s+)?(?:(?:also|already)\s+)?(?:recorded|registered"
    r"|counted|logged)\s+(?P<rest>[^;:]*)$"
)
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
COUNTING_BODIES = frozenset(["police", "authorities", "officials", "ministry", "agency"])
# "the agency", "the ministry": a singular body word with no name is an anaphor of the speaker.
SPEAKER_AGAIN = re.compile(r"^the\s+(?:agency|ministry)$", re.IGNORECASE)


def inner_recorder(sentence: str, clause_end: int, start: int) -> tuple[str, int, int] | None:
    """The body, with its offsets, that recorded the figure at `start` inside the speech that
    ends its clause at `clause_end` ("He said| tragically, IOM recorded 2,778 deaths"); else None."""
    match = RECORDER.search(sentence[clause_end:start])
    if not match:
        return None
    who = match.group("who")
    if SPEAKER_AGAIN.match(who):
        return None
    words = who.split()
    if not (
        (len(words) == 1 and ACRONYM.match(who))
        or any(word.lower() in ORGANISATION_WORDS | COUNTING_BODIES for word in words)
    ):
        return None
    return who, clause_end + match.start("who"), clause_end + match.end("who")
