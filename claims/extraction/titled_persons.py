"""
A person named after an office written in lower case: "Treasury acting CS Jane Doe", "Sporting manager John
Roe", "Ruritania's port authority's new chief executive Ann Poe".

Newswriting often puts a person's office before the name without capitals: a body or a place (capitalised,
or a chain of possessives), a few lowercase words ("acting", "new", "research"), a title ("manager",
"executive", or an acronym like "CS"), then the name. The capitalised runs `openers` reads stop at the
first lowercase word, so such a subject was no subject at all, and the figures its verb fixed fell to the
outlet. `titled_person()` reads the whole phrase; `names_titled_person()` says a phrase is one, so that
`acting_subjects.names_someone` lets it speak.
"""

import re

from .speakers import PERSON_TITLES

__all__ = ["titled_person", "names_titled_person"]

# Titles written in lower case that `speakers.PERSON_TITLES` leaves out (they are no speaker on their own
# there, but they are a post before a name).
MORE_TITLES = frozenset(
    ["manager", "coach", "boss", "administrator", "controller", "registrar", "coordinator", "supervisor", "principal",
     "vice-chancellor", "editor"]
)  # fmt: skip
_TITLES = "|".join(sorted(PERSON_TITLES | MORE_TITLES, key=len, reverse=True))
TITLED_PERSON = re.compile(
    rf"""(?P<who>
        (?:[A-Za-z][\w.&-]*['’]s\s+){{0,3}}                    # owners: "Ruritania's port authority's"
        (?:[A-Z][\w.&'’-]*\s+){{0,4}}                          # the body or place: "Treasury", "Sporting"
        (?:(?!(?:said|says|told)\b)[a-z][\w-]*\s+){{0,3}}?     # "acting", "new chief", "research"
        (?:(?P<title>{_TITLES})|(?P<acronym>[A-Z]{{2,4}}))\s+    # "manager", "executive", "CS"
        (?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+(?:de|del|da|van|von|bin|al)?\s*[A-Z][a-z'’-]+){{1,3}}))
    (?=\s*,|\s+[a-z(]|\s*$)""",
    re.VERBOSE,
)
NOT_OPENERS = frozenset(["In", "On", "At", "By", "For", "From", "After", "Before", "During", "With", "As", "According"])


def titled_person(sentence: str, at: int = 0) -> tuple[int, int] | None:
    """The span of a person named after a lowercase office at `at` ("Treasury acting CS Jane Doe"), or None."""
    match = TITLED_PERSON.match(sentence, at)
    if not match:
        return None
    who = match.group("who")
    if who.split()[0] in NOT_OPENERS:
        return None  # "In Lagos state governor Jane Doe …": a phrase of place opens, not the office
    head = who[: match.start("title" if match.group("title") else "acronym") - match.start("who")]
    if not re.search(r"\b[a-z]", head) and not match.group("title"):
        return None  # "Tesco CEO Dave Lewis": all in capitals is a name `openers` reads already
    return match.span("who")


def names_titled_person(name: str) -> bool:
    """Whether `name` is all of a person named after a lowercase office."""
    found = titled_person(name)
    return bool(found) and found[1] == len(name.rstrip())
