"""
"…, citing X", "quoting X", "with reference to X": a source cited, or a reason cited.

Split out of `attribution`. A citation belongs to the nearest clause before it (`find_attributions`
hangs it there); the owner of a cited report ("citing preliminary figures from Frontex") is the source.

"citing" names a source ("citing preliminary reports", "citing the navy", "citing an industry source") or a
cause given for what was done ("citing impairment charges and lower margins", "citing unemployment and
recession", "citing his age"). A cause speaks for no one, so it takes no figure from the subject that gave
it. Only a cited phrase without a capital or a digit, and without a word for who or what tells, is a cause.
"""

import re

from .media import medium_owner
from .spans import DraftLink, clean_name, name_after
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES

__all__ = ["cites_a_reason", "cited_sources"]

# "according to Xinhua who cited local officials": a relative clause right on its host's name cites as "citing"
# does. After a comma it hangs on an apposition ("said Jo Bell, a spokesman for the agency, who cited accounts by
# survivors"): a speaker who gives what they cite is its source (the corpus conventions).
CITING = re.compile(
    r"(?:,\s*)?\b(?:citing|quoting|(?<=\w)\s(?:who|which)\s+(?:cited|quoted)"
    r"|(?P<reference>with\s+reference\s+to))\s+"
)

# Words naming who or what gives information: a cited phrase holding one is a source.
SOURCE_WORD = re.compile(
    r"\b(?:reports?|data|figures?|statistics|statements?|sources?|survivors?|witness(?:es)?|officials?|testimony"
    r"|estimates?|stud(?:y|ies)|surveys?|polls?|people|residents|police|navy|army|military|government|authorit(?:y|ies)"
    r"|critics|documents?|records?|analysts?|experts?|ministry|agency|officers?|spokes\w+|tally|count|census|audits?"
    r"|research|findings|filings?|letters?|memos?|interviews?|conversations?|media|newspapers?|press|doctors"
    r"|medics|hospitals?|relatives|families|organi[sz]ers|monitors?|observers?|group|union|council|committee"
    r"|rescuers|paramedics|firefighters|investigators|prosecutors|lawmakers|diplomats|insiders|locals|villagers"
    r"|commission|board|court|office|department|bureau|institute|association|company|firm|bank)\b"
)


def cites_a_reason(name: str) -> bool:
    """Whether the cited phrase `name` is a cause given ("impairment charges"), not a source."""
    if re.search(r"[A-Z\d]", name) or SOURCE_WORD.search(name):
        return False
    words = {word.lower() for word in re.findall(r"[\w-]+", name)}
    return not words & (BODY_NOUNS | ORGANISATION_WORDS | PERSON_TITLES)


def cited_sources(sentence: str) -> list[tuple[int, DraftLink]]:
    """Where each "citing X" starts, with X's link; causes cited ("citing impairment charges") are left out."""
    citations = []
    for match in CITING.finditer(sentence):
        start, end = name_after(sentence, match.end())
        # "citing preliminary figures from Frontex": Frontex gave them.
        owner = medium_owner(sentence, start, end) if end > start else None
        if owner:
            start, end = clean_name(sentence, *owner)
        elif match.group("reference"):
            continue  # "with reference to the strike": only a report referred to is a citation
        if end > start and not owner and cites_a_reason(sentence[start:end]):
            continue  # "…, citing impairment charges": a cause given, no source
        if end > start:
            # The owner of a cited report is who a later "the report says" goes back to.
            link = DraftLink(sentence[start:end], "citing", start, end, report=owner is not None)
            citations.append((match.start(), link))
    return citations
