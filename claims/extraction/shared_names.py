"""
Which peso or dinar a bare "pesos" or "dinars" is: the one of the country the text names.

Several countries call their money "peso" or "dinar", so `currencies` reads the name as a
currency only with its country ("Mexican pesos", "Kuwaiti dinars") and otherwise leaves it
the counted noun ("1.4 billion dinars" counts "dinars"). A paper writes its own country's
money bare ("the ministry paid about two billion dinars" in a Kuwaiti paper, "saved nearly
50 billion pesos" in a Mexican story), as `currencies.local_rupee()` reads a bare "Rs": the
country of that money the text (or its outlet) names most decides, and a text that names none
keeps the noun.
"""

import re

from .currencies import most_named

__all__ = ["local_names", "localise_names"]

SHARED_NAMES = {
    "pesos": (
        ("MXN", r"Mexic(?:o|an|ans)"),
        ("PHP", r"Philippines?|Filipinos?|Manila"),
        ("ARS", r"Argentin(?:a|e|ian|ians)|Buenos\s+Aires"),
        ("CLP", r"Chile(?:an|ans)?"),
        ("COP", r"Colombia(?:n|ns)?|Bogot[aá]"),
    ),
    "dinars": (
        ("KWD", r"Kuwait(?:i|is)?"),
        ("IQD", r"Iraq(?:i|is)?|Baghdad"),
        ("JOD", r"Jordanian|Amman"),
        ("TND", r"Tunisia(?:n|ns)?|Tunis"),
        ("DZD", r"Algeria(?:n|ns)?|Algiers"),
        ("LYD", r"Liby(?:a|an|ans)|Tripoli"),
        ("RSD", r"Serbia(?:n|ns)?|Belgrade"),
    ),
}
COUNTRIES = {
    name: tuple((code, re.compile(rf"\b(?:{names})\b")) for code, names in countries)
    for name, countries in SHARED_NAMES.items()
}
NAME_WRITTEN = {name: re.compile(rf"\b{name[:-1]}s?\b", re.IGNORECASE) for name in SHARED_NAMES}


def local_names(text: str, outlet: str | None = None) -> dict[str, str]:
    """The code each shared currency name written in `text` stands for ({"dinars": "KWD"}), where a country says.

    The outlet's name counts as the text does ("Times Kuwait"), as `dollars.local_dollar()` reads it.
    """
    found = {}
    for name, countries in COUNTRIES.items():
        if not NAME_WRITTEN[name].search(text):
            continue
        count, code = most_named(countries, text, outlet)
        if count:
            found[name] = code
    return found


def localise_names(unit: str, names: dict[str, str]) -> str:
    """`unit` with a bare shared name ("dinars", "pesos per litre") made the text's own currency code."""
    head, _, rest = unit.partition(" ")
    code = names.get(head.lower()) or names.get(head.lower() + "s")
    return f"{code} {rest}".rstrip() if code and head.islower() else unit
