"""
Words before a verb of speech that are spoken of, not who speaks.

`subjects` reads the run of words before "said" as its subject. Two shapes of that run hold no speaker of
their own, whatever the words: a noun that a relative clause without "that" describes, whose own subject
speaks ("…, an incident it said killed three soldiers": "it" speaks, there is no speaker "Incident"), and an
absolute phrase opened by "with" ("With two more deaths reported from the east, the toll rose to 91": the
deaths were reported, nobody "reported" them). Both are read from the shape of the sentence, so they hold
for any noun. An absolute phrase whose verb is an active participle does name who speaks ("…, with a rights
group reporting 14 deaths and the Red Cross estimating 3,100"): the last noun phrase before the participle,
after "with" or the "and" that joins it to the one before, so each figure keeps its own speaker.

When nothing before the verb is a subject but a relative pronoun, the speaker is what the pronoun stands
for (`relative_antecedent`): "The cabinet approved a draft budget, which expects the deficit to fall …".
"""

import re

__all__ = ["speaking_subject", "relative_antecedent", "joined_in_with_phrase"]

# A noun, then the pronoun that opens a relative clause without "that" ("an incident it said …"). A noun
# phrase in the pronoun's place ("an attack the rebels said …") is left as it is: read the same way it lost
# on the studied sets, where such runs are mostly a name's own words.
CONTACT_RELATIVE = re.compile(
    r"(?<![\w'’-])(?!(?:of|for|to|in|on|at|by|with|from|and|or|but|that|which|who|whom|as|than|about|into|over"
    r"|under|between|against|among|said|says|told|if|when|where|while|because|after|before|since|what)\b)"
    r"[a-z][\w'’-]*\s+(?P<who>it|he|she|they)\s*$"
)
WITH_OPENED = re.compile(r"(?:[Ww]ith|[Ww]ithout)\s")
# "… and the Red Cross| estimating …": an active participle right after the subject.
ACTIVE_PARTICIPLE = re.compile(r"\s+[a-z]+ing\b")
# Where the speaker of the participle starts: after "with", or after the last "and" that joins two phrases.
PARTICIPLE_SPEAKER = re.compile(
    r"(?:^[Ww]ith\s+|\sand\s+)(?P<who>(?:the\s+|an?\s+)?(?:[A-Za-z][\w.&'’-]*\s+){0,4}?[A-Za-z][\w.&'’-]*)$"
)


def speaking_subject(sentence: str, subject: tuple[int, int]) -> tuple[int, int] | None:
    """The part of `subject` (a span of `sentence`) that speaks: all of it, its closing pronoun, or None."""
    if WITH_OPENED.match(sentence, subject[0]):
        if not ACTIVE_PARTICIPLE.match(sentence, subject[1]):
            return None
        speaker = PARTICIPLE_SPEAKER.search(sentence[subject[0] : subject[1]])
        return (subject[0] + speaker.start("who"), subject[1]) if speaker else None
    contact = CONTACT_RELATIVE.search(sentence, subject[0], subject[1])
    if contact and contact.end() == subject[1]:
        return contact.span("who")
    return subject


# "with a rights group reporting 14 deaths and |the Red Cross …": a later speaker of the same "with" phrase.
JOINED_IN_WITH = re.compile(r"(?:^|[\s,;(])[Ww]ith\s[^,;:]*?[a-z]\s+and\s+$")


def joined_in_with_phrase(sentence: str, speaker_start: int) -> bool:
    """Whether the speaker at `speaker_start` is joined by "and" to an earlier speaker of a "with" phrase: it
    opens a clause of its own, and gives none of the figures the earlier one gave."""
    return bool(JOINED_IN_WITH.search(sentence, 0, speaker_start))


# "…, a draft state budget, which expects …": the noun phrase before ", which".
WHICH_ANTECEDENT = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?!(?:a|an|the)\b)[\w'’-]+\s+){0,4}?[\w'’-]+),\s+which\s+(?:also\s+)?$"
    # "…,” said Mayor Ana Ruiz, who estimated that 2,000 homes …": the person the relative stands for.
    # "… a blow to vice-chancellors, who say the fee is worth £6,000": "who" stands for people named in the plural.
    r"|\b(?P<person>(?:[Tt]he\s+[a-z]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}|(?<=\s)[a-z][\w-]*[a-rt-z]s)),"
    r"\s+who\s+(?:also\s+|later\s+)?$"
)


def relative_antecedent(sentence: str, verb_start: int) -> tuple[int, int] | None:
    """The span of what a "which" or "who" right before the verb at `verb_start` stands for, or None."""
    antecedent = WHICH_ANTECEDENT.search(sentence, 0, verb_start)
    if not antecedent:
        return None
    return antecedent.span("person" if antecedent.group("person") else "who")
