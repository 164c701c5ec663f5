"""
What `figures.read_figures()` returns for one sentence: the figures it read (`FigureDraft`)
and the numbers it refused, each with the rule that refused it (`Rejection`).

Offsets are relative to the sentence; `extractor` turns drafts into candidates with the
text's offsets, the quote and the speaker.
"""

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["WHEN", "FigureDraft", "Reading", "Rejection"]

WHEN = "when, not how much"  # the rule of a span of time that dates, not a claim ("three years ago")


@dataclass(frozen=True)
class FigureDraft:
    """A figure read from a sentence, with offsets relative to that sentence."""

    value: Decimal
    value_max: Decimal | None
    qualifier: str
    unit: str
    subject: str
    start: int
    end: int
    confidence: float
    unit_from_context: bool = False
    # A count inside a descriptor ("the 543-member house"): never the unit of a later bare number.
    descriptor: bool = False


@dataclass(frozen=True)
class Rejection:
    """A number of a sentence that is not a figure, and the rule that says so."""

    start: int
    end: int
    text: str
    rule: str


@dataclass
class Reading:
    """A figure's phrase as it is being read: where it spans so far, its value, hedge and unit.

    `figure_phrase` fills in the number, its range and hedge; `counted_phrase` and `bare_units`
    then widen it over what it counts, each step changing only what it reads."""

    start: int
    end: int
    value: Decimal
    qualifier: str
    confidence: float
    unit: str = ""
    subject: str = ""
    from_context: bool = False
