"""
Documents a text names, wherever it names them, for a later "the report" or "the study".

A report is often introduced in a sentence that gives no figure and has no verb of
speech: "The 2018 Emissions Gap Report, the flagship annual report from the UN
Environment Program, said …" or "The report by the Global Carbon Project was published
on Tuesday". A later "the report said" means that document, not whoever was first
seen to own some report. `named_document()` gives the document a sentence is about:
a document with a name of its own ("the 2018 Emissions Gap Report", kept as the
speaker, since annotators and editors call it by that name), or a report's owner
written after it ("the report by the Global Carbon Project") or before it ("the
Global Carbon Project's report"). The first one a sentence names is the one it is
about; an apposition after it ("…, the annual report from UNEP,") only describes it, and a
sentence that first takes up the document already known ("The study drew on the National
Health Survey") names no new one.
"""

import re

__all__ = ["named_document"]

# The nouns a document is called by, and which a later "the <noun>" may take up.
DOCUMENT_NOUNS = ("report", "study", "survey", "poll", "analysis", "review", "assessment", "census", "outlook")
_NOUNS = "|".join(DOCUMENT_NOUNS)
_CAPITALISED = r"[A-Z][\w.'’&-]*"
# "The 2018 Emissions Gap Report", "its World Airport Traffic Report": capitalised words ending in a
# document's noun, written capitalised too (a title, not "the Gallup poll": that names an owner).
NAMED = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:(?:19|20)\d\d\s+)?(?:{_CAPITALISED}\s+){{1,6}}"
    rf"(?:{'|'.join(noun.capitalize() for noun in DOCUMENT_NOUNS)}))\b"
)
# "the report by the Global Carbon Project", "a study from Imperial College London".
OWNER_AFTER = re.compile(
    rf"\b(?P<noun>{_NOUNS})\s+(?:(?:published|released|issued|compiled|conducted)\s+)?(?:by|from)\s+"
    rf"(?P<owner>(?:the\s+)?{_CAPITALISED}(?:\s+(?:(?:of|for|and|on)\s+)?{_CAPITALISED})*)"
)
# "the Global Carbon Project's report", "Oxfam's latest study".
OWNER_BEFORE = re.compile(
    rf"(?P<owner>{_CAPITALISED}(?:\s+(?:of\s+)?{_CAPITALISED})*)['’]s\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUNS})\b"
)
# "The study was published in …, drawing on the National Health Survey": a sentence that goes on about the
# document already known names a source of its data, not a new document a later "the study" means.
TAKEN_UP = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?(?:{_NOUNS})\b(?!\s+(?:by|from)\b)")
# Words that open a sentence or name no owner: "The Report", "This Survey", "In Its report".
_NOT_NAMES = frozenset(["the", "a", "an", "this", "that", "its", "their", "his", "her", "in", "new", "latest", "but"])


def named_document(sentence: str) -> tuple[str, str] | None:
    """The first document `sentence` names, as (who a later "the report" means, the document's noun)."""
    found: list[tuple[int, str, str]] = [(match.start(), "", "") for match in TAKEN_UP.finditer(sentence)]
    for match in NAMED.finditer(sentence):
        words = match.group("name").split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if len(words) >= 2 and not (len(words) == 2 and words[0][:1].isdigit()):
            found.append((match.start("name"), " ".join(words), words[-1].lower()))
    for pattern in (OWNER_AFTER, OWNER_BEFORE):
        for match in pattern.finditer(sentence):
            owner = match.group("owner")
            if owner.endswith(".") and not re.search(r"\.\w+\.$", owner):
                owner = owner[:-1]  # "… by Argus Media." ends the sentence; "the U.S." keeps its stop
            if owner.split()[-1].lower() in _NOT_NAMES or owner.split()[0].lower() in _NOT_NAMES - {"the"}:
                continue
            found.append((match.start(), owner, match.group("noun").lower()))
    if not found:
        return None
    _, who, noun = min(found)
    return (who, noun) if who else None
