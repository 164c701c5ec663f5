"""
Sentence splitting with character offsets.

The extractor works sentence by sentence (a figure's attribution lives in its
sentence, or is taken up from an earlier one), and every candidate must point back
into the original text, so each `Sentence` keeps its offset.

News copy breaks naive splitters in known places: abbreviations ("U.S.", "Gen.",
"p.m.", "Jan."), initials ("Joseph R. Biden Jr."), decimals ("1.5"), and quotes
that close after the full stop. Line breaks always end a sentence, because
scraped pages put headlines, bylines and boilerplate on lines of their own — except
in hard-wrapped wire copy, which `unwrap_lines()` joins first (see there).

A sentence is at most `MAX_SENTENCE_LENGTH` characters: a longer run without a
sentence end (a table or list pasted as text, or hostile input) is cut at the last
space before the limit. Reading a sentence's figures looks back over the sentence for
each figure, so the cap is what keeps extraction linear in the length of the text;
news sentences are far shorter (the longest in the annotated corpora has 305).
"""

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences", "unwrap_lines"]

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
INITIALS = re.compile(r"^[A-Z](?:\.[A-Z])+$")  # "H.L", "J.R.R" before the last full stop
MAX_SENTENCE_LENGTH = 1000
# How far back `_is_abbreviation` looks for the word before a full stop. A longer word is
# no abbreviation and no initial either way, and a search from the line's start made
# every full stop cost the length of the line before it.
WORD_WINDOW = 64


PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
LINE_END = re.compile(r"""[.!?:;'"’”)\]]\s*$""")
BULLET = re.compile(r"\s*(?:[*•·–-]\s|\d+[.)]\s)")
WRAP_WIDTH = 40  # hard-wrapped lines are long; headlines and list items are mostly short


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) >= 3 and not any(LINE_END.search(line) for line in lines[:-1]) and LINE_END.search(lines[-1]):
        # "THE West African Examination\nCouncil (WAEC) has withheld …\nof this year's …,\nover alleged
        # malpractices.": one sentence wrapped over short and long lines alike, only its last line closing it.
        return True
    long = [line for line in lines if len(line) >= WRAP_WIDTH]
    if len(lines) < 3 or len(long) * 5 < len(lines) * 3:
        return False
    open_ended = sum(not LINE_END.search(line) for line in long)
    return open_ended * 2 >= len(long)


def unwrap_lines(text: str) -> str:
    """`text` with the line breaks of hard-wrapped copy turned into spaces.

    Wire copy arrives wrapped at a fixed width ("… floods that damaged about\n40,000
    homes, state officials said."), so a line break there is a space, not the end of a
    sentence. A block of lines is hard-wrapped when it has three lines or more, most of
    them long, and at least half of the long ones stop mid-sentence. In it, a short line
    that ends a sentence ends its paragraph, and bullets keep their line breaks. The
    result has the same length, so offsets into it are offsets into `text`. A sentence a page broke over two
    paragraphs is joined too (`BROKEN_SENTENCE`).
    """
    if "\n" not in text:
        return text
    return _join_broken_sentences(_unwrap_blocks(text))


# A page that broke a sentence over two paragraphs ("Expressing concern, the union said\n\nthat “the day …"):
# a paragraph that ends on a lowercase word, with no stop, then one that opens with one. No headline, byline or
# list item ends and opens so. A single line break after a lowercase word or a comma, before a lowercase word or
# a digit (not a list's number, "2. "), breaks a sentence the same way ("The company also said it had sold\nsix
# million consoles", "According to the agency, 40.7 percent of\nthe pilgrims"), and a sentence cut there leaves
# the figures after the break without the speaker named before it (17 figures of 6 studied sets). A line opening
# "among", "amid" or "between" is left apart: joined, "four students are\namong the dead, while 207 others were
# injured" reads "207 others" as students, where it stands alone as people injured.
BROKEN_SENTENCE = re.compile(
    r"(?<=[a-z])[ \t]*\n[ \t]*\n[\n \t]*(?=[a-z])|(?<=[a-z,])[ \t]*\n[ \t]*(?=(?!(?:among|amid|between)\b)[a-z]|\d(?!\d*[.)]\s))"
)


