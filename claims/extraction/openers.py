"""
Who opens a sentence: the name or body a later "it said" or "the company said" may go back to.

`leading_subject()` reads the name or body a sentence opens with ("Pfizer", "The ministry"),
past a wire dateline and a description ("TORONTO (AP) — The BlackBerry maker Research in
Motion posted …"). `described_opener()` reads a described person or body that opens a clause
after a turn word ("But an army spokesman disputed …", "The rebels quickly denied …"), which
the capitalised names of `leading_subject()` miss. Split out of `subjects`.
"""

import re

from .spans import DAYS
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .subject_padding import DATELINE as ANY_DATELINE  # "NEW DELHI, March 3: ", "Dhaka, Jan 5 (UNB) - "

__all__ = ["leading_subject", "described_opener", "topic_opener", "LEADING_SUBJECT"]

LEADING_SUBJECT = re.compile(
    r"""^(?P<who>(?:He|She|It|They)
          | The\s+(?:[a-z]+\s+){0,2}(?:ministry|government|company|agency|bank|army|police|military|council
            |commission|committee|department|office|union|court|parliament|board|regulator|airline|group|firm
            |authority|authorities|embassy|cabinet|administration|operator|utility|insurer|carrier|retailer)
          | (?:(?:The|A|An)\s+)?(?!(?:The|A|An)\s)[A-Z][\w.'’&-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w.'’&-]*){0,5})
        # "The Ministry of the Interior lists": a body's name may hold "of the".
        # "American Airlines <AAL.O> posted", "Electronic Arts Inc (O:EA) reported": a stock ticker may follow.
        # A ticker has its exchange after a dot or before a colon; a bracketed abbreviation ("The Examinations
        # Board (WAEB) has withheld …") glosses the name, which still opens the sentence.
        (?=(?:\s+(?:<[A-Z0-9.:]{1,12}>|\((?:[A-Z]{1,2}:[A-Z0-9]{1,6}|[A-Z0-9]{1,6}\.[A-Z]{1,2}|[A-Z][A-Za-z&]{1,9})\)))?\s+[a-z])""",
    re.VERBOSE,
)
NOT_LEADING_SUBJECTS = frozenset(
    [
        "In",
        "On",
        "At",
        "After",
        "Before",
        "Last",
        "This",
        "That",
        "Meanwhile",
        "But",
        "And",
        "However",
        "Since",
        "When",
        "While",
        "As",
        "With",
        "For",
        "From",
        "During",
        "Earlier",
        "Later",
        "Separately",
        "Under",
        "Over",
        "About",
        "Some",
        "More",
        "Nearly",
        "Almost",
        "Around",
        "Only",
        "Also",
        "Then",
        "Now",
        "There",
        "Here",
        "Despite",
        "Although",
        "Though",
        "If",
        "Because",
        "Asked",
        "According",
        "Overall",
        "Elsewhere",
        "Still",
        "Yet",
        "Half",
        "Most",
        "All",
        "Many",
        "Few",
        "Several",
        "Both",
        "Each",
        "Every",
        "No",
        "None",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Up",
        "Upwards",
        "Fewer",
        "Less",
        "Roughly",
        "Approximately",
        "Just",
        "Exactly",
        "Well",
        "Close",
        "Among",
        "Including",
        "Even",
        "Like",
        "Unlike",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "My",
        "Your",
        # Pronouns and quantities that open a sentence: "Much has been made of …, analysts said" names no
        # body a later "the company" could be.
        "Much",
        "Such",
        "These",
        "Those",
        "Another",
        "Other",
        "Any",
        "Either",
        "Neither",
        "Little",
        "Enough",
        "Everyone",
        "Everything",
        "Nothing",
        "Nobody",
        "Someone",
        "Something",
        # Words of time, place or condition that open an adjunct: "Until now officials had refused …".
        "Until",
        "Till",
        "Unless",
        "Once",
        "Whether",
        "Whereas",
        "Whilst",
        "Amid",
        "Across",
        "Throughout",
        "Through",
        "Within",
        "Without",
        "Beyond",
        "Between",
        "Upon",
        "Toward",
        "Towards",
        "Against",
    ]
)
PARTICIPLE_OPENERS = frozenset(
    ["Excluding", "Including", "Following", "Citing", "Speaking", "Adding", "Using", "Assuming", "Counting",
     "Leaving", "Taking", "Given", "Barring", "Stripping", "Adjusting", "Judging", "Compared", "Based", "Looking"]
)  # fmt: skip


