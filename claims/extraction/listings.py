"""
Lists under a sourced lead-in: each line's figure comes from the lead-in's source.

News copy, and Indian and government copy above all, often gives a source's figures as
a list of short lines after a sentence that names the source and ends with a colon:

    As per the ministry's estimates, production of major crops is as under:

    Rice – 100.35 million tonnes.
    Maize – 19.89 million tonnes.

Each line is a sentence of its own that names nobody, so it would fall to the outlet;
but the lead-in's source speaks for the whole list. `list_lead_ins()` maps each such
line to the sentence that leads it in. A line belongs to the list when it stands on a
line of its own, is short, opens with a bullet or a short label and a dash or a colon,
and has no attribution of its own; the first line that is not so (a paragraph of prose)
ends the list.

The lead-in need not use a verb of speech, nor put its source first: "The assessments have
found:", "Other results out of the electoral app include:", "the cabinet approved the
following:", "According to Harbour Weekly:", "the Ledger reported:" each name who gives what
follows. And what follows may be prose, not a list: "the cabinet approved the following:" then
a paragraph of measures, "According to Harbour Weekly:" then a quotation running over several
paragraphs. A lead-in that closes its paragraph then sources the next paragraph (each sentence
with no source of its own), or, when that paragraph opens a quotation, every paragraph up to
the one that closes it.
"""

import re

from .sentences import Sentence
from .spans import DraftLink, SpeakerCue, clean_name

__all__ = ["list_lead_ins"]

ITEM_LENGTH = 120  # characters: longer than a list line, a sentence of prose
BULLET_LENGTH = 240  # a bullet marks a list line however long its sentence
# A list line: a bullet, or a short label then a dash or a colon ("Rice – 100 million tonnes").
LIST_LINE = re.compile(r"\s*(?:[•·*▪–—-]|\d{1,2}[.)]\s|[^\n.,;]{1,40}?\s[–—-]\s|[^\n.,;]{1,40}?:\s)")
# A bullet proper (not a label): the item it opens may run on for more than one sentence.
BULLET = re.compile(r"\s*[•·*▪–—-]\s")
ITEMS_REACH = 40  # lines a lead-in may source


# "Findings of the Northland Water Survey include:", "Key findings from the report are:": the
# document whose findings are listed is the lead-in's source, though no verb of speech names it.
FINDINGS_OF = re.compile(
    r"^\W*(?:The\s+)?(?:(?:key|main|major|other|some)\s+)?(?:findings|highlights|conclusions)\s+(?:of|from)\s+"
    r"(?P<source>\S.{2,150}?)\s+(?:include|includes|are|were)\s*:\s*$",
    re.IGNORECASE,
)


# "Other results out of the FEO App as of 5.50am today include:": results a source gave, listed after.
RESULTS_OUT_OF = re.compile(
    r"^\W*(?:(?:The|Other|Further|More|Latest|Key|Main)\s+)?(?:(?:key|main|other|latest|early|provisional|official)\s+)?"
    r"(?:results|figures|data|numbers|findings|highlights)\s+(?:out\s+of|from)\s+"
    r"(?P<source>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})(?:\s+(?:as\s+of|as\s+at|on|at|for)\s+[^:]{1,40}?)?"
    r"\s+(?:include|includes|are|were)\s*:\s*$"
)
# "The assessments have found:", "The survey also showed:": a document or inquiry as the subject of a verb of finding.
_INQUIRY = (
    r"(?:assessments?|inspections?|surveys?|stud(?:y|ies)|reports?|review|audit|census|analysis|investigation|inquiry"
    r"|poll|research)"
)
INQUIRY_FOUND = re.compile(
    rf"^\W*(?P<source>[Tt]he\s+(?:[\w-]+\s+){{0,3}}?{_INQUIRY})\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?:found|finds|find|shown|showed|shows|show|revealed|reveals|recorded|records|identified|identifies)\s*:\s*$"
)
# What may stand between a clause that closes the lead-in and its colon: "According to Harbour Weekly:".
CLOSES_AT_COLON = re.compile(r"\s*:\s*$")


