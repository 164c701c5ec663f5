"""
Who a crowd count counts when its sentence names the crowd: "demonstrators", not "people".

"police estimates put the demonstrators' numbers at just 30,000", "the number of marchers
peaked at 98,600 …, while organisers put the turnout at 510,000 people": the number counts
people, but the sentence itself says who they are, and two sources' figures for one protest
are compared as counts of its participants. The policy's unit is "what is counted"
("soldiers killed", not "people"), so the participant noun the sentence uses is the unit.

Only a noun the sentence writes is taken. The event words alone ("500,000 people
demonstrated", "took part in the protests") do not decide it: annotators of the real-news
sets wrote "demonstrators", "protesters", "marchers", "participants" and "people marched"
for the same shape of sentence, so guessing a noun from the verb is no better than "people".

People harmed or held at a protest ("police arrested 80 people as protesters threw stones",
"12 people were injured") are not the crowd, and keep their unit.
"""

import re

__all__ = ["protest_participants"]

PARTICIPANT_NOUN = re.compile(r"\b(demonstrators|protesters|protestors|marchers|participants)\b", re.IGNORECASE)
# Harm, arrest or custody near the number: those people are not the crowd.
HELD_OR_HARMED = re.compile(
    r"\b(?:arrest|detain|held|custody|injur|wound|kill|dead|death|died|hurt|hospital|evacuat|displac|rescu|missing"
    r"|booked|charged)",
    re.IGNORECASE,
)
REACH = 60  # characters either side of the number looked at for harm


def protest_participants(sentence: str, start: int, end: int) -> str | None:
    """The participant noun of `sentence` when the count of people at `start`-`end` is the
    crowd it names ("demonstrators", "marchers", "participants"), else None."""
    if HELD_OR_HARMED.search(sentence, max(0, start - REACH), min(len(sentence), end + REACH)):
        return None
    noun = PARTICIPANT_NOUN.search(sentence)
    return noun.group(1).lower().replace("protestors", "protesters") if noun else None
