"""
Reading the figure phrases of one sentence: value, qualifier, unit and subject.

`read_figures()` turns the numbers `numbers.find_numbers()` finds into `FigureDraft`s,
joining what news copy spreads around a number: a hedge before it ("some"), a range
("between 5,000 and 6,000"), money ("US$", "dollars"), a percent sign, the counted
noun ("military construction workers"), a rate ("a month"). Numbers that are not
claims are dropped here, by the rules in `exclusions` and these:

* A figure with no counted noun, money or percent is dropped, unless it clearly
  refers back ("thousands of them died", "thousands more", "100 were injured",
  "forced 12 million from their homes" after a counted figure in the same sentence):
  then the unit of the most recent figure (`antecedent_unit`) is used, with less
  confidence. "the death toll rose to 412" counts deaths; "the number of refugees
  reached 3 million" counts refugees; "240 of 543 seats" counts seats.
* A figure counting a span of time ("three years ago") is a duration, not a claim.
* **Shares** ("two-thirds of the beds", "half the population", "one in five adults")
  are percentages (`shares`); **zero figures** ("has issued no new sanctions") are read
  by `zeros`; **multipliers** ("more than doubled") are figures in "times".
* "one" is a pronoun or an article unless it is hedged, stressed ("only one seat"),
  among the harmed ("killed one guard", "one soldier was wounded") or a rate ("one
  death for every eight patients").
"""

import re
from dataclasses import replace
from decimal import Decimal

from . import hedges
from .borrowed import (
    MEASURE_UNITS,
    NEAREST_REACH,
    carried_unit,
    count_named,
    lent_unit,
    level_named,
    listed_noun,
    rupees_alone,
    unit_named,
)  # fmt: skip
from .casualties import (
    CASUALTY_AFTER,
    CASUALTY_UNITS,
    CROWD_BEFORE,
    HARM_STATES,
    HUMAN_VERB_AFTER,
    HUMAN_VERB_BEFORE,
    HUMAN_VERB_HEDGED,
    PEOPLE_UNITS,
    PLACE_OF_BEFORE,
    lives_claimed,
    others_harmed,
)  # fmt: skip
from .context import (
    CLAUSE_END_AFTER,
    COMPARISON_BEFORE,
    EVENT_VERB_AFTER,
    SPECTATOR_AFTER,
    SPORT_HINT,
    WHEN_AFTER,
)  # fmt: skip
from .continental import continental_tokens, whole_count_value
from .crowds import protest_participants
from .currencies import CURRENCY_CODES, currency_after, currency_before, kobo_amount
from .drafts import FigureDraft, Rejection
from .dwelling_starts import starts_counted
from .elisions import listed_percent
from .estimates import FORECASTERS_AFTER
from .exclusions import is_conversion, is_relational, why_not_a_figure
from .hedged_spans import hedged_spans
from .measures import (
    is_poll_pair,
    percentage_named,
    read_measure,
    read_percent,
    read_price_per,
    read_rate,
    scaled_measure,
)
from .multipliers import scored_unit
from .nationals import what_befell
from .noncounts import DESCRIPTOR_UNITS, descriptor_count, is_time_anchor
from .numbers import NumberToken, clean_decimal, find_numbers
from .ones import one_counts
from .quake_sizes import is_quake_size
from .ranges import BRACKETED_AFTER, change_scale, figure_start, range_partner, restates, scale_of
from .shares import answered_share, completes_share, divides, percent_whole, read_share, share_noun_of
from .signed_changes import is_signed_points
from .speaker_counts import counted_in_speaker
from .units import is_time_unit, looks_plural, pluralise, read_counted_noun, read_phrase
from .zeros import zero_figures

__all__ = ["FigureDraft", "Rejection", "read_figures"]

