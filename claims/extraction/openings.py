"""
Whether a capitalised number word opens its sentence, after a dateline or a bullet.

A capitalised number word inside a sentence is a name ("Ocean's Eleven", "the Big Four");
at the sentence's start it is a count ("Seven people died"). Copy often puts a dateline
before that first word ("JAKARTA: Seven people …", "Kabul — Eleven …", "Rourkela/Allahabad,
May 25: Ten coaches …", two cities parted by a slash as Indian and Pakistani papers write
them) or a list item's bullet, and neither is a word of the sentence.

A numbered list's item number may stand as a sentence of its own ("1.", "2)", "(3)" on their
lines before each item): it orders the list, it counts nothing (`is_item_number()`).
"""

import re

from .numbers import NumberToken

__all__ = ["DATELINE", "is_item_number", "opens_sentence"]

# "JAKARTA: ", "Kabul — ", "Islamabad, Nov 16 (EFE).- " (the Spanish agencies' dateline), "PESHAWAR/KARACHI: ".
# "QUITO, Ecuador - Four …", "(May 3, 2011)--Eleven …": wires set the dateline off with a spaced hyphen too.
ITEM_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
DATELINE = re.compile(r"^[\w .,'’()/-]{1,40}?(?::|\s[—–]|\s--|\)--|\s-\s|\.\s?[-—–]{1,2})\s*")


def opens_sentence(sentence: str, token: NumberToken, start: int | None = None) -> bool:
    """Whether the word at `start` (default: the token) is the sentence's first word."""
    start = token.start if start is None else start
    # "- Fifty-seven percent support …", "• Thirty-six …": a list item's bullet opens no word.
    return not DATELINE.sub("", sentence[:start]).strip(" \"'‘“(-–—•*·")


def is_item_number(sentence: str, token: NumberToken) -> bool:
    """Whether `token` is a list item's number standing alone as the sentence ("1.", "2)", "(3)")."""
    return token.kind == "digits" and bool(ITEM_NUMBER.fullmatch(sentence.strip()))
