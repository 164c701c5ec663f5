"""
When the word "one" counts something.

"one" is usually a pronoun or an article ("one of the main cases", "One victim later
died", "at one point"), so `figures` refuses it unless it is hedged ("at least one
soldier"), the low end of a range, or one of these:

* stressed as few: "won only one seat", "just one rebel";
* among the harmed: "killed one police officer", "one soldier was wounded", "one hiker
  still missing", "confirmed one death" (`casualties.in_harm`); a capitalised "One …"
  that opens a sentence stays a determiner, as the shared policy's "One victim" says;
* a rate: "one death for every eight patients", "one for every 25";
* a margin: "won by one vote", "lost by one goal", "one seat short of a majority";
* a percentage: "a one percent increase";
* a descriptor of a count or a duration: "a one-point lead", "a one-seat majority", "a
  one-year ban" (where "a one-off" and "one-time" are none);
* a span of one that is the claim: "sentenced to one month in prison", "an increase of one
  minute" ("one year ago", "one month into" date);
* one apiece: "won one seat each", "two in Perth and one each in Ayr and Troon" (gold in eight
  studied sets);
* one charge of an indictment: "pleaded guilty to one count of wire fraud" (gold in five);
* one person arrested or rescued: "arrested one other suspect", "rescued one fisherman";
* the last of a list of counts: "seven militants and one policeman", "two Colombians, one
  Albanian and one of unknown nationality";
* one place in a tally by place: "three dead in Ashford, one in Kent Falls and two in Lyle",
  "two in the north and one in Alder Valley", where a sibling count before it is also
  followed by "in" and a capitalised place;
* the subject of a passive inside a sentence: "18 were rescued and one body was recovered",
  "although one arrest was made", "one line has been restored" (a capitalised "One …" opening
  the sentence stays a determiner, as above, and "one person who was rescued" is a relative
  clause's subject, not a report);
* a change of one: "Labour is down one to 11%", "up one from 16 the day before", "dropped one point" (poll
  movements and running tolls, gold in unseen56 and unseen77);
* a difference of one: "one more seat", "one more than last year", "one fewer game" ("one more
  time", "one more thing" are idioms, not differences).
"""

import re

from .casualties import in_harm
from .elisions import elided_count
from .measures import read_percent
from .noncounts import DESCRIPTOR_TIME
from .numbers import NumberToken
from .units import looks_plural

__all__ = ["one_counts"]

# "a one-point lead", "a one-seat majority": a count of one, where "a one-off" or "one-time" is none.
ONE_DESCRIPTORS = frozenset(["point", "seat", "vote", "goal", "run", "stroke", "wicket"])
# "won only one seat", "just one rebel": "one" after a word that stresses how few is a count.
ONLY_BEFORE = re.compile(r"\b(?:only|just|merely|barely|a\s+mere|exactly|precisely)\s+$", re.IGNORECASE)
# "one death for every eight patients", "one for every 25": a rate of one.
FOR_EVERY_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+for\s+every\b")
# "won by one vote", "lost by one goal": a margin of one.
BY_ONE = re.compile(r"\bby\s+$", re.IGNORECASE)
MARGIN_NOUN_AFTER = re.compile(r"\s+(?:point|seat|vote|goal|run|stroke|wicket|length|shot)s?\b")
# "one seat short of a majority", "one vote shy of the record": a margin by which a mark was missed.
SHORT_OF_AFTER = re.compile(r"\s+(?:point|seat|vote|goal|run|stroke|wicket|length|shot)\s+(?:short|shy)\s+of\b")


