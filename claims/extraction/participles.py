"""
A source named in an absolute participle clause: "… rose to 42 with the authorities on Sunday
reporting 10 more deaths", "AP has the police putting numbers at 3,000 with organisers saying
20,000".

"with X saying …" (and a relay's "has X saying …") is standard English for who gave a figure,
but the same shape carries a poll's findings ("with four in five adults saying they would
give"): so the words before the participle must end on a body that speaks for itself (police,
authorities, organisers, a ministry, a spokesman) and hold no number. "putting" needs the object
of "put the toll at" (`acts.PUT_OBJECT`) or a bare plural ("putting numbers at").
"""

import re

from .acting_subjects import names_someone
from .acts import PUT_OBJECT
from .spans import DraftLink, SpeakerCue, points_forward
from .speakers import PERSON_TITLES

__all__ = ["participle_clauses"]

PARTICIPLE_SOURCE = re.compile(
    r"\b(?:[Ww]ith|has|have|had)\s+(?P<who>(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?P<head>[a-z]+)"
    # "with the Ministry of the Interior saying …", "with the IMF seeing …": a body's name
    r"|(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w.&'’-]*){0,5}))"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"\s+(?P<verb>saying|reporting|putting|estimating|claiming|forecasting|projecting|predicting|seeing|counting"
    r"|recording)\b"
)
SPEAKING_BODIES = PERSON_TITLES | frozenset(
    ["police", "authorities", "organisers", "organizers", "officials", "ministry", "government", "army",
     "military", "union", "unions", "agency", "department", "rescuers", "medics", "hospital", "hospitals",
     "spokesmen", "spokespeople", "sources", "prefecture", "observers", "monitors",
     # "with an opposition group reporting 11 …", "with activists saying …": a group that counts for itself
     "group", "groups", "activists", "monitor", "observatory", "watchdog", "organisation", "organization",
     "charity", "campaigners", "residents", "witnesses"]
)  # fmt: skip
# "police putting numbers at 3,000": a plural object needs no article.
BARE_PUT_OBJECT = re.compile(r"\s+(?:numbers|figures|estimates|losses|deaths|casualties)\s+at\s")
VERB_CODES = {"saying": "said", "reporting": "reported", "putting": "estimated", "estimating": "estimated",
              "claiming": "said", "forecasting": "estimated", "projecting": "estimated", "predicting": "estimated",
              "seeing": "estimated", "counting": "reported", "recording": "reported"}  # fmt: skip


def participle_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """ "with the authorities reporting 10 more deaths": the authorities give what follows."""
    if "ing " not in sentence:
        return []
    found = []
    for match in PARTICIPLE_SOURCE.finditer(sentence):
        speaks = names_someone(match.group("who")) if match.group("name") else match.group("head") in SPEAKING_BODIES
        if not speaks or any(s <= match.start() < e for s, e in taken):
            continue
        putting = match.group("verb") == "putting"
        if putting and not (PUT_OBJECT.match(sentence, match.end()) or BARE_PUT_OBJECT.match(sentence, match.end())):
            continue  # "with police putting up barriers"
        start, end = match.span("who")
        link = DraftLink(sentence[start:end], VERB_CODES[match.group("verb")], start, end)
        found.append(SpeakerCue((link,), start, match.end(), points_forward(sentence, match.end())))
    return found
