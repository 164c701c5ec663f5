"""
Groups of thousands parted by a comma and a space, as some house styles type them.

West and East African and South Asian copy often puts a space after the comma of a group of
thousands: "15, 191, 847 votes", "N423, 006 million", "GH¢10, 560 per tonne", "$1, 500",
"N400, 700, 000 (Four Hundred Million …)", "Rs 12, 22, 94, 260" (lakh grouping). The same
shape is also a list ("sections 467, 468, 471 and 477A", "boats carrying 200, 250 and 500
people"), so it is read as one number only when something says it is one:

- a noun follows the groups ("15, 191, 847 votes"), which a list of numbers would part;
- a money sign stands before the first group ("GH¢10, 560", "N400, 700, 000"): a list of
  amounts repeats its sign ("$800 and $1, 500"), so digits after the sign are one amount.

`numbers.DIGITS` takes these patterns as its first alternatives, so the groups are one
token before the plain forms ("1,500", "12") can split them.
"""

__all__ = ["COMMA_SPACED"]

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

COMMA_SPACED = (
    rf"{_MONEY_BEFORE}(?:{_LAKHS}|{_THOUSANDS}){_END}"
    rf"|{_THOUSANDS}(?!\d|,\d)(?=\ (?!(?:and|or|to|per)\b)[a-z]{{3,}})"
)