def _join_broken_sentences(text: str) -> str:
    return BROKEN_SENTENCE.sub(lambda match: " " * len(match.group()), text)


def _unwrap_blocks(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for paragraph in PARAGRAPH.finditer(text):
        lines = paragraph.group().split("\n")
        if not _is_hard_wrapped(lines):
            continue
        pieces.append(text[position : paragraph.start()])
        joined = lines[0]
        for before, line in zip(lines, lines[1:], strict=False):
            ends_paragraph = len(before) < WRAP_WIDTH and LINE_END.search(before)
            joined += ("\n" if ends_paragraph or BULLET.match(line) else " ") + line
        pieces.append(joined)
        position = paragraph.end()
    pieces.append(text[position:])
    return "".join(pieces)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text and where it starts in that text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        """Offset just past the sentence in the original text."""
        return self.start + len(self.text)


# Currencies that South and Southeast Asian and East African papers write with a full stop
# before the amount ("Rs. 1.10 per share", "Rp. 16,301", "Tk. 500", "Ksh. 2bn"): the stop ends
# no sentence when a digit follows, so the amount keeps its currency.
CURRENCY_ABBREVIATIONS = frozenset(["rs", "rp", "tk", "ksh", "kshs", "sh", "shs"])
DIGIT_AFTER = re.compile(r"\s?\d")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial."""
    match = WORD_BEFORE.search(text, max(0, dot - WORD_WINDOW), dot)
    if not match:
        return False
    word = match.group(1)
    if word.lower() in CURRENCY_ABBREVIATIONS and DIGIT_AFTER.match(text, dot + 1):
        return True
    if ((len(word) == 1 and word.isupper()) or INITIALS.match(word)) and not UNIT_OR_ACRONYM_BEFORE.match(
        text, match.start() - 1
    ):
        # An initial ("Joseph R. Biden", "Justice H.L. Gokhale"), unless a capitalised word follows
        # that plainly starts a sentence; initials win, as they are commoner.
        return True
    if word.lower() in UNIT_ABBREVIATIONS and NUMBER_BEFORE.search(text, max(0, match.start() - 2), match.start()):
        return False  # "fell 18 per cent to 1.41 mt. The ministry said …": a unit after its number, then a stop
    return word.lower().rstrip(".") in ABBREVIATIONS


# "47 °C.", "Thomson Reuters I/B/E/S.": a letter after a degree sign is a unit, after a slash the end of a
# slashed acronym; neither is an initial, and the stop after it may end the sentence.
UNIT_OR_ACRONYM_BEFORE = re.compile(r"[°/]")


# "Mt." is Mount before a name, but "1.41 mt." is metric tonnes, and its stop may end the sentence.
UNIT_ABBREVIATIONS = frozenset(["mt"])
NUMBER_BEFORE = re.compile(r"\d\s?$")


# "… the firm of Yankelovich, Skelly and White, Inc. The poll shows …": a company suffix
# ends the sentence when a word that opens sentences follows it.
NAME_SUFFIXES = frozenset(["inc", "corp", "co", "ltd", "bros", "jr", "sr"])
OPENER_AFTER = re.compile(
    r"\s+(?:The|A|An|It|He|She|They|We|This|That|These|Those|But|However|Its|His|Her|Their|In|On|At)\b"
)


def _closes_name(text: str, dot: int, end: int) -> bool:
    match = WORD_BEFORE.search(text, max(0, dot - WORD_WINDOW), dot)
    return bool(match and match.group(1).lower() in NAME_SUFFIXES and OPENER_AFTER.match(text, end))


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
            if _is_abbreviation(line, boundary.start()) and not _closes_name(line, boundary.start(), end):
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