# "sentenced to one month in prison", "an increase of one minute": a span of one that is the claim.
SPAN_OF_ONE_BEFORE = re.compile(r"\b(?:to|of|for|by)\s+$", re.IGNORECASE)
SPAN_OF_ONE_AFTER = re.compile(
    r"\s+(?:second|minute|hour|day|week|month|year)\b(?!\s+(?:ago|later|earlier|before|after|into|of|on)\b)"
)
# "killed seven militants and one policeman", "two Colombians, one Albanian and one of unknown nationality":
# the last of a list of counts counts as its siblings do.
_COUNT_WORD = r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|one)"
LISTED_COUNT_BEFORE = re.compile(
    rf"\b(?P<count>{_COUNT_WORD})\s+(?:[A-Za-z-]+\s+){{0,2}}?(?P<noun>[A-Za-z-]+)\s*(?:,\s*(?:and\s+)?|and\s+)$",
    re.IGNORECASE,
)
# "arrested one other suspect", "rescued one fisherman": one person a verb of arrest or rescue acted on.
TAKEN_RIGHT_BEFORE = re.compile(
    r"\b(?:arrested|detained|captured|apprehended|nabbed|abducted|kidnapped|rescued|evacuated|freed|interdicted)\s+$",
    re.IGNORECASE,
)
# "one body was recovered", "one line has been restored": one thing a passive verb reports done to.
PASSIVE_AFTER = re.compile(
    r"(?:\s+(?!who\b|which\b|that\b)[a-z]+){1,2}\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:[a-z]{3,}ed|made|lost|found|taken|seen|held|hit|shot|struck|sent|sold|built|given|stolen|won)\b"
)
# "three dead in Ashford, one in Kent Falls": one place of a tally by place, after a sibling count
# that is also placed ("<count> [noun] in <Place>"), the list's comma or "and" right before "one".
IN_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
LIST_JOIN_BEFORE = re.compile(r"(?:,|\band)\s+$")
PLACED_SIBLING = re.compile(
    rf"\b(?i:{_COUNT_WORD})\s+(?:[a-z]+\s+){{0,2}}?in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}\s*(?:,|\band\b)"
)
# "four were reported from Ashford while one from Kent Falls": a tally by where the dead came from reads as
# one by where they died.
FROM_PLACE_AFTER = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
FROM_JOIN_BEFORE = re.compile(r"(?:,|\band|\bwhile)\s+$")
FROM_SIBLING = re.compile(
    rf"\b(?i:{_COUNT_WORD})\s+(?:[a-z]+\s+){{0,3}}?from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}"
    r"(?:\s+(?:region|district|province|state|county))?\s*(?:,|\band\b|\bwhile\b)"
)
# "10 migrants, including one child", "21 were injured, including one seriously": one of a count just given
# (gold in eight studied sets); "including one-off costs", "including one in the capital", "including one
# from France", "including one affecting the town" or "including one who was hurt" name a member, not a count.
INCLUDING_BEFORE = re.compile(r"\bincluding\s+$", re.IGNORECASE)
INCLUDED_AFTER = re.compile(r"\s+(?!(?:in|from|of|on|at|for|with|who|that|which|[a-z]+ing|[a-z]+ed)\b)[A-Za-z]")
# "one man and nine women", "one soldier and two militants": one that opens a pair of counts.
_LISTED_NEXT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)"
OPENS_PAIR_AFTER = re.compile(
    rf"(?:\s+(?!of\b|the\b)[A-Za-z-]+){{1,2}}\s+and\s+{_LISTED_NEXT}\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\b"
)
# "won one seat each", "two in Perth and one each in Ayr and Troon": one apiece.
EACH_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:each|apiece)\b")
# "two counts of fraud and one count of perjury": one charge among the counts of an indictment.
# "one more seat", "one more than last year", "one fewer game": a difference of one (gold in five studied sets).
ONE_MORE_AFTER = re.compile(
    r"\s+(?:more|fewer|less)\b(?!\s+(?:time|thing|chance|step|try|attempt|go|round|question|day|night|week|month|year)s?\b)"
)
COUNT_OF_AFTER = re.compile(r"\s+count\s+of\b")


