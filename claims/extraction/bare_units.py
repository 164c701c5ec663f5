"""
What a bare number counts: a figure with no counted noun, money or percent after it.

News copy often leaves the counted noun out ("the toll rose to 3,112", "83,000 watched",
"killed 40 people and wounded 200", "thousands more"). Recall comes first, so a number no
rule refuses stays a figure, and its unit is taken from what the sentence says around it, in
this order: a multiplier's verb ("multiplied by 1.5"), a list's shared noun ("won 16 and 12
seats"), a harm state after it ("11 dead"), a harming verb ("six were killed": people), a level
named before it ("the number of spectators stood at …"), a percentage named before it, a poll's
signed move, a reference back to an earlier count ("of them", "more", a comparison), a quake's
magnitude, an earlier count of the sentence, a unit named before it, a share's whole, and last
the crowd, the sentence's opening plural or the count of the text before. This order is a
ranking of evidence, which is why it lives in one place, apart from the reading of the phrase
(`counted_phrase`) that calls it.
"""

import re
from dataclasses import dataclass

from .borrowed import (
    GENERIC_COUNTS,
    MEASURE_UNITS,
    SCALED,
    count_named,
    level_named,
    listed_noun,
    rupees_alone,
    unit_named,
)  # fmt: skip
from .casualties import (
    CASUALTY_AFTER,
    CASUALTY_UNITS,
    CROWD_BEFORE,
    HUMAN_VERB_AFTER,
    HUMAN_VERB_BEFORE,
    PLACE_OF_BEFORE,
)  # fmt: skip
from .context import (
    CLAUSE_END_AFTER,
    COMPARISON_BEFORE,
    EVENT_VERB_AFTER,
    SPECTATOR_AFTER,
    SPORT_HINT,
)  # fmt: skip
from .currencies import CURRENCY_CODES
from .drafts import Reading
from .elisions import listed_percent
from .measures import percentage_named, read_rate
from .numbers import NumberToken, clean_decimal
from .quake_sizes import MAGNITUDE_BEFORE
from .ranges import figure_start, scale_of
from .signed_changes import is_signed_points
from .units import looks_plural

__all__ = ["bare_unit"]

