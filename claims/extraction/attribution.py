"""
Attribution inside a sentence: who said a figure, and through whom it reached us.

`find_attributions()` reads one sentence and returns its `Attribution` clauses. Each
holds the speakers as written, outermost first and the origin last:

=====================================================  =================================
"according to X"                                       X (according_to)
"X said", "X told Y", "X reported", "X estimated"      X (said / told / reported / …)
"…, said X" (inverted)                                 X (said)
"X reported …, citing Y" / "X said, citing Y"          X (relay), Y (origin, citing)
"X briefed by Y said"                                  X (relay, said), Y (origin, briefed)
"according to footage aired on X", "a X analysis"      X
=====================================================  =================================

An attribution points *forward* when the reported content follows it ("X said that
…", "According to X, …") and *backward* when it closes the sentence ("…, X said last
week."); the extractor gives a figure the clause whose scope it falls in. Turning
drafts into `chains.ChainLink`s (directory matching, "he said", anonymous sources) is done by
the extractor with `speakers`.
"""

import re
from dataclasses import dataclass

__all__ = ["Attribution", "DraftLink", "find_attributions", "VERBS"]

VERBS = ("said", "reported", "according_to", "citing", "briefed", "estimated", "told")

SPEECH_VERB = re.compile(
    r"""\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?P<verb>said|says|say|told|tells|reported|reports
        |estimated|estimates|estimate|added|adds|stated|claimed|claims|announced|confirmed
        |wrote|writes|noted|warned|revealed|disclosed|tweeted)\b""",
    re.VERBOSE,
)
VERB_CODES = {
    "told": "told", "tells": "told", "reported": "reported", "reports": "reported",
    "estimated": "estimated", "estimates": "estimated", "estimate": "estimated",
}  # fmt: skip
ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")
CITING = re.compile(r"(?:,\s*)?\b(?:citing|quoting)\s+")
BRIEFED_BY = re.compile(r",?\s+(?:who\s+(?:were|was|had\s+been)\s+)?briefed\s+by\s+")
AUDIENCE_AFTER_TOLD = re.compile(
    r"\s+(?!that\b)(?P<audience>(?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|news|"
    r"reporters|lawmakers|journalists|parliament|sister|network|agency|outlet)){0,4})"
)

