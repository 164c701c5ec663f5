"""
A source the sentence names by a frame of its own, not as its opening subject.

"…, which the U.S. Geological Survey said was magnitude 7.1" (speech in a relative clause), "Statistics put
out by the Election Commission show …" (a document given out by a body), "Defined by the National Monetary
Council, the target is 3%" (an opening participle), "…, official figures have shown." (a document closing
the sentence), "has been lowered by the CEA to 124 billion units" (a passive whose agent fixed the figure):
each names who gave or fixed the figure wherever the subject is. `acting` reads these before the subject
(`acting._acting_clauses`); split out of it as one concept, the named frame.
"""

import re

from .acting_verbs import FIXING_STEMS, NOT_ISSUING, REVISING_STEMS, stem_of
from .spans import DraftLink, SpeakerCue

__all__ = ["named_frames"]

# "…, which the U.S. Geological Survey said was magnitude 7.1": speech in a relative clause.
RELATIVE_SPEECH = re.compile(
    r"\b(?:which|that|whom)\s+(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,6}"
    r"|the\s+(?:[a-z]+\s+){0,2}(?:police|authorities|officials|ministry|government|agency|army|military|organi[sz]ers))"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:said|says|estimated|estimates|reported|believes|believed|claimed|claims|put|puts)\b"
)
# "…, official figures have shown.": a document closing the sentence.
DOCUMENT_CLOSING = re.compile(
    r",\s+(?P<who>(?:(?:the|official|latest|new|provisional|preliminary|government|ministry|census|[A-Z][\w.&-]*)\s+){1,3}"
    r"(?:figures|data|statistics|numbers|estimates|results))\s+(?:have\s+|has\s+)?(?:shown|showed|show|shows|revealed|suggest)"
    r"\s*[.!?]?\s*$"
)
# "has been lowered by the CEA to 124 billion units", "was tabled by Prime Minister X": who fixed it.
PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|en|t))\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w.&'’-]*){0,6}(?:\s+\([A-Z]{2,8}\))?"
    r"|the\s+(?:[a-z]+\s+){0,2}(?:government|ministry|court|board|commission|council|authority|authorities|cabinet))"
)


_BODY_NAME = (
    r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w.&'’-]*){0,6}(?:\s+\([A-Z]{2,8}\))?"
    r"|the\s+(?:[a-z]+\s+){0,2}(?:government|ministry|court|board|commission|council|authority|authorities|cabinet"
    r"|agency|bureau|office|department|police|army|military|union|institute|bank)"
)
# "Recent statistics issued by the Organisation of …", "Statistics put out by the Election Commission show": any
# participle by which a body gives out its document names the document's source., "data compiled by the bureau show": the body behind a document.
DOCUMENT_BY = re.compile(
    r"\b(?i:statistics|figures|data|numbers|estimates|results|tallies|tally|count|surveys?|reports?|polls)\s+(?:[–—]\s+)?"
    r"(?:recently\s+)?"
    rf"(?!{NOT_ISSUING})(?:[a-z]{{3,}}(?:ed|en)|put\s+out|made\s+public|given\s+out|set\s+out)\s+(?:on\s+[A-Z][a-z]+\s+)?by\s+"
    rf"(?P<who>{_BODY_NAME})"
)
# "Defined by the National Monetary Council (CMN), the target is 3%": an opening participle names who fixed it.
DEFINING_STEMS = frozenset(["defin", "establish", "determin", "stipulat", "prescrib"])
OPENING_BY = re.compile(rf"^(?P<verb>[A-Z][a-z]+(?:ed|en|t))\s+by\s+(?P<who>{_BODY_NAME}),")


FIGURE_THEN_RELATIVE = re.compile(
    r"(?:\d|%|\bper\s?cent|\bpercent)\s+(?P<relative>that|which)\s+(?:(?:is|was|are|were|has|have|had)\s+)?$"
)


def named_frames(sentence: str) -> list[SpeakerCue]:
    """A relative "which X said", a closing "official figures have shown", a fixing passive "by X"."""
    found = RELATIVE_SPEECH.search(sentence)
    verb = "said"
    if not found:
        found, verb = DOCUMENT_BY.search(sentence), "according_to"
    if not found:
        found, verb = OPENING_BY.match(sentence), "reported"
        if found and stem_of(found.group("verb").lower()) not in FIXING_STEMS | REVISING_STEMS | DEFINING_STEMS:
            found = None
    if not found:
        found, verb = DOCUMENT_CLOSING.search(sentence), "according_to"
    if not found:
        found, verb = PASSIVE_BY.search(sentence), "reported"
        if found and stem_of(found.group("verb")) not in FIXING_STEMS | REVISING_STEMS:
            found = None
    if not found:
        return []
    start, end = found.span("who")
    link = DraftLink(sentence[start:end], verb, start, end)
    relative = FIGURE_THEN_RELATIVE.search(sentence, 0, found.start()) if verb == "reported" else None
    if relative:
        # "a 4.1 percent raise rather than the 2.45 percent that is being offered by the government": the
        # relative clause hangs on the figure before it, and the agent sources that figure only.
        return [SpeakerCue((link,), relative.start("relative"), end, False, local=True, acted=True)]
    # A relative "which X said was 7.1" never reaches back to the figures before it; the others govern
    # the sentence (one clause in a sentence governs all its figures, whatever its direction).
    forward = verb != "according_to"
    return [SpeakerCue((link,), start, found.end(), forward, opens_clause=verb == "said", acted=verb == "reported")]
