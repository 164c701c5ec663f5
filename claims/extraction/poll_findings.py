"""
Figures given *in* a poll: "Support rose 3 points to 30% in the latest Harbour poll", "In the survey on
mayoral candidates, Ortiz led with 41%", "The Harbour poll has the Greens at 12%", "YouGov for the Chronicle has
Labour at 40%".

A poll or survey reports its findings; the outlet that writes "… in the new poll" only relays them. When a
sentence names no speaker at all, a poll it places its figures "in" (or a poll that "has" a party at a share)
is their source. Only a poll named with a determiner counts, and never one dated by a year ("in the 2019
polls" is an election in much of the press), so an election called a poll stays the outlet's.
"""

import re

from .spans import DraftLink, SpeakerCue

__all__ = ["poll_finding_clauses"]

# A poll's name: a determiner, up to six modifiers (no digit, no "election"), then "poll" or "survey",
# with an "of …" or "on …" of up to four words ("the survey on presidential candidates"). A pollster and
# the paper that commissioned it take six: "the latest Red C/ Sunday Business Post poll".
_POLL = r"""(?P<who>(?:the|a|an|this|that|its|their)\s+
        (?:(?!(?:election|elections|general|by-election|presidential\s+poll)\b)[\w/&.'’-]*[^\W\d][\w/&.'’-]*\s+){0,6}?
        (?:opinion\s+)?(?:poll|survey)
        (?:\s+(?:of|on)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)?)(?![\w-])"""
# "… in the latest Harbour poll published today", "In the survey on …, …"
IN_POLL = re.compile(rf"(?:(?<=\s)in|^In)\s+{_POLL}", re.VERBOSE)
# "The Harbour poll has the Greens at 12%": the poll as subject of "has" or "puts".
POLL_HAS = re.compile(rf"^{_POLL}\s+(?:has|had|puts|put|gives|gave)\s+(?=\S)", re.VERBOSE | re.IGNORECASE)
# "YouGov for the Chronicle has Labour at 40%", "Harbour Research in the Observer have topline figures of LAB 36%":
# the pollster and the paper it polled for, heading the sentence, give the poll's shares (a British poll report's
# shape); the paper only commissioned it, so both together name the poll.
_CAPITALISED = r"[A-Z][\w&/.'’-]*"
POLLSTER_HAS = re.compile(
    rf"""^(?P<who>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}\s+(?:in|for)\s+the\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}
        (?:\s+and\s+(?:the\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}})?)
        \s+(?:(?:meanwhile|also|now|too)\s+)?(?:has|have|had|puts|put|shows|show|showed|gives|give|gave)\b(?=[^;]*\d\s*%)""",
    re.VERBOSE,
)
# "the previous survey", "the last poll", "an earlier survey": the poll a figure is compared with, which a
# later "the pollster" must not take up as a speaker.
EARLIER_POLL = re.compile(r"(?:the|an?)\s+(?:previous|last|earlier|prior|preceding)\b", re.IGNORECASE)
# Words of an election's count: "won 45 seats in the poll" tells a result, not a poll's finding.
ELECTION_COUNT = re.compile(
    r"\b(?:seats?|won|wins|elected|constituenc(?:y|ies)|turnout|ballots?|polling\s+stations?)\b"
)


def poll_finding_clauses(sentence: str) -> list[SpeakerCue]:
    """A clause for a poll that holds the sentence's figures; meant for sentences that name no speaker."""
    pollster = POLLSTER_HAS.match(sentence)
    if pollster:
        start, end = pollster.span("who")
        return [
            SpeakerCue((DraftLink(sentence[start:end], "according_to", start, end, report=True),), start, end, True)
        ]
    if "poll" not in sentence and "survey" not in sentence:
        return []
    if ELECTION_COUNT.search(sentence):
        return []
    match = POLL_HAS.match(sentence) or IN_POLL.search(sentence)
    if not match:
        return []
    start, end = match.span("who")
    if EARLIER_POLL.match(sentence, start):
        return []  # "down five points from 36% in the previous survey": a baseline, not who gives the figures
    link = DraftLink(sentence[start:end], "according_to", start, end, report=True)
    return [SpeakerCue((link,), start, end, match.start() == 0)]
