"""
The last look at a speaker's name before it becomes a link: a noun phrase that names someone.

Each attribution rule reads a name its own way, and on real prose some read too much: an
opening phrase ("On Monday the world football organization", "In both cases union leaders"),
a dateline ("HONG KONG - The Alliance for Peace and Democracy"), or the start of the predicate
("Apple Inc. posted a smaller-than-", "Taliban spokesman Ehsanullah Ehsan in a telephone call to
AFP", "The CGT thus declared to"). Editors then see new actors named after sentence fragments.
`tidy_speaker()` trims those edges, and refuses what is still no noun phrase (a name starting
with a dash or a verb, "trying to cross the sea"), so the figure falls back to the outlet
instead; a dangling article, preposition or dash at its end is trimmed.
"""

import re

from .calendar import MONTHS
from .currencies import CURRENCY_SYMBOLS
from .legal_forms import with_legal_form
from .name_fragments import NOT_FRAGMENT, fragment_named
from .spans import DAYS, WEEKDAY_END
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .subject_padding import DATELINE as WIRE_DATELINE  # "BEIJING (Reuters) - ", "MEXICO CITY, Nov. 7 (Xinhua) -- "
from .time_names import NOT_TIME, time_named

__all__ = ["tidy_speaker"]

_WHEN = f"{DAYS}|{MONTHS}"
# "On Monday the …", "Last Sunday the …", "On June 18 Venezuelan Oil Minister …": when, before the name.
LEADING_WHEN = re.compile(
    rf"^(?:On|In|Last|This|Earlier|Late|By)\s+(?:(?:{_WHEN})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|\d{{4}}),?\s+(?=\S)"
)
# "In a separate phone interview rebel commander …", "In both cases union leaders": an opening phrase
# ending where the name's own article or title starts.
LEADING_PHRASE = re.compile(
    r"^(?:In|At|During|After|Before|Under|With)\s+(?:a|an|the|both|each|another|its|their|his|her)\s+[^,]{0,40}?"
    r"\s+(?!(?:interview|call|statement|cases|conference|briefing|meeting|speech|report)\b)"
    r"(?=(?:the|The|a|A|an|An)\s|[a-z]+\s+[A-Z]|(?:[a-z]+\s+)?(?:union|rebel|police|army|party)\b)"
)
# "…, above analysts' average estimate of 46 cents": the comparison word is no part of the owner's name.
LEADING_COMPARISON = re.compile(
    r"^(?:above|below|beating|missing|topping|exceeding|versus|against|than|trailing)\s+(?=\S)"
)
DATELINE = re.compile(r"^[A-Z][A-Za-z .'’]{2,30}\s+[-–—]\s+(?=[A-Z])")
# What starts the predicate or an adjunct after the name: the name ends before it.
PREDICATE_START = re.compile(
    r"\s+(?:posted|gave|declared|thus|only|instead|reportedly|there|are|is|was|were|has|have|had|will|would|set\s+off|in\s+a\s+(?:telephone|phone)"
    r"|in\s+an?\s+(?:interview|statement)|told|said)\b.*$"
)
COMPARATIVE_END = re.compile(r"-than-?$")
# "the NCDC on Monday via its official website", "the police headquarters at the end of the day": when it was
# said, after the name, is no part of it ("the Committee on Foreign Relations" has no day or month after "on").
TRAILING_WHEN = re.compile(
    rf"\s+(?:on|at)\s+(?:(?:{_WHEN})\b(?!\s+(?:Street|Road|Avenue|Club|Committee|Movement|Group))"
    r"|the\s+end\s+of\s+the\s+(?:day|week|month|year)\b)(?:(?!\s[a-z]+ed\b).)*$"  # no verb after it: trimmed
)
# "Last Friday", "In March", "from January to July": a time, read where a name stands, names no one (a bare
# month may be a name: "May said").
ONLY_WHEN = re.compile(
    rf"^(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier|[Ll]ater)\s+(?:week|month|year|weekend|quarter|{_WHEN})"
    rf"|(?:[Oo]n|[Ii]n|[Ff]rom|[Ss]ince|[Uu]ntil|[Bb]y)\s+(?:{_WHEN})\b.*)$"
)
# "Throughout the 12 districts", "In a key development", "Across the flooded provinces": an opening phrase of place
# or occasion read where a name stands (its noun taken for the subject of "mentioned", "issued"); with no capital
# and no body in it, it names no one ("In Ruritania the police" is left to the rules).
ONLY_ADJUNCT = re.compile(
    r"^(?:In|At|On|During|Throughout|Across|Among|Amid|Over|Under|After|Before|Since|Until|With|Within|Despite)"
    r"\s+(?:the|a|an|all|both|each|every|its|their|these|those|this|that|\d[\d,]*)\s+[^A-Z]*$"
)
SPEAKING_WORDS = BODY_NOUNS | ORGANISATION_WORDS | PERSON_TITLES
# "they received", "We also received", "Cosla insisted the statistics", "the army attacked the hospital": a
# clause read as a name; the name is its subject, before the verb ("-ed" before its object's article).
# ("They included two women who": the relative's antecedent speaks, and the name is left whole to be trimmed.)
CLAUSE_AFTER_PRONOUN = re.compile(r"^(?:[Tt]hey|[Ww]e|I|[Yy]ou)(?=\s+\S)(?!.*\b(?:who|which|that)\b)")
CLAUSE_AFTER_NAME = re.compile(r"\s+[a-z]{3,}ed\s+(?:the|a|an|its|their|his|her|our)\s.*$")
BARE_POSSESSIVE = re.compile(r"^(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur)$")  # "their": no one named
# "Birla Corporation Monday reported", "the Model Courts Tuesday awarded": a bare weekday between the name and its
# verb is when, no part of the name ("Black Friday" and "Good Friday" are names).
# "of consumers", "of survey participants": the rest of a partitive whose share a bracket cut off ("Nearly a
# quarter (23 per cent) of adults said"); the share's group is the measured population, and "of" opens no name.
PARTITIVE_REST = re.compile(r"of\s")
GERUND_START = re.compile(r"[a-z]+ing\s+(?:to|the|a|an|into|across|out|up|off|from)\b")
NOT_A_NAME_END = re.compile(
    r"(?:[-–—]|\b(?:the|a|an|of|to|for|by|in|on|at|and|or|with|from|(?-i:that|which|who))|(?<=\S)\s+(?:he|she|it|they|we))\s*$",
    re.IGNORECASE,
)


