"""
What a figure counts, read after its number: "12,000 head of cattle", "240 of 543 seats",
"718 of the drones", "a magnitude-9.0 temblor", "230 others injured", "40 buildings or more".

`figure_phrase` reads the number, its range, hedge, money and percent; a figure with none of
these counts something, and this module reads what: a measure ("2.5 feet"), a quake's size, the
people "others" stands for, or the counted noun after the words that lead to it ("head of",
"out of 543", "of the"). A number that counts a span of time dating the claim ("three years
ago") or a relation ("two of his sons") is refused here. With nothing counted after the number,
`bare_units` takes the unit from the sentence around it.
"""

import re

from . import hedges
from .bare_units import Neighbours, bare_unit
from .casualties import others_harmed, others_own_noun
from .context import WHEN_AFTER
from .continental import whole_count_value
from .drafts import WHEN, Reading
from .estimates import FORECASTERS_AFTER
from .exclusions import is_relational
from .measures import read_measure, scaled_measure
from .noncounts import is_time_anchor
from .numbers import NumberToken
from .quake_sizes import MAGNITUDE_BEFORE, is_quake_size
from .units import is_time_unit, read_counted_noun

__all__ = ["MORE_AFTER", "OF_AFTER", "read_count"]

REFERS_BACK = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b")
MORE_AFTER = re.compile(r"\s+(?:more|others|additional|extra)\b")
# "2,560 fewer cases", "two fewer seats", "141 less persons killed": a difference counted in the noun after it
# ("fewer than 200" is a hedge, read in `hedges`).
FEWER_AFTER = re.compile(r"\s+(?:fewer|less)\b(?!\s+than\b)")
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*['’]s\s+)?")  # "a dozen of the state's schools"
# "12,000 head of cattle": "head" counts the animals that follow.
HEAD_OF = re.compile(r"\s+head\s+of\s+(?=[a-z])")
PART_OF = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?"
    # "526 of the total 1,428 flooded areas", "3.5 million of the approximately 5.2 million trips": a word that
    # ranks or hedges the whole, and the whole's scale, stand between the part and what both count.
    r"(?:(?:total|top|approximately|about|around|nearly|near|almost|some|roughly|over|estimated)\s+)?"
    r"\d[\d,.]*(?:\s+(?i:million|billion|thousand|lakh|crore))?(?=\s+[A-Za-z])"
)  # "240 of 543 seats", "88 of the assembly's 170 seats", "484 out of 500 marks"
# "718 of the drones", "seven (out) of the missiles": a part of things already counted; "a dozen of the
# state's largest districts": the owner's possessive is no noun, the districts are counted.
PARTITIVE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|those|these|its|their|his|her|our)\s+(?:[a-z][\w-]*['’]s\s+)?(?=[a-z])"
)
# "deaths passed 5 million": over a threshold (said of a count named before it only,
# since "passed 12 laws" approves laws).
THRESHOLD_BEFORE = re.compile(r"\b(?:passed|crossed|passing|crossing)\s+$", re.IGNORECASE)


def read_count(
    sentence: str,
    token: NumberToken,
    reading: Reading,
    hedge: hedges.Hedge | None,
    around: Neighbours,
) -> str | None:
    """Read what the number of `reading` (with its `hedge`, if any) counts, widening `reading`
    over it; the rule that refuses the number, if one does. What is `around` it is what
    `bare_units` reads a bare number by."""
    earlier = around.earlier
    start, end, value = reading.start, reading.end, reading.value
    noun_at = end
    refers_back = REFERS_BACK.match(sentence, end)
    more = MORE_AFTER.match(sentence, end)
    fewer = None if more else FEWER_AFTER.match(sentence, end)
    of = OF_AFTER.match(sentence, end) if token.kind in ("magnitude", "dozen") else None
    part_of = PART_OF.match(sentence, end)  # "240 of 543 seats"
    partitive = PARTITIVE.match(sentence, end)
    head_of = HEAD_OF.match(sentence, end)
    forecasters = FORECASTERS_AFTER.match(sentence, end)  # "the 165,000 economists had forecast"
    if head_of:
        noun_at = head_of.end()
    elif more:
        noun_at = more.end()
    elif fewer:
        noun_at = fewer.end()
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
    own_noun = others_own_noun(sentence, start, earlier)
    others = None if refers_back or measure or own_noun else others_harmed(sentence, start, end)
    noun = None
    if not (refers_back or measure or others or forecasters or WHEN_AFTER.match(sentence, end)):
        noun = read_counted_noun(sentence, noun_at, singular=value == 1)
    if others:
        (reading.unit, reading.end), reading.from_context = others, True
        reading.confidence -= 0.2
    elif measure:
        reading.unit, reading.end = measure
        reading.unit, reading.value = scaled_measure(reading.unit, value)
    elif noun:
        if is_relational(token, noun.unit, sentence, noun.end):
            return "relational"
        if is_time_unit(noun.unit) and (token.kind == "magnitude" or is_time_anchor(sentence, token, noun.end)):
            return WHEN  # "three years ago", "in the past 24 hours"
        reading.unit, reading.subject, reading.end = noun.unit, noun.subject, noun.end
        reading.value = whole_count_value(token, value, noun.unit)  # "4.452 voters": a point grouping thousands
        if (
            hedge
            and reading.qualifier == hedge.code
            and hedges.places(sentence, hedge.start, noun.unit, is_time_unit(noun.unit))
        ):
            reading.qualifier, reading.start = hedges.EXACT, token.start  # "drones over six regions": a place
        if is_time_unit(noun.unit):
            reading.confidence -= 0.2  # a duration that is the claim: "jailed for seven years"
        reading.confidence -= 0.0 if noun.known else 0.1
        suffix = hedges.hedge_after(sentence, reading.end)  # "40 buildings or more"
        if suffix and reading.qualifier == hedges.EXACT:
            reading.qualifier, reading.end = suffix.code, suffix.end
    elif not bare_unit(sentence, token, reading, around, refers_back=refers_back, more=more, forecasters=forecasters):
        return "nothing counted"
    threshold = THRESHOLD_BEFORE.search(sentence, 0, reading.start)
    if reading.from_context and threshold and reading.qualifier == hedges.EXACT:
        reading.qualifier, reading.start = hedges.MORE_THAN, threshold.start()
    return None
