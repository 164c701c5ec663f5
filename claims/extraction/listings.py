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


def _lead_in_clause(sentence: str, clauses: list[SpeakerCue]) -> SpeakerCue | None:
    """The clause whose source speaks for the list a lead-in ending in a colon opens, if any."""
    forward = [clause for clause in clauses if clause.forward]
    if forward:
        return forward[-1]
    findings = FINDINGS_OF.match(sentence)
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
