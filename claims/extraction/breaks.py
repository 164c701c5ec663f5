"""
A speech verb's subject after a break in the sentence: a dashed aside, or a contrasted "while" clause.

"The last rally was held on a Saturday -- on October 2 -- police said that 899,000 marched while union
leaders said it was three million": `subjects.subject_before` reads back over the whole chunk and finds no
speaker in it; the clause that speaks starts after the dash, or after "while", and reading from there finds
"police" and "union leaders". Only a few words without a comma may stand between the break and the verb,
so a break far from the verb never names a speaker.

An aside in commas that `subject_before` cannot read past ("A source close to Bama, said, …", "UNHCR on
Monday, September 20, said", "The Joint Secretary, on Friday, at a press conference said") is read as
blank: the speaker is the phrase that opens the sentence, before the aside's first comma.
"""

import re

from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .subjects import subject_before

__all__ = ["after_break"]

# "The last rally was on a Saturday -- on October 2 -- police said …", "police said that 899,000 marched
# while union leaders said …": a dashed aside or a contrasted clause ends, and the clause that speaks starts
# after it; a few words, no comma, between the break and the verb.
BREAK_BEFORE_SUBJECT = re.compile(r"(?:(?:\s(?:--|—|–)|—|--)\s*|\s(?:while|whilst|whereas)\s+)(?=[^,;:—–-]{2,60}$)")


# "The group — comprising two trusts and a holding — said revenue grew": a dashed aside between the
# subject and its verb; read as if it were blank, the subject stands right before the verb.
ASIDE_BEFORE_VERB = re.compile(r"\s(?:—|--|–)\s[^—–;]{3,120}?\s(?:—|--|–)\s+$")


# An aside in commas between the speaker and the verb: no figure (a date's day and year aside), no quotation,
# no clause of speech of its own; what follows the verb is no name (", said X" names the speaker after it).
COMMA_ASIDE = re.compile(r",[^;:\"“”‘’()]{0,150}$")
DATE_NUMBER = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:19|20)\d\d\b"
)
SPEECH_INSIDE = re.compile(r"\b(?:said|says|told|tells|reported|according)\b")
# ", and said …" goes on with a verb of its own; "…, who declared" is the relative's clause: no aside.
NO_ASIDE = re.compile(r",\s*(?:and|but|or|nor|as|while)\b|\b(?:who|which|that)\s*$")
NAME_AFTER_VERB = re.compile(r"\s+(?:the\s+)?[A-Z]")
# Verbs of saying only: "The IMF has revised its estimate" or "Production, estimated at …" is no speaker's aside.
ASIDE_SPEECH_VERBS = frozenset(
    ["said", "says", "told", "stated", "noted", "declared", "claimed", "announced", "added", "explained",
     "revealed", "disclosed", "confirmed", "warned", "insisted", "stressed", "emphasised", "emphasized"]
)  # fmt: skip
# What opens a sentence's adverbial, never its speaker: "In addition, …", "For instance, …", "Speaking to …, …".
OPENER_WORD = re.compile(
    r"(?:In|For|Of|To|At|On|By|From|With|After|Before|During|Under|Over|Since|While|When|If|As|Although|Though"
    r"|Because|Despite|Amid|Among|Also|But|And|So|Yet|Still|Then|Thus|However|Meanwhile|Moreover|Furthermore"
    r"|Instead|Overall|Today|Yesterday|Earlier|Later|Now|Last|This|That|These|Those|It|There|Here|Once|Unlike"
    r"|Like|Besides|Indeed|Already|Again|Finally|First|Second|Third|[A-Z][a-z]+(?:ly|ing))\b"
)
SPEAKER_WORDS = frozenset(word.lower() for word in PERSON_TITLES | BODY_NOUNS | ORGANISATION_WORDS) | frozenset(
    ["source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "police", "army"]
)


def _names_a_speaker(phrase: str) -> bool:
    """Whether `phrase`, opening its sentence, names who speaks: a name in capitals (one word, "Okafor", or a
    capital after the first word), or a word for a speaker ("A source close to the mill")."""
    words = phrase.split()
    if not words or OPENER_WORD.match(phrase) or not words[0][:1].isupper():
        return False
    capitals = [word for word in words[1:] if word[:1].isupper()]
    return bool(capitals) or len(words) == 1 or any(word.strip(".,’'").lower() in SPEAKER_WORDS for word in words)


def _past_comma_aside(sentence: str, verb_start: int, verb_end: int, taken) -> tuple[int, int] | None:
    """The speaker that opens the sentence, before an aside in commas that runs up to the verb."""
    first = sentence.find(",", 0, verb_start)
    if first <= 0 or NAME_AFTER_VERB.match(sentence, verb_end):
        return None
    if sentence[verb_start:verb_end].split()[-1] not in ASIDE_SPEECH_VERBS or not _names_a_speaker(sentence[:first]):
        return None
    aside = COMMA_ASIDE.match(sentence, first, verb_start)
    if (
        aside is None
        or SPEECH_INSIDE.search(aside.group())
        or NO_ASIDE.search(aside.group())
        or any(c.isdigit() for c in DATE_NUMBER.sub("", aside.group()))
    ):
        return None
    if any(c.isdigit() for c in sentence[:first]):
        return None
    blanked = sentence[:first] + " " * (verb_start - first) + sentence[verb_start:]
    subject = subject_before(blanked, verb_start, taken)
    leading = len(sentence) - len(sentence.lstrip())
    return subject if subject and subject[0] == leading and subject[1] <= first else None


def after_break(
    sentence: str, verb_start: int, taken: list[tuple[int, int]], verb_end: int | None = None
) -> tuple[int, int] | None:
    """The subject of a clause after a dashed aside ("-- on October 2 -- police said") or a "while".

    Or before an aside that ends right at the verb ("The group — comprising A and B — said").
    """
    aside = ASIDE_BEFORE_VERB.search(sentence, 0, verb_start)
    if aside:
        blanked = sentence[: aside.start()] + " " * (verb_start - aside.start()) + sentence[verb_start:]
        subject = subject_before(blanked, verb_start, taken)
        if subject:
            return subject
    found = next(reversed(list(BREAK_BEFORE_SUBJECT.finditer(sentence, 0, verb_start))), None)
    if found is None or len(sentence[found.end() : verb_start].split()) > 6:
        return _past_comma_aside(sentence, verb_start, verb_end, taken) if verb_end is not None else None
    return subject_before(" " * found.end() + sentence[found.end() :], verb_start, taken)
