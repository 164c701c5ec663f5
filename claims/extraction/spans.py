"""
The pieces attribution is built from: clause and speaker spans, and reading names.

A `DraftLink` is a speaker as written in a sentence; a `SpeakerCue` is one clause
with its speakers (outermost first), its span and its direction. `clean_name()` trims
a speaker span of fillers, times and punctuation ("later on Friday", "U.N." keeps its
dots), `name_after()` reads the speaker written from a position ("according to X, …"),
and `points_forward()` tells whether reported content follows a clause.
"""

import re
from dataclasses import dataclass

__all__ = [
    "DraftLink",
    "SpeakerCue",
    "clean_name",
    "without_time_tail",
    "name_after",
    "points_forward",
    "chunk_start",
    "NP_END",
    "DAYS",
    "WEEKDAY_END",
    "QUOTATION",
    "NAME_PARTICLES",
]

CHUNK_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:—–()\"“”]|(?<!\w)['‘’](?=\s|$)|\s['‘](?=\w)")
LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|while|as|so|because|although|though|when|after|yet|meanwhile|"
    r"however|also|then|now|separately|earlier|later)\s+)+",
    re.IGNORECASE,
)
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# The lowercase particles inside a person's name: "Eduardo del Rosario", "Ursula von der Leyen", "Mark de Broeck".
NAME_PARTICLES = "de|del|della|da|das|dos|do|van|von|der|den|al|el|bin|ibn|la|le|di|du"
# A weekday ending a name ("the Model Courts Tuesday"), not a name that is a day ("Good Friday").
WEEKDAY_END = re.compile(rf"(?<!Black)(?<!Good)(?<!Cyber)\s+(?:{DAYS})$")
# A weekday left after a speaker's name where no clause boundary ended it: "INEC Sunday morning", "Minister for
# Power Ali Raza Wednesday", "the Commerce Department on Friday", "the Council (WAEC) wednesday", "Kyodo News on Friday
# and Saturday", "the telephone survey conducted Saturday". A name that is a day ("Good Friday") keeps it.
TIME_TAIL = re.compile(
    rf"""(?<!Black)(?<!Good)(?<!Cyber)(?:\s+(?:conducted|released|published|issued|announced))?\s+(?:(?i:on)\s+)?
        (?i:{DAYS})(?:\s+and\s+(?i:{DAYS}))?(?:\s+(?:morning|afternoon|evening|night))?$""",
    re.VERBOSE,
)
TIME_LEADS = frozenset(["early", "late", "last", "this", "next", "on", "by", "from", "since", "until"])
# A quotation of three characters or more, in straight or curly quotes.
QUOTATION = re.compile(r'"[^"]{3,}"|“[^”]{3,}”')
TEMPORAL_TAIL = re.compile(
    rf"""(?:\s+(?:
        (?:late|early|earlier|later)?\s*(?:on|last|this|next)\s+(?:{DAYS}|week|month|year
            |weekend|night|morning|afternoon|evening|spring|summer|autumn|fall|winter)
          (?:\s+(?:morning|afternoon|evening|night))?
      | (?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)
      | (?:on|in|at|during)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?
          (?=\s*$)
      | on\s+(?:Telegram|X|Twitter|Facebook|social\s+media|television|TV)
      | in\s+\w+\s+\d{{4}}
      | (?:also|previously|later|earlier|again|then|has|have|had|on|in|yesterday|today
        |first|initially|originally|separately|further)
    ))+$""",
    re.VERBOSE,
)
LEADING_TEMPORAL = re.compile(rf"^(?:(?:on|last|this|late|early)\s+(?:{DAYS}|week|month|year)\s+)")
LIST_CONTINUES = re.compile(r"\s*(?:and\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*(?:,|\s+and\b))")
INITIALS_END = re.compile(r"\b[A-Z]\.[A-Z]\.$")  # "the U.S.", "the U.N."
# A full stop ends a speaker's name, except in initials and abbreviations ("U.N.
# agencies", "Gov. Edwards") and inside a web name ("PowerOutage.us").
_NAME_DOT = (
    r"(?<!\b[A-Z])(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)\.(?![a-z0-9])"
)
NP_END = re.compile(
    rf"""{_NAME_DOT}|[;:!?"“”()—]|(?<!\w)['‘’](?=\s|$)|,(?!(?<=\d,)\d{{3}}\b)|\s(?:who|which|that|whose|where|when|said|says|told
        |reported|while|but|as)\b""",
    re.VERBOSE,
)
TEMPORAL_ANYWHERE = re.compile(
    rf"""\b(?:(?:late|early|earlier|later)\s+)?(?:on|last|this|next)\s+(?:{DAYS}|week|month
        |year|weekend|night|morning|afternoon|evening)\b
      | \b(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)\b
      | \bin\s+(?:a|an)\s+[\w-]+(?:\s+(?:conference|briefing|interview|statement|address))?\b
      | \bon\s+(?:Telegram|X|Twitter|Facebook|social\s+media|television|TV)\b
      | \b(?:also|previously|yesterday|today|too)\b""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class DraftLink:
    """A speaker as written in a sentence, before directory matching.

    `report` marks the owner of a poll, survey or data ("a Gallup poll found"), whom a
    later "the poll" or "the pollster" takes up.
    """

    name: str
    verb: str
    start: int
    end: int
    report: bool = False


@dataclass(frozen=True)
class SpeakerCue:
    """A clause that names who gave what a sentence reports ("according to X", "X said"):
    its speakers (outermost first), span and direction; not the `Attribution` model, which
    is one saved link of a claim's chain.

    `closes_quote` marks a clause right after a quotation ("'…,' Kelly added"): it
    sources the quotation only, not narration that follows it. `local` marks a
    passive agent ("the 2.7% expected by economists"): it sources the figure right
    before it only. `opens_clause` marks a forward clause that starts a coordinated
    clause ("…, and the governor said the economy could shrink"): it never reaches
    back to the figures before it. `acted` marks a subject that did what gives the figure,
    with no verb of speech (`acting`): the extractor trusts it less.
    """

    links: tuple[DraftLink, ...]
    start: int
    end: int
    forward: bool
    closes_quote: bool = False
    local: bool = False
    opens_clause: bool = False
    acted: bool = False

    def covers(self, start: int, end: int) -> bool:
        """Whether the span lies inside this clause's speakers (e.g. "six sources")."""
        return any(link.start <= start and end <= link.end for link in self.links)


# "reinsurer Munich Re", "aviation analytics firm Cirium", "Housing minister Clara Johansson":
# a lowercase description before a proper name; the name is the speaker.
DESCRIBED_NAME = re.compile(
    rf"""^(?:(?!(?:Its|Their|His|Her|Our|The|This|That|These|Those|A|An)\b)[A-Z][a-z-]+\s+)?
        (?P<description>(?:(?!(?:the|a|an|of|at|for|from|in|on|by|with|to|and|or|its|their|his
        |her|our|who|which|that|two|three|four|five|six|seven|eight|nine|ten|several|some|many|as|than|like|known
        |called|named|including|via|per|after|before|over|under|about|into|said|says|told|citing|quoting
        # "Mark de Broeck", "Anna van der Berg": a particle inside a person's name describes no one.
        |{NAME_PARTICLES})\b)
        [a-z][a-z-]+\s+){{1,3}})
        (?=(?:[A-Z][\w.&'’-]*|of|and|for|de|the)(?:\s+(?:[A-Z][\w.&'’-]*|of|and|for|de|the))*$)(?=[A-Z])""",
    re.VERBOSE,
)


def clean_name(sentence: str, start: int, end: int) -> tuple[int, int]:
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
    text = text.rstrip(" ,;:'\"’”")
    if not INITIALS_END.search(text):
        text = text.rstrip(" ,.;:'\"’”")
    text = TEMPORAL_TAIL.sub("", text).rstrip(" ,;:'\"’”")
    if text.endswith(".") and not INITIALS_END.search(text):
        text = text.rstrip(".")
    described = DESCRIBED_NAME.match(text)
    if described and not text[described.end() :].startswith(("The ", "A ")):
        start, text = start + described.end(), text[described.end() :]
    return start, start + len(text)


def without_time_tail(name: str) -> str:
    """`name` without a weekday written after it ("INEC Sunday morning" is INEC); a name that is only a time ("Early
    Tuesday") is kept, for the rules that refuse it to see."""
    trimmed = TIME_TAIL.sub("", name).strip()
    return trimmed if trimmed and trimmed.lower() not in TIME_LEADS else name


def name_after(sentence: str, pos: int) -> tuple[int, int]:
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
    return clean_name(sentence, pos, end)


def points_forward(sentence: str, end: int) -> bool:
    """Whether reported content follows position `end` (rather than preceding it).

    A semicolon closes what was said ("…, the office said; economists had expected
    2.5%"), and a bare number is content ("economists had expected 2.5%").
    """
    rest = re.split(r"[.!?](?:\s|$)|;", sentence[end:])[0]
    rest = re.sub(r",?\s*\b(?:citing|quoting)\b[^,;]*", " ", rest)
    rest = TEMPORAL_ANYWHERE.sub(" ", rest)
    return bool(re.search(r"[A-Za-z0-9]{2}|\d", rest))


def chunk_start(sentence: str, end: int) -> int:
    """Where the comma- or quote-delimited chunk ending at `end` starts."""
    start = 0
    for boundary in CHUNK_BOUNDARY.finditer(sentence, 0, end):
        start = boundary.end()
    return start
