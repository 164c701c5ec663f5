"""
Reading the figures of one sentence: the walk over its numbers and what joins one figure to another.

`read_figures()` turns the numbers `numbers.find_numbers()` finds into `FigureDraft`s. Each
number's phrase (value, range, hedge, money, percent, rate) is read by `figure_phrase`, what
it counts by `counted_phrase` and, with nothing counted after it, by `bare_units`. This module
keeps what only the walk knows, the figures already read in the sentence:

* the unit a later bare number may take from an earlier count ("killed 40 people and wounded
  200"; `borrowed.lent_unit`), and what the last share divides;
* the figures that restate or share with the one before: a conversion takes the hedge of what
  it converts ("more than 2.5 feet (76 cm)"), a floor is shared ("At least 12 militants and six
  soldiers"), the rest of a whole is in percent ("53 per cent … while 47 opted Remain");
* the unit settled by the whole sentence ("1,070 Nigerians got killed", "550,000 people
  demonstrated", "claimed 39 lives", "housing starts … 206,089 units").

Numbers that are not claims are dropped by the rules in `exclusions` and the readers, each
with its rule (`Rejection`); zero figures ("has issued no new sanctions") and hedged spans
("for more than a decade") are read by `zeros` and `hedged_spans`.
"""

import re
from dataclasses import replace
from decimal import Decimal

from . import hedges
from .borrowed import GENERIC_COUNTS, NEAREST_REACH, carried_unit, lent_unit
from .casualties import lives_claimed
from .continental import continental_tokens
from .conversions import is_conversion
from .crowds import protest_participants
from .drafts import WHEN, FigureDraft, Rejection
from .dwelling_starts import starts_counted
from .exclusions import why_not_a_figure
from .figure_phrase import read_one
from .hedged_spans import hedged_spans
from .multipliers import scored_unit
from .nationals import what_befell
from .numbers import NumberToken, find_numbers
from .ranges import BRACKETED_AFTER, range_partner, restates
from .shares import answered_share, completes_share, divides, share_noun_of
from .speaker_counts import counted_in_speaker
from .zeros import zero_figures

__all__ = ["FigureDraft", "Rejection", "read_figures"]

NON_COUNT_UNITS = ("percent", "percentage points")
# Units a later bare number never takes from an earlier one: "three times the 21,436" counts no "times".
NOT_LENT_UNITS = (*NON_COUNT_UNITS, "times")
# Nouns that stand for what the text counted before ("units" for smartphones, cars or homes).
PLACEHOLDER_UNITS = frozenset(["units", "items", "pieces"])
# "five pieces of knot-tied plastic": the placeholder's own kind is named after it.
KIND_OF_AFTER = re.compile(r"\s+of\s+(?!(?:them|those|these|it|the|its|their)\b)[a-z]")


