"""
What befell a count of a people named by its nation: "1,070 Nigerians got killed", "held 65 Syrian nationals".

A count of "Nigerians", "Palestinians" or "Syrian nationals" says who was counted, not what the
count is; the sentence's verb says that. The annotators write the people with the verb's
participle ("Palestinians killed", "Dominicans interdicted", "Haitians detained", "Afghans
captured", "Myanmar nationals detained": twelve studied sets), so a bare nationality misses a
gold "people injured in Q3" or "adults killed" that shares no word with it (unseen63: twelve
figures, "5,110 male Nigerians, representing 75%, got injured"; unseen61: "Coast Guard teams
held 65 Syrian nationals", gold "Syrians held").

`what_befell` reads the participle right after the count ("were killed", "got injured", "that
got killed", after an aside giving its share) or the verb right before it ("held 65 Syrian
nationals"), and the unit becomes "nigerians killed". "died" is left alone: the annotators
write it "deaths" as often as "people died", and "Nigerians died" would match neither.
"""

import re

__all__ = ["what_befell"]

# "Nigerians", "Palestinians", "Afghans", "Somalis", "Sudanese"; "Syrian nationals", "Kenyan citizens".
NATIONALITY = re.compile(r"(?:[A-Z][a-z]{2,}(?:ans|ese|is)|nationals|citizens)")
QUOTE_NOUN = re.compile(r"(?P<noun>[A-Za-z]+)$")
STATES = (
    r"killed|injured|wounded|hurt|arrested|detained|held|captured|rescued|deported|abducted|kidnapped"
    r"|evacuated|stopped|intercepted|interdicted|repatriated|expelled|jailed|executed"
)
# ", representing 75%," or ", or 8.3 percent of the total,": an aside giving the count's share.
SHARE_ASIDE = r"(?:,\s+(?:representing|or|about)\s+[\d.]+\s?(?:%|percent|per\s+cent)(?:\s+of\s+(?:the\s+)?[a-z]+)?,?)?"
STATE_AFTER = re.compile(
    SHARE_ASIDE + r"\s+(?:(?:who|that)\s+)?(?:were|was|got|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:(?:also|reportedly|allegedly|later|since)\s+)?(?P<state>" + STATES + r")\b"
)
STATE_BEFORE = re.compile(r"\b(?P<state>" + STATES + r")\s+$")


def what_befell(sentence: str, start: int, end: int, unit: str) -> str | None:
    """The unit of a count of nationals at `start:end` of `sentence` with what befell them ("nigerians killed"),
    or None when `unit` counts no nationality or no verb of harm or custody says what befell them."""
    noun = QUOTE_NOUN.search(sentence, start, end)
    if not noun or noun.group("noun").lower() != unit or not NATIONALITY.fullmatch(noun.group("noun")):
        return None
    state = STATE_AFTER.match(sentence, end) or STATE_BEFORE.search(sentence, max(0, start - 20), start)
    return f"{unit} {state.group('state')}" if state else None
