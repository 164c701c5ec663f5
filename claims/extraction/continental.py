"""
A point that groups thousands, told by the noun it counts or by the language of the sentence.

Continental copy (Spanish, Portuguese, German and Latin American papers and their English
editions) groups thousands with a point: "4.452 voters", "88.966 spectators". `numbers`
reads a point with three digits after it as a decimal point, which is right for measures
("2.331 kilograms", "1.125 points"). Only the noun settles it in English: people and tallies
are never fractional, so three decimals before them are thousands.

A sentence written in a Romance language (news sets quote Spanish, Portuguese, French and
Italian articles whole) settles it for every number (`continental_tokens()`): there the point
always groups thousands ("cerca de 7.500 actas", "4.057 carros de combate") and a comma
marks the decimals ("el 0,5 por ciento", "entre el 25,10 y el 26,03").
"""

import re
from dataclasses import replace
from decimal import Decimal

from .numbers import NumberToken, clean_decimal

__all__ = ["continental_tokens", "is_romance", "whole_count_value"]

# People and tallies, never fractional.
WHOLE_COUNTS = frozenset(
    ["people", "voters", "votes", "ballots", "spectators", "fans", "visitors", "tourists", "residents", "inhabitants",
     "students", "members", "cases", "deaths", "migrants", "refugees", "workers", "employees", "passengers"]
)  # fmt: skip
THOUSANDS_POINT = re.compile(r"\d{1,3}\.\d{3}")


def whole_count_value(token: NumberToken, value: Decimal, unit: str) -> Decimal:
    """`value` of `token` counting `unit`, with a point read as grouping thousands where a whole count needs it."""
    if token.kind == "digits" and THOUSANDS_POINT.fullmatch(token.text) and unit in WHOLE_COUNTS:
        return clean_decimal(value * 1000)
    return value


# Function words of Spanish, Portuguese, French and Italian that English prose never uses
# (English "a", "no", "me" and names such as "De Niro" are left out); several distinct ones make
# a Romance sentence, and an English function word unmakes it (a quoted phrase in English copy).
ROMANCE_WORDS = frozenset(
    ["de", "del", "que", "el", "los", "las", "la", "y", "con", "por", "para", "una", "uma", "um", "da", "das", "dos",
     "em", "com", "na", "nas", "nos", "pelo", "pela", "les", "des", "du", "et", "une", "il", "della", "dei", "entre", "ao", "mais", "não", "foi", "foram", "fue",
     "fueron", "al", "sus", "su", "se", "dans", "pour", "sur", "est", "avec", "sono", "nella", "os", "ou", "aos", "à", "às"]
)  # fmt: skip
ENGLISH_WORDS = frozenset(["the", "and", "of", "was", "were", "is", "has", "with", "from", "that"])
WORD = re.compile(r"[^\W\d_]+")
ROMANCE_ENOUGH = 3
ROMANCE_LETTERS = re.compile(r"[a-z][ñçãõ]|[ñçãõ][a-z]")
# A continental decimal: a comma with one or two digits after it, not a group of a list ("2, 8").
COMMA_DECIMAL = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})*,\d{1,2}(?![\d,]|\.\d)")


def is_romance(sentence: str) -> bool:
    """Whether `sentence` is written in Spanish, Portuguese, French or Italian."""
    words = {word.lower() for word in WORD.findall(sentence)}
    lettered = 1 if ROMANCE_LETTERS.search(sentence) else 0  # "destruição", "año": no English word is spelt so
    return not words & ENGLISH_WORDS and len(words & ROMANCE_WORDS) + lettered >= ROMANCE_ENOUGH


def continental_tokens(sentence: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`tokens` of `sentence` read the continental way when the sentence is in a Romance language."""
    if not re.search(r"\d[.,]\d", sentence) or not is_romance(sentence):
        return tokens
    decimals = [match for match in COMMA_DECIMAL.finditer(sentence)]
    read: list[NumberToken] = []
    for token in tokens:
        if any(match.start() <= token.start < match.end() for match in decimals):
            continue
        if token.kind == "digits" and THOUSANDS_POINT.match(token.text) and "." in token.text:
            grouped = re.match(r"\d{1,3}(?:\.\d{3})+(?!\d)", token.text)
            if grouped and grouped.end() == len(token.text.split()[0]):
                token = replace(token, value=clean_decimal(token.value * 1000))
        read.append(token)
    for match in decimals:
        value = Decimal(match.group().replace(".", "").replace(",", "."))
        read.append(NumberToken(match.start(), match.end(), clean_decimal(value), "digits", match.group()))
    return sorted(read, key=lambda token: token.start)
