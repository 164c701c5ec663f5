"""
A number word after a definite word: a count of the noun after it, or a pointer back.

"The two", "those three", "both" usually refer back to things already named and count
nothing new. But when a plural noun follows, the number states how many of them there
are ("the six host venues", "the two FA Cup games"), which the shared policy annotates.

A pair ("the two …") is the hardest case: "the two leaders", "the two countries", "the
two sides" name the parties of a relation. The real-news annotators nonetheless counted a
pair of things named by an ordinary plural after "the" ("The two states are …", "the two
boards", "The two other suspects were arrested") in six sets. Still refused: relational
nouns (`exclusions.is_relational` refuses "two sides" whatever comes before), spans of time ("the two months (April-May)" only
says when), a pair that is the subject of a saying verb ("the two agencies said": the
speakers, not a claim), and other determiners ("these two sectors", "its two sons").
"""

import re

from .numbers import NumberToken
from .units import is_time_unit

__all__ = ["counts_plural", "PLURAL_NOUN_AFTER", "NAMED_PLURAL_AFTER"]

# "the six host venues", "its 12 member states": a determiner, a count, then what is counted.
# A determiner starts a new phrase: "between the two the parties have won" counts no parties.
_NOT_A_DETERMINER = r"(?!(?:the|a|an|these|those|its|their|his|her)\s)"
PLURAL_NOUN_AFTER = re.compile(
    rf"^\s+(?:{_NOT_A_DETERMINER}[a-z]+\s+){{0,2}}{_NOT_A_DETERMINER}[a-z]{{3,}}s\b(?!\s+(?:of|who|which|that)\b)"
)
# "the two FA Cup games", "the five main London airports": a named kind between the count and its noun.
NAMED_PLURAL_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:[A-Z][\w.&]*['’]?\s+){1,3}[a-z]{3,}s\b(?!\s+(?:of|who|which|that)\b)"
)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "the two states are", "The two other suspects were arrested": the noun ends the match.
PAIR_NOUN_AFTER = re.compile(
    rf"^\s+(?:{_NOT_A_DETERMINER}[a-z]+\s+){{0,2}}{_NOT_A_DETERMINER}(?P<noun>[a-z]{{3,}}s)\b(?!\s+(?:of|who|which|that)\b)"
)
SAYING_AFTER = re.compile(
    r"^\s+(?:(?:also|have|had|has|both|jointly)\s+)?(?:said|say|says|told|added|noted|reported|announced|stated)\b"
)


def counts_plural(token: NumberToken, before: str, after: str) -> bool:
    """Whether a number word after a definite word counts the plural noun after it ("the six
    host venues", "the two boards") rather than pointing back ("the two", "the three of them",
    "the two leaders")."""
    if NAMED_PLURAL_AFTER.match(after):
        return True
    if token.value >= 3:
        return bool(PLURAL_NOUN_AFTER.match(after))
    pair = PAIR_NOUN_AFTER.match(after) if token.value == 2 and THE_BEFORE.search(before) else None
    return bool(pair and not is_time_unit(pair.group("noun")) and not SAYING_AFTER.match(after, pair.end()))
