"""
Zero figures: "has issued no new sanctions", "recorded zero deaths".

"no" or "zero" counts a plural noun only right after a verb of giving, issuing, sending,
recording… so "no doubt" and "no comments yet" stay silent. They get moderate confidence
(0.6). "zero percent" ("a zero percent pass rate", "inflation of zero per cent") is a percentage
wherever it stands: a share, unlike a count, needs no verb to be one.
"""

import re
from decimal import Decimal

from .drafts import FigureDraft
from .hedges import EXACT
from .measures import read_rate
from .units import is_time_unit, read_counted_noun, singularise

__all__ = ["zero_figures"]

ZERO_HINT = re.compile(r"\b(?:no|zero)\s", re.IGNORECASE)
ZERO_PERCENT = re.compile(r"\bzero\s+(?:per\s?cent|percent)\b", re.IGNORECASE)
ZERO = re.compile(
    r"""\b(?:issu|impos|sen[dt]|gave|giv|provid|deliver|ship|suppl|receiv|approv|announc
        |sign|deploy|fir|launch|export|import|sold|sell|bought|buy|grant|add|record|report
        |register|confirm|introduc|pass|adopt|lev|made|mak|award|allocat|offer|file|lodg
        |conduct|suffer|sustain|lost|los|carri|carry|sanction|arrest|detain|kill|seiz
        |shot|destroy|intercept)\w*
        \s+(?:(?:yet|so\s+far|still|also|since|then)\s+)?(?P<zero>no|zero)\s+""",
    re.VERBOSE | re.IGNORECASE,
)


def zero_figures(sentence: str, skip: list[tuple[int, int]]) -> list[FigureDraft]:
    """The zero figures of `sentence` ("issued no new sanctions"), ignoring the `skip` spans."""
    if not ZERO_HINT.search(sentence):
        return []
    drafts = [
        FigureDraft(Decimal(0), None, EXACT, "percent", "", match.start(), match.end(), 0.6)
        for match in ZERO_PERCENT.finditer(sentence)
        if not any(s <= match.start() < e for s, e in skip)
    ]
    for match in ZERO.finditer(sentence):
        start = match.start("zero")
        if any(s <= start < e for s, e in skip):
            continue
        noun = read_counted_noun(sentence, match.end())
        if not noun or is_time_unit(noun.unit) or singularise(noun.unit) == noun.unit:
            continue
        unit, end = noun.unit, noun.end
        rate = read_rate(sentence, end)
        if rate:
            unit, end = f"{unit} per {rate[0]}", rate[1]
        drafts.append(FigureDraft(Decimal(0), None, EXACT, unit, noun.subject, start, end, 0.6))
    return drafts
