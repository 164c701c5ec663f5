"""
The text's own money: what a bare "Rs", "Sh", "$", "pesos" or "dinars" stands for in one article.

`currencies` reads each of them as one country's money (India's rupee, Kenya's shilling, the
United States' dollar) or, for a shared name, as the counted noun. A paper writes its own
country's money bare, so the country the text names decides (`currencies.local_rupee`,
`currencies.local_shilling`, `dollars`, `shared_names`). `LocalMoney` reads the text once and
corrects each figure's unit, so the extractor asks one thing.

Copy translated from Arabic writes the Turkish lira as "pounds" (Arabic names both money
"lira"): "exports in pounds ... 150 billion and 581 million pounds" in a story counting
"liras". In a text that counts liras, names Turkey and names nothing British, "pounds" is TRY.

Egypt calls its money the pound too, and its papers (and the wires writing from Cairo) write it
bare: "spent 483 billion pounds on grid projects" in an Egyptian story. In a text that names
Egypt and nothing British, "pounds" is EGP.
Iran's papers write their rial bare ("1.7 quadrillion rials", "554.8 billion rials (about $13.2
million)"): in a text that names Iran and neither Oman nor Yemen (whose money is a rial too),
"rials" is IRR.
"""

import re
from dataclasses import dataclass

from .currencies import local_rupee, local_shilling, localise_rupees, localise_shillings
from .dollars import local_dollar, localise_dollars
from .shared_names import local_names, localise_names

__all__ = ["LocalMoney"]

LIRAS = re.compile(r"\d\s+(?:billion\s+|million\s+)?liras?\b")
TURKISH = re.compile(r"\bTurk(?:ey|ish|iye)\b|\bTürkiye\b")
BRITISH = re.compile(r"£|\bsterling\b|\bBrit(?:ain|ish)\b|\bUK\b|\bEngland\b|\bGBP\b", re.IGNORECASE)
POUNDS = re.compile(r"\bpounds?\b", re.IGNORECASE)
# The other countries whose money is the pound, by the names a text gives them.
POUND_COUNTRIES = (
    ("EGP", re.compile(r"\bEgypt(?:ian|ians)?\b|\bCairo\b")),
    # Lebanon's, Syria's and Sudan's pounds (LBP, SYP, SDG) wait for their codes in the figures' check constraint.
)
RIALS = re.compile(r"\brials?\b")
IRANIAN = re.compile(r"\bIran(?:ian|ians)?\b|\bTehran\b")
OTHER_RIALS = re.compile(r"\bOman(?:i|is)?\b|\bMuscat\b|\bYemen(?:i|is)?\b|\bSanaa\b")


@dataclass(frozen=True)
class LocalMoney:
    """The codes a text's bare money stands for; None (or none named) where it is the default."""

    rupee: str | None
    shilling: str | None
    dollars: tuple[str | None, str | None]
    names: dict[str, str]
    pound: str | None = None  # what a bare "pounds" stands for, where not sterling
    rial: str | None = None

    @classmethod
    def read(cls, text: str, outlet: str | None = None) -> "LocalMoney":
        """ "Rs 208 billion" in a Pakistani paper is PKR, "Sh1.2 trillion" in a Tanzanian one TZS,
        "$163.1 million" in a Canadian one CAD, "1.4 billion dinars" in a Kuwaiti one KWD."""
        return cls(
            local_rupee(text, outlet),
            local_shilling(text, outlet),
            local_dollar(text, outlet),
            local_names(text, outlet),
            _local_pound(text),
            "IRR" if RIALS.search(text) and IRANIAN.search(text) and not OTHER_RIALS.search(text) else None,
        )

    def localise(self, unit: str, sentence: str, start: int, end: int) -> str:
        """`unit` of the figure at `start:end` of `sentence`, made the text's own money where written bare."""
        quote = sentence[start:end]
        if self.pound and unit.startswith("GBP") and POUNDS.search(quote):
            unit = self.pound + unit[3:]
        if self.rial and unit.split(" per ")[0] == "rials":
            unit = self.rial + unit[5:]
        unit = localise_shillings(localise_rupees(unit, quote, self.rupee), quote, self.shilling)
        return localise_names(localise_dollars(unit, sentence, start, end, self.dollars), self.names)


def _local_pound(text: str) -> str | None:
    """The money a bare "pounds" is in `text` when it is not sterling: the lira of a text counting liras in
    Turkey, else the pound of the one pound country it names (a text naming nothing British)."""
    if BRITISH.search(text):
        return None
    if LIRAS.search(text) and TURKISH.search(text):
        return "TRY"
    named = [code for code, country in POUND_COUNTRIES if country.search(text)]
    return named[0] if len(named) == 1 else None