CHUNK_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()\"“”]|(?<!\w)['‘’](?=\s|$)|\s['‘](?=\w)")
LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|while|as|so|because|although|though|when|after|yet|meanwhile|"
    r"however|also|then|now|separately|earlier|later)\s+)+",
    re.IGNORECASE,
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
TEMPORAL_TAIL = re.compile(
    rf"""(?:\s+(?:
        (?:late|early|earlier|later)?\s*(?:on|last|this|next)\s+(?:{_DAYS}|week|month|year
            |weekend|night|morning|afternoon|evening|spring|summer|autumn|fall|winter)
          (?:\s+(?:morning|afternoon|evening|night))?
      | (?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)
      | (?:on|in|at|during)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?
          (?=\s*$)
      | on\s+(?:Telegram|X|Twitter|Facebook|social\s+media|television|TV)
      | in\s+\w+\s+\d{{4}}
      | (?:also|previously|later|earlier|again|then|has|have|had|on|in|yesterday|today
        |first|initially|originally|separately)
    ))+$""",
    re.VERBOSE,
)
LEADING_TEMPORAL = re.compile(rf"^(?:(?:on|last|this|late|early)\s+(?:{_DAYS}|week|month|year)\s+)")
THROUGH_MEDIUM = re.compile(
    r"""^(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?
        (?:footage|video|videos|images|pictures|data|figures|report|reports|statement
        |statements|estimates?|analysis|documents?|records|survey|tally|count|statistics
        |imagery|photos|photographs|satellite\s+images
        |assessment|broadcast|post|posts)
        \s+(?:(?:aired|broadcast|shown|published|released|issued|compiled|posted|provided
        |carried|collected|gathered)\s+)?(?:on|by|from|of|in)\s+(?P<who>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)
OWNED_MEDIUM = re.compile(
    r"""^(?:a|an|the)\s+(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)\s+
        (?:analysis|report|survey|tally|count|estimate|assessment|review|investigation
        |statement|study|poll|database|calculation)\b""",
    re.VERBOSE,
)
DATA_FROM = re.compile(
    r"""\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Rr]ecords|[Nn]umbers|[Tt]allies)
        \s+(?:from|by|(?:published|released|compiled|issued)\s+by)\s+
        (?P<who>[^,;.]{2,80}?)\s+(?:showed|show|shows|suggest|suggested|suggests|indicate
        |indicated|indicates|revealed)\b""",
    re.VERBOSE,
)
POSSESSED_MEDIUM = re.compile(
    r"""^(?P<who>.+?)['’]s?\s+(?:latest\s+|own\s+|official\s+|preliminary\s+)?(?:figures|data
        |estimates?|tally|count|report|statement|analysis|assessment|statistics|records|survey)$""",
    re.VERBOSE,
)
LIST_CONTINUES = re.compile(
    r"\s*(?:and\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*(?:,|\s+and\b))"
)
NP_END = re.compile(
    r"""[.;:!?"“”()]|(?<!\w)['‘’](?=\s|$)|,|\s(?:who|which|that|whose|where|when|said|says|told
        |reported|while|but|as)\b""",
    re.VERBOSE,
)
VALID_LOWERCASE_START = re.compile(
    r"^(?:the|a|an|he|she|it|they|we|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"several|multiple|some|many|state|local|senior|[a-z]+s)\b"
)
APPOSITION = re.compile(r"^(?:an?|the)\s")
RELATIVE = re.compile(r"^(?:who|which|whose|citing|quoting)\s")
FIGURE_IN_SUBJECT = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\d{3}|\d,\d|\b(?:thousands|millions|hundreds)\b")
PARTICIPLE = re.compile(r"^[a-z]+ing\s")
SPEAKER_NOUNS = frozenset("police media military army government opposition staff".split())
TEMPORAL_ANYWHERE = re.compile(
    rf"""\b(?:(?:late|early|earlier|later)\s+)?(?:on|last|this|next)\s+(?:{_DAYS}|week|month
        |year|weekend|night|morning|afternoon|evening)\b
      | \b(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)\b
      | \bin\s+(?:a|an)\s+[\w-]+(?:\s+(?:conference|briefing|interview|statement|address))?\b
      | \bon\s+(?:Telegram|X|Twitter|Facebook|social\s+media|television|TV)\b
      | \b(?:also|previously|yesterday|today|too)\b""",
    re.VERBOSE,
)
CLOSING_AFTER_ADDED = re.compile(r"\s*(?:[,.;:'’\"”]|$|\s+that\b|\s+on\s+\w+day\b)")
NAME_ONLY = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*$")
QUOTE_BEFORE = re.compile(r"""[,.!?]\s*['’"”]\s*$|['’"”],\s*$""")
NOT_SUBJECTS = frozenset({"it", "there", "this", "that", "what", "which", "who", "i", "you"})


@dataclass(frozen=True)
class DraftLink:
    """A speaker as written in a sentence, before directory matching."""

    name: str
    verb: str
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """One attribution clause: its speakers (outermost first), span and direction.

    `closes_quote` marks a clause right after a quotation ("'…,' Kelly added"): it
    sources the quotation only, not narration that follows it.
    """

    links: tuple[DraftLink, ...]
    start: int
    end: int
    forward: bool
    closes_quote: bool = False

    def covers(self, start: int, end: int) -> bool:
        """Whether the span lies inside this clause's speakers (e.g. "six sources")."""
        return any(link.start <= start and end <= link.end for link in self.links)


