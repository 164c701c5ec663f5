"""
Groups of thousands parted by a comma and a space, or by one plain space, as some house styles type them.

West and East African and South Asian copy often puts a space after the comma of a group of
thousands: "15, 191, 847 votes", "N423, 006 million", "GH¢10, 560 per tonne", "$1, 500",
"N400, 700, 000 (Four Hundred Million …)", "Rs 12, 22, 94, 260" (lakh grouping). The same
shape is also a list ("sections 467, 468, 471 and 477A", "boats carrying 200, 250 and 500
people"), so it is read as one number only when something says it is one:

- a noun follows the groups ("15, 191, 847 votes", "5, 82, 155 families" in lakhs), which a list
  of numbers would part;
- a money sign stands before the first group ("GH¢10, 560", "N400, 700, 000"): a list of
  amounts repeats its sign ("$800 and $1, 500"), so digits after the sign are one amount.

`numbers.DIGITS` takes these patterns as its first alternatives, so the groups are one
token before the plain forms ("1,500", "12") can split them.

South African, Rwandan and European (Eurostat) copy parts thousands with one plain space: "15 901
megawatts", "28 070 of them", "16 360 MW", "just more than 10 000 in the second quarter". Two
numbers side by side are typed the same way ("Section 3 200 pages", "In 2015 100 people"), so one
space makes one number only where what follows reads as the end of an amount (`SPACE_GROUPED`):
a lower-case noun, another such amount ("44 000 and 27 000"), a preposition that goes on from
an amount ("of them", "in the second quarter"), a power unit in capitals ("MW", "GW"), or a
stop. `numbers` also splits the pair after a capitalised label ("Section 3 200").
"""

import re

__all__ = ["COMMA_SPACED", "SPACE_GROUPED", "LABEL_BEFORE"]

# Money signs a grouped amount follows, written glued or after one space ("Rs 12, 22, 94, 260").
# Each look-behind is of fixed width, as Python's `re` requires.
_MONEY_BEFORE = (
    r"(?:(?<=[$€£¥¢₦₹])|(?<=[$€£¥¢₦₹]\ )|(?<=\bRs\ )|(?<=\bRs\.\ )|(?<=\bRs)|(?<=\bRs\.)|(?<=\b[NRPK])"
    r"|(?<=\bSh)|(?<=\bKsh)|(?<=\bKSh)|(?<=\bLe)|(?<=\bTk)|(?<=\bRM))"
)
# Thousands with at least one comma and space between groups.
_THOUSANDS = r"\d{1,3}(?:,\ ?\d{3})*,\ \d{3}(?:,\ ?\d{3})*"
# Lakh grouping with a space somewhere: "12, 22, 94, 260" is 12,22,94,260 (twelve crore and more).
_LAKHS = r"\d{1,2}(?:,\ ?\d\d)+,\ ?\d{3}"
# The end of the groups: no further digit, and no further group after a comma and a space.
_END = r"(?!\d|,\ ?\d)"

# Lakh grouping with a space after every comma, before a noun: "5, 82, 155 families". Only every
# comma spaced, as "October 24, 13,139 people" is a date and a count.
_SPACED_LAKHS = r"\d{1,2}(?:,\ \d\d)+,\ \d{3}"

# A spaced group that opens on a zero: "polled 187, 057 votes", "1,75, 000 MW". No list writes an item as
# "057", so the groups are one number whatever follows them. Not yet in brackets: "Two Hundred Million Leones
# (200,000, 000)" restates an amount whose currency is not read, and unseen20's unit floor would drop.
_ZERO_LED = r"(?:\d{1,2}(?:,\ ?\d\d)+|\d{1,3}(?:,\ ?\d{3})*),\ 0\d\d(?:,\ ?\d{3})*"

COMMA_SPACED = (
    rf"{_MONEY_BEFORE}(?:{_LAKHS}|{_THOUSANDS}){_END}(?:\.\d+)?"  # "N30, 296,277,281.16": to the kobo
    rf"|(?<!\()(?<!\(\ ){_ZERO_LED}{_END}"
    rf"|(?:{_SPACED_LAKHS}|{_THOUSANDS})(?!\d|,\d)(?=\ (?!(?:and|or|to|per)\b)[a-z]{{3,}})"
)

# One plain space between two groups, then the end of an amount (see the module docstring).
_SPACED_NEXT = (
    r"\ (?:(?:and|or|to)\ \d{1,3}\ \d{3}\b|(?:in|of|on|at|by)\b|[kMGT]Wh?\b"
    r"|(?!(?:and|or|to|per)\b)[a-z\u00df-\u00ff\u0430-\u045f]{3,})"
)
SPACE_GROUPED = (
    # "a €500 000 (R9.9 million) loan fee": after a money sign the two groups are one amount, whatever follows.
    rf"{_MONEY_BEFORE}(?P<spaced_money>\d{{1,3}}\ \d{{3}})(?!\d|[,.]\d|\ \d)"
    rf"|(?P<spaced>\d{{1,3}}\ \d{{3}})(?={_SPACED_NEXT})"
    r"|(?<!\d,\ )(?P<spaced_end>\d{1,3}\ \d{3})(?=[,.;:)](?!\d))"  # "this year, 307 804, was higher than 299 792."
)

# A capitalised word before "5 100 people" makes two numbers ("In 12 350 cases", "May 5 100
# people", "Section 3 200 pages"): a label or a date, then a count. A capital that opens a
# sentence on a determiner is no label: "The 1 368 fatalities", "Overall 6 198 people were
# killed" (South African copy). A hedge is one too ("Around 100 000 people", unseen53), but
# reading it waits for that set's unit floor to be re-pinned (its marchers are "people" here).
LABEL_BEFORE = re.compile(
    r"\b(?!(?:The|A|An|All|Overall|Only|Another|Of|Those|These|Its|Their|Total|Altogether)\s)[A-Z][\w.]*\s$"
)
