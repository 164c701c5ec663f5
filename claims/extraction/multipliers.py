"""
Multipliers written as verbs: "profit more than doubled", "shipments nearly double",
"passenger numbers tripled", "statins can halve the risk"; and as words: "a threefold
rise", "twice as many" ("five-fold" is a descriptor, read in `noncounts`). "He was
arrested twice" counts occasions, not a multiplier: "twice" counts before a comparison ("as",
"the", "that" …), after a hedge ("nearly twice last year's sales": a multiple all the same)
and before a rate ("a count twice a day"); "scored twice" is none (the hand-written held-out
set says so, where one real-news annotator counted it).

The shared annotation policy counts a multiplier as a figure ("more than doubled" = 2,
"halving" = 0.5), in the unit "times", like the descriptor "five-fold". Only the verb is
read: "double" and "triple" are also adjectives ("a double murder", "double-digit
growth", "the triple jump"), so their bare form counts only after a word that makes it a
verb or a hedge on a change ("can double", "nearly double", "more than triple") or before
what it multiplies ("double the amount", "triple the rate"); the
inflected forms ("doubled", "tripling") and "halve" are verbs wherever they stand, but not
"doubles" and "triples", which are also nouns (a tennis doubles title, a batter's triples),
nor the idiom "doubled down".

"Scored four times" counts neither a multiple nor bare occasions: in sport copy the times
scored are goals (tries where the text speaks of rugby), as annotators wrote them
(`scored_unit()`).
"""

import re
from decimal import Decimal

__all__ = ["MULTIPLIER_HINT", "find_multipliers", "scored_unit"]

# "Messi scored four times", "has netted eight times this season": what was scored, counted.
SCORED_BEFORE = re.compile(r"\b(?:scored|netted|scoring|netting)\s+$", re.IGNORECASE)
RUGBY = re.compile(r"\b(?:tries|try|rugby)\b", re.IGNORECASE)


def scored_unit(sentence: str, start: int) -> str | None:
    """ "goals" (or "tries") for a count of times at `start` right after "scored"/"netted", else None."""
    if not SCORED_BEFORE.search(sentence, max(0, start - 12), start):
        return None
    return "tries" if RUGBY.search(sentence) else "goals"


MULTIPLIER_HINT = re.compile(r"doubl|tripl|trebl|quadrupl|halv|fold|twice|thrice")

MULTIPLIER = re.compile(
    r"""
    (?:
        \b(?P<inflected>(?:doubl|tripl|trebl|quadrupl|halv)(?:ed|ing)|halve)(?!\s+down\b)
      | \b(?:can|could|would|will|may|might|to|nearly|almost|roughly|about|than|over)
        \s+(?P<bare>double|triple|treble|quadruple)
      | \b(?P<fold>(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold)  # "a threefold rise"
      | \b(?P<twice>twice|thrice)(?=\s+(?:as|the|that|this|its|their|his|her|our|what)\b)  # "twice as many"
      | (?:(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\bleast\s)|(?<=\bthan\s))
        (?P<hedged>twice|thrice)  # "nearly twice last year's", "more than twice"
      | \b(?P<rate>twice|thrice)(?=\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b)  # "a count twice a day"
      | \b(?P<before>double|triple|treble|quadruple)(?=\s+(?:the|that|this|its|their|what)\s)  # "double the amount"
    )\b(?!-)
    """,
    re.VERBOSE | re.IGNORECASE,
)

FOLDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "twenty": 20, "hundred": 100}  # fmt: skip
VALUES = {
    "twice": Decimal(2),
    "thrice": Decimal(3),  # "thrice the actual amount": the older word, as South Asian papers still write it
    "doubl": Decimal(2),
    "tripl": Decimal(3),
    "trebl": Decimal(3),
    "quadrupl": Decimal(4),
    "halv": Decimal("0.5"),
}


def find_multipliers(text: str) -> list[tuple[int, int, Decimal]]:
    """The span and value of every multiplier verb of `text` ("doubled" → 2, "halving" → 0.5)."""
    found = []
    for match in MULTIPLIER.finditer(text):
        groups = ("inflected", "bare", "fold", "twice", "hedged", "rate", "before")
        group = next(name for name in groups if match.group(name))
        lowered = match.group(group).lower()
        if group == "fold":
            value = Decimal(FOLDS[lowered.removesuffix("fold")])
        elif group in ("hedged", "rate"):
            value = VALUES[lowered]
        else:
            value = next(value for stem, value in VALUES.items() if lowered.startswith(stem))
        found.append((match.start(group), match.end(group), value))
    return found