def read_figures(
    sentence: str,
    skip: list[tuple[int, int]],
    antecedent_unit: str | None,
    rejected: list[Rejection] | None = None,
    antecedent_value: Decimal | None = None,
) -> list[FigureDraft]:
    """The figure claims of `sentence`, ignoring numbers inside the `skip` spans.

    `antecedent_unit` is the unit of the most recent figure of earlier sentences (and
    `antecedent_value` its value, when known: a bare number of the same order of size
    goes on counting it). Every
    number that is not a figure is appended to `rejected` (when given) with its rule.
    """
    tokens = continental_tokens(sentence, find_numbers(sentence))  # "7.500 actas", "0,5 por ciento"
    drafts: list[FigureDraft] = []
    used: set[int] = set()
    # The unit of the last count read ("trucks per day" included) and what the last share
    # divides (`share_noun_of()`), kept as drafts are added: looking back over the drafts
    # for every figure made a sentence of many figures quadratic.
    earlier_unit: str | None = None
    share_noun: str | None = None
    # The last few counts of the sentence, for a bare number to take the unit of the one of its size.
    earlier_counts: list[tuple[str, Decimal]] = []
    earlier_end = 0  # where the last count lent its unit ends

    def reject(token: NumberToken, rule: str) -> None:
        if rejected is not None:
            rejected.append(Rejection(token.start, token.end, token.text, rule))

    for index, token in enumerate(tokens):
        if index in used:
            continue
        if (
            any(s <= token.start and token.end <= e for s, e in skip)
            and not counted_in_speaker(sentence, token)
            and not answered_share(sentence, token)  # "A quarter said voting helped": those asked, not a speaker
        ):
            reject(token, "inside an attribution")
            continue
        if reason := why_not_a_figure(sentence, token):
            reject(token, reason)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        bracket = BRACKETED_AFTER.match(sentence, token.end)
        if bracket and following and following.end <= bracket.end() and index + 2 < len(tokens):
            following = tokens[index + 2]  # the range goes on after a bracketed conversion
        else:
            bracket = None
        carried = carried_unit(token, antecedent_unit, antecedent_value)
        lent = lent_unit(sentence, token, earlier_counts, earlier_unit, earlier_end)
        outcome = read_one(
            sentence, token, following, lent, antecedent_unit, share_noun, carried, bracket.end() if bracket else None
        )
        if isinstance(outcome, str) or outcome is None:
            reject(token, outcome or "no figure")
            if outcome == WHEN and following and range_partner(sentence, token, following):
                used.add(index + 1)  # "in the next three to four years": the range's end says when too
                reject(following, WHEN)
            continue
        draft = outcome
        if befell := what_befell(sentence, draft.start, draft.end, draft.unit):
            draft = replace(draft, unit=befell)  # "1,070 Nigerians got killed": Nigerians killed
        elif draft.unit in ("people", "persons") and (crowd := protest_participants(sentence, draft.start, draft.end)):
            draft = replace(draft, unit=crowd)  # "550,000 people demonstrated": demonstrators
        elif lives_claimed(sentence, draft.start, draft.unit):
            draft = replace(draft, unit="deaths")  # "the floods have claimed 39 lives"
        elif draft.unit == "times" and (scored := scored_unit(sentence, draft.start)):
            draft = replace(draft, unit=scored)  # "scored four times": goals
        if starts := starts_counted(sentence, draft.unit):
            draft = replace(draft, unit=starts)  # "housing starts ... 206,089 units": housing starts
        elif (
            draft.unit in PLACEHOLDER_UNITS
            and carried
            and carried not in PLACEHOLDER_UNITS
            and not KIND_OF_AFTER.match(sentence, draft.end)
        ):
            # "295.3 million smartphones shipped … the number of units shipped rose to 20.3 million": smartphones.
            draft = replace(draft, unit=carried)
        if (
            drafts
            and is_conversion(sentence, token)
            and drafts[-1].qualifier != hedges.RANGE
            and not (drafts[-1].qualifier == hedges.EXACT and draft.qualifier != hedges.EXACT)
        ):
            # "more than 2.5 feet (76 cm)": a conversion takes the hedge of what it converts, unless that is
            # exact and the conversion is hedged ("179.9 billion yuan (about 26.02 billion U.S. dollars)").
            draft = replace(draft, qualifier=drafts[-1].qualifier, confidence=round(draft.confidence - 0.1, 2))
        elif drafts and hedges.shares_floor(sentence, drafts[-1], draft):
            draft = replace(draft, qualifier=hedges.AT_LEAST)  # "At least 12 militants and six soldiers"
        elif drafts and draft.qualifier == hedges.EXACT and hedges.restates_hedged(sentence, drafts[-1], draft):
            # "up about $536 million, or 18.6 per cent": the same change restated keeps its hedge.
            draft = replace(draft, qualifier=drafts[-1].qualifier)
        elif drafts and completes_share(draft, drafts[-1]):
            # "53 per cent of voters backed Leave while 47 opted Remain": the rest of the whole, in percent.
            draft = replace(draft, unit="percent")
        elif drafts and restates(sentence, token, draft, drafts[-1]):
            # "a budget of N412 billion (412,305,119,800)": the amount in full, in the unit of the rounded one.
            draft = replace(draft, unit=drafts[-1].unit, qualifier=drafts[-1].qualifier)
        if draft.qualifier == hedges.RANGE:
            used.add(index + (2 if bracket and draft.end > bracket.end() else 1))
        drafts.append(draft)
        # "The two outliers' mortality figures are: Whakatane, 173 deaths - 17 more …": "figures" say a count
        # without saying of what, and no later number takes them.
        lends = draft.unit not in NOT_LENT_UNITS and draft.unit not in GENERIC_COUNTS
        if lends and (not draft.descriptor or draft.unit == "magnitude"):
            earlier_unit, earlier_end = draft.unit, draft.end
            earlier_counts = [*earlier_counts[-(NEAREST_REACH - 1) :], (draft.unit, draft.value)]
        share_noun = share_noun_of([draft]) if divides(draft) else share_noun
    drafts.extend(zero_figures(sentence, skip))
    drafts.extend(hedged_spans(sentence, skip))  # "for more than a decade": over ten years
    return sorted(drafts, key=lambda draft: draft.start)