NON_COUNT_UNITS = ("percent", "percentage points")
# Units a later bare number never takes from an earlier one: "three times the 21,436" counts no "times".
NOT_LENT_UNITS = (*NON_COUNT_UNITS, "times")
# Nouns that stand for what the text counted before ("units" for smartphones, cars or homes).
PLACEHOLDER_UNITS = frozenset(["units", "items", "pieces"])
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of\s+|[\s-])$", re.IGNORECASE)
CURRENCY_UNITS = CURRENCY_CODES | {"kobo"}  # money, for its rates: "75k per share"
REFERS_BACK = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b")
MORE_AFTER = re.compile(r"\s+(?:more|others|additional|extra)\b")
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*['’]s\s+)?")  # "a dozen of the state's schools"
OF_COMPLEMENT = re.compile(r"\s+of\s+(?:[a-z-]+\s+){0,1}[a-z-]+(?=\s+(?:a|an|per|each|every)\s)")
# "12,000 head of cattle": "head" counts the animals that follow.
HEAD_OF = re.compile(r"\s+head\s+of\s+(?=[a-z])")
PART_OF = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?\d[\d,.]*(?=\s+[A-Za-z])"
)  # "240 of 543 seats", "88 of the assembly's 170 seats", "484 out of 500 marks"
# "718 of the drones", "seven (out) of the missiles": a part of things already counted; "a dozen of the
# state's largest districts": the owner's possessive is no noun, the districts are counted.
PARTITIVE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|those|these|its|their|his|her|our)\s+(?:[a-z][\w-]*['’]s\s+)?(?=[a-z])"
)
# "deaths passed 5 million": over a threshold (said of a count named before it only,
# since "passed 12 laws" approves laws).
THRESHOLD_BEFORE = re.compile(r"\b(?:passed|crossed|passing|crossing)\s+$", re.IGNORECASE)
# "Applications from students fell 4%, while those from China dropped by 2,810": what the sentence is about.
LEADING_PLURAL = re.compile(
    r"^\W*(?:(?:The|A|An)\s+)?(?:[a-z]+\s+)?(?P<noun>[A-Za-z][a-z]+s)\s+(?:[a-z]{3,}ed\s+)?"
    r"(?:from|of|in|to|for|at|by|on|fell|rose|dropped"
    r"|grew|increased|decreased|have|had|has|were|are)\b"
)
RANKED_GROUP_AFTER = re.compile(r"\s+(?:[a-z]+est|biggest|largest|most\s+[a-z]+)\s")
MULTIPLIED_BEFORE = re.compile(r"\b(?:multiplied\s+by|by\s+a\s+factor\s+of)\s+$", re.IGNORECASE)
WHEN = "when, not how much"  # the rule of a span of time that dates, not a claim
MONEY_SUBJECT = re.compile(r"\s+(?:in|of|worth\s+of|for)\s+")


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
        outcome = _read_one(
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
        elif draft.unit in PLACEHOLDER_UNITS and carried and carried not in PLACEHOLDER_UNITS:
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
        if draft.unit not in NOT_LENT_UNITS and (not draft.descriptor or draft.unit == "magnitude"):
            earlier_unit, earlier_end = draft.unit, draft.end
            earlier_counts = [*earlier_counts[-(NEAREST_REACH - 1) :], (draft.unit, draft.value)]
        share_noun = share_noun_of([draft]) if divides(draft) else share_noun
    drafts.extend(zero_figures(sentence, skip))
    drafts.extend(hedged_spans(sentence, skip))  # "for more than a decade": over ten years
    return sorted(drafts, key=lambda draft: draft.start)


def _read_one(
    sentence: str,
    token: NumberToken,
    following: NumberToken | None,
    earlier_unit: str | None,
    antecedent: str | None,
    share_noun: str | None = None,
    carried: str | None = None,
    bracket_end: int | None = None,
) -> FigureDraft | str | None:
    """One figure from `token` (or the rule that refuses it); `earlier_unit` is the unit of a count earlier in the
    sentence, `antecedent` that of the most recent count in earlier sentences, and
    `share_noun` what a share earlier in the sentence divides (the last resort of a
    bare number: "a third of the launchers … now has some 200 in service")."""
    earlier = earlier_unit.split(" per ")[0] if earlier_unit else None
    harmed = HUMAN_VERB_HEDGED.search(sentence, max(0, token.start - 45), token.start)
    if harmed and earlier in MEASURE_UNITS:
        # "a magnitude-6.8 quake killed more than 900": people, not a magnitude.
        earlier_unit = earlier = None
    elif harmed and earlier in CASUALTY_UNITS and (state := HARM_STATES.get(harmed.group("verb"))):
        # "four guards were killed and nine wounded, while the rebels said they had killed 30": killed.
        earlier_unit = earlier = state
    start, end = token.start, token.end
    value, value_max = token.value, None
    qualifier = {"dozen": hedges.APPROX, "magnitude": hedges.MAGNITUDE}.get(token.kind, hedges.EXACT)
    confidence = {"digits": 0.9, "words": 0.8, "dozen": 0.8, "magnitude": 0.75, "fraction": 0.75, "multiplier": 0.6}[
        token.kind
    ]
    unit = ""
    currency = currency_before(sentence, token.start)
    if currency:
        start, unit = currency.start, currency.code
    elif (kobo := kobo_amount(sentence, token.text)) is not None:
        value, unit = kobo, "kobo"  # "an interim dividend of 100k"
    partner = range_partner(sentence, token, following, bracket_end) if token.kind != "multiplier" else None
    if partner:
        value, upper, opener_start = partner
        value_max, end, qualifier = upper.value, upper.end, hedges.RANGE
        start = opener_start if opener_start is not None else start
    elif token.kind == "digits" and (shared := change_scale(sentence, token, following)) != 1:
        value = clean_decimal(value * shared)  # "from $9.9 to $10.8 billion"
    hedge = hedges.hedge_before(sentence, start)
    if hedge and qualifier != hedges.RANGE:
        if qualifier != hedges.MAGNITUDE or hedge.code != hedges.APPROX:
            qualifier = hedge.code
        start = hedge.start
    descriptor = descriptor_count(sentence[end : end + 40]) if token.kind in ("digits", "words") else None
    if token.kind == "words" and token.value == 1 and not hedge and not partner:  # "between one and four cups"
        if not one_counts(sentence, token, start, end, descriptor):
            return "pronoun-like"  # "one" alone is a pronoun or an article, not a count
    if token.kind == "fraction":
        return read_share(sentence, token, start, qualifier if hedge else None)
    if token.kind == "multiplier":  # "more than doubled", "can halve the risk": how many times
        return FigureDraft(value, None, qualifier, "times", "", start, end, confidence)
    if word := descriptor:
        # "the nine-party bloc": nine parties; "a five-fold rise": five times; "a one-point lead".
        # "a 278.995-kg haul", "a 5-km road": a measure's abbreviation is the measure, never "kgs" or "kms".
        measure = read_measure(" " + word, 0)
        named = measure[0] if measure and measure[1] == len(word) + 1 else None
        unit = DESCRIPTOR_UNITS.get(word) or named or pluralise(word).replace("-", " ")  # "square kilometers"
        return FigureDraft(value, value_max, qualifier, unit, "", start, end + 1 + len(word), 0.55, descriptor=True)
    suffix = hedges.hedge_after(sentence, end)
    if suffix and qualifier in (hedges.EXACT, hedges.APPROX):
        qualifier, end = suffix.code, suffix.end
    after_currency = currency_after(sentence, end)
    if after_currency and not unit:
        unit, end = after_currency.code, after_currency.end
    subject = ""
    from_context = False
    if unit:
        phrase = MONEY_SUBJECT.match(sentence, end)
        words = read_phrase(sentence, phrase.end()) if phrase else None
        subject = words[0] if words else ""
    elif token.kind == "digits" and is_poll_pair(sentence, token.start):
        unit = "percent"  # "the mayor is ahead 64/31": both shares
    elif percent := read_percent(sentence, end):
        unit, end = percent
        suffix = hedges.hedge_after(sentence, end)  # "ten percent or more"
        if suffix and qualifier == hedges.EXACT:
            qualifier, end = suffix.code, suffix.end
        phrase = OF_AFTER.match(sentence, end)
        subject = percent_whole(sentence, phrase.end()) if phrase else ""
    else:
        noun_at = end
        refers_back = REFERS_BACK.match(sentence, end)
        more = MORE_AFTER.match(sentence, end)
        of = OF_AFTER.match(sentence, end) if token.kind in ("magnitude", "dozen") else None
        part_of = PART_OF.match(sentence, end)  # "240 of 543 seats"
        partitive = PARTITIVE.match(sentence, end)
        head_of = HEAD_OF.match(sentence, end)
        forecasters = FORECASTERS_AFTER.match(sentence, end)  # "the 165,000 economists had forecast"
        if head_of:
            noun_at = head_of.end()
        elif more:
            noun_at = more.end()
        elif of and not refers_back:
            noun_at = of.end()
        elif part_of:
            noun_at = part_of.end()
        elif partitive and not refers_back:
            noun_at = partitive.end()
        measure = None if refers_back or forecasters else read_measure(sentence, end)
        if not measure and token.kind == "digits" and MAGNITUDE_BEFORE.search(sentence, max(0, start - 20), start):
            measure = ("magnitude", end)  # "a magnitude-9.0 temblor five years ago": the quake's size
        if not measure and token.kind == "digits" and is_quake_size(sentence, token, start):
            measure = ("magnitude", end)  # "the magnitude of the quake was 6.3", "a 7.1 earthquake"
        # "230 others injured" beside a toll, "one other remained missing": the people injured, missing. An
        # earlier count's own noun stays what "others" counts ("one soldier was killed and four others injured").
        own_noun = earlier and earlier not in CASUALTY_UNITS | PEOPLE_UNITS
        others = None if refers_back or measure or own_noun else others_harmed(sentence, start, end)
        noun = None
        if not (refers_back or measure or others or forecasters or WHEN_AFTER.match(sentence, end)):
            noun = read_counted_noun(sentence, noun_at, singular=value == 1)
        if others:
            (unit, end), from_context = others, True
            confidence -= 0.2
        elif measure:
            unit, end = measure
            unit, value = scaled_measure(unit, value)
        elif noun:
            if is_relational(token, noun.unit, sentence, noun.end):
                return "relational"
            if is_time_unit(noun.unit) and (token.kind == "magnitude" or is_time_anchor(sentence, token, noun.end)):
                return WHEN  # "three years ago", "in the past 24 hours"
            unit, subject, end = noun.unit, noun.subject, noun.end
            value = whole_count_value(token, value, unit)  # "4.452 voters": a continental point grouping thousands
            if hedge and qualifier == hedge.code and hedges.places(sentence, hedge.start, unit, is_time_unit(unit)):
                qualifier, start = hedges.EXACT, token.start  # "drones over six regions": a place, not a hedge
            if is_time_unit(noun.unit):
                confidence -= 0.2  # a duration that is the claim: "jailed for seven years"
            confidence -= 0.0 if noun.known else 0.1
            suffix = hedges.hedge_after(sentence, end)  # "40 buildings or more"
            if suffix and qualifier == hedges.EXACT:
                qualifier, end = suffix.code, suffix.end
        elif MULTIPLIED_BEFORE.search(sentence, max(0, start - 25), start):
            unit, from_context = "times", True  # "the front multiplied by 1.5": a multiplier
            confidence -= 0.1
        elif token.kind in ("digits", "words") and (listed := listed_noun(sentence, end, following)):
            unit, from_context = listed, True  # "won 16 and 12 seats", "by 0.05 and 0.3 million barrels a day"
            if scale_of(token) == 1 and following is not None and scale_of(following) > 1:
                value = clean_decimal(value * scale_of(following))
            confidence -= 0.15
        elif (state := CASUALTY_AFTER.match(sentence, end)) and token.kind in ("digits", "words"):
            unit, from_context = state.group("state").lower(), True  # "11 dead and 79 injured"
            confidence -= 0.25
        elif (
            token.kind in ("digits", "words")
            and (earlier is None or earlier in CASUALTY_UNITS)
            and HUMAN_VERB_AFTER.match(sentence, end)
        ):
            # "the death toll rose to 17, as at least six were killed": six people, not six tolls.
            unit, from_context = "people", True
            confidence -= 0.2
        elif token.kind in ("digits", "words") and (level := level_named(sentence, start)):
            unit, from_context = level, True  # "the number of spectators … stood at 13,47,143"
            confidence -= 0.1
        elif (
            token.kind == "digits"
            and not (refers_back or more)
            and (
                percentage_named(sentence, start, value) or listed_percent(sentence, start)  # "followed by Sindh 48.11"
            )
        ):
            unit, from_context = "percent", True  # "the pass percentage was 78.88, down from 82.80"
            confidence -= 0.15
        elif token.kind == "digits" and is_signed_points(sentence, token.start, end):
            unit, from_context = "points", True  # "CON 27%(+1)": the share's move since the last poll
            confidence -= 0.15
        elif (earlier or antecedent) and (
            refers_back
            or more
            or forecasters
            or token.kind == "magnitude"
            or COMPARISON_BEFORE.search(sentence, 0, start)
        ):
            unit, from_context = earlier or antecedent, True
            if earlier_unit and COMPARISON_BEFORE.search(sentence, 0, start):
                unit = earlier_unit  # "8,000 admissions a week, up from about 5,000": a week too
            confidence -= 0.15
            if refers_back:
                subject, end = refers_back.group().split()[-1], refers_back.end()
            elif more:
                end = more.end()
                if unit in CASUALTY_UNITS and more.group().strip() == "others":
                    unit = "people"  # "the death toll stood at 105, with 500 others injured": people
        elif token.kind == "digits" and MAGNITUDE_BEFORE.search(sentence, max(0, start - 20), start):
            unit, from_context = "magnitude", True  # "recorded it at magnitude 5.9"
            confidence -= 0.1
        elif earlier and (
            # A bare number after a count of the same sentence: "killed 40 people and wounded 200."
            EVENT_VERB_AFTER.match(sentence, end) or CLAUSE_END_AFTER.match(sentence, end) or read_rate(sentence, end)
        ):
            unit, from_context = earlier, True
            confidence -= 0.15
        elif named := unit_named(sentence, figure_start(sentence, token)):
            unit, from_context = named, True
            confidence -= 0.1
        elif share_noun and (EVENT_VERB_AFTER.match(sentence, end) or CLAUSE_END_AFTER.match(sentence, end)):
            unit, from_context = share_noun, True
            confidence -= 0.15
        elif token.kind in ("digits", "words") and not refers_back:
            # Recall first: a number no rule refuses is a figure, even with nothing counted
            # after it ("the toll rose to 3,112", "83,000 watched"). What it counts is said
            # earlier in the sentence, and is never guessed from another sentence.
            opening = LEADING_PLURAL.match(sentence)
            crowd = CROWD_BEFORE.search(sentence, max(0, start - 40), start)
            people = crowd or HUMAN_VERB_BEFORE.search(sentence, max(0, start - 30), start)
            people = people or PLACE_OF_BEFORE.search(sentence, max(0, start - 40), start)
            people = people or HUMAN_VERB_AFTER.match(sentence, end)
            if people and SPORT_HINT.search(sentence) and (crowd or SPECTATOR_AFTER.match(sentence, end)):
                unit = "spectators"  # "a crowd of 80,827" at a match, "when 83,260 showed up"
            elif SPECTATOR_AFTER.match(sentence, end) and SPORT_HINT.search(sentence) and not earlier:
                unit = "spectators"
            else:
                # "The study was published …": a verb after the subject is not what it counts.
                opening = opening if opening and looks_plural(opening.group("noun")) else None
                unit = earlier or ("people" if people else opening.group("noun").lower() if opening else "")
                # "Heathrow handled 79.2 million passengers. Gatwick grew to 40.9 million": a bare
                # number goes on counting what the last count of the text counted.
                unit = (
                    unit or (rupees_alone(token, sentence) and "INR") or count_named(sentence, start) or carried or ""
                )
            from_context = True
            confidence -= 0.35
        else:
            return "nothing counted"
        threshold = THRESHOLD_BEFORE.search(sentence, 0, start)
        if from_context and threshold and qualifier == hedges.EXACT:
            qualifier, start = hedges.MORE_THAN, threshold.start()
    # "$1.8 million more a year", "2,000 tonnes of grain a month": the rate after a short complement.
    between = MORE_AFTER.match(sentence, end) if unit in CURRENCY_UNITS else OF_COMPLEMENT.match(sentence, end)
    rate = read_rate(sentence, end) or (read_price_per(sentence, end) if unit in CURRENCY_UNITS else None)
    rate = rate or (read_rate(sentence, between.end()) if between else None)
    if rate and " per " not in unit:
        unit, end = f"{unit} per {rate[0]}", rate[1]
    # "the 10 largest regional airports": the size of a ranked group, never what a later number counts.
    ranked = bool(RANKED_GROUP_AFTER.match(sentence, token.end))
    return FigureDraft(
        value, value_max, qualifier, unit, subject, start, end, round(confidence, 2), from_context, descriptor=ranked
    )