def _clean_name(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Trim a speaker span of fillers, temporal tails, quotes and punctuation."""
    text = sentence[start:end]
    stripped = text.lstrip(" '\"‘“")
    start += len(text) - len(stripped)
    text = stripped
    for pattern in (LEADING_FILLER, LEADING_TEMPORAL):
        lead = pattern.match(text)
        if lead:
            start += lead.end()
            text = text[lead.end() :]
    text = TEMPORAL_TAIL.sub("", text.rstrip(" ,.;:'\"’”"))
    return start, start + len(text.rstrip(" ,.;:'\"’”"))


def _name_after(sentence: str, pos: int) -> tuple[int, int]:
    """The speaker written from `pos`: up to a clause boundary, lists kept whole."""
    cursor = pos
    while True:
        boundary = NP_END.search(sentence, cursor)
        if not boundary:
            end = len(sentence)
            break
        if boundary.group() == "," and LIST_CONTINUES.match(sentence, boundary.end()):
            cursor = boundary.end()
            continue
        end = boundary.start()
        break
    return _clean_name(sentence, pos, end)


def _through_medium(sentence: str, start: int, end: int) -> tuple[int, int]:
    """"footage aired on X", "a X analysis of …" and "X's figures" name X, who speaks."""
    text = sentence[start:end]
    for pattern in (OWNED_MEDIUM, THROUGH_MEDIUM, POSSESSED_MEDIUM):
        match = pattern.match(text)
        if match:
            return _clean_name(sentence, start + match.start("who"), start + match.end("who"))
    return start, end


def _according_to(sentence: str) -> list[Attribution]:
    found = []
    for match in ACCORDING_TO.finditer(sentence):
        # "according to a New York Times analysis of restrictions on …": read to the
        # end of the clause first, then find who owns the analysis.
        raw_end = NP_END.search(sentence, match.end())
        start, end = _through_medium(sentence, match.end(), raw_end.start() if raw_end else len(sentence))
        if (start, end) == (match.end(), raw_end.start() if raw_end else len(sentence)):
            start, end = _name_after(sentence, match.end())
        if end > start:
            link = DraftLink(sentence[start:end], "according_to", start, end)
            found.append(Attribution((link,), match.start(), end, _points_forward(sentence, end)))
    return found


def _data_from(sentence: str) -> list[Attribution]:
    """"Data from the health ministry showed …" is sourced to the health ministry."""
    found = []
    for match in DATA_FROM.finditer(sentence):
        start, end = _clean_name(sentence, match.start("who"), match.end("who"))
        if end > start:
            link = DraftLink(sentence[start:end], "according_to", start, end)
            forward = _points_forward(sentence, match.end())
            found.append(Attribution((link,), match.start(), match.end(), forward))
    return found


def _points_forward(sentence: str, end: int) -> bool:
    """Whether reported content follows position `end` (rather than preceding it)."""
    rest = re.split(r"[.!?](?:\s|$)", sentence[end:])[0]
    rest = re.sub(r",?\s*\b(?:citing|quoting)\b[^,;]*", " ", rest)
    rest = TEMPORAL_ANYWHERE.sub(" ", rest)
    return bool(re.search(r"[A-Za-z0-9]{2}", rest))


def _chunk_start(sentence: str, end: int) -> int:
    """Where the comma- or quote-delimited chunk ending at `end` starts."""
    start = 0
    for boundary in CHUNK_BOUNDARY.finditer(sentence, 0, end):
        start = boundary.end()
    return start


def _subject_before(
    sentence: str, verb_start: int, citations: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The speaker written before a speech verb, skipping appositions and "citing …".

    "X, an expert at Y, said" and "X, citing Y, said" give X; "…, said X" gives None
    (the speaker follows the verb).
    """
    end = verb_start
    need_skip = False
    for _ in range(4):
        chunk_start = _chunk_start(sentence, end)
        start, stop = _clean_name(sentence, chunk_start, end)
        text = sentence[start:stop]
        cited = any(s <= start and stop <= e for s, e in citations)
        if not text:
            if need_skip or chunk_start == 0:
                return None
            need_skip = True
        elif cited or RELATIVE.match(text) or (need_skip and (APPOSITION.match(text) or PARTICIPLE.match(text))):
            need_skip = False
        elif need_skip:
            # "the city's mayor, Vitali Klitschko, said": the name is the speaker.
            return (start, stop) if NAME_ONLY.match(text) else None
        else:
            return (start, stop) if _valid_subject(text) else None
        if chunk_start == 0:
            return None
        end = chunk_start - 1
    return None


def _valid_subject(text: str) -> bool:
    """Whether `text` can be the speaker of a speech verb ("the ministry", "analysts")."""
    words = text.split()
    if not words or len(words) > 12:
        return False
    first, last = words[0], words[-1].lower()
    if first.lower() in NOT_SUBJECTS and not (first.lower() == "it" and len(words) == 1):
        return False
    if re.search(r"\b(?:was|were|is|are|be|been|being)$", text):
        return False
    if FIGURE_IN_SUBJECT.search(text):
        return False  # "64% of adults say": the figure is the news, not a speaker
    if first[0].isupper() or VALID_LOWERCASE_START.match(first.lower()):
        return True
    if any(word[0].isupper() for word in words[1:]):
        return True  # "public broadcaster NHK"
    return last in SPEAKER_NOUNS or (last.endswith("s") and not last.endswith("ss"))


def _speech_verbs(sentence: str, taken: list[tuple[int, int]]) -> list[Attribution]:
    """Clauses built on a speech verb: "X said", "X told Y", "…, said X"."""
    found = []
    for match in SPEECH_VERB.finditer(sentence):
        verb_word = match.group("verb")
        if verb_word in ("added", "adds") and not CLOSING_AFTER_ADDED.match(sentence, match.end()):
            continue  # "employers added 147,000 jobs" adds jobs, not words
        before = sentence[max(0, match.start() - 12) : match.start()]
        if re.search(r"\b(?:an|the|was|were|is|are|been|be|\d[\d,]*)\s+$", before, re.IGNORECASE):
            continue  # "an estimated 5,000", "it was reported", "300 reported cases"
        if any(s <= match.start() < e for s, e in taken):
            continue
        verb = VERB_CODES.get(verb_word, "said")
        subject = _subject_before(sentence, match.start(), taken)
        end = match.end()
        if subject is None:
            if verb_word in ("said", "says", "told", "added"):
                found.extend(_inverted(sentence, match, verb))
            continue
        if verb == "told":
            audience = AUDIENCE_AFTER_TOLD.match(sentence, end)
            if audience:
                end = audience.end()
        links = _briefed_split(sentence, subject[0], subject[1], verb)
        if QUOTE_BEFORE.search(sentence, 0, subject[0]):
            found.append(Attribution(links, links[0].start, end, False, True))
            continue
        forward = _points_forward(sentence, end)
        found.append(Attribution(links, links[0].start, end, forward))
    return found


def _inverted(sentence: str, match: re.Match, verb: str) -> list[Attribution]:
    """"…, said Fyodor Tertitskiy, an expert": a short name after the verb, then a stop."""
    if not re.search(r"[,\"”’'—]\s*$", sentence[: match.start()]):
        return []
    start, stop = _name_after(sentence, match.end())
    name = sentence[start:stop]
    closes = re.match(r"\s*(?:[,.;!?]|$)", sentence[stop:])
    looks_like_name = name[:1].isupper() or name.startswith("the ")
    if not (name and closes and looks_like_name and len(name.split()) <= 8) or re.search(r"\d", name):
        return []
    quoted = bool(QUOTE_BEFORE.search(sentence, 0, match.start()))
    return [Attribution((DraftLink(name, verb, start, stop),), match.start(), stop, False, quoted)]


def _briefed_split(sentence: str, start: int, end: int, verb: str) -> tuple[DraftLink, ...]:
    """"lawmakers briefed by the spy agency" is two links: relay, then origin."""
    briefed = BRIEFED_BY.search(sentence, start, end)
    if not briefed:
        return (DraftLink(sentence[start:end], verb, start, end),)
    relay_start, relay_end = _clean_name(sentence, start, briefed.start())
    origin_start, origin_end = _clean_name(sentence, briefed.end(), end)
    return (
        DraftLink(sentence[relay_start:relay_end], verb, relay_start, relay_end),
        DraftLink(sentence[origin_start:origin_end], "briefed", origin_start, origin_end),
    )


def find_attributions(sentence: str) -> list[Attribution]:
    """The attribution clauses of `sentence`, in order of appearance."""
    citations = []
    for match in CITING.finditer(sentence):
        start, end = _name_after(sentence, match.end())
        if end > start:
            citations.append((match.start(), DraftLink(sentence[start:end], "citing", start, end)))
    according = _according_to(sentence) + _data_from(sentence)
    taken = [(a.start, a.end) for a in according] + [(c[0], c[1].end) for c in citations]
    clauses = according + _speech_verbs(sentence, taken)
    clauses.sort(key=lambda clause: clause.start)
    for citing_start, link in citations:
        # A citation belongs to the nearest clause before it: "X reported, citing Y".
        # "Reuters, citing three people, said …" puts the citation inside its host.
        before = [
            c
            for c in clauses
            if (c.end <= citing_start or c.start <= citing_start <= c.end)
            and c.links[-1].verb not in ("according_to", "citing")
        ]
        if before:
            host = before[-1]
            merged = Attribution((*host.links, link), host.start, host.end, host.forward, host.closes_quote)
            clauses[clauses.index(host)] = merged
        else:
            clauses.append(Attribution((link,), citing_start, link.end, False))
    return sorted(clauses, key=lambda clause: clause.start)
