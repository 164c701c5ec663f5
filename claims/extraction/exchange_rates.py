"""
The one unit an exchange rate is quoted against, which is no amount of money.

Wires close a story of foreign money with the rate they converted at, and business copy
quotes a currency's fall as its price in another: "($1 = 0.3055 Kuwaiti dinars)", "(US$1=118
Naira)", "the cedi fell 29 per cent, to GH₵17.10 to US$1". The rate is the other side's
amount ("118 naira per US dollar", as annotators write it); the single unit it is quoted
against is the rate's base, not a sum anyone spent, raised or lost.
"""

import re

from .numbers import NumberToken

__all__ = ["is_rate_base"]

# "$1 = ", "US$1=": the base, then the rate.
EQUALS_AFTER = re.compile(r"^\s*=")
# "GH₵17.10 to US$1", "118 naira per $1", "6.25 yuan against the US$1": the rate, then the base's sign.
RATE_BEFORE = re.compile(
    r"\d[^\s\d]*(?:\s+[A-Za-z]+){0,2}\s+(?:to|per|against)\s+(?:the\s+|one\s+)?(?:US\$|[A-Z]{0,2}\$|[€£¥])$"
)


def is_rate_base(token: NumberToken, before: str, after: str) -> bool:
    """Whether `token` is the "1" of a quoted exchange rate ("$1 = 6.25 yuan", "GH₵17.10 to US$1")."""
    if token.kind != "digits" or token.text != "1":
        return False
    if EQUALS_AFTER.match(after) and re.search(r"(?:\$|[€£¥]|\b[A-Z]{3}\s?)$", before):
        return True
    return bool(RATE_BEFORE.search(before)) and not re.match(r"^[.,]?\d|^\s*(?:million|billion|trillion|bn|m)\b", after)
