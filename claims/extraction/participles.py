"""
A source named in an absolute participle clause: "… rose to 42 with the authorities on Sunday
reporting 10 more deaths", "AP has the police putting numbers at 3,000 with organisers saying
20,000".

"with X saying …" (and a relay's "has X saying …") is standard English for who gave a figure,
but the same shape carries a poll's findings ("with four in five adults saying they would
give"): so the words before the participle must end on a body that speaks for itself (police,
authorities, organisers, a ministry, a spokesman) and hold no number. "putting" needs the object
of "put the toll at" (`acts.PUT_OBJECT`) or a bare plural ("putting numbers at").

A document speaks for itself too ("with reports indicating …", "with the first advance estimate
projecting …"), and "suggesting", "indicating", "revising" and "devoting" are the participles of
verbs by which a body gives or fixes its figure elsewhere (`speech`, `acting_verbs.FIXING_STEMS`):
"showing" only from a document, "revising" only with "to"/"from" after its object, and "devoting"
or "allocating" only with a sum of money in its object.
"""

import re

from .acting_subjects import names_someone
from .acts import DOCUMENT_HEADS, PUT_OBJECT
from .spans import DraftLink, SpeakerCue, points_forward
from .speakers import PERSON_TITLES

__all__ = ["participle_clauses"]

PARTICIPLE_SOURCE = re.compile(
    r"\b(?:[Ww]ith|has|have|had)\s+(?P<who>(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?P<head>[a-z]+)"
    # "with the Ministry of the Interior saying …", "with the IMF seeing …": a body's name
    r"|(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w.&'’-]*){0,5}))"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"\s+(?P<verb>saying|reporting|putting|estimating|claiming|forecasting|projecting|predicting|seeing|counting"
    r"|recording|suggesting|indicating|showing|revising|allocating|devoting|earmarking)\b"
)
SPEAKING_BODIES = PERSON_TITLES | frozenset(
    ["police", "authorities", "organisers", "organizers", "officials", "ministry", "government", "army",
     "military", "union", "unions", "agency", "department", "rescuers", "medics", "hospital", "hospitals",
     "spokesmen", "spokespeople", "sources", "prefecture", "observers", "monitors",
     # "with an opposition group reporting 11 …", "with activists saying …": a group that counts for itself
     "group", "groups", "activists", "monitor", "observatory", "watchdog", "organisation", "organization",
     "charity", "campaigners", "residents", "witnesses"]
)  # fmt: skip
# "with reports indicating …", "with the first advance estimate projecting …": a document speaks for itself.
SPEAKING_DOCUMENTS = DOCUMENT_HEADS | frozenset(["estimate", "projection", "forecast", "forecasts", "assessment"])
# "showing", "suggesting", "indicating" give a figure only when a document does it ("with figures showing"), or a
# named body ("with the Farm Bureau suggesting"); "with police showing restraint" is a deed.
DOCUMENT_VERBS = frozenset(["showing"])
# "with Nationwide revising February's rise to 0.7%": a revision names its figure after "to" or "from".
REVISED_TO = re.compile(r"(?:\s+[\w'’-]+){1,5}?\s+(?:(?:up|down|upwards?|downwards?)\s+)?(?:to|from)\s")
# "with the government devoting a chunk of N3.25 trillion to …": a budget's sum is the body's own (fixing verbs).
BUDGET_VERBS = frozenset(["allocating", "devoting", "earmarking"])
# "police putting numbers at 3,000": a plural object needs no article.
BARE_PUT_OBJECT = re.compile(r"\s+(?:numbers|figures|estimates|losses|deaths|casualties)\s+at\s")
VERB_CODES = {"saying": "said", "reporting": "reported", "putting": "estimated", "estimating": "estimated",
              "claiming": "said", "forecasting": "estimated", "projecting": "estimated", "predicting": "estimated",
              "seeing": "estimated", "counting": "reported", "recording": "reported", "suggesting": "estimated",
              "indicating": "reported", "showing": "reported", "revising": "estimated", "allocating": "estimated",
              "devoting": "estimated", "earmarking": "estimated"}  # fmt: skip


def participle_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """ "with the authorities reporting 10 more deaths": the authorities give what follows."""
    if "ing " not in sentence:
        return []
    found = []
    for match in PARTICIPLE_SOURCE.finditer(sentence):
        verb, head = match.group("verb"), match.group("head")
        document = not match.group("name") and head in SPEAKING_DOCUMENTS
        if match.group("name"):
            speaks = names_someone(match.group("who"))
        else:
            speaks = document or (head in SPEAKING_BODIES and verb not in DOCUMENT_VERBS)
        if not speaks or any(s <= match.start() < e for s, e in taken):
            continue
        if verb == "putting" and not (
            PUT_OBJECT.match(sentence, match.end()) or BARE_PUT_OBJECT.match(sentence, match.end())
        ):
            continue  # "with police putting up barriers"
        if verb == "revising" and not REVISED_TO.match(sentence, match.end()):
            continue  # "with the ministry revising its rules"
        if verb in BUDGET_VERBS and (document or not _names_money(sentence, match.end())):
            continue  # "with the army devoting troops to the border"
        start, end = match.span("who")
        link = DraftLink(sentence[start:end], VERB_CODES[verb], start, end)
        found.append(SpeakerCue((link,), start, match.end(), points_forward(sentence, match.end())))
    return found


# The sum a body devotes or allocates: a currency sign or code before a digit, within its object.
MONEY_AHEAD = re.compile(r"[^.;]{0,60}?(?:[$€£¥₹₦]|\b(?:Rs\.?|N|Sh|Dh|RM|KSh|USD|EUR)\s?)\d")


def _names_money(sentence: str, end: int) -> bool:
    """ "devoting a chunk of N3.25 trillion": the object of a budget verb holds a sum of money."""
    return MONEY_AHEAD.match(sentence, end) is not None
