"""
Clauses that go on with a speaker: ", saying …", ", adding that …", "He continued: …".

`saying_clauses()` gives ", saying …" / ", adding that …" to the sentence's subject ("Pfizer
raised its forecast, saying …"), to the speaker of a quotation just closed ("'…,' Zelenskiy
said, adding that …"), or to a speech tag right before it ("…, Abbas said, adding that …": that
tag then points back, see `attribution`), and to a person described by a title and named
between commas ("However, a local hospital chief, Rahimbakesh Karimi, gave a higher toll,
saying …"). `colon_speech_clauses()` reads "He continued: …" and "The court observed: “…”": a
sentence that opens on its speaker and a verb of speech or reasoning, then a colon.
"""

import re

from .openers import described_opener, leading_subject
from .spans import DraftLink, SpeakerCue
from .speakers import PERSON_TITLES

__all__ = ["saying_clauses", "colon_speech_clauses", "TAG_THEN_AND", "GOING_ON_VERBS"]

# "X said and added …", "X told reporters, and added that …": a second verb of speech on the same tag.
TAG_THEN_AND = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?")
GOING_ON_VERBS = frozenset(["added", "adds", "said", "says", "noted", "stated", "claimed", "warned", "stressed"])

# ", saying …", ", adding that …": what follows is said by the sentence's subject.
# "adding" speaks only before a clause: "adding that …", "adding it would …", not "adding $277 billion".
SAYING = re.compile(
    r"""(?:,\s+|(?<=\bsaid)\s+(?=adding\s))(?:(?:saying|stating|noting|warning|arguing|explaining|estimating|claiming
        |predicting|insisting|stressing|asserting|emphasi[sz]ing)\b
        |adding\s+(?=(?:that|it|he|she|they|there|we|the|a)\b(?!\s+(?:\d|further|more|about|some|nearly)\b))
        # "…, adding maximum temperature may rise …", "he said adding refill demand saw …": a clause without "that"
        # (a short subject, then its verb), not what was added ("adding 40 jobs", "adding new routes").
        |adding\s+(?=(?:[a-z][\w-]*\s+){1,3}(?:may|might|will|would|could|can|should|must|is|are|was|were|has|have
          |had|saw|sees)\b)
        # "…, adding 12 personnel, including eight soldiers, were injured": a count that a passive
        # verb follows is reported speech, not what was added ("adding 40 jobs").
        |adding\s+(?=\d(?:(?!\b(?:which|who|that)\b)[^.;]){0,100}?\s(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+(?:ed|en|wn)|hurt|hit|held|found|missing|dead)\b))""",
    re.VERBOSE,
)


# "The toll is disputed, local officials saying more than 230 died": an absolute clause, a group of
# speakers with its own participle of speech; what follows is theirs, not the sentence subject's.
ABSOLUTE_SAYING = re.compile(
    r""",\s+(?P<who>(?:(?:the|some|many|local|state|regional|federal|provincial|district|hospital|military|police
        |government|city|village|camp|aid|rescue|health|security|union|party)\s+){0,2}
        (?:officials|authorities|police|sources|witnesses|residents|doctors|medics|organi[sz]ers|rescuers|survivors
        |activists|monitors|analysts|economists|experts|officers|lawmakers|leaders|unions))
        \s+(?:saying|claiming|estimating|putting)\b""",
    re.VERBOSE,
)


# "The unions responded by saying that …", "The firm reacted to the ruling by stating …": a reply made in words is
# said by the sentence's subject, as ", saying …" is.
BY_SAYING = re.compile(
    r"\s+(?:responded|reacted|replied|retorted|countered|answered|hit\s+back)(?:\s+to\s+[^,.;:]{1,60}?)?"
    r"\s+by\s+(?:saying|stating|claiming|insisting|arguing|noting|pointing\s+out)\b"
)

# Who replied, when no name opens the sentence: a short noun phrase right before the verb ("The trade unions").
REPLIER = re.compile(r"(?:^|(?<=\s))(?P<who>(?:The|the|[A-Z][\w.'’&-]*)(?:\s+[\w.'’&-]+){0,5})$")


