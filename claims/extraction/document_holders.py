"""
A document that holds a sentence's figures when no one in the sentence speaks them.

"The mobile survey was conducted among 4,010 adults", "The Gallup poll is based on over 15,000
interviews", "Crime statistics released yesterday painted a bleak picture as nearly 6 200 people were
killed", "The forecast was for growth of 0.5%", "Forecasts range from 3.8 per cent to 4.1 per cent",
"In the budget, the police will get Sh25 billion": documents count as speakers (the corpus conventions,
`tests/claims/extraction/realnews/README.md`), and a survey, poll, forecast, set of statistics or budget
that opens the sentence as its subject (whatever its verb: "is based on", "was for", "painted", "uses"),
or that the sentence's figures are given "in", is their source; the outlet only relays it.

`acting_documents` credits a document only with a verb of fixing or showing and `poll_findings` a poll
only; this reads any verb and the wider set of document nouns, so it is the very last resort of
`attribution.find_attributions`: any clause of speech, report or act in the sentence wins over it.
A name that would hold a count ("The survey of 1,000 adults") is no name: the count is a figure.
"""

import re

from .acting_documents import without_years
from .numbers import TENS_WORDS, UNIT_WORDS
from .openers import IRREGULAR_VERBS
from .spans import DraftLink, SpeakerCue
from .subject_padding import opening_end

__all__ = ["document_holder_clauses"]

_YEAR = r"(?:19|20)\d\d(?:[-–/]\d{2,4})?"
# The nouns a document is called by when it gives figures of its own.
_HEAD = (
    r"(?:survey|surveys|poll|polls|polling|forecast|forecasts|projection|projections|estimate|estimates|statistics"
    r"|data|figures|results|findings|census|study|report|consensus|budget|outlook)"
)
# Words a document's name never holds before its head: they open a clause or a phrase of their own.
# A number word is a count, never part of the name ("Four advance estimates are released each year").
_NOT_MODIFIER = (
    r"(?!(?:of|in|on|for|from|to|by|with|and|or|but|that|which|who|as|at|is|are|was|were|has|have|had"
    rf"|(?i:{'|'.join(UNIT_WORDS)}|{'|'.join(TENS_WORDS)}|hundreds?|thousands?|millions?|dozens?|several|half))\b)"
)
_MODIFIER = rf"{_NOT_MODIFIER}(?:[A-Z][\w.&'’-]*|{_YEAR}|[a-z][\w-]*|[A-Z]{{2,8}})"
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hat|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s)"
# Words after the name that show it is no subject: a preposition, a conjunction or a relative.
_NOT_VERB = (
    r"(?:of|in|on|for|from|to|by|with|and|or|but|that|which|who|as|at|into|about|over|under|than|after|before"
    r"|since|while|when|where|if)"
)
# "The mobile survey", "Crime statistics", "Palo Alto's earlier forecast", "Results for the early 2004 survey".
DOCUMENT = re.compile(
    rf"""(?P<name>(?:{_DETERMINER}\s+)?(?:{_MODIFIER}\s+){{0,4}}?(?P<head>(?i:{_HEAD}))
        (?:\s+(?:for|from|of|on)\s+[^,;:"“”()]{{1,70}}?(?i:survey|poll|budget|report|study|census))?)
        (?:\s+(?:released|published|issued|compiled|presented|unveiled)(?:\s+\w+){{0,3}}?)?
        \s+(?!(?:{_NOT_VERB}|{_HEAD})\b)(?P<verb>[a-z]+)\b(?:\s+(?P<next>[^\s,;:]+))?""",
    re.VERBOSE,
)
# The plain form a plural document takes: "Forecasts range from …", "The data show …".
PLAIN_VERBS = frozenset(
    ["range", "vary", "show", "suggest", "indicate", "point", "put", "see", "expect", "predict", "project", "cover",
     "include", "remain", "exclude", "assume", "reflect", "give"]
)  # fmt: skip
# Heads that take a plural verb (or, for "data", a verb of showing in -s).
PLURAL_HEADS = frozenset(
    ["surveys", "polls", "forecasts", "projections", "estimates", "statistics", "data", "figures", "results", "findings"]
)  # fmt: skip
# What a quantity does, not what a document gives: "estimates rose to …", "the figures stood at …".
MOVING_VERBS = frozenset(
    ["rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "climbed", "jumped", "surged", "slipped",
     "soared", "plunged", "edged", "tumbled", "doubled", "tripled", "reached", "totalled", "totaled", "stood", "hit",
     "topped", "exceeded", "rise", "fall", "rises", "falls", "stand", "stands", "total", "totals", "reach", "reaches"]
)  # fmt: skip
COPULAS = frozenset(["is", "are", "was", "were"])
# "The results were a 12 percent rise" equates a document with a figure; "First Call's forecast is $3.97" gives one.
FORECASTS = frozenset(["forecast", "forecasts", "projection", "projections", "estimate", "estimates", "consensus"])
EQUATED = re.compile(r"(?:(?:a|an|about|around|some|nearly|almost|just|only)\b|\d|[$€£¥])", re.IGNORECASE)
# "In the budget, Parliament will get Sh25 billion": the figures are given in a document named at the head;
# "Under the agreement, the government will have 30 days …": an agreement sets them (only "under" one: "In the
# deal, Acme paid $4 million" tells what was done, not what a document says).
IN_DOCUMENT = re.compile(
    rf"""^(?:In|Under)\s+(?P<name>(?:the|its|their|this|[A-Z][\w.&-]*['’]s)\s+(?:{_MODIFIER}\s+){{0,4}}?
        (?:budget|report|survey|poll|study|census|plan|forecast|estimates|projections|statement|proposal|bill))\s*,\s+""",
    re.VERBOSE,
)
UNDER_AGREEMENT = re.compile(
    rf"""^Under\s+(?P<name>(?:the|its|their|this|[A-Z][\w.&-]*['’]s)\s+(?:{_MODIFIER}\s+){{0,4}}?
        (?:agreement|deal|contract))\s*,\s+""",
    re.VERBOSE,
)
# "the previous survey", "last year's budget": a baseline the figures are compared with, not their source.
EARLIER = re.compile(
    r"(?:the|an?)\s+(?:previous|last|earlier|prior|preceding|old)\b|[Ll]ast\s+year['’]s", re.IGNORECASE
)


