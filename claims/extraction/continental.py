"""
A point that groups thousands, told by the noun it counts.

Continental copy (Spanish, Portuguese, German and Latin American papers and their English
editions) groups thousands with a point: "4.452 voters", "88.966 spectators". `numbers`
reads a point with three digits after it as a decimal point, which is right for measures
("2.331 kilograms", "1.125 points"). Only the noun settles it: people and tallies are never
fractional, so three decimals before them are thousands.
"""

import re
from decimal import Decimal

from .numbers import NumberToken, clean_decimal

__all__ = ["whole_count_value"]

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
