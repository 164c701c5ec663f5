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


@dataclass(frozen=True)
class LocalMoney:
    """The codes a text's bare money stands for; None (or none named) where it is the default."""

    rupee: str | None
    shilling: str | None
    dollars: tuple[str | None, str | None]
    names: dict[str, str]
    pound_is_lira: bool = False

    @classmethod
    def read(cls, text: str, outlet: str | None = None) -> "LocalMoney":
        """ "Rs 208 billion" in a Pakistani paper is PKR, "Sh1.2 trillion" in a Tanzanian one TZS,
        "$163.1 million" in a Canadian one CAD, "1.4 billion dinars" in a Kuwaiti one KWD."""
        return cls(
            local_rupee(text, outlet),
            local_shilling(text, outlet),
            local_dollar(text, outlet),
            local_names(text, outlet),
            bool(LIRAS.search(text) and TURKISH.search(text) and not BRITISH.search(text)),
        )

    def localise(self, unit: str, sentence: str, start: int, end: int) -> str:
        """`unit` of the figure at `start:end` of `sentence`, made the text's own money where written bare."""
        quote = sentence[start:end]
        if self.pound_is_lira and unit.startswith("GBP") and POUNDS.search(quote):
            unit = "TRY" + unit[3:]
        unit = localise_shillings(localise_rupees(unit, quote, self.rupee), quote, self.shilling)
        return localise_names(localise_dollars(unit, sentence, start, end, self.dollars), self.names)
