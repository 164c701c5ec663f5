"""
An owner's figure set beside another's: "compared with the S&P Capital IQ consensus estimate of 17 cents",
"above a Refinitiv consensus estimate of 43.5 billion reais", "compared with a government figure of 84",
"the Philippine National Police (PNP) tally of 34 deaths", "the most recent Treasury prediction of between
$100 and $200 million", "more negative than the government's outlook of 11.3%".

News weighs one source's number against another's in a single sentence, and the sentence's speaker
("Restamax said …", "local officials saying …") gave only the first. The realnews convention credits an
estimate named inside the outlet's sentence to its owner. `estimates.OWNERS_ESTIMATE` reads the plain
shapes ("the IMF projection of 0.4 percent", "Wall Street's expectations for $38 billion"); this module
reads the ones it leaves: an indefinite article, dating adjectives before the owner ("the most recent"),
"consensus" or "average" between owner and noun, a lowercase body ("a government figure"), and the
nouns of a count or an outlook ("tally", "toll", "count", "outlook"). Each clause is local and points
forward: it sources the one figure right after it and nothing else of the sentence.
"""

import re

from .acting_subjects import names_someone
from .calendar import MONTHS
from .spans import DAYS, DraftLink, SpeakerCue

__all__ = ["owned_figure_clauses"]

_DATING = r"(?:(?:most\s+recent|latest|last|earlier|previous|initial|revised|original|own|new)\s+)*"
_NOUNS = r"(?:estimates?|forecasts?|projections?|predictions?|figures?|tall(?:y|ies)|toll|count|outlook)"
_BODIES = r"(?:government|police|army|military|ministry|treasury|union|unions|organi[sz]ers|authorities|officials)"
_FIGURE_AHEAD = (
    r"(?=(?:about|around|some|roughly|nearly|almost|between|more\s+than|over|up\s+to|just)?\s*"
    r"(?:[$€£¥₹₦]|Rs\.?\s?|[A-Z]{1,3}\$\s?)?\d)"
)
OWNED_FIGURE = re.compile(
    rf"""\b(?:[Aa]n?|[Tt]he)\s+{_DATING}
        (?:(?P<name>[A-Z][\w.&'’/-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&'’/-]*){{0,4}}(?:\s+\([A-Z][\w&]{{1,7}}\))?)
          |(?P<body>{_BODIES}))
        (?P<possessive>['’]s?)?
        \s+{_DATING}(?P<consensus>(?:consensus|average|official|own)\s+)?
        (?P<noun>{_NOUNS})\s+(?:of|for|at)\s+{_FIGURE_AHEAD}""",
    re.VERBOSE,
)
# A place or a period names no one who gave the figure: "the US figure of 2.1%", "the May forecast of 3%".
PLACES = frozenset(["US", "U.S.", "UK", "U.K.", "UAE", "EU", "Q1", "Q2", "Q3", "Q4", "H1", "H2"])
TIME_WORD = re.compile(rf"(?:{MONTHS}|{DAYS}|Christmas|Easter|Budget)$")


def owned_figure_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """Local forward clauses for each owner's estimate, tally or outlook the sentence names before its figure."""
    if not re.search(r"estimate|forecast|projection|prediction|figure|tall|toll|count|outlook", sentence):
        return []
    found = []
    for match in OWNED_FIGURE.finditer(sentence):
        group = "name" if match.group("name") else "body"
        start, end = match.span(group)
        who = match.group(group)
        if any(s < end and start < e for s, e in taken):
            continue  # another rule (`estimates`, a poll clause) already reads this owner
        if group == "name":
            if who in PLACES or TIME_WORD.match(who) or who.split()[0] in ("The", "A", "An"):
                continue
            if not (names_someone(who) or match.group("consensus")):
                continue  # "the Brent figure of $80" names no body; "a Refinitiv consensus estimate" does
        link = DraftLink(who, "estimated", start, end)
        found.append(SpeakerCue((link,), match.start(), match.end(), True, local=True))
    return found
