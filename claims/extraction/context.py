"""
What a figure with no noun of its own counts, read from the words around it.

`figures` reads "12,000 troops" by the noun after the number. A bare number takes its
unit from context:

* a count named before it in the sentence: "the death toll rose to 412" (deaths),
  "the number of refugees reached 3 million", "Nigeria's population is estimated at
  223 million" (people), "overdose deaths topped 100,000", "Calls to the hotline rose
  by 40% in a year, to about 5.5 million" (calls) — `unit_named_before()`;
* a count earlier in the same sentence, when the number closes its clause or an event
  verb follows ("killed 40 people and wounded 200.", "fewer than 200 had crossed") or
  it is compared with it ("up from about 5,000") — the cues below, used by `figures`.
"""

import re

from .units import is_time_unit, looks_plural

__all__ = [
    "EVENT_VERB_AFTER", "CLAUSE_END_AFTER", "COMPARISON_BEFORE", "WHEN_AFTER", "unit_named_before", "level_named_before",
    "SPORT_HINT", "SPECTATOR_AFTER",
]  # fmt: skip

EVENT_VERB_AFTER = re.compile(
    r"""\s+(?:were|was|had\s+been|have\s+been|are|died|remain|remained|fled|went|[a-z]{3,}ed
        |(?:had|have|has)\s+(?:already\s+|now\s+)?[a-z]{3,}(?:ed|en|wn))\b""",
    re.VERBOSE,
)
# "the death toll had risen above 58,000", "the number of refugees reached 2 million", "the number of
# the crossing ships from 17,000" (a determiner before the counted noun's modifier).
TOLL_BEFORE = re.compile(r"\b(?:(?P<kind>death|casualty)\s+)?toll\b(?:[^.;]|\.\d){0,110}$", re.IGNORECASE)
NUMBER_OF_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:(?:the|its|their)\s+)?(?:(?:[A-Z][A-Za-z]*|\d[\d.]*)\s+){0,2}"
    r"(?:(?:total|new|confirmed|reported|recorded|registered|active|additional|overall)\s+)?"  # "number of total dengue cases"
    # Up to two modifiers ("the number of international tourist arrivals", "the total number of covid19 deaths"),
    # never a preposition, and a plural only next to the noun ("the number of measles cases"; "the number of
    # people killed tops 300": people, not "tops").
    r"(?:(?!(?:in|of|on|at|for|from|to|by|with|and|or|the|who|that|which|has|have|had|was|were|is|are)\b)"
    r"(?![a-z]*[^s]s\s)(?!people\s)[a-z][a-z\d-]*\s+)?"
    r"(?:(?!(?:in|of|on|at|for|from|to|by|with|and|or|the|who|that|which|has|have|had|was|were|is|are)\b)"
    r"[a-z][a-z\d-]*\s+)?"
    r"(?!(?:has|was|is|this|thus|plus|across|as)\b)(?P<noun>[a-z]+s|people|children|men|women|staff|personnel)\b"
    # "the number of voters has grown", "… of candidates this year": the voters, never "has", "this"; "(i.e. people
    # within ages 15-64 …)" is no full stop.
    r"(?:[^.;]|\b(?:i\.e|e\.g)\.|\.(?=\w)){0,120}$"
)
# "the number of those injured was raised to 1,000", "the number of dead at 100,191", "the number of the
# injured stands at 413": the harmed, named by their state (read before `NUMBER_OF_BEFORE`, which takes
# "stands" for the noun).
NUMBER_OF_HARMED_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:(?:the|those)\s+)?(?P<noun>dead|injured|wounded|missing|killed|displaced|evacuated)\b"
    r"(?!\s+(?:people|persons|children|men|women|(?!(?:was|has|is|stands|remains)\b)[a-z]+s)\b)[^.;]{0,120}$"
)
# "Nigeria's population is estimated at 223 million": a population counts people.
POPULATION_BEFORE = re.compile(r"\bpopulation\b[^.;]{0,60}$", re.IGNORECASE)
# "Most cases were from Northland (9,426), Westland (7,741)": a bracketed count after each place of
# a breakdown counts the noun the breakdown opened with.
BREAKDOWN_BEFORE = re.compile(
    r"""\b(?:most|the\s+majority|the\s+bulk)\s+(?:of\s+(?:the\s+)?)?(?P<noun>[a-z]+s)\s+(?:were|came)
        \s+(?:(?:reported|recorded|registered)\s+)?(?:from|in)\s+[^.;]{0,120}\($""",
    re.IGNORECASE | re.VERBOSE,
)
# "Drug overdose deaths in the United States topped 100,000": the subject is counted.
COUNTED_SUBJECT_BEFORE = re.compile(
    r"""\b(?P<noun>[A-Za-z]+s)\b
        (?:\s+\([A-Z][A-Za-z]{1,7}\))?  # "Monthly active users (MAUs) totaled": the noun's acronym
        (?:,?\s+(?:which|who))?  # "displaced persons (IDPs), which have now exceeded 3 million": a relative's noun
        # "Passengers carried totalled", "persons arrested were 213"
        # "developers registered with the land department increased to 174": a participle before a place or agent
        (?:\s+(?!(?:was|has|is)\b)[a-z]{3,}ed(?=\s+(?:(?:now|already)\s+)?(?:[a-z]{3,}ed|were|are)\b
           |\s+(?:with|in|by|at|on|across|since|during)\b))?
        # "Deaths in Texas and Oklahoma rose to 21", "Calls to the 988 hotline rose": never over another figure ("an
        # increase in seats to 229 from 193 in 2019 and wards increased to 509": the wards increased, not the seats).
        (?:\s+(?:in|from|of|among|across|at|on|for|with|since|during|this|last|to|into|via|through|within|under)\b
           (?:(?!(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?:from|to|and|or|in)\b)[^,;:]){0,60}?)?
        \s+(?:(?:has|have|had)\s+)?(?:(?:now|already|so\s+far)\s+)?  # "Houses damaged now totaled 51,921"
        (?:topped|passed|reached|hit|exceeded|surpassed|crossed|totall?ed|numbered|stood\s+at|stands\s+at
        |(?:(?:were|was|are|is)\s+)?(?:placed|put|pegged)\s+at  # "Damaged houses are placed at 8,592"
        |were|are  # "persons arrested were 213": the number is all that follows
        |(?:rose|risen|climbed|jumped|fell|dropped|increased|grew|declined|soared|surged|swelled
           |(?:were|was|are|is)\s+(?:up|down))  # "Season tickets were down 2% to 16,800"
          (?:(?:\s+(?:by\s+)?[^,;:]{1,50}?,?)?\s+to|\s+by|\s+from))  # "payrolls grew by 39,000": the change in the count
        \s+(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|at\s+least|just\s+over|a\s+record)\s+)?$""",
    re.VERBOSE,
)
# "The overall attendance for the tournament topped one million": an attendance counts spectators.
ATTENDANCE_BEFORE = re.compile(r"\battendances?\b[^.;,]{0,60}$", re.IGNORECASE)
# A crowd at a game is its spectators: "a crowd of 80,827", "when 83,260 showed up", "the 93,252 who saw Italy beat …".
SPORT_HINT = re.compile(
    r"\b(?:match(?:es)?|games?|final|semi-final|stadium|tournament|league|cup|fixture|derby|ground|arena|kick-off"
    r"|attendances?|spectators|fans)\b",
    re.IGNORECASE,
)
SPECTATOR_AFTER = re.compile(
    r"\s+(?:who\s+)?(?:attended|watched|saw|showed\s+up|turned\s+up|turned\s+out|squeezed\s+in|packed|crammed)\b"
)
TOLL_UNITS = {"death": "deaths", "casualty": "casualties"}
# "up from 64 four years ago": the number is followed by when, not by what it counts.
WHEN_AFTER = re.compile(
    r"""\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+few)
        \s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|before|previously)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A bare number closing its clause, after a counted figure of the same sentence:
# "killed 40 people and wounded 200.", "forced 12 million from their homes".
CLAUSE_END_AFTER = re.compile(
    r"""\s*(?:[,.;]|\s+(?:from|in|on|at|across|and|or|who|that|which|last|this|earlier|before|ago)\b
        |\s+(?:a|one)\s+(?:year|month|week|day)\s+(?:earlier|before|ago|later))
        |(?="""
    + WHEN_AFTER.pattern
    + ")",  # "wounded 200 three days ago"
    re.VERBOSE,
)
# "up from 28,526", "compared with about 500", "including 12": the same kind of thing as before.
# "well short of the 600,000 it had promised", "a target of 300": measured against it.
COMPARISON_BEFORE = re.compile(
    r"""\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?|against|than|including|among\s+them
        |(?:short|instead)\s+of(?:\s+the)?|rather\s+than\s+the|(?:target|goal|pledge)\s+of)\s+$""",
    re.IGNORECASE | re.VERBOSE,
)


# "… stood at 13,47,143", "… reached nearly 3 million": the number is the level of a count named before.
LEVEL_VERB_BEFORE = re.compile(
    r"""\b(?:stood|stands|stand)\s+at|\b(?:reached|totall?ed|numbered|topped|hit|exceeded|surpassed)
        |\b(?:rose|risen|climbed|jumped|fell|dropped|increased|grew|declined|soared|surged|swelled)\s+to""",
    re.VERBOSE,
)
LEVEL_BEFORE = re.compile(
    "(?:" + LEVEL_VERB_BEFORE.pattern + r")\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly"
    r"|at\s+least|just\s+over|just\s+under|a\s+record)\s+)?$",
    re.VERBOSE,
)


# A toll that is the subject of the verb of reaching before the number, however long the words
# between ("The death toll from the floods triggered by … (international name: Gaemi) has climbed
# to 16", "The confirmed death toll from a massive U.S. landslide rose to 17"): `TOLL_BEFORE` looks
# back only so far, and stops at a full stop.
TOLL_SUBJECT = re.compile(r"\b(?:(?P<kind>death|casualty)\s+)?toll\b", re.IGNORECASE)


def _toll_reaching(sentence: str, start: int) -> re.Match | None:
    """The toll a bare number at `start` is the level of, as the subject of the verb just before it."""
    level = LEVEL_BEFORE.search(sentence, max(0, start - 40), start)
    if not level:
        return None
    toll = None
    for match in TOLL_SUBJECT.finditer(sentence, 0, level.start()):
        toll = match  # the last toll before the verb
    # "the death toll rose to 5 and cases climbed to 300": another level between is another subject's.
    if toll is None or ";" in sentence[toll.end() : level.start()]:
        return None
    if LEVEL_VERB_BEFORE.search(sentence, toll.end(), level.start()):
        return None
    return toll


# "an 11 per cent increase in customers to 19 million", "an increase in parliamentary seats to 229": the count
# whose change ends at the number.
CHANGE_IN_BEFORE = re.compile(
    r"\b(?:increase|rise|growth|jump|fall|drop|decline|decrease|reduction)\s+in\s+(?:the\s+(?:number\s+of\s+)?)?"
    r"(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\s+to\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|at\s+least|a\s+record)\s+)?$"
)
# "Aichi had the most people rushed to hospitals at 392", "the highest number of cases at 162": a ranking's count.
MOST_AT_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:most|fewest|highest\s+number\s+of|largest\s+number\s+of|lowest\s+number\s+of)\s+"
    r"(?:[a-z-]+\s+)?(?P<noun>people|[a-z]{3,}s)\b[^.;,\d]{0,50}\s+at\s+$"
)

COPULA_BEFORE = re.compile(
    r"\b(?:were|are)\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|at\s+least)\s+)?$"
)


# "bringing the death toll from the 6.1-magnitude quake that struck … on Saturday to 40", "taking the death toll in
# flash floods and landslides in the region to 162": a toll an event carries to the number, however far before it.
# No other number stands between (but a compound's, "6.1-magnitude"), so "… to 40 and the injured to 200" stops.
TOLL_CARRIED_BEFORE = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)\s+(?:the\s+)?"
    r"(?:(?P<kind>death|casualty)\s+)?toll\b(?:[^.;\d]|\d[\d.,]*-(?=[a-z])){0,140}?\bto\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def level_named_before(sentence: str, start: int) -> str | None:
    """The count a bare number is the level of: "the number of spectators … stood at 13,47,143".

    It outranks a count read earlier in the same sentence, which may be part of the subject
    ("at the six host venues").
    """
    carried = TOLL_CARRIED_BEFORE.search(sentence, max(0, start - 200), start)
    if carried:
        return TOLL_UNITS[(carried.group("kind") or "death").lower()]
    named = CHANGE_IN_BEFORE.search(sentence, max(0, start - 80), start) or MOST_AT_BEFORE.search(
        sentence, max(0, start - 100), start
    )
    if named and looks_plural(named.group("noun")) and not is_time_unit(named.group("noun")):
        return named.group("noun")
    if COPULA_BEFORE.search(sentence, max(0, start - 30), start):
        # "seven officers were injured, while persons arrested were 213": the subject of "were", not the officers.
        subject = COUNTED_SUBJECT_BEFORE.search(sentence, 0, start)
        if subject and looks_plural(subject.group("noun")) and not is_time_unit(subject.group("noun")):
            return subject.group("noun").lower()
    if not LEVEL_BEFORE.search(sentence, max(0, start - 40), start):
        return None
    return unit_named_before(sentence, start)


def unit_named_before(sentence: str, start: int) -> str | None:
    """The unit a sentence names before a bare figure.

    "death toll" (deaths), "number of refugees", "population" (people), and a plural
    subject before a verb of reaching ("overdose deaths topped 100,000").
    """
    toll = TOLL_BEFORE.search(sentence, 0, start) or _toll_reaching(sentence, start)
    if toll:
        return TOLL_UNITS[(toll.group("kind") or "death").lower()]
    harmed = NUMBER_OF_HARMED_BEFORE.search(sentence, 0, start)
    if harmed:
        return harmed.group("noun")
    number_of = NUMBER_OF_BEFORE.search(sentence, 0, start)
    if number_of and not is_time_unit(number_of.group("noun")):
        return number_of.group("noun")
    if POPULATION_BEFORE.search(sentence, 0, start):
        return "people"
    if ATTENDANCE_BEFORE.search(sentence, 0, start):
        return "spectators"
    breakdown = BREAKDOWN_BEFORE.search(sentence, 0, start)
    if breakdown and looks_plural(breakdown.group("noun")) and not is_time_unit(breakdown.group("noun")):
        return breakdown.group("noun").lower()
    subject = COUNTED_SUBJECT_BEFORE.search(sentence, 0, start)
    if subject and looks_plural(subject.group("noun")) and not is_time_unit(subject.group("noun")):
        return subject.group("noun").lower()
    return None
