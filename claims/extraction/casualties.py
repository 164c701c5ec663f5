"""
What a bare number counts when a verb of harm or a casualty state says so.

"killed two and wounded 40 more", "as 250 fled", "11 dead", "with 12 still listed as
missing", "put the crowd at 4,000", "a city of 3.5 million": no noun follows the number, but the words around it say
it counts people, or the killed, wounded or missing. `figures` reads these cues; they live
here so that each concept has its module.
"""

import re

__all__ = [
    "CASUALTY_AFTER", "CASUALTY_UNITS", "CROWD_BEFORE", "HARM_STATES", "HUMAN_VERB_AFTER", "HUMAN_VERB_BEFORE",
    "HUMAN_VERB_HEDGED", "PEOPLE_UNITS", "PLACE_OF_BEFORE", "in_harm", "lives_claimed", "others_harmed",
]  # fmt: skip

# "The floods have claimed 39 lives", "claiming at least 15 lives": deaths, as the annotators write them.
CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|ing|s)?\s+$")
CASUALTY_UNITS = frozenset({"deaths", "dead", "killed", "injured", "wounded", "casualties", "fatalities"})
# "put the crowd at 4,000", "a crowd of 61,402", "an attendance of 66,684": people.
CROWD_BEFORE = re.compile(r"\b(?:crowd|turnout|attendance|gate|audience)\b,?[^.;,\d]{0,25}$", re.IGNORECASE)
# "killed two and wounded 40 more", "as 250 fled": people, though no noun says so.
HUMAN_VERB_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|arrested|detained|rescued|evacuated|displaced|abducted)\s+$"
)
HUMAN_VERB_HEDGED = re.compile(
    r"\b(?P<verb>killed|killing|wounded|wounding|injured|injuring|arrested|detained|rescued|evacuated|displaced"
    r"|abducted)\s+"
    r"(?:(?:more\s+than|at\s+least|about|around|nearly|almost|some|over|up\s+to|as\s+many\s+as)\s+)?$"
)
HARM_STATES = {"killed": "killed", "killing": "killed", "wounded": "wounded", "wounding": "wounded",
               "injured": "injured", "injuring": "injured"}  # fmt: skip
HUMAN_VERB_AFTER = re.compile(
    r"\s+(?:more\s+|others\s+)?(?:fled|died|drowned|escaped|(?:were|have\s+been|had\s+been)\s+(?:killed|injured|wounded"
    r"|arrested|detained|rescued|evacuated|displaced|abducted|hurt))\b"
)
# "11 dead", "with 12 still listed as missing".
CASUALTY_AFTER = re.compile(
    r"\s+(?:(?:still|now|remain|remains|remained)\s+)?(?:(?:listed|reported|registered|counted)\s+as\s+)?"
    r"(?P<state>dead|injured|wounded|missing|killed|hurt|displaced|arrested)\b",
    re.I,
)
# "a city of 3.5 million", "the island nation of about 900,000": a place's people.
PLACE_OF_BEFORE = re.compile(
    r"\b(?:city|town|country|nation|island|village|state|region|province|capital|metropolis)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)


# "killed one police officer", "killing the deputy governor and his two bodyguards": a harm
# verb earlier in the clause; "one soldier was wounded", "the seven killed", "one person still
# missing", "confirmed one death": a harm word after.
HARM_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|shot|shooting)\b[^.;:!?\"“”]{0,60}$", re.IGNORECASE
)
HARM_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|remained)\s+)?"
    r"(?:(?:still|reported|listed\s+as)\s+)?(?:killed|wounded|injured|hurt|died|dead|missing)\b"
)
# "confirmed one death", "one fatality": a harm named by the noun itself.
HARM_NOUN_AFTER = re.compile(r"\s+(?:more\s+|further\s+)?(?:death|fatality|casualty|injury)\b")


HARM_RIGHT_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|shot|shooting)\s+$", re.IGNORECASE
)


