"""
Sentence splitting with character offsets.

The extractor works sentence by sentence (a figure's attribution lives in its
sentence, or is taken up from an earlier one), and every candidate must point back
into the original text, so each `Sentence` keeps its offset.

News copy breaks naive splitters in known places: abbreviations ("U.S.", "Gen.",
"p.m.", "Jan."), initials ("Joseph R. Biden Jr."), decimals ("1.5"), and quotes
that close after the full stop. Line breaks always end a sentence, because
scraped pages put headlines, bylines and boilerplate on lines of their own.

A sentence is at most `MAX_SENTENCE_LENGTH` characters: a longer run without a
sentence end (a table or list pasted as text, or hostile input) is cut at the last
space before the limit. Reading a sentence's figures looks back over the sentence for
each figure, so the cap is what keeps extraction linear in the length of the text;
news sentences are far shorter (the longest in the annotated corpora has 305).
"""

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

# Words that end with a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "dept",
        "univ",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "u.s.a",
        "i.e",
        "e.g",
    ]
)

# A candidate boundary: terminal punctuation, any closing quotes or brackets, space.
# It starts only at the first mark of a run, and its quantifiers never give back (the
# classes are disjoint, so no match is lost): otherwise a run of n full stops with no
# space after it is tried from each of its marks, n² steps ("." × 200,000: minutes).
BOUNDARY = re.compile(r"""(?<![.!?])[.!?]++['"’”)\]]*+(?=\s)""")
LINE_BREAK = re.compile(r"\n+")
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
MAX_SENTENCE_LENGTH = 1000
# How far back `_is_abbreviation` looks for the word before a full stop. A longer word is
# no abbreviation and no initial either way, and a search from the line's start made
# every full stop cost the length of the line before it.
WORD_WINDOW = 64


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text and where it starts in that text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        """Offset just past the sentence in the original text."""
        return self.start + len(self.text)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial."""
    match = WORD_BEFORE.search(text, max(0, dot - WORD_WINDOW), dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        # An initial ("Joseph R. Biden"), unless a capitalised word follows
        # that plainly starts a sentence; initials win, as they are commoner.
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether the text after a boundary looks like a new sentence."""
    # Not text[pos:].lstrip(): that copies the rest of the line at every boundary.
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos == len(text):
        return True
    first = text[pos]
    return first.isupper() or first.isdigit() or first in "'\"‘“(["


def _split_line(line: str, offset: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    begin = 0
    for boundary in BOUNDARY.finditer(line):
        end = boundary.end()
        if line[boundary.start()] == "." and boundary.end() - boundary.start() == 1:
            if _is_abbreviation(line, boundary.start()):
                continue
        if not _starts_sentence(line, end):
            continue
        sentences.append(_trimmed(line, begin, end, offset))
        begin = end
    sentences.append(_trimmed(line, begin, len(line), offset))
    return [sentence for sentence in sentences if sentence.text]


def _trimmed(line: str, begin: int, end: int, offset: int) -> Sentence:
    chunk = line[begin:end]
    stripped = chunk.lstrip()
    lead = len(chunk) - len(stripped)
    return Sentence(stripped.rstrip(), offset + begin + lead)


def _capped(sentence: Sentence) -> list[Sentence]:
    """`sentence`, cut into pieces of at most `MAX_SENTENCE_LENGTH` characters at spaces."""
    pieces: list[Sentence] = []
    text, begin = sentence.text, 0
    while len(text) - begin > MAX_SENTENCE_LENGTH:
        limit = begin + MAX_SENTENCE_LENGTH
        cut = max(text.rfind(" ", begin + 1, limit + 1), text.rfind("\t", begin + 1, limit + 1))
        cut = cut if cut > begin else limit
        pieces.append(_trimmed(text, begin, cut, sentence.start))
        begin = cut
    pieces.append(_trimmed(text, begin, len(text), sentence.start))
    return [piece for piece in pieces if piece.text]


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; `text[s.start:s.end] == s.text` for each."""
    sentences: list[Sentence] = []
    position = 0
    for line_break in [*LINE_BREAK.finditer(text), None]:
        stop = line_break.start() if line_break else len(text)
        for sentence in _split_line(text[position:stop], position):
            sentences.extend(_capped(sentence) if len(sentence.text) > MAX_SENTENCE_LENGTH else (sentence,))
        if line_break:
            position = line_break.end()
    return sentences
