"""
Who speaks a quotation whose own sentence names nobody.

A figure inside a quotation takes the quotation's speaker: a tag right after its closing mark
('“… 910 were killed,” the army said'), else a clause before its opening mark ('He wrote, “…'), else the
speaker who closed the paragraph before, when the quotation is a paragraph of its own ('…, Owji said.'
then '“Concerning exports, …”'). Split out of `extractor`, which asks it for each such figure.
"""

import re

from .sentences import Sentence
from .spans import SpeakerCue

__all__ = ["quotation_speaker", "QUOTATION_REACH"]

QUOTATION_REACH = 12  # sentences a quotation may run over


# What may follow a tag that closes its sentence: the stop, a closing mark.
TAG_CLOSES = re.compile(r"[\s.!?\"”’']*")


def _tag_then_quotation(closing: SpeakerCue, sentence: Sentence, start: int, text: str) -> bool:
    """Whether `closing` is a "…, X said." tag ending its sentence, or an "X said that …" opening it, and the
    quotation at `start` opens right after it in the same paragraph: the quotation goes on in X's words
    ("The unions responded by saying that …. “It is not a question of …")."""
    if closing.links[-1].verb not in ("said", "told") or text[sentence.end : start].strip():
        return False
    if closing.forward:
        return min(closing.start, closing.links[0].start) <= len(sentence.text) - len(sentence.text.lstrip("“\"‘' "))
    return bool(TAG_CLOSES.fullmatch(sentence.text, closing.end))


PARAGRAPH_REACH = 3  # sentences of the paragraph before that may stand between its speaker and the quotation


def _paragraph_speaker(last: int, sentences: list[Sentence], clauses, text: str) -> SpeakerCue | None:
    """The speaker of the paragraph before a quotation that is a paragraph of its own, when a sentence or two
    of the writer's prose closes it ('Driemeyer said he had lost R1.5 million. He grows soya beans.' then
    '“We have been affected by …'): the last clause of that paragraph, when it says or tells.

    `last` is the paragraph's last sentence, which names nobody; the walk stops at the first sentence back
    that does, and at the paragraph's start.
    """
    for back in range(last - 1, max(-1, last - 1 - PARAGRAPH_REACH), -1):
        if "\n" in text[sentences[back].end : sentences[back + 1].start]:
            return None  # the paragraph starts after this sentence
        if clauses[back]:
            speaker = clauses[back][-1]
            said = speaker.links[-1].verb in ("said", "told") and not speaker.acted
            return speaker if said else None
    return None


def quotation_speaker(quotation, index, sentences, clauses, quotations) -> SpeakerCue | None:
    """Who speaks a quotation: a clause right after its closing mark, else one before its opening mark."""
    start, end = quotation
    for later in range(index, min(len(sentences), index + QUOTATION_REACH)):
        sentence = sentences[later]
        if sentence.start >= end:
            break
        if sentence.end >= end:
            after = [c for c in clauses[later] if sentence.start + c.start >= end - 1]
            if after:
                return after[0]
    for earlier in range(index, max(-1, index - QUOTATION_REACH), -1):
        sentence = sentences[earlier]
        if sentence.end <= start:
            # '“…,” said Dr Lee. “Now we have …': a quotation right after a quoted speaker's is theirs.
            quoted = [c for c in clauses[earlier] if c.closes_quote]
            if quoted:
                return quoted[-1]
            # A paragraph that is only a quotation goes on with the speaker who closed the one before.
            closing = clauses[earlier][-1] if clauses[earlier] else None
            if closing and closing.links[-1].verb in ("said", "told") and quotations.opens_paragraph(quotation):
                return closing
            if closing and _tag_then_quotation(closing, sentence, start, quotations.text):
                return closing  # "…, O’Hara said. “That operation was still ongoing …": the tag's speaker goes on
            previous = quotations.closing_the_paragraph_before(quotation) if not closing else None
            if previous:
                # 'He said: “…”' then '"Food inflation (12.8%) came down …"': the statement goes on in his words.
                return quotation_speaker(previous, earlier, sentences, clauses, quotations)
            if not closing and quotations.opens_paragraph(quotation):
                return _paragraph_speaker(earlier, sentences, clauses, quotations.text)
            return None
        if sentence.start <= start:
            before = [c for c in clauses[earlier] if sentence.start + c.end <= start + 1]
            if before:
                return before[-1]
    return None
