"""
A comma written between a sentence's opening subject and its verb: "National Bureau of Statistics (NBS)
yesterday, said inflation rose", "Armed Forces chief General Romeo Brawner Jr., said".

Wire copy from many desks puts a comma there where no apposition closes. `subjects.subject_before` reads
the empty chunk before the verb as the end of an apposition and looks for a name before it; when the chunk
before the comma opens the sentence there is nothing else it could be glossing, so that chunk speaks —
once a word of time at its end ("yesterday", "on Monday") is cut, as it tells when, not who.
"""

import re

from .spans import clean_name
from .subject_checks import valid_subject

__all__ = ["SPEECH_AFTER_STRAY_COMMA", "stray_comma_subject"]

# Only a finite verb of speech: after "The tariff, expected to …" or "Output, estimated at …" the comma opens
# a participle that glosses the noun, and there is no verb for a subject.
SPEECH_AFTER_STRAY_COMMA = re.compile(r"(?:said|says|told|tells|added|adds|stated|noted|disclosed|explained)\b")
# Words that may stand in lowercase inside a name with its office: "the", "of", "chief", "close to".
JOINING = frozenset(["of", "the", "and", "for", "de", "at", "in", "to", "on"])

TRAILING_TIME = re.compile(
    r"\s+(?:yesterday|today|earlier|later|also|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:last|this)\s+(?:week|month|night|year))$"
)
# "In Lagos", "Meanwhile", "However": an opening phrase of place, time or manner has no speaker in it.
NOT_AN_OPENING_SUBJECT = re.compile(
    r"^(?:in|on|at|by|for|from|after|before|during|since|with|meanwhile|however|also|moreover|furthermore"
    r"|separately|earlier|later|yesterday|today|but|and|so|thus|hence|instead|besides)\b",
    re.IGNORECASE,
)


def stray_comma_subject(sentence: str, start: int, stop: int) -> tuple[int, int] | None:
    """The subject that opens the sentence at `start`…`stop`, before a comma that stands alone before the verb."""
    text = sentence[start:stop]
    timed = TRAILING_TIME.search(text)
    if timed:
        start, stop = clean_name(sentence, start, start + timed.start())
        text = sentence[start:stop]
    if not text or NOT_AN_OPENING_SUBJECT.match(text) or not text[0].isupper():
        return None
    # "Rent stock continued to slowly grow, said ARLA": a clause, not a name — a name with its office
    # ("Armed Forces (AFP) chief General Ana Cruz", "A source close to Bama") has few lowercase words.
    lowercase = [word for word in text.split() if word[0].islower() and word not in JOINING]
    if len(lowercase) > 2 or any(word.endswith(("ed", "ing")) for word in lowercase):
        return None
    return (start, stop) if valid_subject(text) else None
