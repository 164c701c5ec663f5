"""
A speaker written after its verb: "…, said Fyodor Tertitskiy, an expert", "…, says a military
statement issued in Peshawar on Wednesday", "“…,” said Eurostat in a press release."

Split out of `speech`, which finds the verb and, when no speaker is written before it, asks here
whether a short name follows it and then closes the sentence (or an aside on where or when it was
said does).
"""

import re

from .bare_bodies import names_bare_body
from .spans import NAME_PARTICLES, DraftLink, SpeakerCue, clean_name, name_after
from .speakers import PERSON_TITLES

__all__ = ["INVERTIBLE_VERBS", "QUOTE_BEFORE", "inverted_clause", "titled_past_gloss"]

# "…, stated the NGO.", "…, reported the BBC": verbs a speaker may follow.
INVERTIBLE_VERBS = frozenset(
    [
        "said",
        "says",
        # "…, say the Catalan authorities.", "…, writes The Guardian": the present tense too. ("…, reports Reuters"
        # is left out: a wire named so relays the subject that acted, and an outlet names itself so.)
        "say",
        "writes",
        "adds",
        "confirms",
        "told",
        "added",
        "stated",
        "reported",
        "announced",
        "confirmed",
        "noted",
        "wrote",
        "claimed",
        "reads",
        "informed",
    ]
)
# A quotation closed right before: "…,” said X".
QUOTE_BEFORE = re.compile(r"""[,.!?]\s*['’"”]\s*$|['’"”],\s*$""")


# "…,” said the bank in a regulatory filing on the BSE.", "…, said the operator in a notice to passengers.":
# the document may name where it went or to whom, and when.
INVERTED_ASIDE = re.compile(
    r"\s+(?:in|on|at|during|via)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|release|interview|report|briefing|post|letter|note|notice|tweet|conference|bulletin|filing"
    r"|submission|notification|circular|update|speech|address|message|e-?mail"
    # "…,” said Singh during the interaction.": the event where it was said.
    r"|interaction|meeting|event|ceremony|session|function|rally|summit|forum|seminar|hearing|launch)"
    r"(?:\s+(?:on|to|with|at|from|before)\s+(?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2}?)?"
    r"(?:\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|last\s+(?:week|night|month)))?"
    r"\s*[.;!?]?\s*$"
)

ASIDE_START = re.compile(r"\s+(?:in|on|at|during|via)\s+(?:a|an|the|its|their|his|her)\s")

# "…, says a military statement issued in Peshawar on Wednesday.", "…, said a police spokesman.": an
# indefinite source after the verb is a speaker when its head is a statement or one who speaks for a body.
INDEFINITE_SOURCE = re.compile(
    r"^an?\s+(?:[\w'’-]+\s+){0,3}?(?:statement|report|release|communiqu[eé]|bulletin|spokes(?:man|woman|person)"
    r"|official|officer|source)\b"
)
# "…, said the army on Wednesday.": when it was said may close the tag.
INVERTED_TIME = re.compile(
    r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+(?:week|night|month)|today|yesterday)"
    r"\s*[.;!?]?\s*$"
)

# "…,” said an official who asked not to be named.": a relative clause on the speaker closes the sentence.
RELATIVE_TO_THE_END = re.compile(r"\s+who\s+[^,;:.!?\d]{1,80}[.!?]?[\"”’']?\s*$")
# "…,” said X chief executive Ana Ruiz when she released the results on Thursday.": when it was said, as a
# clause on the speaker that closes the sentence.
WHEN_TO_THE_END = re.compile(
    r"\s+(?:when|as|after|while|before)\s+(?:he|she|they|it)\s+[^,;:.!?\d\"“”]{1,80}[.!?]?[\"”’']?\s*$"
)
# "(NAR)", "(the bureau)": a short bracket without figures right after the name.
NAME_GLOSS = re.compile(r"\s*\([^()\d]{1,40}\)")
# What goes on after a body's bracketed acronym when a person of it is named: "(DMA) chairman Omar Raza",
# "(DMA) deputy Director Omar Raza" — a title (a word or two may come before it), then a capitalised name;
# "(NAR) on Wednesday" is no title.
TITLED_AFTER_GLOSS = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}(?i:{'|'.join(sorted(PERSON_TITLES))})\s+[A-Z]")


# A name in capitals throughout but for its joining words: a long one is still one name.
PROPER_NAME = re.compile(r"^(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:(?:of|the|and|for|de|at)\s+)*[A-Z][\w.'’&-]*)*$")


