"""
A hedged decade said with an article, as a claim: "For more than a decade, the TTP has fought …".

"a decade" is no numeral, so `numbers` finds no figure in it, yet a long struggle measured "for
nearly a decade" is what the annotators count: ten years (unseen7, unseen30, unseen33 "for
over/nearly/more than a decade": years of fighting). Only the span after "for" with a hedge is read:
"in more than a decade" (the highest in …), "about a decade ago" and "nearly a decade later" say
when. Of the four such spans in the studied sets, three are gold (unseen61's "For nearly a decade,
Ross Mandell lied" is not). "for at least a year" (one gold, unseen13) is left: it stands in poll
questions and rules of residence more than in claims, and "for about a week" or "for just over a
month" the annotators left alone.
"""

import re
from decimal import Decimal

from .drafts import FigureDraft
from .hedges import hedge_before

__all__ = ["hedged_spans"]

SPAN = re.compile(
    r"\bfor\s+(?P<hedge>nearly|almost|more\s+than|over|about|around|roughly|at\s+least|just\s+over|well\s+over"
    r"|close\s+to)\s+(?P<article>a|one)\s+(?P<span>decade)\b(?!\s+(?:ago|later|earlier|before|after|old)\b)",
    re.IGNORECASE,
)
TEN_YEARS = Decimal(10)


def hedged_spans(sentence: str, skip: list[tuple[int, int]]) -> list[FigureDraft]:
    """The hedged decades of `sentence` written with an article ("for nearly a decade": about ten years)."""
    drafts = []
    for match in SPAN.finditer(sentence):
        hedge = hedge_before(sentence, match.start("article"))
        if any(s <= match.start("hedge") < e for s, e in skip) or not hedge:
            continue
        drafts.append(FigureDraft(TEN_YEARS, None, hedge.code, "years", "", hedge.start, match.end(), 0.55))
    return drafts
