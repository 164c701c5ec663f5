"""
A court's sentence named by its term, not by the verb "sentence": "Judge Ann Roe gave Smith two years of
probation", "Roe also ordered him to serve 36 months on supervised release".

The corpus conventions make a sentence, a fine or a term the court's (or the judge's) own figure. `acting`
knows "sentenced" and "fined"; these shapes use everyday verbs ("gave", "handed", "ordered") that are deeds
elsewhere ("gave the charity $5,000", "ordered 40 new buses"), so they are a sentence only by what follows:
a term of probation, prison or jail after "gave", a person then "to serve", "to pay" … after "ordered".
Nobody but a court gives someone years in prison, so the shape names the act whatever the subject.
A verdict is the same: "A jury found Smith guilty of two counts", "found four of six defendants guilty" is a
conviction, whose counts and convicted the conventions make the jury's or the court's (a passive "was found
guilty" keeps the subject acted on, and stays with the outlet).
"""

import re

__all__ = ["judging_stem"]

GIVING_VERBS = frozenset(["gave", "give", "gives", "giving", "handed", "hand", "hands", "handing"])
ORDERING_VERBS = frozenset(["ordered", "orders", "order", "ordering"])
FINDING_VERBS = frozenset(["found", "finds", "find"])
# "found Smith guilty in May of two counts", "found four of seven defendants not guilty": a verdict.
VERDICT = re.compile(r"(?:\s+[^\s,.;:]+){1,6}?\s+(?:not\s+)?guilty\b")
# "gave Smith two years of probation", "handed down 18 months in jail to each": a term, then what it is served in.
SENTENCE_TERM = re.compile(
    r"(?:\s+down)?(?:\s+[^\s,.;:]+){1,6}?\s+(?:years?|months?|weeks?|days?)\s+(?:of|in|behind)\s+(?:[a-z-]+\s+)?"
    r"(?:probation|prison|jail|imprisonment|detention|bars|custody|community\s+service|supervised\s+release"
    r"|house\s+arrest|rigorous\s+imprisonment)\b"
)
# "ordered him to serve 36 months", "ordered the firm to pay $20,000": a person or a body told to serve or pay.
ORDERED_TO = re.compile(
    r"\s+(?:him|her|them|each|both|the\s+[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:\s+(?:also|further|additionally))?\s+to\s+(?:serve|pay|spend|undergo|forfeit|perform|do|complete)\b"
)


def judging_stem(sentence: str, verb: str, object_at: int) -> str | None:
    """ "sentenc" when `verb`, whose object starts at `object_at`, hands down a sentence, "convict" when it gives
    a verdict; else None."""
    if verb in FINDING_VERBS and VERDICT.match(sentence, object_at):
        return "convict"
    if verb in GIVING_VERBS and SENTENCE_TERM.match(sentence, object_at):
        return "sentenc"
    if verb in ORDERING_VERBS and ORDERED_TO.match(sentence, object_at):
        return "sentenc"
    return None
