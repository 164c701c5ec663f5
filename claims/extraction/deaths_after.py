"""
A count of people whose verb says they died: "four people died", "45 were killed", "Five patients died".

"52 people died in the floods" counts people, but what the figure is, is the dead: the annotators
write it "deaths" (in "dengue deaths", "road deaths in 2015", "deaths in Travis County") or "people
killed", which shares no word with "people" or "patients". The verb right after the count says
so, and the unit keeps its noun and takes the verb: "people died", "patients died", "militants
killed" (the policy's scoring and `evaluation.UNIT_SYNONYMS` hold "died", "killed" and "deaths"
for one count, and the noun stays for a gold that writes only "people").

"Killed" with no auxiliary is read only where no object follows: "two gunmen killed a guard"
counts the killers. A bare number ("43 were killed") keeps the unit the sentence lent it ("Of the 60
soldiers …": soldiers killed), and counts people when it has none.
`nationals.what_befell` reads the other harms (injured, held, deported) of a nation's people.
"""

import re

from .casualties import CASUALTY_UNITS

__all__ = ["death_unit"]

AUXILIARY = r"(?:(?:have|has|had|were|was|are|is|got)\s+(?:(?:also|reportedly|since|now|all)\s+)?(?:been\s+)?)"
DEATH_AFTER = re.compile(
    r"\s+(?:(?:more|others|also|reportedly|all)\s+)?"
    r"(?:"
    r"(?:(?:have|has|had)\s+(?:(?:also|reportedly|since|now|all)\s+)?)?(?P<died>died|perished)\b"
    r"|(?:" + AUXILIARY + r"(?:(?:confirmed|reported|found|declared)\s+)?)(?P<dead>killed|dead)\b"
    r"|(?P<killed>killed)(?=\s*(?:[,.;:)]|$|\s(?:in|on|at|by|during|since|when|while|after|and|so|last|this|as)\b))"
    r"|(?:(?:have|has|had)\s+)?(?P<lives>lost\s+their\s+lives)\b"
    r")"
)
# Units a death verb does not make a count of the dead: money, measures, shares and the like.
NOT_PEOPLE = re.compile(r"^(?:[A-Z]{3}|percent|percentage points|times|points|years?|months?|days?|hours?)\b")


def death_unit(sentence: str, end: int, unit: str) -> str | None:
    """The unit ("people died", "militants killed") of the count ending at `end` of `sentence`
    when the verb right after it says those counted died, else None."""
    if unit in CASUALTY_UNITS or " " in unit or NOT_PEOPLE.match(unit):
        return None
    death = DEATH_AFTER.match(sentence, end)
    if not death:
        return None
    verb = "killed" if death.group("killed") or death.group("dead") == "killed" else "died"
    return f"{unit or 'people'} {verb}"
