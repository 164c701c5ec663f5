"""
Speaker phrases that are a verb or a fragment of a noun phrase, not a name.

The attribution rules read a name where the grammar of news copy puts one, and on real prose some read a
word that names no one: an auxiliary the subject rule stopped at ("the TUC has published a report", where the
speaker came out as "has"), a verb after a relative pronoun ("…, which includes expected revenue growth"), or
a determiner and an adjective whose noun was cut off ("the cumulative", "Of the total"). `fragment_named()`
gives the subject before an auxiliary, and refuses the rest, so that the figure falls back to the next
candidate or the outlet.
"""

import re

from .subjects import subject_before

__all__ = ["NOT_FRAGMENT", "fragment_named"]

NOT_FRAGMENT = (-1, -1)  # `fragment_named()`'s answer for a name that is no fragment

AUXILIARIES = frozenset(["has", "have", "had", "is", "are", "was", "were", "will", "would", "has been", "had been"])
# A verb read as a name: "includes", "shows", "stated".
BARE_VERB = re.compile(r"^(?:includes|including|shows|showed|states|stated|says|said|puts|put|adds|added)$")
# "the cumulative", "Of the total", "the northeast": a determiner (after a preposition) and an adjective or a
# compass point, with no noun that could speak. ("The average" is left alone: in "The average estimate of analysts
# …" the noun was read as a verb, and the estimate's owners are the speaker.)
NOUNLESS = re.compile(
    r"^(?:(?:[Oo]f|[Ii]n|[Ff]or)\s+)?(?:[Tt]he|[Aa]|[Aa]n)\s+"
    r"(?:cumulative|total|overall|latest|previous|remaining|rest|northeast|northwest|southeast|southwest"
    r"|north|south|east|west|former|latter|same|first|second|third|last|next|other|whole|entire)$"
)


def fragment_named(sentence: str, start: int, name: str) -> tuple[int, int] | None:
    """The subject when `name` (at `start`) is an auxiliary, None when it is a bare verb or a nounless
    determiner, and `NOT_FRAGMENT` when it is neither."""
    if name in AUXILIARIES:
        # "the TUC has published a report": the subject before the auxiliary speaks
        return subject_before(sentence, start, [])
    if BARE_VERB.match(name) or NOUNLESS.match(name):
        return None
    return NOT_FRAGMENT