def in_harm(sentence: str, start: int, end: int, *, clause: bool = True) -> bool:
    """Whether the number at `start`-`end` counts people harmed: a harm verb before it (in its
    clause, or right before it when `clause` is False), or a harm word after it and its noun.

    A number word such as "one" or "his two" is usually a pronoun or a determiner ("one of
    the main cases", "his two sons"); among the killed and the wounded it is a count. "One"
    takes only a verb right before it: "killed 12 people, and one official said" is no count.
    """
    before = HARM_BEFORE if clause else HARM_RIGHT_BEFORE
    return bool(
        before.search(sentence, max(0, start - 70), start)
        or HARM_AFTER.match(sentence, end)
        or HARM_NOUN_AFTER.match(sentence, end)
    )


def lives_claimed(sentence: str, start: int, unit: str) -> bool:
    """Whether the "lives" counted from `start` are lives a disaster or violence claimed: deaths.

    Lives saved, or lives counted otherwise ("152,666 lives could be saved"), stay lives.
    """
    return unit == "lives" and bool(CLAIMED_BEFORE.search(sentence, max(0, start - 20), start))


# "nine others injured", "150 others were hurt", "one other remained missing", "six others received
# injuries", "wounded five others": "others" are people beyond those counted before, and what befell
# them is what they count (the annotators write "people injured", "soldiers wounded").
OTHERS_STATE_AFTER = re.compile(
    r"\s+(?P<others>others?)"
    # "More than 1,235 others have also been wounded", "68,880 others have suffered injuries"
    r"(?:\s+(?:were|are|was|is|have|has|had|been|remain(?:ed|s)?|still|also|later|reportedly)){0,3}"
    r"(?:\s+(?:seriously|critically|slightly|badly))?"
    r"\s+(?:(?P<state>injured|wounded|hurt|missing|killed|dead)\b"
    r"|(?:received|suffered|sustained|got)\s+(?:(?:minor|serious|critical)\s+)?(?P<injuries>injuries)\b)",
    re.IGNORECASE,
)
OTHERS_AFTER = re.compile(r"\s+others\b(?!\s+(?:of|in|at|to|from|among)\b)")
# Units that say no more than "others" does: an earlier count of these is no noun "others" takes.
PEOPLE_UNITS = frozenset({"people", "persons", "others"})
# "deaths … climbed to 1,638, including 718 men, 332 women and 588 children, with 12,865 others injured": the
# parts of a breakdown are no noun "others" takes; the others are beyond the whole.
BREAKDOWN_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\b", re.IGNORECASE)


def others_own_noun(sentence: str, start: int, earlier: str | None) -> bool:
    """Whether "others" at `start` go on counting the `earlier` count's own noun ("one soldier was killed and
    four others injured": soldiers), rather than the people harmed: never a breakdown's part, nor people alone."""
    if not earlier or earlier in CASUALTY_UNITS | PEOPLE_UNITS:
        return False
    return not BREAKDOWN_BEFORE.search(sentence, 0, start)


HARM_VERB_RIGHT_BEFORE = re.compile(r"\b(?P<verb>killed|killing|wounded|wounding|injured|injuring)\s+$", re.IGNORECASE)


def others_harmed(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit ("people injured") and end of "N others" harmed, or None.

    The number at `start`-`end` is followed by "others" and a harm state ("eight others
    injured"), or a harm verb stands right before it ("and wounded three others"). The
    earlier count of the sentence is not what "others" counts: "30 militants, including
    two ringleaders, were killed and eight others injured" counts people injured.
    """
    after = OTHERS_STATE_AFTER.match(sentence, end)
    if after:
        state = "injured" if after.group("injuries") else after.group("state").lower()
        return f"people {state}", after.end("others")
    verb = HARM_VERB_RIGHT_BEFORE.search(sentence, max(0, start - 20), start)
    others = OTHERS_AFTER.match(sentence, end)
    if verb and others:
        return f"people {HARM_STATES[verb.group('verb').lower()]}", others.end()
    return None
