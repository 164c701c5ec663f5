"""
News outlets a statement reached us through: relays between the outlet and the speaker.

When officials *tell Reuters* something and another outlet prints it, Reuters is a
link of the chain: "Daily Courier ← Reuters ← two officials". The same holds for

=======================================================  ===============================
"X told Reuters", "X told the Financial Times"           Reuters (relay), X (told)
"X was quoted as saying by Interfax"                     Interfax (relay), X (said)
"Interfax quoted X as saying …"                          Interfax (relay), X (said)
"In an interview with the BBC, X said …"                 the BBC (relay), X (said)
"…, as reported by the BBC", "as first reported in X"    the BBC (reported)
=======================================================  ===============================

Only a *news outlet* relays: "told reporters", "told parliament", "told a news
conference" and "told Congress" name an audience, not a link. `is_news_outlet()`
knows an outlet by a wire or broadcaster's name ("Reuters", "CNN", "Interfax") or by a
word of the trade ending its name ("Bloomberg News", "the Financial Times", "state
television", "the newspaper").
"""

import re
from dataclasses import replace

from .claimed_by import claim_by_clauses
from .spans import DraftLink, SpeakerCue, clean_name, name_after, points_forward

__all__ = [
    "briefed_split", "is_news_outlet", "relay_clauses", "interview_relays", "with_opening_relay", "opening_relay_span",
    "QUOTED_BY", "QUOTED_AS",
]  # fmt: skip

# Wires, broadcasters and papers known by a bare name.
KNOWN_OUTLETS = frozenset(
    [
        "reuters",
        "afp",
        "ap",
        "bloomberg",
        "cnn",
        "bbc",
        "nbc",
        "cbs",
        "abc",
        "fox",
        "msnbc",
        "npr",
        "pbs",
        "cnbc",
        "sky",
        "politico",
        "axios",
        "semafor",
        "interfax",
        "tass",
        "ria",
        "ria-novosti",
        "xinhua",
        "yonhap",
        "kyodo",
        "nhk",
        "nikkei",
        "ansa",
        "efe",
        "dpa",
        "ukrinform",
        "kommersant",
        "izvestia",
        "vedomosti",
        "haaretz",
        "euronews",
        "dw",
        "bild",
        "marca",
        "spiegel",
        "lemonde",
        "usatoday",
    ]
)
# Words that end an outlet's name ("Bloomberg News", "the Kyiv Independent", "state TV").
MEDIA_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "journal",
        "press",
        "tv",
        "television",
        "radio",
        "broadcaster",
        "broadcasting",
        "network",
        "newspaper",
        "newspapers",
        "paper",
        "daily",
        "weekly",
        "magazine",
        "gazette",
        "herald",
        "tribune",
        "telegraph",
        "guardian",
        "economist",
        "wire",
        "channel",
        "media",
        "outlet",
        "outlets",
        "monitor",
        "chronicle",
        "independent",
        "observer",
        "standard",
        "mail",
        "express",
        "mirror",
        "sun",
        "inquirer",
        "examiner",
        "courier",
        "dispatch",
        "bulletin",
        "insider",
        "asia",
    ]
)
NOT_OUTLETS = frozenset({"conference", "briefing", "reporters", "journalists", "parliament", "congress", "senate"})

QUOTED_BY = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is|are)\s+quoted\s+(?:as\s+saying\s+)?by\s+")
# "Xinhua quoted Lian Wei, chief of the rescue headquarters, as saying": the speaker's role may stand in commas.
QUOTED_AS = re.compile(
    r"\b(?:quoted|cited)\s+(?P<speaker>[^,;]{2,80}?)(?:,\s+[^,;\"“”]{2,80}?,)?\s+as\s+"
    r"(?:saying|telling|estimating|putting|claiming|reporting|projecting|forecasting|predicting|indicating|stating"
    r"|confirming)\b"
)
INTERVIEW = re.compile(
    r"""\b(?:[Ii]n\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:interview|comments|remarks|conversation)\s+(?:with|to)
        |[Ss]peaking\s+to|[Tt]alking\s+to|\bwho\s+(?:spoke|talked)\s+to
        |[Ii]n\s+an?\s+(?:[\w-]+\s+)?(?:interview|article|op-ed)\s+(?:for|in|on))\s+""",
    re.VERBOSE,
)
AS_REPORTED = re.compile(
    r"\b[Aa]s\s+(?:first\s+|previously\s+|earlier\s+|also\s+)?(?:reported|disclosed|revealed)\s+(?:by|in|on)\s+"
)
POSSESSIVE_END = re.compile(r"['’]s?$")


