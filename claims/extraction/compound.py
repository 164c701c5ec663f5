"""
Numbers written in parts, a larger scale then what is left over: one number, not two.

Ukrainian, Mexican, Bolivian and Bangladeshi copy (and translations of it) writes an exact
amount the way it is said: "UAH 2 trillion 7.4 billion" (2,007.4 billion), "5 thousand 688"
(5,688), "2 million 805.932 votes" (2,805,932), "one lakh 30 thousand 13 students" (130,013).
`find_numbers()` reads each part alone; `join_parts()` makes one token of a run of parts, each
after a single space and smaller than the scale word ending the part before it (as what is
left over must be). A run of whole scaled parts ("8 million 400 thousand tons", "1 billion 730
million US dollars", "Rs 9 crore 50 lakh") is one amount too: four of the five real-news sets that
hold one annotate it so (only the early `unseen5` gave two figures, as for a term in two units,
"three years and three months", which stays two). A comma parts a list ("5 thousand, 3
thousand"), and a larger next part ("2 million 3 million", "5 thousand and 3 thousand") is no
remainder, except in Indian counting, which sets its parts off with commas as it says them:
"cash worth 1 crore, 12 lakh, 99 thousand" (1,12,99,000) is one amount, each part after a
crore or a lakh scaled smaller than the part before (a list's "5 lakh, 3 lakh" repeats its scale).
"""

import re
from dataclasses import replace
from decimal import Decimal

__all__ = ["join_parts"]

PART_SCALES = {
    "thousand": Decimal(1_000),
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "lac": Decimal(100_000),  # "5 lac 21 thousand and 725 spectators": the older spelling
    "lacs": Decimal(100_000),
    "million": Decimal(1_000_000),
    "crore": Decimal(10_000_000),
    "crores": Decimal(10_000_000),
    "billion": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
}
ENDS_IN_SCALE = re.compile(r"\b(?P<scale>" + "|".join(PART_SCALES) + r")$", re.IGNORECASE)
# "805.932" after "2 million": a point grouping thousands, as continental copy writes it.
POINT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")
# "a $1 billion 2023 budget": a year after an amount is no remainder of it.
YEAR = re.compile(r"(?:19|20)\d\d")
GLUED = re.compile(r"-?[^\W\d_]")
# The scales of Indian counting a comma may part an amount after ("1 crore, 12 lakh"), from the largest.
INDIAN_RANKS = {"crore": 3, "crores": 3, "lakh": 2, "lakhs": 2, "lac": 2, "lacs": 2, "thousand": 1}


def _rest(text: str, last, token, again: bool = False) -> Decimal | None:
    """What `token` adds to `last` as the rest of one number written in parts, or None."""
    scale = ENDS_IN_SCALE.search(last.text)
    if scale is None or last.kind not in ("digits", "words") or token.kind not in ("digits", "words"):
        return None
    gap = text[last.end : token.start]
    if gap == ", " and _indian_part(scale.group("scale"), token):
        return token.value  # "1 crore, 12 lakh": a part of a smaller Indian scale
    if gap not in (" ", " and ") or YEAR.fullmatch(token.text):
        return None
    if gap == " and " and not (again or ENDS_IN_SCALE.search(token.text)):
        return None  # "21 thousand and 725" ends a run of three parts; "5 thousand and 3 thousand" is a list
    # "1 million 155mm shells", "2 million 4-year bonds": a part glued to a unit of its own
    # (a calibre, a term) measures something else.
    if GLUED.match(text, token.end):
        return None
    rest = Decimal(token.text.replace(".", "")) if POINT_GROUPED.fullmatch(token.text) else token.value
    return rest if 0 < rest < PART_SCALES[scale.group("scale").lower()] else None


def _indian_part(scale: str, token) -> bool:
    """Whether `token`, after "<scale>, ", is the next smaller part of an amount in Indian counting."""
    part = ENDS_IN_SCALE.search(token.text)
    if part is None or token.kind not in ("digits", "words"):
        return False
    rank, part_rank = INDIAN_RANKS.get(scale.lower(), 0), INDIAN_RANKS.get(part.group("scale").lower(), 0)
    return rank >= 2 and 0 < part_rank < rank and 0 < token.value < PART_SCALES[scale.lower()]


def join_parts(text: str, tokens: list) -> list:
    """`tokens` (`numbers.NumberToken`s, in order) with each number written in parts made one token."""
    joined: list = []
    index = 0
    while index < len(tokens):
        run, value = [tokens[index]], tokens[index].value
        while (
            index + len(run) < len(tokens)
            and (rest := _rest(text, run[-1], tokens[index + len(run)], len(run) > 1)) is not None
        ):
            run.append(tokens[index + len(run)])
            value += rest
        if len(run) > 1:  # each part is smaller than the scale ending the one before (`_rest`)
            first, last = run[0], run[-1]
            joined.append(replace(first, end=last.end, value=value, text=text[first.start : last.end]))
        else:
            joined.extend(run)
        index += len(run)
    return joined
