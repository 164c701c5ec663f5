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

__all__ = ["document_subject", "names_document", "without_years", "findings_subject"]

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


# "Official results from November's elections show that …", "Preliminary fiscal data for quarter one 2024 showed
# that …", "A report on areas prone to crime shows …", "Further details show …": findings that open the sentence
# and show its figures are their source (documents count as speakers), named by their head phrase, without the
# modifier that says what they cover ("Preliminary fiscal data", not "… for quarter one 2024").
_FINDINGS = r"(?:results|data|figures|statistics|report|survey|study|details|table|census|findings|records|numbers)"
FINDINGS_SUBJECT = re.compile(
    rf"""(?:(?:However|But|And|Meanwhile),?\s+)?
        (?P<doc>(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w.&'’-]*['’]s)\s+)?
          (?:(?:[A-Z][\w.&'’-]*|\([A-Z]{{2,8}}\)|{_YEAR}|[a-z][\w-]*)\s+){{0,6}}?{_FINDINGS})
        (?:\s+(?:from|for|on|of|in|based\s+on|representing|released|published|compiled)\s+[^,;:"“”]{{1,90}}?)?
        ,?\s+(?:(?:also|now|clearly|further)\s+)?(?P<verb>show|shows|showed|shown|indicate|indicates|indicated|reveal|reveals
          |revealed|suggest|suggests|suggested|gave|give|gives)\b""",
    re.VERBOSE,
)
# "The Kenya National Bureau of Statistics (KNBS) data …": the body whose data it is names the source.
BODY_DATA = re.compile(
    r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z(][\w.&'’()-]*)+)\s+(?:data|figures|statistics|numbers)$"
)
NOT_FINDINGS = frozenset(["the", "these", "those", "such", "other", "some", "many", "most", "all", "no"])


def findings_subject(sentence: str) -> tuple[int, int] | None:
    """The span to name of findings that open `sentence` (past a dateline or an opening phrase) and show its
    figures, or None."""
    start = opening_end(sentence)
    found = FINDINGS_SUBJECT.match(sentence, start)
    if not found:
        return None
    doc_start, doc_end = found.span("doc")
    name = sentence[doc_start:doc_end]
    if any(character.isdigit() for character in without_years(name)) or name.lower() in NOT_FINDINGS:
        return None  # "A look at 2015 …", "12 surveys": a count, no document
    body = BODY_DATA.match(name)
    if body:
        return doc_start + body.start("body"), doc_start + body.end("body")
    return doc_start, doc_end
