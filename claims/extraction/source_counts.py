"""
Which part of a speaker's name figure reading leaves alone.

A speaker's name holds no figure of the news ("the G20", "Cop 28", "the 2019-20 report" are names), so
the extractor reads no number inside it, and a count of sources that opens a clause ("three sources said")
or is cited ("citing two officials") is chain data. A count written after its verb is the exception:
"…, said two officials with direct knowledge." states how many spoke as the sentence's last words, and
annotators count it as a figure ("two officials"), which the outlet gives (see `chains`).
"""

import re

from .spans import DraftLink, SpeakerCue

__all__ = ["unread_span"]

# "two officials with direct knowledge", "three people familiar with the matter": a count of sources.
COUNTED_SOURCES = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:officials|sources|people|persons|diplomats|executives|insiders|bankers|traders|officers|analysts)\b"
)


def unread_span(link: DraftLink, clause: SpeakerCue) -> tuple[int, int]:
    """The span of a speaker's name in `clause` that holds no figure: all of it, but for a count of sources
    that speaks alone after its verb."""
    inverted = clause.links == (link,) and link.start > clause.start and link.verb not in ("citing", "according_to")
    return (link.end, link.end) if inverted and COUNTED_SOURCES.match(link.name) else (link.start, link.end)
