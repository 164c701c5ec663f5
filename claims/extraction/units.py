"""
The counted noun after a figure, and the unit it normalises to.

"5,000 military construction workers" counts *workers*: the adjectives and noun
modifiers in between belong to the `subject` ("military construction workers") but not
to the `unit` ("workers"). Without a part-of-speech tagger, the head is found as the
first plural-looking word of the noun phrase (or the last word of a singular phrase
after "one"), reading at most `MAX_MODIFIERS` words and stopping at function words,
auxiliaries and punctuation.

Units are lowercase plurals ("troops", "coffins"). Rates ("a month"), prices ("a
barrel"), percentages and units of measure ("mph", "GW") are read in `measures`; money
units are ISO codes and are read in `numbers`.
"""

import re
from dataclasses import dataclass

from .known_units import KNOWN_UNITS
from .modifier_runs import modifier_run_end
from .plurals import ACRONYM_PLURAL, IRREGULAR_PLURALS, counts_people, is_demonym, looks_plural, pluralise, singularise

# `pluralise`, `singularise` and `looks_plural` live in `plurals` and are exported here too, as before.
__all__ = [
    "CountedNoun", "read_counted_noun", "pluralise", "singularise", "is_time_unit", "read_phrase", "looks_plural",
    "TIME_UNITS", "KNOWN_UNITS",
]  # fmt: skip

MAX_MODIFIERS = 4

# Words that end a noun phrase: articles, prepositions, conjunctions, auxiliaries,
# pronouns and the verbs of attribution.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "their",
        "its",
        "his",
        "her",
        "our",
        "my",
        "your",
        "them",
        "they",
        "it",
        "he",
        "she",
        "we",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "of",
        "into",
        "onto",
        "across",
        "over",
        "under",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "than",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "if",
        "so",
        "because",
        "since",
        "during",
        "after",
        "before",
        "until",
        "till",
        "ago",
        "later",
        "earlier",
        "per",
        "each",
        "every",
        "more",
        "less",
        "fewer",
        "most",
        "least",
        "last",
        "next",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "am",
        "have",
        "has",
        "had",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "do",
        "did",
        "does",
        "not",
        "no",
        "never",
        "also",
        "too",
        "just",
        "only",
        "even",
        "all",
        "some",
        "any",
        "both",
        "many",
        "much",
        "several",
        "such",
        "here",
        "there",
        "then",
        "now",
        "said",
        "says",
        "say",
        "told",
        "reported",
        "according",
        "citing",
        "against",
        "near",
        "between",
        "among",
        "amid",
        "like",
        "about",
        "around",
        "toward",
        "towards",
        "via",
        "without",
        "within",
        "including",
        "including",
        "up",
        "down",
        "out",
        "off",
        "back",
        "away",
        "yet",
        "still",
        "again",
        "already",
    ]
)

TIME_UNITS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "night",
        "nights",
        "week",
        "weeks",
        "weekend",
        "weekends",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "times",
        "time",
        "quarter",
        "quarters",
        "season",
        "seasons",
        "term",
        "terms",
        "generation",
        "generations",
    ]
)


WORD = re.compile(r"\s*(?P<word>[A-Za-z][\w’'\-]*)")
# An acronym written with full stops is one word: "U.S.", "U.K.".
DOTTED_WORD = re.compile(r"\s*(?P<word>(?:[A-Z]\.){2,})(?=\s)")
# A calibre or model between a figure and its noun: "155mm", "155-mm", "737 MAX", "T-72", "A320neo".
MODEL_MODIFIER = re.compile(
    r"""\s+(?P<model>\d+(?:\.\d+)?(?:\s?mm|-mm|-millimet(?:re|er)|-inch|-calibre|-caliber)
        |\d{2,4}(?=\s+[A-Z])|[A-Z][A-Za-z]*-?\d+[A-Za-z0-9-]*)(?=\s+[A-Za-z])""",
    re.VERBOSE,
)
# "one bridge reportedly collapsed", "12 schools respectively": an adverb ends the noun phrase
# (not "elderly", "quarterly", "family", which describe or name what is counted).
ADVERB = re.compile(
    r"^(?:[a-z]{3,}(?:edly|ally|ently|antly|ively|ately|ously|fully)|mainly|mostly|largely|nearly|roughly|already)$"
)
# A lowercase word in "-ly" that is no noun ("shortly", "later"), at the end of a singular phrase.
ADVERB_LY = re.compile(
    r"^(?![a-z]*(?:family|ally|assembly|rally|supply|anomaly|monopoly|reply|belly|lily|bully|tally))[a-z]+ly$"
)
# "one seat short of a majority", "two votes shy of the record": after a noun, "short of" ends it.
SHORT_OF = re.compile(r"\s+(?:short|shy)\s+of\b")
# After a noun, a word in "-ed" is a verb ("one person died"), not a modifier.
PAST_TENSE = re.compile(r"[a-z]{2}ed$")
POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(frozen=True)
class CountedNoun:
    """The noun phrase a figure counts: text as written, normalised unit, span."""

    subject: str
    unit: str
    start: int
    end: int
    known: bool