# "is up one, at 17%", "down one to 18%", "dropped one point": a change of one, where "down one flight" is none.
CHANGED_BY_ONE_BEFORE = re.compile(r"\b(?:up|down|dropped|fell|rose|gained|slipped|climbed)\s+$", re.IGNORECASE)
CHANGE_OF_ONE_AFTER = re.compile(r"(?:\s+(?:percentage\s+)?points?\b|\s*[,.;]|\s+(?:from|to|since)\s)")


def one_counts(sentence: str, token: NumberToken, start: int, end: int, descriptor: str | None) -> bool:
    """Whether an unhedged "one" at `start`-`end` of `sentence` counts something (see the module's list)."""
    return bool(
        ONLY_BEFORE.search(sentence, 0, start)
        or (token.text.islower() and in_harm(sentence, start, end, clause=False))
        or FOR_EVERY_AFTER.match(sentence, end)
        or (BY_ONE.search(sentence, 0, start) and MARGIN_NOUN_AFTER.match(sentence, end))
        or SHORT_OF_AFTER.match(sentence, end)
        or read_percent(sentence, end)
        or descriptor in ONE_DESCRIPTORS
        or descriptor in DESCRIPTOR_TIME
        or (SPAN_OF_ONE_BEFORE.search(sentence, 0, start) and SPAN_OF_ONE_AFTER.match(sentence, end))
        or EACH_AFTER.match(sentence, end)
        or COUNT_OF_AFTER.match(sentence, end)
        or ONE_MORE_AFTER.match(sentence, end)
        or (token.text.islower() and _closes_list_of_counts(sentence, start))
        or (token.text.islower() and TAKEN_RIGHT_BEFORE.search(sentence, max(0, start - 20), start))
        or (token.text.islower() and elided_count(sentence, token))  # "won 223 seats, the Workers Party one,"
        or (token.text.islower() and PASSIVE_AFTER.match(sentence, end))
        or (token.text.islower() and _tallied_by_place(sentence, start, end))
        or (token.text.islower() and _tallied_by_origin(sentence, start, end))
        or (INCLUDING_BEFORE.search(sentence, max(0, start - 12), start) and INCLUDED_AFTER.match(sentence, end))
        or (token.text.islower() and _opens_pair(sentence, end))
        or (
            CHANGED_BY_ONE_BEFORE.search(sentence, max(0, start - 12), start)
            and CHANGE_OF_ONE_AFTER.match(sentence, end)
        )
    )


def _tallied_by_place(sentence: str, start: int, end: int) -> bool:
    """Whether "one" at `start`-`end` is one place's share of a tally by place ("…, one in Kent Falls")."""
    if not (IN_PLACE_AFTER.match(sentence, end) and LIST_JOIN_BEFORE.search(sentence, max(0, start - 6), start)):
        return False
    return bool(PLACED_SIBLING.search(sentence, max(0, start - 160), start))


def _closes_list_of_counts(sentence: str, start: int) -> bool:
    """Whether "one" at `start` follows a count of people or things ("four rebels and", "one Albanian and")."""
    listed = LISTED_COUNT_BEFORE.search(sentence, max(0, start - 60), start)
    if not listed:
        return False
    return listed.group("count").lower() == "one" or looks_plural(listed.group("noun"))


def _tallied_by_origin(sentence: str, start: int, end: int) -> bool:
    """Whether "one" is one place's share of a tally by origin ("four from Feni while one from Noakhali")."""
    if not (FROM_PLACE_AFTER.match(sentence, end) and FROM_JOIN_BEFORE.search(sentence, max(0, start - 8), start)):
        return False
    return bool(FROM_SIBLING.search(sentence, max(0, start - 200), start))


def _opens_pair(sentence: str, end: int) -> bool:
    """Whether "one" opens a pair of counts of people or things ("one man and nine women")."""
    pair = OPENS_PAIR_AFTER.match(sentence, end)
    return bool(pair) and looks_plural(pair.group("noun"))
