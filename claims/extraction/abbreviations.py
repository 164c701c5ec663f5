"""
Units a text abbreviates for itself: "63.6 lakh hectares (LH)" then "302.20 LH", "3 percentage
points (pps)" then "5 pps".

Trade and farm copy (Indian sowing and power reports, pollsters' releases) defines a short form
of its unit in brackets after the first figure and writes every later figure with the short
form only. Read alone, "302.20 LH" counts nothing and is 100,000 times too small. `DefinedUnits`
reads the definitions once per text and gives a later figure written with one the unit and the
scale of its definition, as the shared policy asks ("lakh and crore are expanded").

A definition is trusted only when the short form spells the initials of the words it follows
("LH" = Lakh Hectares, "pps" = Percentage PointS), so a bracketed name or place ("in Lagos
(LAG)") defines nothing. A figure whose reader already found a noun keeps it ("1.62 lakh MUs"
counts the MUs, as written): only a bare or a borrowed unit is replaced.
"""

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .drafts import FigureDraft
from .numbers import clean_decimal

__all__ = ["DefinedUnits"]

_SCALES = {"thousand": Decimal(1_000), "lakh": Decimal(100_000), "million": Decimal(1_000_000),
           "crore": Decimal(10_000_000), "billion": Decimal(1_000_000_000)}  # fmt: skip
DEFINITION = re.compile(
    r"\d\s+(?:(?P<scale>thousand|lakh|million|crore|billion)\s+)?(?P<words>[a-z]+(?:\s+[a-z]+){0,2})"
    r"\s+\((?P<short>[A-Za-z]{2,5})\)"
)


def _initials(scale: str | None, words: str) -> str:
    return "".join(word[0] for word in ([scale] if scale else []) + words.split()).lower()


@dataclass(frozen=True)
class DefinedUnits:
    """The short forms a text defines: short form -> (scale, unit)."""

    units: dict[str, tuple[Decimal, str]]

    @classmethod
    def read(cls, text: str) -> "DefinedUnits":
        units: dict[str, tuple[Decimal, str]] = {}
        for match in DEFINITION.finditer(text):
            scale, words, short = match.group("scale"), match.group("words"), match.group("short")
            stem = short[:-1] if short.endswith("s") and len(short) > 2 else short
            for taken in range(len(words.split()), 0, -1):  # "stands at 63.6 lakh hectares": the last words
                phrase = " ".join(words.split()[-taken:])
                if _initials(scale, phrase) in (short.lower(), stem.lower()):
                    units[short] = (_SCALES[scale] if scale else Decimal(1), phrase)
                    break
        return cls(units)

    def apply(self, draft: FigureDraft, sentence: str) -> FigureDraft:
        """`draft` with the unit and scale of a short form written right after it ("302.20 LH")."""
        if not self.units or (draft.unit and not draft.unit_from_context):
            return draft
        found = re.match(r"\s?(?P<short>[A-Za-z]{2,5})\b", sentence[draft.end :])
        if not found or found.group("short") not in self.units:
            return draft
        scale, unit = self.units[found.group("short")]
        return replace(
            draft,
            value=clean_decimal(draft.value * scale),
            value_max=None if draft.value_max is None else clean_decimal(draft.value_max * scale),
            unit=unit,
            end=draft.end + found.end(),
            unit_from_context=False,
        )