def is_time_unit(word: str) -> bool:
    """Whether `word` names a span of time ("years", "week"), which is never counted."""
    return word.lower() in TIME_UNITS


ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)")
# Nouns that count the people or things of the plural before them: "security forces personnel".
COLLECTIVE_HEADS = frozenset(["personnel", "members", "staff", "officers", "workers", "employees", "troops"])


# "12 seriously injured workers", "one critically ill patient": an adverb grading the participle after it.
GRADED_PARTICIPLE = re.compile(r"\s+(?:[a-z]{3,}(?:ed|en)|ill|sick)\s+[a-z]")


def _grades_participle(text: str, end: int) -> bool:
    return bool(GRADED_PARTICIPLE.match(text, end))


def read_counted_noun(text: str, pos: int, singular: bool = False) -> CountedNoun | None:
    """The noun phrase counted by a figure ending at `pos`, or None.

    With `singular`, the figure is one ("at least one soldier"), so a singular head
    is accepted and pluralised for the unit.
    """
    words: list[re.Match] = []
    cursor = pos
    model = MODEL_MODIFIER.match(text, pos)  # "1 million 155mm artillery shells", "48 737 MAX jets"
    if model:
        cursor = model.end()
    while len(words) <= MAX_MODIFIERS:
        match = WORD.match(text, cursor)
        if not match:
            break
        word = match.group("word")
        bare = POSSESSIVE.sub("", word).lower()
        graded = len(words) == 1 and ADVERB.match(words[0].group("word"))  # "one seriously injured passenger"
        if bare in STOP_WORDS or (words and singular and PAST_TENSE.search(bare) and not graded):
            break
        if ADVERB.match(word) and (words or not _grades_participle(text, match.end())):
            break
        if words and SHORT_OF.match(text, cursor):
            break
        if not words and word[:1].isupper() and word.endswith(("'s", "’s")) and WORD.match(text, match.end()):
            # "four Spain's coast guard boats": a name's possessive before the noun owns what is counted.
            cursor = match.end()
            continue
        words.append(match)
        cursor = match.end()
        acronym = ACRONYM.match(text, cursor)
        if acronym and word[:1].isupper():
            cursor = acronym.end()  # "15 Afghan National Army (ANA) personnel": the name's acronym
        if word.endswith(("s'", "s’")) and is_time_unit(word[:-1]):
            # "three years' imprisonment", "two weeks' notice": the span is what is counted.
            return _noun(text, pos, words, word[:-1], model.start("model") if model else None)
        if len(words) == 1 and counts_people(word, WORD.match(text, cursor)):
            return _noun(text, pos, words, word, model.start("model") if model else None)  # "five Senegalese"
        if looks_plural(word) and not word.endswith(("'", "’")):
            # "police officers", "staff members", "Windows devices": a noun-like plural
            # or a name ending in s modifies a plural head.
            following = WORD.match(text, cursor)
            modifier = bare in IRREGULAR_PLURALS or (
                word[0].isupper() and following and following.group("word").islower()
            )
            collective = following and following.group("word").lower() in COLLECTIVE_HEADS
            if (modifier and following and looks_plural(following.group("word"))) or collective:
                # "security forces personnel": the collective noun after the plural is counted
                words.append(following)
                word = following.group("word")
            return _noun(text, pos, words, word, model.start("model") if model else None)
        if word.endswith(("'s", "’s")):
            break
    if singular and words and ADVERB_LY.search(words[-1].group("word")):
        words.pop()  # "another one died shortly": an adverb is no head
        if not words or PAST_TENSE.search(words[-1].group("word")):
            return None
    if singular and words:
        # The last word of a singular phrase is its head: "one Ukrainian soldier".
        return _noun(text, pos, words, words[-1].group("word"), model.start("model") if model else None)
    if not model and (resumed := modifier_run_end(text, pos, _is_function_word, looks_plural)) is not None:
        # "80 new and old cases", "900 U.S. troops": the noun after a run of modifiers is counted.
        found = read_counted_noun(text, resumed, singular)
        if found:
            start = WORD.match(text, pos).start("word")  # the subject keeps its modifiers
            return CountedNoun(text[start : found.end], found.unit, start, found.end, found.known)
    return None


def _is_function_word(word: str) -> bool:
    return word.lower() in STOP_WORDS or is_time_unit(word)


def read_phrase(text: str, pos: int, max_words: int = 3) -> tuple[str, int, int] | None:
    """A short phrase of content words from `pos` ("military aid"), singular or not."""
    words: list[re.Match] = []
    cursor = pos
    while len(words) < max_words:
        match = DOTTED_WORD.match(text, cursor) or WORD.match(text, cursor)  # "U.S. adults", not "U"
        if not match or POSSESSIVE.sub("", match.group("word")).lower() in STOP_WORDS:
            break
        words.append(match)
        cursor = match.end()
    if not words:
        return None
    start, end = words[0].start("word"), words[-1].end("word")
    return text[start:end], start, end


def _noun(text: str, pos: int, words: list[re.Match], head: str, start: int | None = None) -> CountedNoun:
    start = words[0].start("word") if start is None else start
    end = words[-1].end("word")
    lowered = head.lower()
    unit = pluralise(lowered) if lowered not in IRREGULAR_PLURALS and not is_demonym(head) else lowered
    if ACRONYM_PLURAL.fullmatch(head):
        unit = head
    return CountedNoun(text[start:end], unit, start, end, unit in KNOWN_UNITS)
