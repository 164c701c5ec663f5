"""
Speech verbs that also take a plain object: "employers added 147,000 jobs", "stressed the need".

Split out of `speech`. Such a verb speaks only before "that", a quotation or a stop ("…, he added."),
and in four cases more: a side owning up to its losses ("the army admitted the deaths of 12") gives the
count; a need or an importance stressed ("the Minister stressed the need to raise capacity, which
stands at 7,175 MW") is an argument whose figures are the speaker's; a phrase saying how it was said
may come before "that" ("added in a statement that …"); and "added" may drop its "that" ("He added a
tank … was destroyed").
"""

import re

__all__ = ["OBJECT_TAKING_VERBS", "takes_an_object"]

# Speech verbs that also take a plain object: they speak only before "that", a quote or a stop.
OBJECT_TAKING_VERBS = frozenset(
    [
        "added",
        "adds",
        "admitted",
        "admits",
        "acknowledged",
        "acknowledges",
        "conceded",
        "concedes",
        "argued",
        "argues",
        "insisted",
        "insists",
        # "stressed the need", "explained the plan", "mentioned 40 cases": speech only before a clause.
        "mentioned",
        "mentions",
        "emphasised",
        "emphasized",
        "emphasises",
        "emphasizes",
        "stressed",
        "stresses",
        "underlined",
        "underlines",
        "explained",
        "explains",
    ]
)
STRESSING_VERBS = frozenset(["stressed", "stresses", "emphasised", "emphasized", "emphasises", "emphasizes",
                             "underlined", "underlines"])  # fmt: skip
# "he acknowledged the loss of only one rebel", "the army admitted the deaths of 12": a side owning up
# to its losses gives the count, like "confirmed"; "admitted 2,300 people" to a hospital does not.
ADMITTING_VERBS = frozenset(["admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes"])
ADMITTED_LOSS = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:loss|losses|death|deaths|killing|killings|destruction|capture)"
    r"\s+of\b"
)
CLAUSE_OR_STOP_AFTER = re.compile(r"\s*(?:[,.;:'’\"”]|$|\s+that\b|\s+on\s+\w+day\b)")
# "The network added in a statement that …", "she stressed at a briefing on Monday that …": how or where
# it was said, a short phrase without a figure, then "that": the verb speaks ("added in 2023 40 jobs" does not).
MANNER_THEN_THAT = re.compile(
    r"\s+(?:in|at|during|on|via|through|to|before|while|from)\s+(?:(?![\d$€£])[\w'’-]+\s+){1,6}?that\b"
)
# "the Minister stressed the need to raise capacity, which stands at 7,175 MW": a need or an importance
# stressed is an argument made, and the figures that back it are the speaker's.
# "He emphasised the critical role played by the cyber centre, which made 751 arrests": a role stressed is
# such an argument too.
STRESSED_NEED = re.compile(r"\s+the\s+(?:[a-z]+\s+){0,2}?(?:need|importance|necessity|role)\b")

# "He added a tank of security forces was destroyed": what seems the object is the subject of a clause
# said without "that" ("hospitals admitted 2,300 people who were hurt" has a relative clause, no such verb).
CLAUSE_WITHOUT_THAT = re.compile(
    r"\s+(?:(?!(?:who|which|that|and|or|but|as|while|when|after|before|because|since|if|to|in|on|at|by|with)\b)"
    r"[\w'’-]+\s+){1,7}?(?:was|were|is|are|(?:has|have|had)\s+been|will\s+be|would\s+be)\s+[a-z]+(?:ed|en)\b"
)


def takes_an_object(sentence: str, verb_word: str, end: int) -> bool:
    """Whether the object-taking `verb_word` ending at `end` takes a plain object here (so it is no speech)."""
    if CLAUSE_OR_STOP_AFTER.match(sentence, end) or MANNER_THEN_THAT.match(sentence, end):
        return False
    if verb_word in ("added", "adds") and CLAUSE_WITHOUT_THAT.match(sentence, end):
        return False
    if verb_word in ADMITTING_VERBS and ADMITTED_LOSS.match(sentence, end):
        return False
    return not (verb_word in STRESSING_VERBS and STRESSED_NEED.match(sentence, end))