def leading_subject(sentence: str) -> tuple[int, int] | None:
    """The span of the name or body that opens `sentence` ("Pfizer", "The ministry"), or None.

    A wire dateline before it is skipped ("TORONTO (AP) — The company …"), and so is a
    description before a name ("The BlackBerry maker Research in Motion posted …").
    """
    dateline = DATELINE.match(sentence) or ANY_DATELINE.match(sentence)
    offset = dateline.end() if dateline else 0
    described = DESCRIBED_NAME.match(sentence, offset)
    if described:
        return described.span("name")
    false_title = _false_title(sentence, offset)
    if false_title:
        return false_title
    subject = LEADING_SUBJECT.match(sentence[offset:])
    if not subject:
        return None
    who = subject.group("who")
    if who.split()[0] in NOT_LEADING_SUBJECTS or who in ("The", "A", "An") or who in WEEKDAYS:
        return None  # "… Bank (RCB) Thursday decided": a day after what read as a dateline is when, not who
    if who.split()[-1] in THING_ACRONYMS:
        return None  # "The IPO was 21 times oversubscribed": an offering, not a body a later "the group" means
    if sentence.startswith(" et al", offset + subject.end("who")):
        return None  # "Pan et al reported": authors, not a body "the company" may go back to
    following = NEXT_WORD.match(sentence, offset + subject.end("who"))
    if following and following.group(1) in NOUN_HEADS:
        return None  # "A UN official, who …", "The Nordic airline": the name describes a noun
    if " " not in who and following and (when := TIME_AFTER_NAME.match(sentence, offset + subject.end("who"))):
        following = NEXT_WORD.match(sentence, when.end())  # "Acmecorp earlier this week posted": when, then the verb
    if " " not in who and following:
        after = NEXT_WORD.match(sentence, following.end())
        if following.group(1).endswith("ly") and after:
            # "United clearly have the touch": an adverb, then the verb.
            following, after = after, NEXT_WORD.match(sentence, after.end())
        if not _looks_like_verb(following.group(1)) or (
            following.group(1).endswith("s")
            and following.group(1) not in AUXILIARIES_IN_S  # "Ruritania has set": "has" is no plural noun
            and after
            and after.group(1) in IRREGULAR_VERBS | {"reported"}
        ):
            return None  # "Heavy rain fell", "Aid groups said": one capitalised word before a noun describes it
    if who in AMOUNT_OPENERS and following and not _plainly_verb(following.group(1)):
        return None  # "Total provisions rose …", "Net advances grew …": an amount opens, not a body named "Total"
    if who in PARTICIPLE_OPENERS:
        return None  # "Excluding a tax benefit, …", "Following the vote …": a participle opens the sentence
    if _opening_participle(who, following, sentence):
        return None  # "Giving details of the results, it said …": any participle, not only the listed ones
    return offset + subject.start("who"), offset + subject.end("who")


# "Giving details of …", "Outlining plans for …": a word in -ing opening the sentence, then its object.
ING_WORD = re.compile(r"^[A-Z][a-z]{2,}ing$")
# "Giving details of", "Outlining plans for": a participle's plural object has its preposition next, where a
# name's verb in -s has its object ("Boeing delivers 40 jets", "Boeing says it …").
OBJECT_PREPOSITION = re.compile(r"\s+(?:of|for|on|in|from|with|about|at|over|into|regarding)\b")


def _opening_participle(who: str, following: re.Match | None, sentence: str) -> bool:
    """Whether a one-word opener in -ing is a participle ("Giving details of the results, it said") rather than
    a name before its verb ("Vueling has cancelled", "Beijing reported", "Boeing delivers 40 jets")."""
    if not ING_WORD.match(who) or following is None:
        return False
    word = following.group(1)
    if word.endswith("s") and not word.endswith("ss"):
        return bool(OBJECT_PREPOSITION.match(sentence, following.end()))
    return not (_plainly_verb(word) or word in IRREGULAR_VERBS)


