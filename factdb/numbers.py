"""
Numbers written as text, in ASCII digits only.

Python reads any Unicode decimal digit and underscores between digits as a number:
``int("١")`` is 1, ``Decimal("1_000")`` is 1000, ``int("１２")`` is 12. A parameter or
figure written that way is almost always a mistake (a pasted Arabic-Indic figure that
the reporter should check, a typo), and accepting it would let "١" name speaker 1.
Every parameter, request body and sheet cell therefore takes ``0``–``9`` only: text
with any other character Python would read as a digit, or an underscore, is refused
naming the field (other malformed numbers keep their usual "Enter a number." error).
"""

import re

ASCII_INTEGER = re.compile(r"[+-]?[0-9]+")

NOT_ASCII_DIGITS = "Write numbers with the digits 0-9 only (no other scripts' digits, no underscores)."


def is_ascii_integer(text):
    """Whether ``text`` (surrounding spaces aside) is a whole number in ASCII digits."""
    return ASCII_INTEGER.fullmatch(text.strip()) is not None


def has_other_digits(text):
    """Whether Python might read ``text`` as a number written otherwise than in ASCII
    digits: it holds a non-ASCII character (another script's digits, fullwidth ones) or
    an underscore."""
    return not text.isascii() or "_" in text
