"""
A name glossed as a body: the apposition after a name says it is a company, a bank or an agency.

Business and wire copy introduce a body by its name and, in commas, what it is: "Kestrel, Ruritania's
second-largest bank, said …", "Orbitec, the country's biggest textile mill, posted …", "The Northwind Amber
Corporation, a giant maker of batteries in Asia, earned …". The name alone is often no sign of a speaker (one
capitalised word opens every sentence; "Northwind Amber Technology" has no head noun a list could know), but the
gloss's head noun is: a bank, a mill, a manufacturer. So a name whose apposition is headed by a body's noun
(`speakers.BODY_NOUNS`, `speakers.ORGANISATION_WORDS`) names someone, as a name glossed by a relative clause does
(`one_word_names`). A gloss of a place or a thing ("Northport, the capital of Eastmark,", "Widget, a new phone,")
has no such head and leaves the name unread.
"""

import re

from .speakers import BODY_NOUNS, ORGANISATION_WORDS

__all__ = ["body_gloss", "glossed_as_body"]

# Heads of a body's gloss beyond the speaker lists: what a company is called by its trade.
TRADE_HEADS = frozenset(["mill", "mills", "lender", "firm", "insurer", "refiner", "distributor", "supplier"])
# Words of a body's name that are no head of a gloss: "the capital of Eastmark" is a place, "a media darling" no body.
NOT_HEADS = frozenset(
    ["capital", "news", "media", "house", "chain", "owner", "platform", "daily", "post", "times", "journal", "energy",
     "gas", "oil", "steel", "foods", "motors", "systems", "technologies", "partners", "sources", "staff", "officials"]
)  # fmt: skip
BODY_HEADS = (BODY_NOUNS | ORGANISATION_WORDS | TRADE_HEADS) - NOT_HEADS
# The gloss: an article or an owner in "'s", a few describing words, its head noun, then what it is "of" or "in".
GLOSS = re.compile(
    r"""(?:the|a|an|[A-Z][\w.&-]*['’]s)\s+
        (?:[\w'’-]+\s+){0,4}?(?P<head>[a-z]+)
        (?:\s+(?:of|in|for|at|based\s+in|with|from)\s+[^,;:()\d"“”]{1,60})?""",
    re.VERBOSE,
)
APPOSITION_AFTER = re.compile(r"\s*,\s+(?P<gloss>[^,;:()\d\"“”]{3,100}?),")


def body_gloss(text: str) -> bool:
    """Whether `text` ("Ruritania's second-largest bank", "a giant maker of batteries") describes a body."""
    gloss = GLOSS.fullmatch(text.strip())
    return bool(gloss) and gloss.group("head") in BODY_HEADS


def glossed_as_body(sentence: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by an apposition in commas that describes a body."""
    apposition = APPOSITION_AFTER.match(sentence, end)
    return bool(apposition) and body_gloss(apposition.group("gloss"))