AUXILIARIES_IN_S = frozenset(["has", "is", "was", "does"])
# Abbreviations of things, measures and events, never of a body: "The IPO", "GDP", "The AGM".
THING_ACRONYMS = frozenset(
    ["IPO", "IPOs", "GDP", "GNP", "CPI", "PMI", "VAT", "GST", "AGM", "EGM", "EPS", "FDI", "NAV", "EBITDA", "HIV", "ICU", "SUV"]
)  # fmt: skip

IRREGULAR_VERBS = frozenset(
    ["will", "would", "can", "could", "may", "might", "must", "shall", "should", "is", "was", "are", "were", "has",
     "had", "have", "did", "does", "beat", "cut", "put", "sold", "made", "won", "lost", "saw", "took", "gave", "set",
     "hit", "rose", "fell", "grew", "spent", "paid", "bought", "built", "kept", "led", "left", "met", "ran", "said",
     "sent", "told", "became", "began", "brought", "chose", "drew", "drove", "flew", "got", "held", "knew", "let",
     "quit", "shut", "sought", "spoke", "stood", "swung", "struck", "wrote", "also", "now", "still", "then", "just"]
)  # fmt: skip


def _looks_like_verb(word: str) -> bool:
    """Whether the word after a one-word subject reads as its verb ("Ryanair carried", "Pfizer beat")."""
    return word in IRREGULAR_VERBS or word.endswith(("ed", "s"))


# Words that open a sentence on an amount ("Total provisions rose", "Net advances grew"), and that a
# body's name rarely is: one is the subject only before a plain verb ("Total said …").
AMOUNT_OPENERS = frozenset(["Total", "Net", "Gross", "Average", "Combined", "Cumulative", "Aggregate", "Annual"])


def _plainly_verb(word: str) -> bool:
    """Whether a word reads as a verb and not as a plural noun ("said", "rose"; not "provisions")."""
    return word in IRREGULAR_VERBS or word.endswith("ed") or word in ("says", "reports", "expects", "sees", "plans")


WEEKDAYS = frozenset(DAYS.split("|"))
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
TIME_AFTER_NAME = re.compile(r"\s+(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month|year|quarter)\b")
NOUN_HEADS = (
    PERSON_TITLES | BODY_NOUNS | ORGANISATION_WORDS
    | frozenset(["officials", "sources", "source", "people", "residents", "workers", "troops", "forces", "lawmakers",
                 "results", "data", "figures", "report", "survey", "poll", "study", "statistics", "estimates"])
)  # fmt: skip
# "LAGOS, Nigeria (Reuters) - ": a wire's dateline; "TORONTO (AP) — ", and a wire's bare "(Reuters) – " when the page drops the place.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{2,}(?:,\s+[A-Z][\w .]+)?(?:\s*\([\w .&-]+\))?|\([A-Z][\w .&-]+\))\s*[—–-]{1,2}\s+"
)
# "The BlackBerry maker Research in Motion posted …": a common noun of a body, then its name; four words may
# describe it ("Saudi Arabia’s state-run oil giant Aramco", "U.S. computer maker Apple").
# "Apple Tuesday booked", "Apple on Tuesday booked": wire copy puts the day between the name and its verb;
# the day is no word of the name.
_NAME_WORD = rf"(?!(?:{DAYS})\b)[A-Z][\w.&'’-]*"
_DAY_THEN_VERB = rf"\s+(?:on\s+)?(?:{DAYS})\s+[a-z]"
DESCRIBED_NAME = re.compile(
    rf"""(?:The\s+|A\s+|An\s+)?(?:[\w.'’-]+\s+){{0,4}}?(?:{"|".join(sorted(BODY_NOUNS))})\s+
        (?P<name>{_NAME_WORD}(?:\s+(?:(?:of|in|and|for|de)\s+)?{_NAME_WORD}){{0,4}})(?=\s+[a-z]|{_DAY_THEN_VERB})""",
    re.VERBOSE,
)
# "Google rival Yahoo earlier this week posted …", "State-run TV station TRT declared …": the same "false title"
# with a describing noun no list holds ("The opposition Freedom Alliance claimed"). Capitalised words (a name, a
# place, an article), one or two lowercase words that are neither a function word nor a verb, then the name; it is
# taken only before a past verb (past a time), since a word in -s after a name is as often a plural noun
# ("Investors sent Tollard shares up").
NOT_DESCRIBING = (
    r"of|in|at|on|for|from|with|by|and|or|but|nor|the|a|an|to|as|near|into|onto|across|over|under|after|before|since"
    r"|than|then|between|against|about|around|its|their|his|her|our|this|these|those|per|is|are|was|were|has|have"
    r"|had|will|would|could|can|may|might|also|not|that|which|who|said|says|told|via|like|unlike|amid|despite"
)
FALSE_TITLE = re.compile(
    rf"""(?:[A-Z][\w.&'’-]*\s+){{1,3}}(?:(?!(?:{NOT_DESCRIBING})\s)[a-z][a-z-]*(?<!ed)(?<!ing)(?<!ly)\s+){{1,2}}
        (?P<name>{_NAME_WORD}(?:\s+(?:(?:of|and|for|de)\s+)?{_NAME_WORD}){{0,3}})
        (?=(?:\s+(?:on\s+)?(?:{DAYS})|\s+(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month|year|quarter)
          |\s+(?:yesterday|today))?\s+(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\b)""",
    re.VERBOSE,
)