def titled_past_gloss(sentence: str, stop: int) -> int:
    """Where a name read up to `stop` ends when a bracketed acronym and a titled person follow it.

    "…, said Disaster Management Authority (DMA) chairman Omar Raza.", "according to the Flood Board
    (FB) director Lina Moss": the acronym glosses the body in the person's title, and the person speaks.
    """
    gloss = NAME_GLOSS.match(sentence, stop)
    if gloss and TITLED_AFTER_GLOSS.match(sentence, gloss.end()):
        rest = name_after(sentence, gloss.end())
        if rest[1] > rest[0]:
            return rest[1]
    return stop


# "…, says head of the IMF mission in Slovakia, Mark de Broeck.", "…, said the head of the Office of Crime
# Statistics of the Interior Ministry, Ana Ruiz.": a title (its article may go), then the person it describes
# between a comma and the stop; the person speaks.
TITLE_THEN_NAME = re.compile(
    r"(?:the\s+)?(?P<title>[a-z][\w-]*)(?:\s+[\w.&'’()-]+){0,12}?,\s+"
    rf"(?P<name>[A-Z][\w.'’-]+(?:\s+(?:(?:{NAME_PARTICLES})\s+)*[A-Z][\w.'’-]+){{1,3}})\s*[.!?]?[\"”’']?\s*$"
)


def _titled_name_to_the_end(sentence: str, start: int) -> tuple[int, int] | None:
    """The span of the name in "…, says <title> of X, <Name>." from `start` (where the title starts)."""
    titled = TITLE_THEN_NAME.match(sentence, start)
    if not titled or titled.group("title").lower() not in PERSON_TITLES:
        return None
    return clean_name(sentence, *titled.span("name"))


def inverted_clause(sentence: str, match: re.Match, verb: str) -> list[SpeakerCue]:
    """ "…, said Fyodor Tertitskiy, an expert": a short name after the verb, then a stop."""
    if not re.search(r"[,\"”’'—]\s*$", sentence[: match.start()]):
        return []
    start, stop = name_after(sentence, match.end())
    titled_name = _titled_name_to_the_end(sentence, start) if sentence[start : start + 1].islower() else None
    if titled_name:
        quoted = bool(QUOTE_BEFORE.search(sentence, 0, match.start()))
        link = DraftLink(sentence[slice(*titled_name)], verb, *titled_name)
        return [SpeakerCue((link,), match.start(), titled_name[1], False, quoted)]
    aside = ASIDE_START.search(sentence, start, stop)
    if aside and INVERTED_ASIDE.match(sentence, aside.start()):
        stop = aside.start()  # "said the retailer in a filing on the NSE": the name stops at the aside
    titled = titled_past_gloss(sentence, stop)
    # The body's full name, its acronym, the title and the person's name make a long name.
    words_allowed = 14 if titled != stop else 8
    stop = titled
    # "…, said the Bureau of Statistics (BoS).": an acronym glossing the name stands between it and the stop.
    gloss = NAME_GLOSS.match(sentence, stop)
    name = sentence[start:stop]
    after = gloss.end() if gloss else stop
    # "…,” said Eurostat in a press release.": an aside on where it was said may close the sentence.
    closes = (
        re.match(r"\s*(?:[,.;!?]|$)", sentence[after:])
        or INVERTED_ASIDE.match(sentence, after)
        or INVERTED_TIME.match(sentence, after)
        # "said a security official who declined to be identified.": the official, described to the end.
        or RELATIVE_TO_THE_END.match(sentence, after)
        or WHEN_TO_THE_END.match(sentence, after)  # "said Ana Ruiz when she released the results."
    )
    looks_like_name = (
        name[:1].isupper()
        or name.startswith("the ")
        or bool(INDEFINITE_SOURCE.match(name))
        or names_bare_body(name)  # "…, said military on Friday": wire copy drops the article
    )
    if PROPER_NAME.match(name):
        words_allowed = max(words_allowed, 12)  # "…, said Lena Ruiz of the Flood Forecasting and Warning Centre."
    if not (name and closes and looks_like_name and len(name.split()) <= words_allowed) or re.search(r"\d", name):
        return []
    quoted = bool(QUOTE_BEFORE.search(sentence, 0, match.start()))
    return [SpeakerCue((DraftLink(name, verb, start, stop),), match.start(), stop, False, quoted)]
