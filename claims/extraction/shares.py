"""
Shares read as percentages: "two-thirds of the beds", "half the population", "a quarter of a
percentage point", "grew by a fifth", "more than half say" (of those asked), and the rest of a share ("53 per cent backed Leave while
47 opted Remain").

A share of a span of time ("half of the year") is not a claim, and a share of nothing named
("He spent half.") is none either. `figures` reads the number (`numbers` finds the share)
and asks here what it divides.
"""

import re
from decimal import Decimal

from .drafts import FigureDraft
from .hedges import APPROX, EXACT
from .numbers import NumberToken, clean_decimal
from .units import is_time_unit, looks_plural, read_counted_noun, read_phrase, singularise

__all__ = ["answered_share", "completes_share", "divides", "percent_whole", "read_share", "share_noun_of"]

SHARE_OF = re.compile(
    r"\s+(?:of\s+)?(?:(?P<pronoun>them|those|these|whom|it|what|that|this)\b|(?:the|its|their|his|her|our|all)\s+)?"
    r"(?:\d[\d,.]*\s+(?=[A-Za-z]))?"  # "half of the 2,000 adults surveyed", "a third of the 450 MPs"
)
SHARE_OF_WHAT = re.compile(r"\s+(?:of\b|the\b|its\b|their\b)")
# "grew by a fifth", "down a third from 45,774": a share that is the size of a change.
BY_BEFORE = re.compile(r"\b(?:by|down|up)\s+$", re.IGNORECASE)
BRACKET_AFTER = re.compile(r"\s*\([^()]{1,30}\)(?=\s+of\b)")
PERCENT_BRACKET = re.compile(r"\s*\(\s*\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*\)")
SHARE_OF_POINT = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage\s+)?point\b")
# "the risk was almost 8 out of 100;": a share of a hundred that ends its phrase (`share_words`).
OF_A_HUNDRED = re.compile(r"\s(?:in|out\s+of)\s+(?:every\s+)?100$", re.IGNORECASE)
# "19 times out of 20": a poll's confidence level, a share of its samples that names no whole after it.
TIMES_OUT_OF = re.compile(r"\stimes\s+out\s+of\s", re.IGNORECASE)
# "one in five", "eight out of 10", "seven-in-ten": a part of a round whole (`share_words`).
PART_IN_WHOLE = re.compile(r"\s(?:in|out\s+of)\s|-(?:in|out-of)-", re.IGNORECASE)
# "More than half say …", "almost half who said they were worried": a share of those asked, as polls write it.
OPINION_AFTER = re.compile(
    r"\s+(?:who\s+)?(?:say|says|said|think|thinks|thought|believe|believes|believed|want|wants|wanted|agree|agreed"
    r"|support|supported|oppose|opposed|expect|expects|expected|fear|feared|worry|worried)\b"
)
# "only a third are worried", "a fifth gained", "just under half falling more than 1 percent": a share that is
# the subject of its clause (`share_words` finds it only before a verb) divides those the sentence is about.
SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:are|were|is|was|have|had|got|saw|won|lost|[a-z]{3,}(?:ed|ing))\b(?!\s+(?:by|to)\b)"
)
# "a third lower than last year", "half what it would be": the share is the size of a difference.
COMPARED_AFTER = re.compile(r"\s+(?:(?:low|high|small|larg|bigg|cheap)er|more|less|fewer|what)\b")


def answered_share(sentence: str, token: NumberToken) -> bool:
    """Whether `token` is a share in words of those asked, before what they said ("A quarter said …"): an
    attribution reads it as the speaker, but a poll's answer is the figure."""
    return token.kind == "fraction" and not token.text[:1].isdigit() and bool(OPINION_AFTER.match(sentence, token.end))


def completes_share(draft: FigureDraft, before: FigureDraft) -> bool:
    """Whether a bare `draft` is the rest of the percentage before it: the two make a hundred."""
    if not draft.unit_from_context or before.unit != "percent" or draft.value_max or before.value_max:
        return False
    return draft.value < 100 and abs(draft.value + before.value - 100) <= Decimal("0.5")


def share_noun_of(drafts: list[FigureDraft]) -> str | None:
    """What the last share of the sentence divides: "a third of the missile launchers"."""
    for draft in reversed(drafts):
        if divides(draft):
            head = draft.subject.split()[-1]
            return None if is_time_unit(head) else head
    return None