def _false_title(sentence: str, offset: int) -> tuple[int, int] | None:
    """The span of the name in "Google rival Yahoo posted …", or None."""
    found = FALSE_TITLE.match(sentence, offset)
    if not found:
        return None
    words = sentence[found.start() : found.start("name")].split()
    if any(word in IRREGULAR_VERBS for word in words):
        return None  # "Britain hit Ruritania hard": a verb, no description
    verb = found.group("verb")
    return found.span("name") if verb.endswith("ed") or verb in IRREGULAR_VERBS else None


# "But an army spokesman disputed …": a described person or body, after a turn word, opens a clause;
# "However, militants have denied …": a plural needs no article, and the verb may take an auxiliary.
DESCRIBED_OPENER = re.compile(
    r"^(?:(?:But|And|Yet|Meanwhile|However),?\s+)?"
    r"(?P<who>(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z]+)|(?P<plural>[a-z]+s|[Pp]olice))"
    r"(?=\s+(?:(?:has|have|had)\s+)?(?:also\s+|later\s+|[a-z]+ly\s+)?[a-z]+ed\b)"
)
DESCRIBED_HEADS = PERSON_TITLES | BODY_NOUNS | frozenset(["rebels", "militants", "separatists", "insurgents"])


def described_opener(text: str) -> tuple[int, int] | None:
    """The span of "an army spokesman" in "But an army spokesman disputed …", or None."""
    match = DESCRIBED_OPENER.match(text)
    if not match or (match.group("head") or match.group("plural")).lower() not in DESCRIBED_HEADS:
        return None
    return match.span("who")


# "Meanwhile, Tallaght Hospital is in discussion …", "The model for ovarian cancer worked well": a body or a
# document is the subject of a sentence, after a turn word if any. An "It said" or "It predicted" in the next
# sentence is it, not the last speaker named before (see `SpeakerMemory.note_topic`).
TURN_OPENER = re.compile(r"^(?:Meanwhile|However|But|And|Separately|Elsewhere|Still|Yet),?\s+")
DOCUMENT_HEADS = frozenset(
    ["model", "models", "figures", "data", "report", "study", "survey", "poll", "index", "forecast", "projections",
     "statistics", "estimates", "analysis", "review", "census", "research", "tally", "count"]
)  # fmt: skip
DESCRIBED_DOCUMENT = re.compile(
    rf"(?P<who>The\s+(?:[\w.'’-]+\s+){{0,3}}?(?P<head>{'|'.join(sorted(DOCUMENT_HEADS))})\b(?:\s+(?:for|of|on|into)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)?)"
    rf"(?=\s+(?:{'|'.join(sorted(IRREGULAR_VERBS))}|[a-z]+ed|[a-z]+s)\b)"
)


def topic_opener(sentence: str) -> tuple[int, int] | None:
    """The span of the body or document a sentence is about ("Tallaght Hospital", "The model for ovarian
    cancer"), after a turn word if any, or None; whether a named opener is a body is the caller's to judge."""
    turn = TURN_OPENER.match(sentence)
    offset = turn.end() if turn else 0
    described = DESCRIBED_DOCUMENT.match(sentence, offset)
    if described:
        return described.span("who")
    rest = sentence[offset:]
    subject = leading_subject(rest[:1].upper() + rest[1:])
    return (offset + subject[0], offset + subject[1]) if subject else None
