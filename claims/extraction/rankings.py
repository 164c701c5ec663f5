"""
The size of a ranked group: when "the top five" counts, and when it only places.

"Top" before a number usually says where something stands ("finished in the top four",
"LG rounded out the top five"), which is no quantity. But when a plural noun follows, the
number counts the members of the group the sentence talks about ("the top five students
are girls", "the top two vote getters go to a runoff", "Europe's top five leagues"), and
the shared annotation policy counts every numeral that states a quantity: the real-news
annotators of eight sets annotated these.

Exception: "top 10", "top 40", "top 100" and the like written in digits are the
conventional names of charts and lists ("each of the top 10 fears", "the top 10 list"),
repeated through an article as a title, not a count the article states.
"""

import re

from .numbers import NumberToken

__all__ = ["RANKING_BEFORE", "counts_ranked_group"]

# "the top 10 clubs"; "expected to top 40C", "could top 1,000" is a verb of passing.
RANKING_BEFORE = re.compile(
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwould\s)\b(?:top|bottom)[\s-]+$",
    re.IGNORECASE,
)
# "top five export destinations", "top two vote getters", "top ten positions nationwide":
# up to two modifiers, then a plural noun that is not the head of an "of" phrase ("the top
# five of the class" places).
RANKED_PLURAL_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}[a-z]{3,}s\b(?!\s+of\b)")
# Round sizes that name charts and lists when written in digits.
LIST_NAME_SIZES = frozenset({"10", "20", "40", "50", "100", "200", "500", "1000"})


def counts_ranked_group(token: NumberToken, after: str) -> bool:
    """Whether a number after "top" counts the plural noun after it ("the top five students")
    rather than naming a place or a list ("in the top four", "the top 10 list")."""
    if token.kind == "digits" and token.text in LIST_NAME_SIZES:
        return False
    return bool(RANKED_PLURAL_AFTER.match(after))