def _lead_in_clause(sentence: str, clauses: list[SpeakerCue]) -> SpeakerCue | None:
    """The clause whose source speaks for the list a lead-in ending in a colon opens, if any."""
    forward = [clause for clause in clauses if clause.forward]
    if forward:
        return forward[-1]
    # "According to Harbour Weekly:", "Finally, the Ledger reported:": the clause ends where the lead-in does.
    closing = [clause for clause in clauses if CLOSES_AT_COLON.fullmatch(sentence, clause.end)]
    if closing:
        return closing[-1]
    findings = FINDINGS_OF.match(sentence) or RESULTS_OUT_OF.match(sentence) or INQUIRY_FOUND.match(sentence)
    if findings is None:
        return None
    start, end = clean_name(sentence, *findings.span("source"))
    if end <= start:
        return None
    link = DraftLink(sentence[start:end], "according_to", start, end)
    return SpeakerCue((link,), findings.start(), len(sentence), True)


def list_lead_ins(text: str, sentences: list[Sentence], clauses: list[list[SpeakerCue]]) -> dict[int, SpeakerCue]:
    """For each list line under a sourced lead-in, the lead-in's clause that sources it."""
    lead_ins: dict[int, SpeakerCue] = {}
    for index, sentence in enumerate(sentences):
        if not sentence.text.rstrip().endswith(":"):
            continue
        lead_in = _lead_in_clause(sentence.text.rstrip(), clauses[index])
        if lead_in is None:
            continue
        if index + 1 < len(sentences) and _opens_prose(text, sentences, index + 1):
            lead_ins.update(dict.fromkeys(_prose_items(text, sentences, clauses, index + 1), lead_in))
            continue
        bulleted = False
        for item in range(index + 1, min(len(sentences), index + 1 + ITEMS_REACH)):
            line = sentences[item]
            on_own_line = "\n" in text[sentences[item - 1].end : line.start]
            if bulleted and not on_own_line:
                # "• Rents rose 0.6% in May. This was the third rise in a row.": a bulleted line may
                # run on for a sentence or two; the sentences after the first are the same item's.
                if not clauses[item]:
                    lead_ins[item] = lead_in
                continue
            bullet = on_own_line and BULLET.match(line.text)
            if bullet and clauses[item] and bulleted:
                continue  # "– … as projected by the IPCC in 2007.": a bullet with a source of its own keeps it
            limit = BULLET_LENGTH if bullet else ITEM_LENGTH
            if not on_own_line or len(line.text) > limit or clauses[item] or not LIST_LINE.match(line.text):
                break
            bulleted = bool(BULLET.match(line.text))
            lead_ins[item] = lead_in
    return lead_ins


# Marks that open a quotation, and those that close one.
OPENING_MARKS = "“\"‘'"
CLOSING_MARKS = re.compile(r"[”\"’'][\s.)]*$")


def _opens_prose(text: str, sentences: list[Sentence], first: int) -> bool:
    """Whether the lead-in before `first` closes its paragraph and `first` opens a paragraph of prose, no list line."""
    line = sentences[first]
    limit = BULLET_LENGTH if BULLET.match(line.text) else ITEM_LENGTH
    return "\n" in text[sentences[first - 1].end : line.start] and not (
        len(line.text) <= limit and LIST_LINE.match(line.text)
    )


def _prose_items(text: str, sentences: list[Sentence], clauses: list[list[SpeakerCue]], first: int) -> list[int]:
    """The sentences a lead-in that closes its paragraph sources: the next paragraph's, or every paragraph's up to
    the one that closes the quotation the next paragraph opens. A sentence with a source of its own keeps it, and
    ends the run."""
    quoted = sentences[first].text.lstrip()[:1] in OPENING_MARKS
    items = []
    for item in range(first, min(len(sentences), first + ITEMS_REACH)):
        line = sentences[item]
        if item > first and "\n" in text[sentences[item - 1].end : line.start] and not quoted:
            break  # a new paragraph, and no quotation running on
        if clauses[item]:
            break
        items.append(item)
        if quoted and CLOSING_MARKS.search(line.text):
            break  # the quotation closes
    return items