# "Applications from students fell 4%, while those from China dropped by 2,810": what the sentence is about.
LEADING_PLURAL = re.compile(
    r"^\W*(?:(?:The|A|An)\s+)?(?:[a-z]+\s+)?(?P<noun>[A-Za-z][a-z]+s)\s+(?:[a-z]{3,}ed\s+)?"
    r"(?:from|of|in|to|for|at|by|on|fell|rose|dropped"
    r"|grew|increased|decreased|have|had|has|were|are)\b"
)
MULTIPLIED_BEFORE = re.compile(r"\b(?:multiplied\s+by|by\s+a\s+factor\s+of)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Neighbours:
    """What a number's neighbours say it may count, for a number with no noun of its own.

    Read once per number by `figure_phrase.read_one` and handed down to `bare_unit`, the last
    reader, through `counted_phrase.read_count`.
    """

    following: NumberToken | None  # the next number of the sentence ("won 16 and 12 seats")
    earlier: str | None  # the unit of an earlier count of the sentence, without its rate
    earlier_unit: str | None  # the same with its rate ("8,000 admissions a week")
    antecedent: str | None  # the unit of the last count of earlier sentences
    share_noun: str | None  # what an earlier share of the sentence divides
    carried: str | None  # what a bare number of the same size goes on counting


def bare_unit(
    sentence: str,
    token: NumberToken,
    reading: Reading,
    around: Neighbours,
    *,
    refers_back: re.Match[str] | None,
    more: re.Match[str] | None,
    forecasters: re.Match[str] | None,
) -> bool:
    """Give `reading` (nothing counted after it) the unit the sentence implies, from what is
    `around` it; False when the number counts nothing. `refers_back` ("of them"), `more`
    ("more", "others") and `forecasters` ("economists had forecast") are what follows the number."""
    start, end, value = reading.start, reading.end, reading.value
    following, earlier, earlier_unit = around.following, around.earlier, around.earlier_unit
    antecedent, share_noun, carried = around.antecedent, around.share_noun, around.carried
    if MULTIPLIED_BEFORE.search(sentence, max(0, start - 25), start):
        reading.unit, reading.from_context = "times", True  # "the front multiplied by 1.5": a multiplier
        reading.confidence -= 0.1
    elif token.kind in ("digits", "words") and (listed := listed_noun(sentence, end, following)):
        reading.unit, reading.from_context = listed, True  # "won 16 and 12 seats", "by 0.05 and 0.3 million barrels"
        if scale_of(token) == 1 and following is not None and scale_of(following) > 1:
            reading.value = clean_decimal(value * scale_of(following))
        reading.confidence -= 0.15
    elif (state := CASUALTY_AFTER.match(sentence, end)) and token.kind in ("digits", "words"):
        reading.unit, reading.from_context = state.group("state").lower(), True  # "11 dead and 79 injured"
        reading.confidence -= 0.25
    elif (
        token.kind in ("digits", "words")
        and (earlier is None or earlier in CASUALTY_UNITS)
        and HUMAN_VERB_AFTER.match(sentence, end)
    ):
        # "the death toll rose to 17, as at least six were killed": six people, not six tolls.
        reading.unit, reading.from_context = "people", True
        reading.confidence -= 0.2
    elif token.kind in ("digits", "words") and (level := level_named(sentence, start)):
        reading.unit, reading.from_context = level, True  # "the number of spectators … stood at 13,47,143"
        reading.confidence -= 0.1
    elif (
        token.kind == "digits"
        and not (refers_back or more)
        and (percentage_named(sentence, start, value) or listed_percent(sentence, start))  # "followed by Sindh 48.11"
    ):
        reading.unit, reading.from_context = "percent", True  # "the pass percentage was 78.88, down from 82.80"
        reading.confidence -= 0.15
    elif token.kind == "digits" and is_signed_points(sentence, token.start, end):
        reading.unit, reading.from_context = "points", True  # "CON 27%(+1)": the share's move since the last poll
        reading.confidence -= 0.15
    elif (earlier or antecedent) and (
        refers_back or more or forecasters or token.kind == "magnitude" or COMPARISON_BEFORE.search(sentence, 0, start)
    ):
        unit = earlier or antecedent or ""
        if earlier_unit and COMPARISON_BEFORE.search(sentence, 0, start):
            unit = earlier_unit  # "8,000 admissions a week, up from about 5,000": a week too
        reading.confidence -= 0.15
        if refers_back:
            reading.subject, reading.end = refers_back.group().split()[-1], refers_back.end()
        elif more:
            reading.end = more.end()
            if unit in CASUALTY_UNITS and more.group().strip() == "others":
                unit = "people"  # "the death toll stood at 105, with 500 others injured": people
            elif more.group().strip() == "others" and not _countable(unit):
                unit = "others"  # "Rs 5 crore … against Khan, along with eight others": people, not rupees
        reading.unit, reading.from_context = unit, True
    elif token.kind == "digits" and MAGNITUDE_BEFORE.search(sentence, max(0, start - 20), start):
        reading.unit, reading.from_context = "magnitude", True  # "recorded it at magnitude 5.9"
        reading.confidence -= 0.1
    elif earlier and (
        # A bare number after a count of the same sentence: "killed 40 people and wounded 200."
        EVENT_VERB_AFTER.match(sentence, end) or CLAUSE_END_AFTER.match(sentence, end) or read_rate(sentence, end)
    ):
        reading.unit, reading.from_context = earlier, True
        reading.confidence -= 0.15
    elif named := unit_named(sentence, figure_start(sentence, token)):
        reading.unit, reading.from_context = named, True
        reading.confidence -= 0.1
    elif share_noun and (EVENT_VERB_AFTER.match(sentence, end) or CLAUSE_END_AFTER.match(sentence, end)):
        reading.unit, reading.from_context = share_noun, True
        reading.confidence -= 0.15
    elif token.kind in ("digits", "words") and not refers_back:
        reading.unit = _unit_of_last_resort(sentence, token, start, end, earlier, carried)
        reading.from_context = True
        reading.confidence -= 0.35
    else:
        return False
    return True


def _countable(unit: str) -> bool:
    """Whether `unit` counts things "others" or a bare word number may stand for: not money, a measure or a share."""
    base = unit.split(" per ")[0]
    return base not in CURRENCY_CODES and base not in MEASURE_UNITS and base not in ("percent", "percentage points")


def _unit_of_last_resort(
    sentence: str, token: NumberToken, start: int, end: int, earlier: str | None, carried: str | None
) -> str:
    """Recall first: a number no rule refuses is a figure, even with nothing counted after it
    ("the toll rose to 3,112", "83,000 watched"). What it counts is said earlier in the
    sentence, and is never guessed from another sentence, but for the count the text goes on
    with (`carried`)."""
    opening = LEADING_PLURAL.match(sentence)
    crowd = CROWD_BEFORE.search(sentence, max(0, start - 40), start)
    people = crowd or HUMAN_VERB_BEFORE.search(sentence, max(0, start - 30), start)
    people = people or PLACE_OF_BEFORE.search(sentence, max(0, start - 40), start)
    people = people or HUMAN_VERB_AFTER.match(sentence, end)
    if people and SPORT_HINT.search(sentence) and (crowd or SPECTATOR_AFTER.match(sentence, end)):
        return "spectators"  # "a crowd of 80,827" at a match, "when 83,260 showed up"
    if SPECTATOR_AFTER.match(sentence, end) and SPORT_HINT.search(sentence) and not earlier:
        return "spectators"
    # "The study was published …": a verb after the subject is not what it counts.
    opening = opening if opening and looks_plural(opening.group("noun")) else None
    # "The passenger figures increased … to 8.2 million": the figures are of passengers (`count_named`).
    opening = opening if opening and opening.group("noun").lower() not in GENERIC_COUNTS else None
    if earlier and token.kind == "words" and not _countable(earlier) and not SCALED.search(token.text):
        # "seized P10 million worth of shabu in two separate buy-bust operation": money is written in digits,
        # and a small number in words counts something, never the sentence's money.
        earlier = None
    unit = earlier or ("people" if people else "")
    if not unit and opening:
        # "The airports' passenger numbers were 8.2 million": a count named outranks the opening plural.
        unit = count_named(sentence, start) or opening.group("noun").lower()
    # "Heathrow handled 79.2 million passengers. Gatwick grew to 40.9 million": a bare
    # number goes on counting what the last count of the text counted.
    return unit or (rupees_alone(token, sentence) and "INR") or count_named(sentence, start) or carried or ""
