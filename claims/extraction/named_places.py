"""
A place written with the kind of place it is: "Purnea district", "Mon State", "Aichi Prefecture".

News tallies counts place by place ("Falam Township had the most passes", "Ostrava County has a population of
90,000"): the place is where the count was made, and no government speaks by it. In plain reference a
place's government is named by its body ("the district administration", "the Lagos State government") or by
its formal name, kind first ("The County of Fenwick": `acting_subjects.LOCAL_AUTHORITY`), so a proper name
then a place noun, with no body noun among its words, names a place only; `acting_subjects` reads it so that such a place is never
the subject that fixed a figure. A place that "reported" its deaths is left to the verb of speech: the sets
split on it ("Sindh has reported 678" credits the province, "Purnea district reported 28 deaths" no one).
"""

import re

from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES

__all__ = ["BODY_WORDS", "names_place"]

# One to three capitalised words (no "The", no possessive: "Denver's Regional Transportation District" is a
# body), then the kind of place, in either case.
NAMED_PLACE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?!The\s)[A-Z][a-z-]+\s+){1,3}(?i:district|province|county|state|prefecture|township|region)"
)
# "Oxford Police District", "Kerala State Electricity Board": a body noun makes it a body.
BODY_WORDS = BODY_NOUNS | ORGANISATION_WORDS | PERSON_TITLES


def names_place(name: str) -> bool:
    """Whether `name` is a place by its own name and its kind ("Mon State"), with no body noun in it."""
    return bool(NAMED_PLACE.fullmatch(name)) and not {word.lower() for word in name.split()[:-1]} & BODY_WORDS
