"""
Housing starts counted in "units": the dwellings a starts report counts, named by the starts.

Housing agencies and the wires relaying them write their counts of new homes begun as "units"
("housing starts ... was 206,089 units in October", "urban starts fell 5.9 per cent to 175,653
units", "Rural starts were estimated at a seasonally adjusted annual rate of 13,030 units").
The annotators count starts there, not "units" (unseen31, unseen70: eleven figures). "units" is
otherwise a placeholder for what the text counted before (`figures.PLACEHOLDER_UNITS`), so
where the sentence names a kind of start, that is the noun; a later sentence's "units" or bare
number goes on counting it through the carried unit.

"starts" alone is a verb as often as a noun ("the season starts"), so only a start named by its
kind is read: "housing starts", "urban starts", "single-detached urban starts".
"""

import re

__all__ = ["starts_counted"]

STARTS_NAMED = re.compile(
    r"\b((?:(?:single|semi)-(?:detached|family)\s+|multi(?:ple)?-unit\s+)?"
    r"(?:housing|home|urban|rural|residential|dwelling|condo|apartment|single-detached|single-family|multi-unit)"
    r"\s+starts)\b",
    re.IGNORECASE,
)


def starts_counted(sentence: str, unit: str) -> str | None:
    """The starts a figure in "units" counts when `sentence` names a kind of start ("urban starts"), else None."""
    if unit != "units":
        return None
    named = STARTS_NAMED.search(sentence)
    return named.group(1).lower() if named else None
