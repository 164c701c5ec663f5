"""
A body that opens a story with its abbreviation in brackets: "The Kenya Revenue Authority (KRA) has
collected …", "THE West African Examination Council (WAEC) has withheld …".

`openers.leading_subject` reads no subject there (a bracketed abbreviation taken as a stock ticker
cost origin on three sets), so a later "It said" or "the council said" found no body to go back to and
fell to the outlet. Here only the plainest case is read: a body's full name, with a word that makes it
an organisation ("Council", "Authority", "Ministry"), its abbreviation in capitals in brackets, then the
finite verb of the sentence ("has withheld", "said", "collected"), not a role it heads ("(NCID) director").
"""

import re

from .mentions import ROLE_NOUNS
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .units import singularise

__all__ = ["bracketed_body_subject"]

# Who belongs to a body, in the plural after its abbreviation: "(SPLA) soldiers were sent".
MEMBERS = frozenset(["soldier", "troop", "member", "fighter", "militant", "rebel", "supporter", "staff", "lawmaker"])

BRACKETED_BODY = re.compile(
    r"""^(?!(?:On|In|At|By|For|From|After|Before|During|Meanwhile|But|And)\s)  # "On Wednesday Nehawu and …"
        (?P<who>(?:(?:The|THE)\s+)?[A-Z][\w.'’&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w.'’&-]*){1,7})
        \s+\((?P<short>[A-Z][A-Za-z&]{1,9})\)
        (?:\s+(?:on\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)?  # "(WAEC) on Monday released"
        \s+(?P<verb>has|have|had|was|is|will|would|said|says|sold|won|got|held|set|cut|paid|put|kept|[a-z]+ed|[a-z]+s)\b""",
    re.VERBOSE,
)


def bracketed_body_subject(sentence: str) -> tuple[int, int] | None:
    """The span of a body's name that opens `sentence` with its abbreviation in brackets, or None."""
    match = BRACKETED_BODY.match(sentence)
    if match is None:
        return None
    verb = match.group("verb")
    if verb.endswith("s") and singularise(verb) in ROLE_NOUNS | PERSON_TITLES | MEMBERS:
        return None  # "The Liberation Army (SPLA) soldiers were sent": a noun the body describes, no verb
    words = {word.lower() for word in match.group("who").split()}
    if not words & (ORGANISATION_WORDS | BODY_NOUNS):
        return None
    start, end = match.span("who")
    if sentence[start:end].split()[0] == "THE":
        start += 4  # "THE West African Examination Council": the article of a page in capitals
    return start, end
