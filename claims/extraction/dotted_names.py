"""
A dotted abbreviation read as one word: "U.S.", "U.N.", "U.K." inside a subject.

The subject readers (`acting_subjects`) take a name's words as capitalised words without stops ("District Court
Judge Amy Berman Jackson", "A top federal banking regulator"); an abbreviation written with stops breaks the word
there, and "U.S. District Court Judge Amy Berman Jackson also gave …" or "A top U.S. banking regulator fined …" loses
its subject, so the figures fall to the outlet. `undotted()` writes each such abbreviation as one plain capitalised
word of the same length ("U.S." → "Usxx"), so a reader that found nothing may read the sentence again; the spans it
finds are the same in the sentence as written, from which every name is then cut.
"""

import re

__all__ = ["undotted"]

DOTTED = re.compile(r"\b[A-Z]\.(?:[A-Z]\.){1,3}(?=[\s,])")


def undotted(sentence: str) -> str:
    """`sentence` with each dotted abbreviation as one word of the same length ("U.S." → "Usxx"), or as it is."""
    return DOTTED.sub(
        lambda dotted: dotted.group()[0] + dotted.group()[2].lower() + "x" * (len(dotted.group()) - 2), sentence
    )