def is_news_outlet(name: str) -> bool:
    """Whether `name` reads as a news outlet ("Reuters", "the Financial Times", "state TV")."""
    words = [POSSESSIVE_END.sub("", word) for word in re.sub(r"[^\w\s'’-]", " ", name).split()]
    lowered = [word.lower() for word in words]
    if lowered and lowered[0] in ("the", "a", "an"):
        words, lowered = words[1:], lowered[1:]
    if not lowered or any(word in NOT_OUTLETS for word in lowered):
        return False
    if any(word in KNOWN_OUTLETS for word in lowered) and any(word[:1].isupper() for word in words):
        return True
    if len(lowered) >= 2 and lowered[-2] == "news" and lowered[-1] in ("agency", "agencies", "service", "services"):
        return True  # "Russian news agencies", "the state news agency"
    if lowered[-1] not in MEDIA_WORDS:
        return False
    # "Bloomberg News", "the Financial Times"; lowercase only as "state television",
    # "local media", "the newspaper".
    # "the outlet", "the daily" and "the magazine" too: a medium named by its kind only.
    return words[0][:1].isupper() or lowered[0] in (
        "state", "local", "national", "newspaper", "paper", "broadcaster", "outlet", "daily", "magazine"
    )  # fmt: skip


def outlet_audience(sentence: str, start: int, end: int) -> DraftLink | None:
    """The audience of "told" at ``sentence[start:end]`` as a relay, when it is an outlet."""
    start, end = clean_name(sentence, start, end)
    owner = re.search(r"['’]s\s", sentence[start:end])
    if owner and is_news_outlet(sentence[start : start + owner.start()]):
        end = start + owner.start()  # "the BBC's Today programme": the BBC
    name = sentence[start:end]
    if not name or not is_news_outlet(name):
        return None
    return DraftLink(name, "reported", start, end)


def relay_clauses(sentence: str, subject_before) -> list[SpeakerCue]:
    """Clauses naming a relay and its speaker: "quoted as saying by", "as reported by".

    `subject_before(sentence, position, taken)` reads the speaker written before a verb
    (`speech.subject_before`), passed in because `speech` reads "told Reuters" with this module.
    """
    found = []
    for match in QUOTED_BY.finditer(sentence):
        speaker = subject_before(sentence, match.start(), [])
        relay_start, relay_end = name_after(sentence, match.end())
        relay_end = _cut_as_saying(sentence, relay_start, relay_end)
        if not speaker or relay_end <= relay_start:
            continue
        links = (
            DraftLink(sentence[relay_start:relay_end], "reported", relay_start, relay_end),
            DraftLink(sentence[speaker[0] : speaker[1]], "said", *speaker),
        )
        end = max(relay_end, match.end())
        found.append(SpeakerCue(links, speaker[0], end, points_forward(sentence, end)))
    for match in QUOTED_AS.finditer(sentence):
        relay = subject_before(sentence, match.start(), [])
        speaker_start, speaker_end = clean_name(sentence, match.start("speaker"), match.end("speaker"))
        if not relay or speaker_end <= speaker_start:
            continue
        links = (
            DraftLink(sentence[relay[0] : relay[1]], "reported", *relay),
            DraftLink(sentence[speaker_start:speaker_end], "said", speaker_start, speaker_end),
        )
        found.append(SpeakerCue(links, relay[0], match.end(), points_forward(sentence, match.end())))
    for match in AS_REPORTED.finditer(sentence):
        if OPENING_RELAY.match(sentence) and match.start() == OPENING_RELAY.match(sentence).start("as"):
            continue  # "As reported by X, the mayor said …": `with_opening_relay` hands X to the clause after it
        start, end = name_after(sentence, match.end())
        end = _cut_when(sentence, start, end)
        if end > start:
            link = DraftLink(sentence[start:end], "reported", start, end)
            found.append(SpeakerCue((link,), match.start(), end, points_forward(sentence, end)))
    return found + claim_by_clauses(sentence)  # "the claim by Reuters that …": the maker of the claim


