"""
One figure's phrase around its number: value, range, hedge, money or percent, and rate.

`figures.read_figures()` walks a sentence's numbers; for each, `read_one()` joins what news
copy spreads around it: a hedge before or after it ("some", "or more"), a range ("between
5,000 and 6,000", "from $9.9 to $10.8 billion"), money ("US$", "dollars", "100k" kobo), a
percent sign, a descriptor ("the nine-party bloc"), a share ("two-thirds") or a multiplier
("more than doubled"), and a rate ("a month", "per share"). What a figure with none of the
money or percent counts is read by `counted_phrase`. The context a number is read in (the
units counted before it in the sentence and the text) is passed in, so this module reads
one phrase and keeps no state.
"""

import re

from . import hedges
from .bare_units import Neighbours
from .borrowed import MEASURE_UNITS
from .casualties import CASUALTY_UNITS, HARM_STATES, HUMAN_VERB_HEDGED
from .counted_phrase import MORE_AFTER, OF_AFTER, read_count
from .currencies import CURRENCY_CODES, currency_after, currency_before, kobo_amount
from .drafts import FigureDraft, Reading
from .measures import is_poll_pair, read_measure, read_percent, read_price_per, read_rate
from .noncounts import DESCRIPTOR_UNITS, descriptor_count
from .numbers import NumberToken, clean_decimal
from .ones import one_counts
from .ranges import change_scale, range_partner
from .shares import percent_whole, read_share
from .units import pluralise, read_phrase

__all__ = ["read_one"]

CURRENCY_UNITS = CURRENCY_CODES | {"kobo"}  # money, for its rates: "75k per share"
OF_COMPLEMENT = re.compile(r"\s+of\s+(?:[a-z-]+\s+){0,1}[a-z-]+(?=\s+(?:a|an|per|each|every)\s)")
RANKED_GROUP_AFTER = re.compile(r"\s+(?:[a-z]+est|biggest|largest|most\s+[a-z]+)\s")
MONEY_SUBJECT = re.compile(r"\s+(?:in|of|worth\s+of|for)\s+")


def read_one(
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
    reading = Reading(start, end, value, qualifier, confidence, unit)
    if unit:
        phrase = MONEY_SUBJECT.match(sentence, end)
        words = read_phrase(sentence, phrase.end()) if phrase else None
        reading.subject = words[0] if words else ""
    elif token.kind == "digits" and is_poll_pair(sentence, token.start):
        reading.unit = "percent"  # "the mayor is ahead 64/31": both shares
    elif percent := read_percent(sentence, end):
        reading.unit, reading.end = percent
        suffix = hedges.hedge_after(sentence, reading.end)  # "ten percent or more"
        if suffix and qualifier == hedges.EXACT:
            reading.qualifier, reading.end = suffix.code, suffix.end
        phrase = OF_AFTER.match(sentence, reading.end)
        reading.subject = percent_whole(sentence, phrase.end()) if phrase else ""
    elif refused := read_count(
        sentence,
        token,
        reading,
        hedge,
        Neighbours(following, earlier, earlier_unit, antecedent, share_noun, carried),
    ):
        return refused
    # "$1.8 million more a year", "2,000 tonnes of grain a month": the rate after a short complement.
    unit, end = reading.unit, reading.end
    between = MORE_AFTER.match(sentence, end) if unit in CURRENCY_UNITS else OF_COMPLEMENT.match(sentence, end)
    rate = read_rate(sentence, end) or (read_price_per(sentence, end) if unit in CURRENCY_UNITS else None)
    rate = rate or (read_rate(sentence, between.end()) if between else None)
    if rate and " per " not in unit:
        unit, end = f"{unit} per {rate[0]}", rate[1]
    # "the 10 largest regional airports": the size of a ranked group, never what a later number counts.
    ranked = bool(RANKED_GROUP_AFTER.match(sentence, token.end))
    return FigureDraft(
        reading.value,
        value_max,
        reading.qualifier,
        unit,
        reading.subject,
        reading.start,
        end,
        round(reading.confidence, 2),
        reading.from_context,
        descriptor=ranked,
    )