def saying_clauses(sentence: str, clauses: list[SpeakerCue]) -> list[SpeakerCue]:
    """ "Pfizer raised its forecast, saying it expects 1.3 billion doses": the subject speaks."""
    found = []
    matches = list(SAYING.finditer(sentence))
    if " by " in sentence:
        matches = sorted(matches + list(BY_SAYING.finditer(sentence)), key=lambda match: match.start())
    for match in matches:
        before = [clause for clause in clauses if clause.start < match.start()]
        if before and before[-1].closes_quote:
            # "'…,' Zelenskiy said, adding that Russia used 330 drones": the quote's speaker goes on.
            found.append(SpeakerCue(before[-1].links, match.start(), match.end(), True))
            continue
        if (
            before
            and before[-1].forward
            and before[-1].start > 0
            and not sentence[before[-1].end : match.start()].strip()
        ):
            # "…, Abbas said, adding that 13 …": the speaker closes what precedes and goes on after
            # "adding"; a copy of the clause points forward from there (the first is turned back).
            found.append(SpeakerCue(before[-1].links, match.start(), match.end(), True))
            continue
        if before:
            continue  # "X said …, adding …": X already speaks for the rest
        subject = _after_time_opener(sentence) or (
            leading_subject(sentence) or _apposed_person(sentence) or described_opener(sentence)
        )
        if not subject and match.re is BY_SAYING:
            replier = REPLIER.search(sentence, 0, match.start())  # "The trade unions responded by saying …"
            subject = replier.span("who") if replier else None
        if not subject:
            continue
        start, end = subject
        link = DraftLink(sentence[start:end], "said", start, end)
        found.append(SpeakerCue((link,), match.start(), match.end(), True))
    for match in ABSOLUTE_SAYING.finditer(sentence):
        start, end = match.span("who")
        found.append(SpeakerCue((DraftLink(sentence[start:end], "said", start, end),), start, match.end(), True))
    return found


# "He continued: When the administration …", "The court observed: “The fine …": a sentence that opens
# on its speaker and a verb of speech or reasoning, then a colon; what follows is what they said.
COLON_SPEECH = re.compile(
    r"\s+(?:also\s+|further\s+|then\s+)?(?:continued|added|observed|noted|said|says|wrote|writes|explained|stated"
    r"|remarked|stressed|concluded|declared|argued|insisted|warned|held|ruled|announced|told\s+\w+)\s*:\s"
)

# Who may speak before that colon when no name opens the sentence: "The tribunal", "The appeals panel".
COLON_SPEAKER = re.compile(r"(?P<who>(?:The|the)\s+(?:[a-z-]+\s+){0,2}[a-z]+)(?=\s+[a-z]+\s*:)")


def colon_speech_clauses(sentence: str) -> list[SpeakerCue]:
    """ "He continued: …", "The court observed: …": the opening subject speaks what follows the colon."""
    subject = leading_subject(sentence) or COLON_SPEAKER.match(sentence)
    if not subject:
        return []
    start, end = subject if isinstance(subject, tuple) else subject.span("who")
    match = COLON_SPEECH.match(sentence, end)
    if not match:
        return []
    link = DraftLink(sentence[start:end], "said", start, end)
    return [SpeakerCue((link,), start, match.end(), True)]


# "However, a local hospital chief, Rahimbakesh Karimi, gave a higher toll, saying …": a person described
# by a title, then named between commas, opens the clause (after a turn word, maybe).
APPOSED_PERSON = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,4}?(?P<title>[a-z]+),\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?=[a-z])"
)


def _apposed_person(sentence: str) -> tuple[int, int] | None:
    """The span of the name in "a <title>, <Name>, <verb> …", or None."""
    match = APPOSED_PERSON.match(sentence)
    if not match or match.group("title") not in PERSON_TITLES:
        return None
    return match.span("name")


# "Until now officials had refused to give a toll, saying …": a time phrase opens the sentence, and the
# clause's subject follows it up to its verb ("Until" is no speaker).
TIME_OPENER = re.compile(
    r"^(?:Until|Up\s+to|So|For|Since|By)\s+(?:now|then|far|today)\s*,?\s+"
    r"(?P<who>(?:(?:the|The)\s+|[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[\w'’-]+)"
    r"\s+(?:have|has|had|were|was|are|is|would|could|also|still|[a-z]{3,}ed)\b"
)


def _after_time_opener(sentence: str) -> tuple[int, int] | None:
    """The subject after an opening time phrase ("Until now officials had …"), or None."""
    opened = TIME_OPENER.match(sentence)
    return opened.span("who") if opened else None
