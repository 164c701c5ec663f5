"""
A place that "reported" a count gives way to the body that sources the sentence: "The country reported 600 more
cases, according to the disease control agency", "According to the Health Ministry, ten states have reported
72 per cent of the new cases", "Churu and Pilani in Rajasthan reported maximum temperatures of 47.9 and 47.7
degrees, the weather office said".

Split out of `attribution`, which gathers a sentence's clauses. Tallies are written place by place with
"reported" or "recorded" ("the province reported four deaths"): the place is where the count was made, and
when a body in the same sentence is the one that says so, the reader takes the count from that body. A place
that reports alone in its sentence is left to the verb of speech (the sets split on it: see `named_places`).
"""

import re

from .named_places import BODY_WORDS, names_place
from .plurals import singularise
from .spans import SpeakerCue

__all__ = ["without_reporting_places"]

PLACE_NOUNS = frozenset(
    ["country", "state", "province", "region", "area", "district", "county", "city", "town", "village",
     "territory", "municipality", "island", "township"]
)  # fmt: skip
# "reported" only: a body "counted" or "estimated" ("the Paris Prefecture counted 37,000", the police headquarters).
PLACE_VERBS = frozenset(["reported"])
# "Churu and Pilani in Rajasthan": proper names, then where they lie.
NAMES_IN_PLACE = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*,?\s+in\s+(?:the\s+)?[A-Z][\w'’-]+.*")
COUNTED_PLACES = re.compile(r"(?:the\s+)?(?:\w+\s+)?(?:states|provinces|regions|districts|countries|counties)")
SOURCE_VERBS = frozenset(["said", "told", "according_to"])


def _place(name: str) -> bool:
    words = [word.strip("(),.'’").lower() for word in name.split()]
    if not words or set(words) & BODY_WORDS or "prefecture" in words:
        return False  # "the district administration", "state officials", "the Paris Prefecture": bodies
    if names_place(name) or NAMES_IN_PLACE.fullmatch(name) or COUNTED_PLACES.fullmatch(name):
        return True
    head = name.split(" in ")[0].split()  # "The worst affected area in the Sumatra region alone"
    return bool(head) and name[:1] in "Tt" and singularise(head[-1].lower()) in PLACE_NOUNS


def without_reporting_places(clauses: list[SpeakerCue]) -> list[SpeakerCue]:
    """The clauses without a reporting place where another clause of the sentence names a body that speaks."""
    places = [
        clause
        for clause in clauses
        if len(clause.links) == 1 and clause.links[0].verb in PLACE_VERBS and _place(clause.links[0].name)
    ]
    if not places:
        return clauses
    sources = [
        clause
        for clause in clauses
        if clause not in places and not clause.local and clause.links[-1].verb in SOURCE_VERBS
    ]
    if not sources:
        return clauses
    return [clause for clause in clauses if clause not in places]
