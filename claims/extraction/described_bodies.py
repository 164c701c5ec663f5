"""
A body taken up by a description after the text named it: "the Reserve Bank of Fiji … The central bank said".

News names a body once in full and goes on with a lowercase description of it: "the National Disaster Risk
Reduction and Management Council (NDRRMC) said …. …, according to the disaster office". `SpeakerMemory` takes
a description up when it ends like an earlier speaker's name ("the ministry" for "the Health Ministry"), but a
name whose head comes before "of" ("Reserve Bank of Fiji") or whose head the description swaps for a plainer
word ("office" for "Council") kept the description, and so did a later "it said", which the scorer cannot
match to the body. Here the bodies a text names (a capitalised run with a word for an organisation in it,
speaking or not) are kept, and a description whose head noun, or a lowercase word before it, is a word of
one of them is that body, the most recent first. A description no named body shares a word with stays as
written ("the weather bureau" in a text that never named the Bureau of Meteorology).
"""

import re

from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .units import singularise

__all__ = ["NamedBodies"]

# A run of capitalised words, with the small words a body's name takes ("Reserve Bank of Fiji").
# (A full stop only inside a word: "U.S" of "U.S. Federal Reserve", not the one ending the sentence.)
WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*"
BODY_RUN = re.compile(rf"(?<![\w.'’-]){WORD}(?:\s+(?:(?:of|for|and|the|&)\s+)*{WORD})*")
# "The central bank", "The country's central bank", "the disaster office": the article, an owner's possessive
# perhaps, then lowercase words only.
DESCRIPTION = re.compile(r"^[Tt]he\s+(?:[a-z]+['’]s\s+)?(?P<modifiers>(?:[a-z][\w-]*\s+){0,3})(?P<head>[a-z]+)$")
# Words of a description that say nothing of which body it is.
PLAIN_MODIFIERS = frozenset(["new", "national", "state", "federal", "local", "central", "main", "top", "official"])
HEADS = (ORGANISATION_WORDS | BODY_NOUNS | frozenset(["body", "centre", "center", "council"])) - PERSON_TITLES
BRACKETED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z]{2,6})\)")
ARTICLE = re.compile(r"^(?:The|THE)\s+")


class NamedBodies:
    """The bodies a text has named so far, most recent last, and the descriptions that took them up."""

    KEPT = 12

    def __init__(self) -> None:
        self._bodies: list[tuple[str, str]] = []  # a body's name, and what to call it (its acronym, if given)
        self._described: dict[str, str] = {}  # a description spoken under, and the body named before it

    def note(self, sentence: str) -> None:
        """Note the bodies `sentence` names: capitalised runs of two words or more, one a word for a body (and
        none a person's title: "Finance Minister Ivan Dorn" is no ministry)."""
        for run in BODY_RUN.finditer(sentence):
            name = ARTICLE.sub("", run.group())
            words = [word.lower() for word in name.split()]
            if len(words) >= 2 and set(words) & ORGANISATION_WORDS and not set(words) & PERSON_TITLES:
                # "the National Agency for Disaster Countermeasure (BNPB)": the text's own short name for it.
                acronym = BRACKETED_ACRONYM.match(sentence, run.end())
                called = acronym.group("acronym") if acronym else name
                self._bodies = [*(body for body in self._bodies if body[0] != name), (name, called)][-self.KEPT :]

    def take_up(self, description: str) -> None:
        """Note the body named before that `description` ("the central bank") takes up, if any."""
        body = self._described_body(description)
        if body:
            self._described[description] = body

    def behind(self, speaker: str) -> str | None:
        """The body a description an "it" went back to took up ("The central bank …. It said": the Reserve Bank
        of Fiji), or None."""
        return self._described.get(speaker)

    def _described_body(self, description: str) -> str | None:
        match = DESCRIPTION.match(description.strip())
        if not match or match.group("head") not in HEADS:
            return None
        head = singularise(match.group("head"))
        modifiers = {singularise(word) for word in match.group("modifiers").split()} - PLAIN_MODIFIERS
        for body, called in reversed(self._bodies):
            words = {singularise(word.lower()) for word in body.split()}
            if head in words or modifiers & words:
                return called
        return None
