"""
A document that fixes its figure: "The budget set aside Rs1,500 crore", "the 2018-19 budget has allocated
Rs8,233 crore", "The budget regulations for 2018 allow a deficit as high as 41.5 billion zlotys", "The
scheme targets 5,000 villages".

Documents count as speakers (the corpus conventions, `tests/claims/extraction/realnews/README.md`), and a
budget, a bill or a plan that allocates, sets aside or targets a figure is its source as a body that does
so would be. `acting_subjects` reads people and bodies only (a document is no one who acts, and "The budget
deficit" is no source of "fell 2%"), so the subject is read here, and only a verb of fixing (`acting`)
makes it a source. A year in the document's name ("The budget 2018-19", "the 2024 Budget Act") is part of
the name, not a count of what the subject is.
"""

import re

from .subject_padding import opening_end

__all__ = ["document_subject", "names_document", "without_years"]

_YEAR = r"(?:19|20)\d\d(?:[-–/]\d{2,4})?"
_HEAD = r"(?:[Bb]udget|[Ss]cheme|[Pp]lan|[Pp]rogramme|[Pp]rogram|[Bb]ill|Act|[Rr]egulations|[Pp]roposal)"
DOCUMENT = re.compile(
    rf"""(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[Nn]ext\s+year['’]s|[A-Z][\w'’-]*['’]s)\s+
        (?:(?:[A-Z][\w.&-]*|{_YEAR}|[a-z][\w-]*)\s+){{0,3}}{_HEAD}
        (?:\s+(?:for\s+)?{_YEAR})?""",
    re.VERBOSE,
)
VERB_AFTER = re.compile(r"(?=\s+[a-z])")
YEAR = re.compile(_YEAR)


def document_subject(sentence: str) -> tuple[int, int] | None:
    """The span of a budget, bill or plan that opens `sentence` (past a dateline or an opening phrase), with a
    word that may be its verb after it; None otherwise."""
    start = opening_end(sentence)
    found = DOCUMENT.match(sentence, start)
    if not found or not VERB_AFTER.match(sentence, found.end()):
        return None
    return found.span()


def names_document(name: str) -> bool:
    """Whether a subject is a budget, bill or plan ("The budget 2018-19"), which may fix a figure."""
    return bool(DOCUMENT.fullmatch(name))


def without_years(name: str) -> str:
    """The name with the years in it blanked ("The budget 2018-19" → "The budget "): what is left of the name
    must hold no figure."""
    return YEAR.sub("", name)