# "As reported by the Valley Courier on 12.05.2021, the mayor has clarified that …": a relay opening the
# sentence, up to its comma; who spoke is the clause after it (whatever its verb), the outlet relays them.
OPENING_RELAY = re.compile(
    r"^(?:(?:But|And|However|Meanwhile),?\s+)?(?P<as>[Aa]s\s+(?:first\s+|previously\s+|earlier\s+|also\s+)?"
    r"(?:reported|disclosed|revealed)\s+(?:by|in|on)\s+)(?P<name>[^,;:\"“”]{2,80}?),\s+"
)
# " on 12.05.2021", " on Monday", " last week": when the relay printed it, no part of its name.
WHEN_PRINTED = re.compile(
    r"\s+(?:on\s+(?:\d[\d./-]*\d|[A-Z][a-z]+(?:\s+\d{1,2}(?:,\s+\d{4})?)?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year|[A-Z][a-z]+day))$"
)


def _cut_when(sentence: str, start: int, end: int) -> int:
    """ "reported by X on 12.05.2021": the relay's name stops before the date it printed the news."""
    when = WHEN_PRINTED.search(sentence, start, end)
    return when.start() if when else end


def with_opening_relay(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """`clauses` with an opening "As reported by X," as the first link of the clause after it, or as a clause
    of its own when no one speaks after it ("As reported by X, the breakdown is as follows: …")."""
    opening = OPENING_RELAY.match(sentence)
    if opening is None:
        return clauses
    start, end = clean_name(sentence, opening.start("name"), opening.end("name"))
    end = _cut_when(sentence, start, end)
    if end <= start:
        return clauses
    relay = DraftLink(sentence[start:end], "reported", start, end)
    after = [clause for clause in clauses if clause.start >= opening.end("name") and not clause.local]
    if after:
        host = after[0]
        if any(link.name == relay.name for link in host.links):
            return clauses
        return [replace(clause, links=(relay, *clause.links)) if clause is host else clause for clause in clauses]
    cue = SpeakerCue((relay,), opening.start("as"), end, points_forward(sentence, end))
    return sorted([*clauses, cue], key=lambda clause: clause.start)


def opening_relay_span(sentence: str) -> tuple[int, int] | None:
    """The span of an opening "As reported by X,", which no other reading of the sentence may take."""
    opening = OPENING_RELAY.match(sentence)
    return (opening.start("as"), opening.end("name")) if opening else None


def _cut_as_saying(sentence: str, start: int, end: int) -> int:
    """ "quoted by Interfax as saying": the relay's name stops before "as saying"."""
    cut = re.search(r"\s+as\s+(?:saying|telling)\b", sentence[start:end])
    return start + cut.start() if cut else end


def interview_relays(sentence: str) -> list[DraftLink]:
    """Outlets a speaker talked to: "in an interview with the BBC", "speaking to Reuters"."""
    found = []
    for match in INTERVIEW.finditer(sentence):
        start, end = name_after(sentence, match.end())
        name = sentence[start:end]
        if name and is_news_outlet(name):
            found.append(DraftLink(name, "reported", start, end))
    return found


# "lawmakers briefed by the spy agency", "analysts polled by Reuters": the pollster or briefer is a link.
BRIEFED_BY = re.compile(r",?\s+(?:who\s+(?:were|was|had\s+been)\s+)?(?P<how>briefed|polled|surveyed)\s+by\s+")


def briefed_split(sentence: str, start: int, end: int, verb: str) -> tuple[DraftLink, ...]:
    """ "lawmakers briefed by the spy agency" is two links: relay, then origin."""
    briefed = BRIEFED_BY.search(sentence, start, end)
    if not briefed:
        return (DraftLink(sentence[start:end], verb, start, end),)
    relay_start, relay_end = clean_name(sentence, start, briefed.start())
    origin_start, origin_end = clean_name(sentence, briefed.end(), end)
    if briefed.group("how") != "briefed":
        # "analysts polled by Reuters expect …": the pollster relays what the analysts said.
        return (
            DraftLink(sentence[origin_start:origin_end], "reported", origin_start, origin_end),
            DraftLink(sentence[relay_start:relay_end], verb, relay_start, relay_end),
        )
    return (
        DraftLink(sentence[relay_start:relay_end], verb, relay_start, relay_end),
        DraftLink(sentence[origin_start:origin_end], "briefed", origin_start, origin_end),
    )
