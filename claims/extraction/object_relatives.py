"""
A figure, then a relative clause whose subject gave it: the figure is that speaker's, and only it.

"lower than the $137.3 million (that) analysts expected", "from $2.30 the company had projected
earlier", "the 5.15 million votes the electoral authority said Ortiz had won", "far more than the 50,000 organisers
expected", "the 160-plus who authorities said were missing": the words after the
figure are a relative clause with its object left out, and the figure is that object. Its subject
forecast, projected or said the figure; the other figures of the sentence are not theirs ("revenue
of $136 million, lower than the $137.3 million that analysts expected": the $136 million is no
estimate of the analysts). Read elsewhere, "analysts expected" reached back over every figure, and
"$137.3 million analysts" made "million analysts" a speaker.

An estimate's verb ends its clause ("… had projected earlier."), so the figure is its object. A
speech verb takes a clause after it anyway, so the figure must be written as "the <figure>" for the
words after it to be a relative clause ("the 12 the police said were fighters"; not "In 2023 the
company said …").
"""

import re

from .spans import DraftLink, SpeakerCue
from .speakers import BODY_NOUNS

__all__ = ["object_relative_clauses", "overrides"]

_BODIES = "|".join(sorted(BODY_NOUNS | {"government", "ministry", "agency", "board", "authority", "commission"}))
_TRADES = r"(?:analysts|economists|forecasters|experts|traders|investors|strategists|pollsters)"
# Words that never name what a figure counts: they start the next phrase, or are the figure's own ("million").
_NOT_NOUN = (
    r"(?:the|that|which|a|an|and|or|but|to|in|of|for|from|at|on|by|as|than|with|was|were|is|are"
    r"|million|billion|trillion|crore|lakh|thousand|cents|percent|per)"
)
# "the 72 cents per share analysts expected": the figure's rate is part of it, not the speaker.
_RATES = r"(?:share|unit|barrel|ton|tonne|ounce|gallon|litre|liter|kilo|kilogram|pound|year|month|week|day|hour)"
OBJECT_RELATIVE = re.compile(
    rf"""(?:(?<=\d)|(?<=\d-plus)|(?<=%)|(?<=\bmillion)|(?<=\bbillion)|(?<=\btrillion)|(?<=\bcents)|(?<=\bcrore)|(?<=\blakh))
        (?P<noun>\s+(?!{_NOT_NOUN}\b)[a-z]+)?
        (?:\s+(?:a|an|per)\s+{_RATES})?
        \s+(?:that\s+|which\s+|who\s+)?
        (?P<who>the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_BODIES})|(?:Wall\s+Street\s+)?{_TRADES}
        |(?:the\s+)?(?:organi[sz]ers|police|authorities|officials))
        \s+(?:had\s+|has\s+|have\s+)?(?:(?:earlier|previously|originally|initially|widely)\s+)?
        (?P<verb>expected|forecast|forecasted|projected|estimated|predicted|anticipated|said|reported|claimed)\b""",
    re.VERBOSE,
)
# What may follow an estimate's verb when the figure before was its object: the clause ends.
ESTIMATE_CLOSES = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:earlier|previously|before|last|this|in|for|on|at|a\s+year|and|but|while)\b"
)
# "the 5.15 million votes the …": the figure is a definite noun phrase of its own.
THE_FIGURE = re.compile(
    r"\bthe\s+(?:[$€£¥₹]|Rs\.?\s?)?\d[\d,.]*(?:-plus)?\s*(?:%|percent|per\s+cent|million|billion|trillion|crore|lakh)?\s*$",
    re.IGNORECASE,
)
SPEECH = frozenset(["said", "reported", "claimed"])


def object_relative_clauses(sentence: str) -> list[SpeakerCue]:
    """Local clauses for figures that a relative clause right after them credits to its subject."""
    found = []
    for match in OBJECT_RELATIVE.finditer(sentence):
        verb = match.group("verb")
        if verb in SPEECH:
            if not THE_FIGURE.search(sentence, max(0, match.start() - 40), match.start()):
                continue
        elif not ESTIMATE_CLOSES.match(sentence, match.end()):
            continue  # "the 2 percent economists expected inflation to reach": the figure is no object
        start, end = match.span("who")
        link = DraftLink(sentence[start:end], "said" if verb in SPEECH else "estimated", start, end)
        clause_start = match.start("noun") if match.group("noun") else match.start() + 1
        found.append(SpeakerCue((link,), clause_start, match.end(), False, local=True))
    return found


def overrides(clauses: list[SpeakerCue], relatives: list[SpeakerCue]) -> list[SpeakerCue]:
    """The sentence's clauses with those naming a relative clause's speaker replaced by it."""
    spans = [(link.start, link.end) for relative in relatives for link in relative.links]
    kept = [
        clause
        for clause in clauses
        if not any(link.start < end and start < link.end for link in clause.links for start, end in spans)
    ]
    return kept + relatives
