"""
A quake's size stated away from its word: "the magnitude of the quake was 6.3", "a 7.1 earthquake".

`figures` reads "magnitude 5.9" and "a magnitude-6.8 quake", with the word right before the number.
Copy also states the size as the magnitude's predicate ("The U.S. Geological Survey placed the
magnitude at 6.4", "the earthquake's magnitude was raised from 7.9 to 8", "aftershocks with
magnitudes of up to 4.5") or writes the number before the quake ("talked of a 7.1 earthquake"):
with nothing counted after it, the number took a neighbour's "buildings" or "people", or nothing
(unseen9, unseen30, unseen40, unseen62: eight figures). A size is a decimal under ten.
"""

import re

from .numbers import NumberToken

__all__ = ["MAGNITUDE_BEFORE", "is_quake_size"]

MAGNITUDE_STATED = re.compile(
    r"\bmagnitudes?\b(?:\s+of\s+the\s+(?:earth)?quake)?\s+(?:(?:was|is)\s+(?:(?:raised|revised|upgraded|downgraded)\s+)?"
    r"(?:from|to|at)?|at|of)\s*$",
    re.IGNORECASE,
)
QUAKE_AFTER = re.compile(r"\s+(?:earthquake|quake|temblor|tremor)s?\b", re.IGNORECASE)
LARGEST_SIZE = 10
# "a magnitude-9.0 temblor", "recorded it at magnitude 5.9": the word right before the number.
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of\s+|[\s-])$", re.IGNORECASE)


def is_quake_size(sentence: str, token: NumberToken, start: int) -> bool:
    """Whether the decimal `token` (its figure, hedge included, starting at `start`) is a quake's magnitude."""
    if "." not in token.text or token.value >= LARGEST_SIZE:
        return False
    return bool(MAGNITUDE_STATED.search(sentence, max(0, start - 45), start) or QUAKE_AFTER.match(sentence, token.end))
