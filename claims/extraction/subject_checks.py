"""
Whether a phrase before a verb can be its speaker.

`valid_subject()` refuses what cannot speak although it stands where a subject stands: a clause ("his
department was still working on a crowd estimate"), a share ("64% of adults say"), a verb of speech
already spoken ("the company said it expected"). Shared by `subjects` and `appositions`.
"""

import re

from .numbers import TENS_WORDS, UNIT_WORDS

__all__ = [
    "COORDINATED",
    "FIGURE_IN_SUBJECT",
    "SPEAKER_NOUNS",
    "VALID_LOWERCASE_START",
    "valid_subject",
]

COORDINATED = re.compile(r"\s(?:but|and|yet)$")
VALID_LOWERCASE_START = re.compile(
    r"^(?:the|a|an|he|she|it|they|we|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"several|multiple|some|many|state|local|senior|[a-z]+s)\b"
)
# "The statistics for July to September of 2004", "Data for March 2024": a year that dates the subject.
DATING_YEAR = re.compile(r"\b(?P<word>of|in|for|[A-Z][a-z]+)\s+(?:19|20)\d\d\b")
FIGURE_IN_SUBJECT = re.compile(
    r"""%|\bper\s*cent\b|\bpercent\b|\d{3}|\d,\d|\b(?:thousands|millions|hundreds)\b
      | [$€£¥]\s*\d | \d\s*(?:million|billion|trillion|bn)\b
      | \b(?:half|third|thirds|quarter|quarters|fifth|fifths)\s+of\b
      | \b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|two|three|four
        |five|six|seven|eight|nine|ten)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# "the company said it expected …": a verb inside what someone else said.
REPORTED_INSIDE = re.compile(r"\b(?:said|says|told|tells)\b")
# "…, civil defense said", "civil protection reported": a body named by a bare lowercase phrase.
SPEAKER_NOUNS = frozenset(
    ["police", "media", "military", "army", "government", "opposition", "staff", "defense", "defence", "protection",
     "coastguard", "ministry", "department", "agency"]
)  # fmt: skip
NOT_SUBJECTS = frozenset({"it", "there", "this", "that", "what", "which", "who", "i", "you"})
# "as many as eight alleged militants were killed": a number inside the sentence counts what follows it and names
# no speaker. ("Two say …" opening a sentence is elliptic, "two of those asked", and is left to the annotators.)
BARE_NUMBER = re.compile(
    rf"^(?:\d[\d,.]*|{'|'.join(UNIT_WORDS)}|{'|'.join(TENS_WORDS)}|hundred|dozen|dozens|hundreds|thousands)$"
)


# "the number of asylum claims", "the share of voters": a quantity is what is measured, never who speaks (a
# plural noun after it often reads as a verb: "the number of asylum claims …").
QUANTITY_SUBJECT = re.compile(
    r"^(?:the|a|an)\s+(?:total\s+|overall\s+|average\s+)?(?:number|amount|share|proportion|percentage|rate|level"
    r"|quantity|volume|value)\s+of\b",
    re.IGNORECASE,
)
# "Revenue rose", "the death toll reported by the agency", "its adjusted profit forecast": the last noun names a
# measured quantity, not a body. A capital after the first word may name someone and is left ("Inland Revenue").
QUANTITY_NOUNS = frozenset(
    ["revenue", "revenues", "profit", "profits", "sales", "output", "production", "exports", "imports", "earnings",
     "income", "losses", "turnover", "inflation", "growth", "prices", "deaths", "toll"]
)  # fmt: skip
FINITE_VERB = re.compile(r"\s(?:was|were|is|are|has|have|had|will|would|could|should|did|does|do)\s")


def valid_subject(text: str) -> bool:
    """Whether `text` can be the speaker of a speech verb ("the ministry", "analysts")."""
    words = text.split()
    if not words or len(words) > 16:
        return False
    if len(words) > 12 and sum(not word[0].isupper() for word in words) > 2:
        return False  # a long subject is a clause, unless it is a name with its office in capitals
        # ("Regional Transport Safety Department (RTSD) director Datuk Seri Ahmad Faizal Md Nor said")
    first, last = words[0], words[-1].lower()
    if len(words) == 1 and BARE_NUMBER.match(first):
        return False  # "eight": no name
    if first.lower() in NOT_SUBJECTS and not (first.lower() == "it" and len(words) == 1):
        return False
    if re.search(r"\b(?:was|were|is|are|be|been|being)$", text):
        return False
    if FINITE_VERB.search(text) and not COORDINATED.search(text):
        # "his department was still working on a crowd estimate": a clause, not a speaker ("X does
        # not … but says" is read for its opening subject by `speech_clauses`).
        return False
    if FIGURE_IN_SUBJECT.search(DATING_YEAR.sub(r"\g<word>", text)):
        return False  # "64% of adults say", "four in 10 voters say": the figure is the news, not a speaker
    if QUANTITY_SUBJECT.match(text):
        return False  # "the number of asylum claims tripled": a quantity, no speaker
    if last in QUANTITY_NOUNS and not any(word[0].isupper() for word in words[1:]):
        return False  # "the death toll reported by the agency": a quantity, no speaker
    if REPORTED_INSIDE.search(text):
        return False  # "the company said it expected": "said" already speaks
    if first[0].isupper() or VALID_LOWERCASE_START.match(first.lower()):
        return True
    if any(word[0].isupper() for word in words[1:]):
        return True  # "public broadcaster NHK"
    return last in SPEAKER_NOUNS or (last.endswith("s") and not last.endswith("ss"))
