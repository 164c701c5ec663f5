"""
A signed change in brackets after a share: "CON 27%(+1), LAB 36%(-1)", "now sitting on 5% (-1)".

Poll write-ups print each party's share with its move since the last poll in brackets; the bracketed
number is that move, in points. Without this module it was read with no unit at all. Gold as points
(a "point rise" or "point change" of a party's share) in unseen58, unseen70 and unseen74: 11 figures.
Only a sign right after the opening bracket, the bracket right after a share or a bare poll number
("37(-3)"), and the bracket closed right after the number are read: "(+9.3%)" has its own percent,
"£1,362 (+9.3%)" is a rise in rent read by `measures`.
"""

import re

__all__ = ["is_signed_points"]

# "27%(+", "5% (-", "37(-": a share or poll number, then a bracket opened on a sign.
SIGNED_BRACKET_BEFORE = re.compile(r"\d(?:\s*%|\s*per\s*cent|\s*percent)?\s*\(\s*[+\-−–]\s*$", re.IGNORECASE)
CLOSED_AFTER = re.compile(r"\s*\)")


def is_signed_points(sentence: str, start: int, end: int) -> bool:
    """Whether the number at `start`-`end` is a signed move in points, bracketed after a share."""
    return bool(SIGNED_BRACKET_BEFORE.search(sentence, max(0, start - 16), start) and CLOSED_AFTER.match(sentence, end))
