"""
A tag that closes a quotation with a verb of speech not listed anywhere: '"…," Maria Lenz assured.'

A quotation closed by a comma (or "!" / "?") and followed by a short subject and one verb that ends the
sentence is a speech tag in English whatever the verb is ("…," the minister concluded.", "…," she
cautioned on Monday.'): nothing else can stand there with no object. So the shape is read, not a word
list; `speech` asks here only when it found no verb of its own in the sentence.
"""

import re

from .spans import DraftLink, SpeakerCue

__all__ = ["closing_quote_tag"]

# The quotation, closed by ",", "!" or "?"; then the subject: a capitalised name, "the/a" and a few words,
# or a pronoun; then one past or present verb and, at most, when it was said.
# The quotation may have opened in a sentence before ('"Nine coaches derailed. The injured were taken away,"
# Ravi Das, divisional railway manager, said.'), and a name may carry its role in commas, in lowercase.
CLOSING_TAG = re.compile(
    r"^\s*[\"“]?[^\"“”]{3,}[,!?]\s*[\"”]\s+"
    r"(?P<who>(?:[Tt]he\s+|[Aa]n?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"|(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*|he|she|they|it)"
    r"(?:,\s+(?:(?:the|a|an)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5},)?"
    r"\s+(?P<verb>[a-z]{3,}(?:ed|s)|said|told)"
    r"(?:\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|later|afterwards))?"
    r"\s*[.!]?\s*$"
)


# The same tag closing a reported statement with no quotation marks: "Debt is only 40 percent of output, he
# highlighted.": a clause, a comma, then "he", "she" or "they" and one past verb ending the sentence. Only a
# pronoun (a name there may be a list's last item: "…, and Maria Lenz resigned"), and no opening "After",
# "When" …, whose comma closes a subordinate clause ("After sales fell 5%, he resigned.").
CLOSING_PRONOUN_TAG = re.compile(
    r"^(?!\s*(?:After|When|As|Since|Because|Although|Though|If|While|Before|Until|Once|Unless|Whether)\b)"
    r"[^\"“”]{12,}[\w)%]\s*,\s+(?P<who>he|she|they)\s+(?P<verb>[a-z]{3,}ed)"
    r"(?:\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|later|afterwards))?"
    r"\s*\.?\s*$"
)


# The tag inverted: '"…?" asks Greens Leader Ana Ruiz.': after a closed quotation, a verb before a capitalised
# name that ends the sentence. English puts a verb before its subject there only in a tag of speech.
INVERTED_TAG = re.compile(
    r"^\s*[\"“]?[^\"“”]{3,}[,!?]\s*[\"”]\s+(?P<verb>[a-z]{3,}(?:ed|s))\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\s*[.!]?\s*$"
)


# The inverted tag with a long speaker, described after the name: '"…," said Istanbul Mayor and opposition
# candidate Ana Ruiz.', '"…," said an official in Nara on condition of anonymity because …', '"…," also said a
# local elected official, who …', '"…," said Dr Lee while releasing the findings.' Right after a closed quotation
# the words after a verb of speech are its subject, whatever their shape: they run to a comma, the stop, or a
# word that opens what describes the speaker or the occasion ("who", "while", "on condition", "in a …").
# Words are parted by whitespace that must be there: with it optional ("[\w.]+\s*" repeated) a long word could
# be cut anywhere, and a sentence with no stop word in reach took seconds (a 1.5 KB story, 9 s).
_TAG_STOP = (
    r"(?:who|while|when|whilst|as|after|before|because|during|adding|noting|on\s+condition"
    r"|(?:in|at|on|via)\s+(?:a|an|his|her|their|its)\s)\b"
)
_TAG_WORD = rf"(?!{_TAG_STOP})[\w.'’&()-]+"
LONG_INVERTED_TAG = re.compile(
    r"[,!?.]\s*[\"”]\s*(?:also\s+)?(?P<verb>said|says|added|stated|noted|explained|insisted|stressed|warned)\s+"
    rf"(?P<who>{_TAG_WORD}(?:\s+{_TAG_WORD}){{0,11}}?)"
    rf"(?=\s*(?:[,;]|[.!?]?[\"”’']?\s*$)|\s+{_TAG_STOP})"
)
# Its speaker names a person or a body: a capitalised word, or a noun of one who speaks.
SPEAKER_HEAD = re.compile(
    r"\b(?:[A-Z][\w'’-]+|official|officials|spokes(?:man|woman|person)|source|sources|officer|engineer|resident"
    r"|witness|expert|analyst|minister|chief|director|head|leader|manager)\b"
)


def _long_inverted_tag(sentence: str) -> list[SpeakerCue]:
    tag = LONG_INVERTED_TAG.search(sentence)
    if not tag:
        return []
    who = tag.group("who").rstrip(" .")
    start = tag.start("who")
    end = start + len(who)
    if re.search(r"\d", who) or not SPEAKER_HEAD.search(who) or who.split()[0].lower() in ("that", "it", "this"):
        return []
    link = DraftLink(who, "said", start, end)
    return [SpeakerCue((link,), tag.start("verb"), end, False, True)]


def closing_quote_tag(sentence: str) -> list[SpeakerCue]:
    """'"…," Maria Lenz assured.': the subject of the tag speaks for the quotation."""
    tag = CLOSING_TAG.match(sentence) or CLOSING_PRONOUN_TAG.match(sentence) or INVERTED_TAG.match(sentence)
    if not tag:
        return _long_inverted_tag(sentence)
    if re.search(r"\d", tag.group("who")):
        return []
    start, end = tag.span("who")
    end -= len(tag.group("who")) - len(tag.group("who").rstrip("."))  # "asks Ana Ruiz.": the stop is no part
    link = DraftLink(sentence[start:end], "said", start, end)
    return [SpeakerCue((link,), start, tag.end("verb"), False, True)]
