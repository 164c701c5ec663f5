"""
A speaker's name that is only a time word: "Friday", "Tuesday", "a May", "the Feb", "Early Tuesday".

Rules that read a capitalised word where a name stands take a day or a month for one: "according to data
released Friday" (the lowercase description before the capital is trimmed, "Friday" is left), "Tuesday’s
provisional results indicate", "after May’s data showed", "according to a May 9 … report from the U.S.
Department of Agriculture" (the name is cut at the count "9"), "The Statistics Bureau (SB) Thursday released a
study", "Early Tuesday he raised the death toll to 12". Editors then see speakers named "Friday" and "a May"
(seen in ten studied sets). A time names no one, but the words around it do: the report it dates, the
document before "released Friday", the subject before the weekday, the pronoun after it. `time_named()` finds
that name, or refuses the time word so that the figure falls back to the next candidate or the outlet.
"""

import re

from .calendar import MONTHS
from .spans import DAYS
from .subjects import subject_before

__all__ = ["NOT_TIME", "time_named"]

NOT_TIME = (-1, -1)  # `time_named()`'s answer for a name that is more than a time word

_MONTH_NAMES = MONTHS.split("|")
_SOLE_TIMES = f"{DAYS}|Today|Yesterday|Tonight|today|yesterday|tonight"
# A weekday or "today" alone, or a month or a weekday with an article or "early"/"late" before it ("a May",
# "the Feb", "Early Tuesday"); a bare month is left alone ("May said" is Theresa May) unless a date or a
# possessive report follows it.
ONLY_TIME = re.compile(rf"^(?:(?:[Aa]|[Tt]he|[Ee]arly|[Ll]ate)\s+(?:{DAYS}|{MONTHS})|{_SOLE_TIMES})\.?$")
BARE_MONTH = re.compile(rf"^(?:{MONTHS})$")
REPORT_NOUN = (
    r"results|data|figures|statistics|numbers|reports?|survey|poll|study|estimates?|forecasts?|count|tally"
    r"|statement|release|census|projections|findings|analysis|bulletin|update"
)
# "Tuesday’s provisional results", "May’s data": the report the day or month dates is the speaker.
POSSESSIVE_REPORT = re.compile(rf"^['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:{REPORT_NOUN})\b")
# "a May 9 Global Agricultural Information Network (GAIN) report from the U.S. Department of Agriculture",
# "the Feb. 10 survey report": a dated document, read on to its report noun and the body it is from.
DATED_REPORT = re.compile(
    rf"^\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+(?:19|20)\d\d)?\s+(?:[\w()'’/-]+\s+){{0,8}}?(?:{REPORT_NOUN})\b"
    r"(?:\s+(?:from|by|of)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.&'’-]*)*)?"
)
# "Early Tuesday he raised the death toll": the pronoun after the time is the subject.
PRONOUN_AFTER = re.compile(r"^,?\s+(?P<who>he|she|they|it|we)\b")
# "according to a ministry statement on Wednesday", "according to data released Friday": the document before.
DOCUMENT_BEFORE = re.compile(
    rf"(?:\b[Aa]ccording\s+to|\b[Aa]s\s+per|,\s+per)\s+(?P<what>(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){{0,4}}?"
    rf"(?:{REPORT_NOUN}))\s+(?:(?:released|published|issued|made\s+public|put\s+out)\s+)?(?:(?:on|last|this)\s+)?$"
)
FULL_STOP_AFTER_WORD = re.compile(r"(?<=[a-z]{2})\.$")
VERB_AFTER = re.compile(r"^\s+(?:[a-z]+ed|said|says|told|put|gave|showed)\b")


def time_named(sentence: str, start: int, name: str) -> tuple[int, int] | None:
    """The span naming the speaker when `name` (at `start`) is only a time word, None when nothing around it
    names one, and `NOT_TIME` when `name` is more than a time."""
    end = start + len(name)
    after = sentence[end:]
    possessive = POSSESSIVE_REPORT.match(after)
    dated = DATED_REPORT.match(after)
    if BARE_MONTH.match(name) and not (possessive or dated):
        return NOT_TIME
    if not (ONLY_TIME.match(name) or BARE_MONTH.match(name)):
        return NOT_TIME
    if possessive:
        return start, end + possessive.end()
    if dated and name.split()[0].lower() in ("a", "the"):
        # "… from the U.S. Department of Agriculture.": the sentence's full stop is no part of the name
        return start, end + dated.end() - (1 if FULL_STOP_AFTER_WORD.search(dated.group()) else 0)
    pronoun = PRONOUN_AFTER.match(after)
    if pronoun:
        return end + pronoun.start("who"), end + pronoun.end("who")
    document = DOCUMENT_BEFORE.search(sentence, 0, start)
    if document:
        return document.span("what")
    if re.fullmatch(DAYS, name) and VERB_AFTER.match(after):
        return subject_before(sentence, start, [])
    return None
