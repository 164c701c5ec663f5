"""
Two estimates in one sentence with the verb written once: "the unions counted 20,000
demonstrators and the prefecture 8,500", "the CGT had counted fewer participants (250,000) but
the Interior more (118,500)", "police said 4,000 while organisers 30,000".

Protest, casualty and results reporting sets opposing counts side by side and leaves the verb
out of the second clause (gapping). The first clause is read as usual; this reads the second
speaker: after "and", "but", "while" or "whereas", a body that names someone written right
before its number (past "more", "fewer", "only", a bracket), or, after a first body that "spoke of" its
count, a body after a comma with the "of" kept ("…, the union of 3.5 million"). Its clause is *local*: it
sources that figure only, so the first speaker keeps the first figure.
"""

import re

from .currencies import CURRENCY_SYMBOLS
from .spans import DraftLink, SpeakerCue

__all__ = ["gapped_clauses", "listed_gapped_clauses"]

_HEADS = (
    r"police|prefecture|authorities|officials|organi[sz]ers|unions?|government|ministry|army|military|rebels"
    r"|militants|insurgents|opposition|party|commission|agency|interior|organisers|activists|residents|hospitals?"
)
GAPPED = re.compile(
    rf"""\s+(?:and|but|while|whereas)\s+(?:(?:by|according\s+to)\s+)?
        (?P<who>(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}|(?:[a-z]+\s+)?(?:{_HEADS})))
        \s+(?P<hedges>(?:(?:more|fewer|less|only|just|about|some|nearly|around|at\s+least|over)\s+)*)(?P<bracket>\(?)
        \s*(?=[$€£¥]?\d)""",
    re.VERBOSE,
)
# The first clause must give an estimate for the second to borrow its verb; "an estimated investment" is
# an adjective, no verb.
ESTIMATE_VERB = re.compile(
    r"(?<!\ban\s)(?<!\bthe\s)\b(?:counted|counts|put|puts|estimated|estimates|reported|reports|said|says|claimed"
    r"|claims|gave|recorded|tallied)\b"
)
# "The ministry spoke of almost 1.1 million people, the union of 3.5 million": a count given as what a body
# "speaks of", the second body gapped after a comma with its "of" kept.
SPOKEN_OF = re.compile(r"\b(?:speaks|spoke|talks|talked)\s+of\s+[^,;\d]*\d[\d,.]*[^,;]*$")
GAPPED_OF = re.compile(
    r",\s+(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}?)\s+of\s+"
    r"(?:(?:only|just|about|some|nearly|almost|around|over|more\s+than)\s+)?(?=[$€£¥]?\d)"
)
NOT_SPEAKERS = frozenset(["In", "On", "At", "By", "For", "From", "The", "A", "An", "This", "That", "It"])


# "Sindh has reported 678, KPK 306, Azad Jammu and Kashmir (AJK) 48, and Federal Capital Islamabad one death": a
# named place or body reports the first count; the list after it gives each its own, the verb left out.
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}(?:\s+\([A-Z]{2,6}\))?"
FIRST_OF_LIST = re.compile(
    rf"(?<![\w'’-])(?P<who>{_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:reported|recorded|registered|counted)\s+"
    rf"{_NUMBER}(?:\s+[a-z]+)?(?=\s*,)"
)
LISTED = re.compile(rf",\s+(?:and\s+)?(?P<who>{_NAME})\s+(?P<count>{_NUMBER}(?:\s+[a-z]+)?)(?=\s*(?:[,;.]|$))")


def listed_gapped_clauses(sentence: str) -> list[SpeakerCue]:
    """Each speaker of a list that goes on from "X reported N", sourcing the count written after it."""
    found = []
    for first in FIRST_OF_LIST.finditer(sentence):
        if first.group("who").split()[0] in NOT_SPEAKERS:
            continue
        position = first.end()
        while item := LISTED.match(sentence, position):
            who = item.group("who")
            if who.split()[0] in NOT_SPEAKERS:
                break
            start, end = item.span("who")
            found.append(
                SpeakerCue((DraftLink(who, "reported", start, end),), start, item.start("count"), True, local=True)
            )
            position = item.end()
    return found


def gapped_clauses(sentence: str) -> list[SpeakerCue]:
    """The second speakers of gapped estimates in `sentence`, each sourcing the figure after it."""
    found = []
    for match in GAPPED.finditer(sentence):
        who = match.group("who")
        if who.split()[0] in NOT_SPEAKERS or not ESTIMATE_VERB.search(sentence, 0, match.start()):
            continue
        if who in CURRENCY_SYMBOLS:
            continue  # "it is Rs. 8.5 crore and Rs. 11 crore": a rupee sign, not a second counter
        if match.group("bracket") and not match.group("hedges"):
            # "Greece (29%) and Spain (33%)", "PML-N (65) and PPP (44)": a name with its own figure in brackets is
            # an item of a list the sentence's source gives; a gapped counter says "more (118,500)".
            continue
        start, end = match.span("who")
        found.append(SpeakerCue((DraftLink(who, "estimated", start, end),), start, match.end(), True, local=True))
    for match in GAPPED_OF.finditer(sentence):
        who = match.group("who")
        if who.split()[0] in NOT_SPEAKERS or not SPOKEN_OF.search(sentence, 0, match.start()):
            continue
        start, end = match.span("who")
        found.append(SpeakerCue((DraftLink(who, "estimated", start, end),), start, match.end(), True, local=True))
    taken = {clause.start for clause in found}
    return found + [clause for clause in listed_gapped_clauses(sentence) if clause.start not in taken]
