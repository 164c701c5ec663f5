"""
Numbers written in words: the vocabulary ("two", "twenty", "hundred", "lakh", "bn") and
`parse_number_words()`, which reads "two hundred and fifty thousand" as a `Decimal`.

Apart from `numbers`, which finds number spans in a sentence, because reading the value
of a run of words is one concept with its own vocabulary, which other modules use alone
(a speaker's count of words, a list label).
"""

import re
from decimal import Decimal

__all__ = ["UNIT_WORDS", "TENS_WORDS", "SCALES", "parse_number_words"]

UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": Decimal(100),
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
    "quadrillion": Decimal(1_000_000_000_000_000),  # Vietnamese and Indonesian copy: "3.8 quadrillion VND"
    "bn": Decimal(1_000_000_000),
    "b": Decimal(1_000_000_000),
    "mn": Decimal(1_000_000),
    "m": Decimal(1_000_000),
    "k": Decimal(1_000),
    "tn": Decimal(1_000_000_000_000),
    "trn": Decimal(1_000_000_000_000),
    "bln": Decimal(1_000_000_000),  # wire style: "6.1 bln euros", "2.1 mln shares"
    "mln": Decimal(1_000_000),
    "trln": Decimal(1_000_000_000_000),
    **dict.fromkeys(("lakh", "lakhs", "lac", "lacs"), Decimal(100_000)),  # "lac": the older spelling
    "crore": Decimal(10_000_000),
    "crores": Decimal(10_000_000),
}


AND_A_HALF = re.compile(r"^(?P<whole>.+?)\s+and\s+a\s+half\s+(?P<scale>\w+)$", re.IGNORECASE)
AND_HALF = re.compile(r"^(?P<whole>.+?)[\s-]+and[\s-]+(?:a[\s-]+)?half$", re.IGNORECASE)


def parse_number_words(words: str) -> Decimal | None:
    """Read "two hundred and fifty thousand" and the like; None if not a number."""
    and_a_half = AND_A_HALF.match(words.strip())
    if and_a_half:
        whole = parse_number_words(and_a_half.group("whole"))
        scale = and_a_half.group("scale").lower()
        return (whole + Decimal("0.5")) * SCALES[scale] if whole is not None and scale in SCALES else None
    and_half = AND_HALF.match(words.strip())
    if and_half:
        whole = parse_number_words(and_half.group("whole"))
        return whole + Decimal("0.5") if whole is not None else None
    parts = re.split(r"[\s-]+", words.lower().strip())
    if parts[:1] in (["a"], ["an"]):
        parts = ["one", *parts[1:]]
    total = Decimal(0)
    current = Decimal(0)
    half = False
    for part in parts:
        if part == "and":
            continue
        if part == "half":
            half = True
        elif part in ("a", "an"):
            current = current or Decimal(1)
        elif part in UNIT_WORDS:
            current += UNIT_WORDS[part]
        elif part in TENS_WORDS:
            current += TENS_WORDS[part]
        elif part == "hundred":
            current = (current or Decimal(1)) * 100
        elif part in SCALES:
            total += (current or Decimal(1)) * SCALES[part]
            current = Decimal(0)
        else:
            return None
    value = total + current
    return value / 2 if half else value
