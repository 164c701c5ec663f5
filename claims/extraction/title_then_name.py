"""
A closing tag that gives the title first and the name after it: "…, said the head of the National Crime
Office, Ana Ruiz." The title phrase ("the head of …") describes the speaker; the name in apposition at the
end of the sentence is who speaks, and a named person is the better speaker (the title names no one).
"""

import re
from dataclasses import replace

from .spans import DraftLink, SpeakerCue
from .speakers import PERSON_TITLES

__all__ = ["name_after_title"]

# ", Ana Ruiz." closing the sentence: two to four capitalised words (initials and particles allowed).
CLOSING_NAME = re.compile(
    r",\s+(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|del|van|von|al|bin|da|di|la|le)){1,4})\s*[.!?\"”’']*\s*$"
)


# ", said the head of the Executive Secretariat of the …, Ana Ruiz.": a title too long for a closing tag's name.
SAID_TITLE = re.compile(
    r",\s+(?P<verb>said|says|added|explained)\s+(?P<title>the\s+[a-z][^,;:\"“”()]{2,140}?)(?=,\s+[A-Z])"
)


def name_after_title(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """Closing tags whose speaker is "the <title> …", when a person's name follows it to the end of the sentence."""
    if not clauses and "the " in sentence:
        tag = SAID_TITLE.search(sentence)
        if tag and CLOSING_NAME.match(sentence, tag.end()) and _titled(tag.group("title")):
            link = DraftLink(tag.group("title"), "said", *tag.span("title"))
            clauses = [SpeakerCue((link,), tag.start("verb"), tag.end(), False)]
    tidied = []
    for clause in clauses:
        link = clause.links[-1]
        closing = None if clause.forward or not link.name.startswith("the ") else CLOSING_NAME.match(sentence, link.end)
        if closing and _titled(link.name):
            start, end = closing.span("name")
            if sentence[end - 1] == "." and sentence[end - 3 : end - 2] != ".":
                end -= 1  # "Ana Ruiz." ends at the stop; "J.R." keeps its dots
            named = replace(link, name=sentence[start:end], start=start, end=end)
            clause = replace(clause, links=(*clause.links[:-1], named), end=end)
        tidied.append(clause)
    return tidied


def _titled(name: str) -> bool:
    """Whether "the …" names a post a person holds ("the head of the office"), not a body ("the ministry")."""
    return any(word in PERSON_TITLES for word in re.findall(r"[a-z]+", name.lower()))
