"""
A subject that states its own figure with a verb `acting` refused: "Health Secretary Jo Roe cited 622 deaths",
"The Department of Health records a total of 115,986 cases", "Economists had been expecting 180,000 new jobs",
"The council's executive committee approved 12 projects costing Tk 34.70 billion".

`acting` reads "cited 622 deaths" or "approved 12 projects" as a count of deeds (`acting_verbs.COUNTED_DEEDS`) and
`acting_by_default` knows no such verb, so the outlet was credited. The verbs here state, record, expect or approve
a figure: what follows them is the subject's own count, estimate or decision, never a thing it did to the world.
It is asked last, only when the subject names someone (a body, an office, a person) and no clause of speech, no
citation and no act was found in the sentence.

Why so narrow. The broad rule (any named subject, any verb, a figure after it) was measured on all studied sets
(development, holdout, unseen … unseen105) against the start code, as origin fixed / broken / speaker-where-none
added (X, the figures whose gold names no speaker): the annotators leave null most counts of what a body did
("police arrested 13", "the airport handled 4.12 million passengers", "the party won 74 seats").
- any verb: 41 fixed in 22 sets, 4 broken, X +702 (61+ sets): net −665;
- without verbs of physical action (arrest, kill, seize, rescue, deploy …) and of what happened to a quantity
  (rose, won, got …): 28 fixed in 16 sets, X +215: net −187;
- verbs of stating, deciding or changing one's own figures (approve, declare, set, lower, pay …): 16 / 8 sets,
  X +45: net −29; the same for bodies only (not persons): 3 fixed, X +34: net −31;
- that list with a sum of money or a share after the verb: 10 fixed in 3 sets, X +6: net +4;
- any verb but a sum of money or a share after it: 11 fixed in 4 sets, X +63: net −52;
- verbs of stating or recording a count (this module): 10 fixed in 4 sets, 0 broken, X +0: net +10.
"""

import re

from .acting_by_default import NOT_ACT_STEMS, NOT_ACTS, NOUN_THEN_VERB, PROGRESSIVE
from .acting_subjects import names_someone
from .acting_verbs import PADDING, stem_of
from .body_glosses import glossed_as_body
from .one_word_names import names_by_one_word
from .openers import IRREGULAR_VERBS
from .spans import DraftLink, SpeakerCue

__all__ = ["broad_act"]

QUOTE_MARKS = re.compile(r"[\"“”]")
DIGIT = re.compile(r"\d")
PASSIVE_AUXILIARY = re.compile(
    r"\s+(?:is|are|was|were|been|be|being|get|got)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b(?!\s+to\s)"
)
AUXILIARY_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|did|does|do|has|have|had)\s*$")
# Stems of verbs by which a subject states, records, expects or approves a figure of its own ("noted" → "not").
STATING_STEMS = frozenset(
    ["cit", "record", "regist", "expect", "estimat", "put", "peg", "see", "sees", "forecast", "project", "predict",
     "reckon", "believ", "anticipat", "count", "tall", "not", "indicat", "admit", "claim", "reveal", "disclos",
     "declar", "confirm", "quot", "stat", "report", "log", "calculat", "assess", "approv"]
)  # fmt: skip


def broad_act(sentence: str, start: int, end: int) -> list[SpeakerCue]:
    """The subject at `start`-`end` as the low-confidence source of the figures after a verb that states them, or []."""
    name = sentence[start:end]
    if QUOTE_MARKS.search(sentence) or DIGIT.search(name):
        return []  # a quotation has its own speaker; "Eleven miners" is what is counted
    if not (names_someone(name) or names_by_one_word(sentence, start, end) or glossed_as_body(sentence, end)):
        return []
    if PASSIVE_AUXILIARY.match(sentence, end):
        return []  # "The figure was reported at": the subject is what was stated
    padding = PADDING.match(sentence, end)
    if not padding:
        return []
    between = sentence[end : padding.start("verb")]
    verb, object_at = padding.group("verb"), padding.end("verb")
    if DIGIT.search(between) or not DIGIT.search(sentence, object_at):
        return []  # a figure in an aside before the verb is no part of what it states
    finite = verb.endswith(("ed", "s")) or verb in IRREGULAR_VERBS or AUXILIARY_BEFORE.search(between)
    if not (finite or (verb.endswith("ing") and PROGRESSIVE.search(between))):
        return []  # "The health department estimates": a noun, no verb
    if not between.strip() and verb.endswith("s") and NOUN_THEN_VERB.match(sentence, object_at):
        return []  # "House prices recorded …": the word read as the verb is the subject's noun
    stem = stem_of(verb)
    if verb in NOT_ACTS or stem in NOT_ACT_STEMS or stem not in STATING_STEMS:
        return []
    link = DraftLink(name, "reported", start, end)
    return [SpeakerCue((link,), start, object_at, True, acted=True)]
