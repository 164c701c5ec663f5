"""
The number of an English noun, without a dictionary: "troops" is plural, "policeman" makes
"policemen", "people" is the plural of "person", and "this", "various" or "analysis" are no
plurals though they end in "s". `units` reads counted nouns with these.
"""

import re

__all__ = [
    "ACRONYM_PLURAL", "IRREGULAR_PLURALS", "NOT_PLURAL", "counts_people", "is_demonym", "looks_plural", "pluralise", "singularise",
]  # fmt: skip

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
        "accused",  # "the court summoned 1,609 accused": court copy's noun for defendants, one or many
        # Coins of a currency that take no plural "s": "29 sen per share" (Malaysian), "169 kobo a litre" (Nigerian).
        "sen",
        "kobo",
        "paise",  # "cut by 2 paise": the Indian rupee's hundredth, whose plural takes no "s"
        "paisa",  # "from 50 paisa to 86 paisa": the same coin as Indian and Pakistani papers also spell it
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

# "all of their 15 MPs", "30 NGOs", "12 SUVs": an acronym's plural is a noun, and keeps its capitals.
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


def singularise(word: str) -> str:
    """A rough singular of an English plural, for comparing nouns."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return {"people": "person", "children": "child", "men": "man", "women": "woman"}.get(word, word)
    if MEN_PLURAL.match(word):
        return word[:-3] + "man"  # "policemen", "fishermen"
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
    if MAN_SINGULAR.match(word):
        return word[:-3] + "men"  # "policeman", "fisherman", "chairwoman"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


# "gunmen", "batsmen", "fishermen", "servicemen" (not "specimen", "regimen", "abdomen", "acumen").
MEN_PLURAL = re.compile(r"^(?!.*(?:speci|regi|abdo|acu|sta|hy)men$)[a-z]{2,}(?:wo)?men$")
# "policeman", "fisherman", "gunman" (not "human", "German", "Roman", "shaman", "caiman", "talisman", "ottoman").
MAN_SINGULAR = re.compile(r"^(?!.*(?:hu|ger|ro|sha|cai|talis|otto|ger|ata|dol|tru|lay|cay)man$)[a-z]{2,}(?:wo)?man$")


def looks_plural(word: str) -> bool:
    """Whether `word` reads as a plural noun ("troops", "people", "Russians")."""
    lowered = word.lower()
    if lowered in IRREGULAR_PLURALS or MEN_PLURAL.match(lowered) or ACRONYM_PLURAL.fullmatch(word):
        return True
    return (
        len(lowered) > 3
        and lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "is", "ous"))
        and lowered not in NOT_PLURAL
    )


# "five Senegalese, four Congolese", "three Somalis", "19 Vietnamese", "Iraqis 167": a people named by
# its country, whose plural ends in "-ese" (the same as the singular) or "-is", which `looks_plural`
# takes for a singular ("analysis"). Capitalised and long enough that "Paris" or "Lewis" is none.
DEMONYM = re.compile(r"[A-Z][a-z]{3,}(?:ese|is)")


def is_demonym(word: str) -> bool:
    """Whether `word` is a people counted as a whole ("Senegalese", "Somalis"), not a plural in -s."""
    return bool(DEMONYM.fullmatch(word))


def counts_people(word: str, following: re.Match | None) -> bool:
    """Whether a count's first word `word` is its noun, a people ("five Senegalese"), and not a modifier of
    the lowercase plural `following` it ("five Senegalese nationals" counts the nationals)."""
    after = following.group("word") if following else ""
    return is_demonym(word) and not (after.islower() and looks_plural(after))