def tidy_speaker(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the speaker's name within `start:end`, its edges trimmed; None if it names nobody."""
    # "WASHINGTON (dpa-AFX) - Contoso Corp. reported …": a wire dateline (its agency bracket read as blanks by
    # the subject rules) opens the sentence, and the name starts after it.
    wire = WIRE_DATELINE.match(sentence)
    if wire and start < wire.end() < end:
        start = wire.end()
    start, end = with_legal_form(sentence, start, end)  # "Acme Polling, Inc.": the form after its comma is the name's
    name = sentence[start:end]
    for opening in (LEADING_WHEN, DATELINE, LEADING_PHRASE, LEADING_COMPARISON):
        match = opening.match(name)
        if match and match.end() < len(name):
            start, name = start + match.end(), name[match.end() :]
    pronoun = CLAUSE_AFTER_PRONOUN.match(name)
    name = name[: pronoun.end()] if pronoun else CLAUSE_AFTER_NAME.sub("", name)
    predicate = PREDICATE_START.search(name)
    if predicate and predicate.start() > 0:
        name = name[: predicate.start()]
    name = TRAILING_WHEN.sub("", name)
    timed = time_named(sentence, start, name.rstrip(" ,;:"))
    if timed != NOT_TIME:
        return timed  # "data released Friday", "Tuesday’s results": what the time dates, or no one
    stripped = WEEKDAY_END.sub("", name.rstrip(" ,;:"))
    fragment = fragment_named(sentence, start, stripped)
    if fragment != NOT_FRAGMENT:
        return fragment  # "has" (the subject before it speaks), "includes", "the cumulative": no name
    if ONLY_WHEN.match(stripped):
        return None  # "Last Friday": when, not who
    if ONLY_ADJUNCT.match(stripped) and not SPEAKING_WORDS & {word.lower() for word in stripped.split()}:
        return None  # "Throughout the 12 regions": where, not who
    if BARE_POSSESSIVE.match(stripped):
        return None
    if COMPARATIVE_END.search(stripped):
        return None  # "a better-than-" (expected): an adjective cut off, no one named
    while NOT_A_NAME_END.search(stripped):
        # "the materials to the draft budget for" (the year was cut off), "the police –": trim the dangling word
        stripped = NOT_A_NAME_END.sub("", stripped).rstrip(" ,;:")
    if not stripped or not stripped[0].isalnum() or GERUND_START.match(stripped):
        return None  # "- Little or no …", "trying to cross the sea": no one named
    if _names_no_one(sentence, start, stripped):
        return None  # "as per plan": a bare common noun
    if PARTITIVE_REST.match(stripped) and sentence[:start].rstrip().endswith(")"):
        return None  # "Almost half (49%) of consumers said": the share's group, cut off by its bracket, is measured
    if stripped in CURRENCY_SYMBOLS:
        return None  # "… Rs. 8.5 crore and Rs. 11 crore": a currency read as a capitalised name names no one
    return start, start + len(stripped)


# Lowercase words that name a speaker with no article: a body or a group ("police", "government", "media") or
# what speaks for itself ("data", "census"); any other bare singular noun ("as per plan", "as per law") is none.
BARE_SOURCES = SPEAKING_WORDS | frozenset(
    ["data", "census", "research", "reporting", "information", "intelligence", "management", "industry", "press",
     "customs", "staff", "media", "survey", "analysis", "evidence", "he", "him", "she", "her", "it", "we", "us",
     "they", "them", "you", "me", "one"]
)  # fmt: skip


AS_PER = re.compile(r"\b(?:[Aa]s\s+per|[Aa]ccording\s+to)\s+$")


def _names_no_one(sentence: str, start: int, name: str) -> bool:
    """Whether a one-word name is a bare singular common noun ("It is progressing as per plan": the plan said
    nothing)."""
    if " " in name or not (name.islower() and name.isalpha()):
        return False
    # only where a source is written: "as per plan", "according to law" (a noun before a report is its owner:
    # "market expectations", "the ministry's data")
    cited = AS_PER.search(sentence, 0, start)
    return bool(cited) and not name.endswith("s") and name not in BARE_SOURCES


# Adverbs that open a sentence and link it to the last ("Meanwhile figures showed …"): `media` reads none as the
# owner of a report; a pronoun that opens one ("Those put the total at …") may still stand for a speaker.
SENTENCE_ADVERBS = frozenset(
    ["Meanwhile", "However", "Moreover", "Furthermore", "Also", "Separately", "Elsewhere", "Overall", "Still", "Yet",
     "Additionally", "Likewise", "Similarly", "Nonetheless", "Nevertheless", "Besides", "Thus", "Hence", "Therefore",
     "Instead", "Again", "Earlier", "Later", "Previously", "Subsequently"]
)  # fmt: skip