def divides(draft: FigureDraft) -> bool:
    """Whether `draft` is a share of a plural thing ("a third of the missile launchers")."""
    head = draft.subject.split()[-1] if draft.subject else ""
    return draft.unit == "percent" and head.isalpha() and head.islower() and looks_plural(head)


def read_share(sentence: str, token: NumberToken, start: int, hedged: str | None) -> FigureDraft | None:
    """A share ("two-thirds of the beds") as a percentage, or of a point as points."""
    # "a third of the beds" is exact though its percentage (33.33) is rounded: the annotators read the share it
    # names. A change by a rounded share ("cut by a third") stays approximate, as the hand-written corpus has it.
    qualifier = hedged or EXACT
    point = SHARE_OF_POINT.match(sentence, token.end)
    if point:
        value = clean_decimal(token.value / 100)
        return FigureDraft(value, None, qualifier, "percentage points", "", start, point.end(), 0.75)
    if BY_BEFORE.search(sentence, 0, start) and not SHARE_OF_WHAT.match(sentence, token.end):
        by_qualifier = hedged or (APPROX if token.rounded else EXACT)
        return FigureDraft(token.value, None, by_qualifier, "percent", "", start, token.end, 0.7)  # "grew by a fifth"
    if PERCENT_BRACKET.match(sentence, token.end) and not BRACKET_AFTER.match(sentence, token.end):
        # "one in five (20%) have no idea", "just over half (52%) support": a share of those asked, its
        # percentage in brackets ("a third (31 per cent) of the total" goes on to say of what).
        return FigureDraft(token.value, None, qualifier, "percent", "", start, token.end, 0.7)
    if OPINION_AFTER.match(sentence, token.end) or OF_A_HUNDRED.search(token.text) or TIMES_OUT_OF.search(token.text):
        # "almost half say …"; "the risk was 8 out of 100.": a rate of a hundred names no whole after it.
        return FigureDraft(token.value, None, qualifier, "percent", "", start, token.end, 0.7)
    if not token.text[:1].isdigit() and (
        SUBJECT_VERB_AFTER.match(sentence, token.end) or COMPARED_AFTER.match(sentence, token.end)
    ):
        # "only a third are worried", "a third lower than a year ago": those asked, or the size of a difference.
        return FigureDraft(token.value, None, qualifier, "percent", "", start, token.end, 0.7)
    bracket = BRACKET_AFTER.match(sentence, token.end)  # "just under a third (31 per cent) of the total"
    of = SHARE_OF.match(sentence, bracket.end() if bracket else token.end)
    if not of:
        return None  # "He spent half.": a share of nothing named
    noun = _whole_noun(sentence, of.end())
    words = (
        (of.group("pronoun"),) if of.group("pronoun") else (noun.subject,) if noun else read_phrase(sentence, of.end())
    )
    if not words and PART_IN_WHOLE.search(token.text):
        # "Eight in 10 told pollsters …", "One in five also said …": a share of those asked, its whole the round base.
        return FigureDraft(token.value, None, qualifier, "percent", "", start, token.end, 0.7)
    if not words and hedged and not SHARE_OF_WHAT.match(sentence, token.end):
        # "with less than a third to the total", "rose from less than half to more than 60%": a hedge makes the share
        # a quantity, of what the sentence named before.
        return FigureDraft(token.value, None, qualifier, "percent", "", start, token.end, 0.7)
    if not words or is_time_unit(singularise(words[0].split()[-1])) or is_time_unit(words[0].split()[-1]):
        return None  # "half of the year" is a span of time, "half of" alone is nothing
    return FigureDraft(token.value, None, qualifier, "percent", words[0], start, token.end, 0.75)


def percent_whole(sentence: str, pos: int) -> str:
    """What a percentage is of, read after its "of": the counted noun ("40% of voters agreed" is of voters),
    else a short phrase ("60% of military aid")."""
    noun = _whole_noun(sentence, pos)
    if noun:
        return noun.subject
    words = read_phrase(sentence, pos)
    return words[0] if words else ""


def _whole_noun(sentence: str, pos: int):
    """The counted noun a share is of, read from the space before it ("U.S. adults" reads from there only)."""
    return read_counted_noun(sentence, pos - 1 if pos and sentence[pos - 1].isspace() else pos)
