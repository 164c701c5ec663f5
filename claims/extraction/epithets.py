"""
Bodies called by what they do rather than by their name: "the watchdog", "the regulator".

British and wire copy name a body once and take it up by its office: "The National Audit Office's work
generated £1.1bn …, the watchdog has said", "the Britain-based monitor". Unlike "the ministry" or "the
airline", the word is not the head of the body's name, so `SpeakerMemory` asks `epithet_body()` which body
it means: one whose name says so ("the Energy Regulatory Commission" is "the regulator"), else the body the
last few sentences opened with, when its name shows it is a body (not "The February" of "The February bills").
"""

import re

from .speakers import BODY_NOUNS, ORGANISATION_WORDS

__all__ = ["EPITHETS", "epithet_body"]

EPITHETS = frozenset(["watchdog", "regulator", "monitor", "thinktank"])
ACRONYM = re.compile(r"[A-Z]{2,6}")


def epithet_body(epithet: str, named: list[str], recent: str | None, institutions: frozenset[str]) -> str | None:
    """The body `epithet` means among `named` (speakers and sentence openers, most recent first) and the
    body `recent` that opened one of the last few sentences; `institutions` are the words ending a body's name."""
    stem = epithet[:6]  # "regulat", "watchdo": "Regulatory", "Watchdog"
    for earlier in named:
        if any(word.lower().startswith(stem) for word in earlier.split()):
            return earlier
    words = (recent or "").split()
    if any(word.lower() in institutions | ORGANISATION_WORDS | BODY_NOUNS for word in words) or (
        words and ACRONYM.fullmatch(words[-1])
    ):
        return recent
    return None
