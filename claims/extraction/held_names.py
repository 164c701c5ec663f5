"""
A person's name held inside a speaker written as a title of a body: "National Coordinator of the Disaster
Management Centre Keerthi Ekanayake", "Assistant Undersecretary for Planning and Development Adel Samir",
"Duanping Liao of Penn State's medical school".

Split out of `memory`, which resolves a later "he" or "she". A title that is not one of the titles
`speakers` knows ("Coordinator", "Undersecretary"), with the body it is of written in capitals, reads as
a body's name, not a person's; so does a person's name with the body they work at after it. A "he" that
finds no person among the speakers is still a person, and the speaker whose name begins or ends with a
person's full name is who it means, not the outlet.
"""

import re

from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES

__all__ = ["holds_person_name"]

# Words a body's name is made of, never a person's ("Centre", "Agency"), nor a title's.
_BODY_WORDS = ORGANISATION_WORDS | BODY_NOUNS | frozenset(
    ["centre", "center", "society", "foundation", "trust", "school", "hospital", "college", "museum", "library",
     "institution", "exchange", "market", "bureau", "agency", "commission", "programme", "program", "fund",
     "united", "states", "nations", "kingdom", "republic", "union", "north", "south", "east", "west", "new"]
)  # fmt: skip
_NOT_NAME = _BODY_WORDS | PERSON_TITLES

_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
# "… Centre Keerthi Ekanayake": the title and its body, then two or three capitalised words closing the speaker.
TITLE_THEN_NAME = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<title>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?:of|for)\s+(?:the\s+)?\S.*?\s"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})$"
)
# "Duanping Liao of Penn State's medical school": a full name, then where the person works.
NAME_THEN_PLACE = re.compile(rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})\s+(?:of|at|from)\s+\S")


def _none_of(words: str, vocabulary: frozenset[str]) -> bool:
    return not any(word.lower().strip("'’") in vocabulary for word in words.split())


def holds_person_name(speaker: str) -> bool:
    """Whether `speaker` begins or ends with a person's full name, with their title or their body on the
    other side of it ("Regional Director for Health Services Amara Kone", "Lena Hart of the city council")."""
    written = speaker.strip()
    titled = TITLE_THEN_NAME.match(written)
    if titled and _none_of(titled.group("name"), _NOT_NAME) and _none_of(titled.group("title"), _BODY_WORDS):
        return True  # "Assistant Undersecretary for …": the title before "of" or "for" is no body's word
    placed = NAME_THEN_PLACE.match(written)
    return bool(placed and _none_of(placed.group("name"), _NOT_NAME))
