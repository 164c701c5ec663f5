"""
The counted noun after a figure, and the unit it normalises to.

"5,000 military construction workers" counts *workers*: the adjectives and noun
modifiers in between belong to the `subject` ("military construction workers") but not
to the `unit` ("workers"). Without a part-of-speech tagger, the head is found as the
first plural-looking word of the noun phrase (or the last word of a singular phrase
after "one"), reading at most `MAX_MODIFIERS` words and stopping at function words,
auxiliaries and punctuation.

Units are lowercase plurals ("troops", "coffins"); a rate after the noun ("a month",
"per day") gives "sanctions per month"; "%"/"percent"/"per cent" give "percent".
Money units are ISO codes and are read in `numbers`.
"""

import re
from dataclasses import dataclass

__all__ = [
    "CountedNoun", "read_counted_noun", "read_rate", "read_percent", "read_measure", "read_price_per", "pluralise",
    "singularise", "is_time_unit", "read_phrase", "looks_plural", "TIME_UNITS", "KNOWN_UNITS",
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

IRREGULAR_PLURALS = frozenset(
    [
        "people",
        "personnel",
        "police",
        "staff",
        "children",
        "men",
        "women",
        "aircraft",
        "cattle",
        "sheep",
        "livestock",
        "fish",
        "deer",
        "crew",
        "infantry",
        "militia",
        "clergy",
        "offspring",
        "feet",
    ]
)

# Words ending in "s" that are not plural nouns.
NOT_PLURAL = frozenset(
    [
        "this",
        "its",
        "his",
        "hers",
        "ours",
        "yours",
        "theirs",
        "was",
        "has",
        "is",
        "us",
        "yes",
        "various",
        "previous",
        "serious",
        "famous",
        "numerous",
        "anonymous",
        "dangerous",
        "indigenous",
        "enormous",
        "obvious",
        "vicious",
        "nervous",
        "perhaps",
        "whereas",
        "always",
        "sometimes",
        "across",
        "thus",
        "plus",
        "minus",
        "chaos",
        "status",
        "bonus",
        "campus",
        "virus",
        "census",
        "focus",
        "process",
        "access",
        "address",
        "news",
        "series",
        "species",
        "gas",
        "bus",
        "crisis",
        "basis",
        "analysis",
        "thesis",
        "emphasis",
        "diagnosis",
        "measles",
        "mumps",
        "rabies",
        "diabetes",
        "herpes",
        "shingles",
        "scabies",
        "rickets",
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

# Counted nouns the newsroom meets every day; a head outside this set is still
# accepted, with a little less confidence.
KNOWN_UNITS = frozenset(
    [
        "troops",
        "soldiers",
        "fighters",
        "militants",
        "civilians",
        "people",
        "deaths",
        "casualties",
        "workers",
        "drones",
        "missiles",
        "rockets",
        "shells",
        "rounds",
        "bombs",
        "munitions",
        "tanks",
        "aircraft",
        "jets",
        "planes",
        "helicopters",
        "ships",
        "vessels",
        "boats",
        "interceptors",
        "launchers",
        "vehicles",
        "weapons",
        "warheads",
        "coffins",
        "bodies",
        "visits",
        "trips",
        "sites",
        "facilities",
        "sanctions",
        "entities",
        "companies",
        "firms",
        "refugees",
        "migrants",
        "prisoners",
        "hostages",
        "detainees",
        "votes",
        "voters",
        "seats",
        "cases",
        "infections",
        "patients",
        "doses",
        "vaccines",
        "beds",
        "hospitals",
        "schools",
        "homes",
        "houses",
        "buildings",
        "jobs",
        "tonnes",
        "tons",
        "barrels",
        "children",
        "women",
        "men",
        "students",
        "protesters",
        "officers",
        "police",
        "personnel",
        "members",
        "delegates",
        "countries",
        "cities",
        "villages",
        "towns",
        "strikes",
        "attacks",
        "raids",
        "flights",
    ]
)

# "a month earlier" and "a year ago" say when, not how often.
RATE = re.compile(
    r"""^\s+(?:(?:a|an|per|each|every)\s+(?P<period>day|week|month|year|hour|minute|night|quarter|decade)\b
        |per\s+(?P<second>second)\b)
        (?!\s+(?:earlier|ago|before|later|prior|after|from\s+now)\b)(?!\s+on\s+(?:a\s+)?(?:year|month|week)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# What a price is per: "$93.37 a barrel", "€2 per litre".
PRICE_PER = re.compile(
    r"""^\s+(?:a|an|per|each)\s+(?P<per>barrel|share|ounce|tonne|ton|gallon|litre|liter|kilo|kilogram|pound
        |bushel|megawatt[\s-]hour|kilowatt[\s-]hour|head|person|unit|dose|night|square\s+metre)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Units of measure written as abbreviations or symbols, and how they are stored.
# Spelled-out plurals ("metres", "acres", "tonnes") are read as counted nouns.
MEASURES = (
    (r"basis\s+points?|bps?", "basis points"),
    (r"mph|miles\s+(?:per|an)\s+hour", "mph"),
    (r"km/h|kph|kmh|kilomet(?:re|er)s\s+(?:per|an)\s+hour", "km/h"),
    (r"(?:°|º|degrees?\s+)?(?:C|Celsius|centigrade)|degrees?\s+Celsius", "degrees celsius"),
    (r"(?:°|º|degrees?\s+)?(?:F|Fahrenheit)", "degrees fahrenheit"),
    (r"sq(?:uare)?\s+(?:km|kilomet(?:re|er)s)|km2|km²", "square kilometres"),
    (r"km", "kilometres"),
    (r"mm", "millimetres"),
    (r"cm", "centimetres"),
    (r"kg|kilos", "kilograms"),
    (r"ha", "hectares"),
    # Energy before power: "terawatt hours" is not a count of hours.
    (r"TWh|terawatt[\s-]hours?", "terawatt hours"),
    (r"GWh|gigawatt[\s-]hours?", "gigawatt hours"),
    (r"MWh|megawatt[\s-]hours?", "megawatt hours"),
    (r"kWh|kilowatt[\s-]hours?", "kilowatt hours"),
    (r"MW|[Mm]ega[Ww]atts?", "megawatts"),
    (r"GW|[Gg]iga[Ww]atts?", "gigawatts"),
    (r"ft|foot|feet", "feet"),
    (r"degree", "degrees"),  # "a 1.5 degree target" ("degrees" is a counted noun); Celsius is read above
    (r"magnitude", "magnitude"),  # "an earthquake of 6.8 magnitude"
)
MEASURE = re.compile(
    r"^\s?(?:" + "|".join(f"(?P<m{index}>{pattern})" for index, (pattern, _) in enumerate(MEASURES)) + r")(?![\w/])"
)
RATE_ADVERB = re.compile(r"^\s+(?P<adverb>daily|weekly|monthly|annually|yearly|nightly)\b", re.IGNORECASE)
ADVERB_PERIODS = {
    "daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
    "yearly": "year", "nightly": "night",
}  # fmt: skip
PERCENT = re.compile(
    r"^(?:\s?%|\s+(?:percent|per\s+cent|pct)\b(?P<points>\s+points?)?|\s+percentage\s+points?\b|\s?(?:pp|ppts?)\b)",
    re.IGNORECASE,
)
POINTS = re.compile(r"^\s+points?\b", re.IGNORECASE)
SMALL_NUMBER_BEFORE = re.compile(r"(?<![\d,.])(?:\d{1,2}(?:\.\d+)?|[a-z]+)$", re.IGNORECASE)  # up to 99
PERCENT_IN_TEXT = re.compile(r"%|\bper\s*cent\b|\bpercent", re.IGNORECASE)
WORD = re.compile(r"\s*(?P<word>[A-Za-z][\w’'\-]*)")
# A calibre or model between a figure and its noun: "155mm", "155-mm", "737 MAX", "T-72", "A320neo".
MODEL_MODIFIER = re.compile(
    r"""\s+(?P<model>\d+(?:\.\d+)?(?:\s?mm|-mm|-millimet(?:re|er)|-inch|-calibre|-caliber)
        |\d{2,4}(?=\s+[A-Z])|[A-Z][A-Za-z]*-?\d+[A-Za-z0-9-]*)(?=\s+[A-Za-z])""",
    re.VERBOSE,
)
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


def singularise(word: str) -> str:
    """A rough singular of an English plural, for comparing nouns."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return {"people": "person", "children": "child", "men": "man", "women": "woman"}.get(word, word)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def pluralise(word: str) -> str:
    """The plural of an English noun, lowercase ("person" → "people")."""
    word = word.lower()
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women"}
    if word in irregular:
        return irregular[word]
    if looks_plural(word):
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def looks_plural(word: str) -> bool:
    """Whether `word` reads as a plural noun ("troops", "people", "Russians")."""
    lowered = word.lower()
    if lowered in IRREGULAR_PLURALS:
        return True
    return (
        len(lowered) > 3
        and lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is", "ous"))
        and lowered not in NOT_PLURAL
    )


def is_time_unit(word: str) -> bool:
    """Whether `word` names a span of time ("years", "week"), which is never counted."""
    return word.lower() in TIME_UNITS


def read_rate(text: str, end: int) -> tuple[str, int] | None:
    """A period after a counted noun ("a month", "per day", "annually") and its end."""
    match = RATE.match(text[end : end + 20])
    if match:
        return (match.group("period") or match.group("second")).lower(), end + match.end()
    match = RATE_ADVERB.match(text[end : end + 20])
    if match:
        return ADVERB_PERIODS[match.group("adverb").lower()], end + match.end()
    return None


def read_price_per(text: str, end: int) -> tuple[str, int] | None:
    """What a price is for ("a barrel", "per share") after an amount of money, and its end."""
    match = PRICE_PER.match(text[end : end + 30])
    if match:
        return " ".join(match.group("per").lower().replace("-", " ").split()), end + match.end()
    return None


def read_measure(text: str, end: int) -> tuple[str, int] | None:
    """A unit of measure after a number ("150 mph", "45°C", "12 km") and its end."""
    match = MEASURE.match(text[end : end + 40])
    if not match:
        return None
    # "45 C" needs the degree sign or the word; a bare capital after a space is a name.
    if match.lastgroup in ("m2", "m3") and match.group().startswith(" ") and len(match.group().strip()) == 1:
        return None
    return MEASURES[int(match.lastgroup[1:])][1], end + match.end()


def read_percent(text: str, end: int) -> tuple[str, int] | None:
    """ "%", "percent", "per cent" or "percentage points" after a number, and its end.

    Bare "points" count percentage points when the text gives percentages too and the
    number is below 100 ("Labour is on 34%, down three points"); elsewhere they are a
    score or index points ("the index rose 2%, adding 300 points").
    """
    match = PERCENT.match(text[end : end + 30])
    if not match:
        # "down three points" among percentages: points of a percentage.
        points = POINTS.match(text[end : end + 10])
        if points and PERCENT_IN_TEXT.search(text) and SMALL_NUMBER_BEFORE.search(text, 0, end):
            return "percentage points", end + points.end()
        return None
    # "1.1 pp", "2 ppts": percentage points abbreviated.
    points = "point" in match.group().lower() or match.group().strip().lower().startswith("pp")
    unit = "percentage points" if points else "percent"
    return unit, end + match.end()


ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)")
# Nouns that count the people or things of the plural before them: "security forces personnel".
COLLECTIVE_HEADS = frozenset(["personnel", "members", "staff", "officers", "workers", "employees", "troops"])


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
        if bare in STOP_WORDS or (words and singular and PAST_TENSE.search(bare)):
            break
        words.append(match)
        cursor = match.end()
        acronym = ACRONYM.match(text, cursor)
        if acronym and word[:1].isupper():
            cursor = acronym.end()  # "15 Afghan National Army (ANA) personnel": the name's acronym
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
    if singular and words:
        # The last word of a singular phrase is its head: "one Ukrainian soldier".
        return _noun(text, pos, words, words[-1].group("word"), model.start("model") if model else None)
    return None


def read_phrase(text: str, pos: int, max_words: int = 3) -> tuple[str, int, int] | None:
    """A short phrase of content words from `pos` ("military aid"), singular or not."""
    words: list[re.Match] = []
    cursor = pos
    while len(words) < max_words:
        match = WORD.match(text, cursor)
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
    unit = pluralise(lowered) if lowered not in IRREGULAR_PLURALS else lowered
    return CountedNoun(text[start:end], unit, start, end, unit in KNOWN_UNITS)
