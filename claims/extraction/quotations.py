"""
Quotations that run over several sentences or paragraphs, and who speaks them.

News copy quotes a speaker at length and names them once: at the end of the quotation
('“Since the start, 910 were killed. Another 82 were wounded,” the army said.') or where
it opens ('He wrote, “The assembly passed it today. …'). A quotation that goes on into a
new paragraph leaves its paragraph unclosed and opens the next with a quotation mark
again. `quotation_spans()` finds each quotation in one pass over the text; the extractor
gives a figure inside one, whose own sentence names nobody, the quotation's speaker.
"""

import bisect
import re

__all__ = ["Quotations", "quotation_spans"]

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations of `text`, each from its opening to its closing mark.

    Curly marks open and close; straight marks alternate. A paragraph that ends inside a
    quotation continues it when the next paragraph opens with a quotation mark, and
    closes it otherwise (a missing mark). Paragraphs are separated by a line break, blank
    or not: give the text with hard-wrapped lines already joined (`sentences.unwrap_lines`),
    or a quotation left open at a paragraph's end would pair its marks wrongly for the rest
    of the text.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char == "\n" and start is not None:
            following = position
            while following < length and text[following] in "\n \t":
                following += 1
            if following < length and text[following] in (OPENING, STRAIGHT):
                position = following + 1  # the quotation goes on in the next paragraph
                continue
            spans.append((start, position))
            start = None
        elif char == OPENING and start is None:
            start = position
        elif char == CLOSING and start is not None:
            spans.append((start, position + 1))
            start = None
        elif char == STRAIGHT:
            if start is None:
                start = position
            else:
                spans.append((start, position + 1))
                start = None
        position += 1
    if start is not None:
        spans.append((start, length))
    return spans


# "‘In the attack three were killed.’": British copy quotes in single marks, whose closing mark is also the
# apostrophe, so only a whole paragraph that opens with one and closes with the other is read as a quotation.
SINGLE_QUOTED_PARAGRAPH = re.compile(r"(?m)^[ \t]*(‘[^\n]*[.!?,]’)[ \t]*$")


def single_quoted_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs of `text` that are one quotation in single curly marks, outside every span of `spans`."""
    found = []
    for match in SINGLE_QUOTED_PARAGRAPH.finditer(text):
        start, end = match.span(1)
        if not any(s < end and start < e for s, e in spans):
            found.append((start, end))
    return found


# British copy opens a quotation with a single mark, straight or curly, after a colon ("X said: 'Our priority
# is …") or at a paragraph's start ("'This action reduced crossings …"), and goes on over paragraphs each opened
# with the mark again. The closing mark is also the apostrophe, so only one after a stop, a comma, "!" or "?" and
# before a space or the paragraph's end closes it.
SINGLE_OPENING = re.compile(r"(?m)(?:^[ \t]*|:[ \t]+)(['‘])(?=[A-Z0-9])")
SINGLE_CLOSING = re.compile(r"[.,!?]['’](?=[\s)]|$)")
SCARE_QUOTE = re.compile(r"['‘][^'’\n]{0,40}?[^\s.,!?]['’](?=[\s,;:])")
NEXT_PARAGRAPH_OPENS = re.compile(r"\n[\n \t]*['‘](?=[A-Z0-9])")


def single_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations of `text` in single marks that open after a colon or a paragraph's start, outside `spans`.

    One that reaches its paragraph's end unclosed goes on when the next paragraph opens with the mark again, and
    ends there otherwise.
    """
    found: list[tuple[int, int]] = []
    taken = sorted(spans)
    starts = [start for start, _ in taken]
    position = 0
    while True:
        opening = SINGLE_OPENING.search(text, position)
        if opening is None:
            break
        start = opening.start(1)
        if SCARE_QUOTE.match(text, start):
            position = start + 1  # "‘Brexit’ has cost …": a word or a title in marks, no statement
            continue
        end = start + 1
        while True:
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            closing = SINGLE_CLOSING.search(text, end, line_end)
            if closing:
                end = closing.end()
                break
            following = NEXT_PARAGRAPH_OPENS.match(text, line_end)
            if not following:
                end = line_end
                break
            end = following.end()
        # The spans are sorted and apart: only the last to open before `end` may overlap (a bisection keeps
        # the pass linear however many quotations the text holds).
        index = bisect.bisect_left(starts, end) - 1
        if index < 0 or taken[index][1] <= start:
            found.append((start, end))
        position = max(end, start + 1)
    return found


class Quotations:
    """The quotations of a text, looked up by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = quotation_spans(text) if (OPENING in text or STRAIGHT in text) else []
        if "‘" in text:
            self.spans = sorted(self.spans + single_quoted_paragraphs(text, self.spans))
        if "'" in text or "‘" in text:
            self.spans = sorted(self.spans + single_quotations(text, self.spans))
        self._starts = [start for start, _ in self.spans]

    def opens_paragraph(self, quotation: tuple[int, int]) -> bool:
        """Whether `quotation` is the first thing of its paragraph.

        A paragraph that is a quotation with no speaker of its own goes on with the speaker
        who closed the paragraph before ("…, Owji said." then "“Concerning exports, …”").
        """
        start = quotation[0]
        before = self.text[max(0, start - 8) : start].rstrip(" \t")
        return start == 0 or before.endswith("\n")

    def closing_the_paragraph_before(self, quotation: tuple[int, int]) -> tuple[int, int] | None:
        """The quotation that ends the paragraph right before `quotation`, when `quotation` opens its own.

        A statement quoted paragraph by paragraph, each closed with its mark, names its speaker once, where
        the first opens ('The statistician said: “…”' then '"Food inflation (12.8%) came down …"'): each
        paragraph that is only a quotation goes on in the words of the quotation before it.
        """
        if not self.opens_paragraph(quotation):
            return None
        index = bisect.bisect_left(self._starts, quotation[0]) - 1
        if index < 0:
            return None
        previous = self.spans[index]
        gap = self.text[previous[1] : quotation[0]]
        if gap.count("\n") < 1 or gap.strip(" \t\n.") or previous[1] > quotation[0]:
            return None
        return previous

    def around(self, position: int) -> tuple[int, int] | None:
        """The quotation holding `position`, or None."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and self.spans[index][0] <= position < self.spans[index][1]:
            return self.spans[index]
        return None
