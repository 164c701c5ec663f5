"""
What a court or a parliament was told: "…, a court heard.", "…, Parliament has heard.", "The inquest
heard that …", "…, the tribunal was told."

Court and parliamentary reporting sources what was said in the room to the room: the body that heard
it is the source news English names (the witness or the minister is often named nowhere). Only a
body that hears evidence is read so; "he heard", "residents were told" name no source. The clause
points back when it closes the sentence (a day may close it: "…, the court heard on Monday."), and
forward when "that" or a colon follows; a verb with an object ("the court heard evidence from 12
witnesses") is narration, no clause.
"""

import re

from .spans import QUOTATION, DraftLink, SpeakerCue

__all__ = ["hearing_clauses"]

VENUE = (
    r"(?:court|tribunal|inquest|inquiry|jury|hearing|committee|panel|magistrates|jurors|parliament|assembly"
    r"|senate|house|MPs|lawmakers|legislators|councillors|senators)"
)
HEARD = re.compile(
    # "a court", "the Senate committee", "Manchester Crown Court", "Parliament", "MPs".
    rf"(?P<who>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’.-]+\s+){{0,3}}?(?i:{VENUE})|(?:[A-Z][\w'’.-]*\s+){{0,4}}(?i:{VENUE}))"
    r"\s+(?:(?:has|have|had)\s+(?:been\s+told|heard)|heard|(?:was|were)\s+told)\b"
)
# A day or a time, then the stop (a closing mark may follow): the clause closes its sentence.
CLOSES = re.compile(
    r"(?:\s+(?:on\s+\w+day|yesterday|today|last\s+(?:week|month|night)|this\s+week|earlier))?"
    r"\s*[.!?]?[\"”’']?\s*$"
)
OPENS = re.compile(r"\s+that\b|\s*:")


def hearing_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """The clauses of `sentence` that source what a court or a parliament heard."""
    if "heard" not in sentence and "told" not in sentence:
        return []
    quoted = [match.span() for match in QUOTATION.finditer(sentence)] if '"' in sentence or "“" in sentence else []
    found = []
    for match in HEARD.finditer(sentence):
        start, end = match.span("who")
        if any(s <= start < e for s, e in taken) or any(s < match.start() < e for s, e in quoted):
            continue
        closes = CLOSES.match(sentence, match.end())
        if not (closes or OPENS.match(sentence, match.end())):
            continue
        if closes and not re.search(r"[,\"”’'—]\s*$", sentence[:start]):
            continue  # "The court heard." alone sources nothing before it
        link = DraftLink(sentence[start:end], "said", start, end)
        quote_before = bool(re.search(r"[,.!?]?[\"”’']\s*$", sentence[:start]))
        found.append(SpeakerCue((link,), start, match.end(), not closes, quote_before and bool(closes)))
    return found