def document_holder_clauses(sentence: str) -> list[SpeakerCue]:
    """A clause for a document that opens `sentence` as its subject or holds its figures "in" it; meant for
    sentences with no other clause."""
    found = IN_DOCUMENT.match(sentence) or UNDER_AGREEMENT.match(sentence)
    if found is None:
        found = DOCUMENT.match(sentence, opening_end(sentence))
        if found is None or not _reads_as_verb(found.group("head"), found.group("verb"), found.group("next") or ""):
            return []  # "The budget deficit increases": the word after "budget" is a noun, no verb
    start, end = found.span("name")
    name = sentence[start:end]
    if any(character.isdigit() for character in without_years(name)) or EARLIER.match(name):
        return []  # "The survey of 1,000 adults": the count is a figure, not part of the name
    link = DraftLink(name, "according_to", start, end)
    return [SpeakerCue((link,), start, end, True)]


def _reads_as_verb(head: str, word: str, following: str) -> bool:
    """Whether the word after a document's name is its verb ("was", "painted", "uses", "range").

    Not when the document is the quantity itself: it moves ("Federal estimates rose to $40 million") or
    equals a figure ("The results were a 12 percent rise"; a forecast that is a figure gives it: "The analysts'
    forecast is $3.97"). A word in -s after a plural head is a noun the
    head describes ("Data centres use …"), and so is one with a verb after it ("The budget deficits rose").
    """
    if word in MOVING_VERBS or (word in COPULAS and EQUATED.match(following) and head.lower() not in FORECASTS):
        return False
    if word in IRREGULAR_VERBS or word in PLAIN_VERBS or word.endswith("ed"):
        return True
    if not word.endswith("s") or word.endswith("ss") or _verb_form(following):
        return False
    return head.lower() not in PLURAL_HEADS or word[:-1] in PLAIN_VERBS or word[:-2] in PLAIN_VERBS


def _verb_form(word: str) -> bool:
    return word in IRREGULAR_VERBS or word.endswith("ed")
