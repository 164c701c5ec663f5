"""
A subject's own clause, whatever its verb: who opens a sentence with no speech in it gave the figure after its verb.

`acting` credits a subject only for verbs it knows by name (`acting_verbs.FIXING_STEMS`: allocates, proposes,
forecasts, posts …). Reporters write the same shape with verbs no list keeps up with: "The company models
third-quarter revenue of $2 billion", "Northwind brought in $4.1 billion in revenue", "The insurer also took down
its full-year forecast, which now calls for …", "Analysts were modelling $3.2 billion", "He gave them sentences
totalling 14 years". The corpus conventions (`tests/claims/extraction/realnews/README.md`) make a body that fixes,
plans, proposes, forecasts, posts or earns its own figure its source; the annotators credit such a subject
whatever the verb. So when the subject names someone (a body, a person, "he", "she") and the sentence's figure
sits after its finite verb, the subject is the source, trusted as little as any act (`SpeakerCue.acted`).

The refusals are those of the conventions, read from the verb rather than listed by it:
- a deed counted right after its verb ("rescued 120 migrants", "opened 225 camps"): the outlet's report;
- what happened to a quantity ("rose 12 percent", "won 54 seats", "lost 3 points"): the subject is counted;
- a copula ("The party is a 40-year-old movement"), a passive ("was budgeted at"), a figure before the verb
  (an aside in commas is no part of the act) and a verb of being or having ("has 40 branches").
A deed does not end the subject's clause: after "and" its second verb may give a figure of its own ("has delivered
52,000 kits … and is preparing P120 million in aid"), credited from that verb on. A subject of one capitalised word
counts as naming someone (`one_word_names`).
Possessive subjects and quotations are refused before this is called (`acting._acting_clauses`), and any clause of
speech in the sentence wins before `acting` is asked at all.
"""

import re

from .acting_subjects import names_someone
from .acting_verbs import AMOUNT_NOUNS, PADDING, stem_of
from .body_glosses import glossed_as_body
from .numbers import TENS_WORDS, UNIT_WORDS
from .one_word_names import names_by_one_word
from .openers import IRREGULAR_VERBS
from .spans import DraftLink, SpeakerCue

__all__ = ["default_act"]

PASSIVE_AUXILIARY = re.compile(
    r"\s+(?:is|are|was|were|been|be|being|get|got)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b(?!\s+to\s)"
)
AUXILIARY_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|did|does|do|has|have|had)\s*$")
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)(?:\s+(?:also|now|still))?\s*$")
# "House prices nationally have risen", "Daily drinkers at any age are …": a word in -s after a name is its noun
# when a verb, a preposition, an adverb or a clause follows it.
NOUN_THEN_VERB = re.compile(
    r"\s*(?:[,:]|\s(?:[a-z]+ed|[a-z]+s|[a-z]+ly|has|have|had|is|are|was|were|will|would|rose|fell|grew|hit|in|at|of|from|on"
    r"|with|for|and|or|who|which|that|across|around|nationwide|nationally|worldwide|appear|seem|show|suggest|remain"
    r"|indicate|put)\b)"
)
QUOTE_MARKS = re.compile(r"[\"“”]")
# "Four police districts … have arrested": a subject that counts is a figure of its own, no speaker.
COUNT_WORD = re.compile(
    rf"\b(?i:{'|'.join(UNIT_WORDS)}|{'|'.join(TENS_WORDS)}|hundreds?|thousands?|dozens?|millions?|both|several)\b"
)
GIVING_STEMS = frozenset(["giv", "donat", "contribut", "lent", "lend", "loan", "gift", "hand"])
FIGURE_RIGHT_AFTER = re.compile(
    r"(?:\s+(?:about|some|over|more\s+than|nearly|almost|roughly|around|an\s+estimated|just|only))*"
    r"\s+(?:[$€£¥₹₦]|(?:Rs|Sh|RM|US\$)\.?\s*)?\d"
)
SENTENCE_GIVEN = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:sentences?|jail|prison|terms?|fines?)\b")
# A figure that counts things ("40 jets", "3 protesters", "12 points in her speech"), not a sum, a share, a measure
# or a time: what the subject did to them is a deed.
THINGS_COUNTED = re.compile(
    r"\d[\d,.]*(?:\s+(?:million|billion|lakh|crore))?\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?|per|percent|percentage|basis|times|fold|"
    + "|".join(sorted(AMOUNT_NOUNS - {"points"}))
    + r")\b)[a-z-]+s\b"
)
AMOUNT_BEFORE = re.compile(r"(?:[$€£¥₹₦]|\b(?:Rs|Sh|RM|N|R|P|K|US\$|C\$|A\$|Dh|SR|QR)\.?)\s*$")
TRAILING_PARTICIPLE = re.compile(r",\s+(?:(?:also|further|thereby)\s+)?[a-z]+ing\b")
DIGIT = re.compile(r"\d")
# Verbs that say what happened to a quantity, or what the subject is or holds: the subject is counted, it fixed nothing.
NOT_ACTS = frozenset(
    ["is", "are", "was", "were", "be", "been", "has", "have", "had", "rose", "risen", "fell", "fallen", "won", "lost",
     "stood", "hit", "grew", "grown", "got", "became", "become", "saw", "seen", "did", "does", "do", "will", "would",
     "can", "could", "may", "might", "must", "shall", "should", "said", "told", "spoke", "wrote", "knew", "spent", "paid", "gets"]
)  # fmt: skip
NOT_ACT_STEMS = frozenset(
    ["ris", "fall", "climb", "drop", "declin", "jump", "gain", "slip", "surg", "plung", "soar", "tumbl", "eas",
     "rebound", "reach", "top", "exceed", "total", "totall", "amount", "number", "account", "stand", "remain", "los",
     "win", "lead", "trail", "dip", "sink", "slid", "slump", "edg", "advanc", "retreat", "increas", "decreas",
     "doubl", "tripl", "halv", "shrank", "shrink", "contract", "expand", "averag", "rang", "hover", "compar",
     "includ", "contain", "compris", "employ", "own", "hav", "consist", "involv", "represent", "cover", "seem",
     "appear", "becom", "receiv", "suffer", "die", "kill", "injur", "feel", "live", "serv", "lik", "need", "tak",
     "get", "gett", "spen", "pai", "pay", "secur", "garner", "captur", "bag", "clinch", "attract", "collect", "obtain", "scor", "poll", "draw", "drew"]
)  # fmt: skip
# "took 38% of the vote", "arrested 18 people", "deployed 2,000 troops": a count (no sum of money) right after the
# verb, with whatever it counts, is what the subject did or got; "has 40 branches" is what it holds.
COUNT_AFTER_VERB = re.compile(
    r"(?:\s+(?:about|some|over|more\s+than|nearly|almost|at\s+least|up\s+to|only|just|another|a\s+further"
    r"|a\s+total\s+of|an\s+estimated|around|roughly|the))*\s+(?:\d[\d,.]*(?:\s+(?:million|billion|lakh|crore))?"
    r"|hundreds|thousands|dozens|[a-z]+teen|twenty|thirty|forty|fifty|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s*(?:%|per\s?cent\b|percent\b)|\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-zA-Z-]+)\b)"
)


def default_act(sentence: str, start: int, end: int) -> list[SpeakerCue]:
    """The subject at `start`-`end` as the low-confidence source of the figures after its finite verb, or []."""
    name = sentence[start:end]
    if QUOTE_MARKS.search(sentence):
        return []  # a quotation, or a sentence of one that runs on: its speaker is the quotation's
    if COUNT_WORD.search(name) or not (
        names_someone(name) or names_by_one_word(sentence, start, end) or glossed_as_body(sentence, end)
    ):
        return []
    if PASSIVE_AUXILIARY.match(sentence, end):
        return []
    padding = PADDING.match(sentence, end)
    if not padding:
        return []
    between = sentence[end : padding.start("verb")]
    if DIGIT.search(between):
        return []  # a figure in an aside before the verb is no part of the act
    act = _act(sentence, padding, between)
    link = DraftLink(name, "reported", start, end)
    if act:
        return [SpeakerCue((link,), start, padding.end("verb"), True, acted=True)]
    if act is None:
        return []
    second = SECOND_VERB.search(sentence, padding.end("verb"))
    if not second or DIGIT.search(sentence, second.start(), second.end("verb")):
        return []
    if not (second.group("auxiliary") or second.group("verb").endswith("ed")):
        return []
    if second.group("auxiliary") and PASSIVE_AUXILIARY.match(sentence, second.start("auxiliary")):
        return []  # "… and was allocated P450 million": what the subject got
    # "has distributed 830,000 food packs … and is preparing P450 million in aid": the deed stays the outlet's
    # report, the figure the subject's second verb gives is its own; the clause never reaches back.
    if not _act(sentence, second, sentence[second.start() : second.start("verb")]):
        return []
    return [SpeakerCue((link,), second.start(), second.end("verb"), True, opens_clause=True, acted=True)]


# "… and is preparing", "… and has allocated", "… and earmarked": a second verb of the same subject, with an
# auxiliary or in "-ed" ("and blankets to 40 families" is a second object, not a verb).
SECOND_VERB = re.compile(
    r"\s+and(?:\s+(?:also|then|later|now))?(?P<auxiliary>\s+(?:has|have|had|is|are|was|were|will|would)"
    r"(?:\s+(?:also|now|since))?)?\s+(?P<verb>[a-z]+)\b"
)


def _act(sentence: str, padding: re.Match, between: str) -> bool | None:
    """Whether the verb `padding` found gives the figures after it: True; False for a deed counted right after it
    (the subject may act again after "and"); None for no act at all."""
    verb, object_at = padding.group("verb"), padding.end("verb")
    if not DIGIT.search(sentence, object_at):
        return None  # no figure after the verb
    finite = verb.endswith(("ed", "s")) or verb in IRREGULAR_VERBS or AUXILIARY_BEFORE.search(between)
    if not (finite or (verb.endswith("ing") and PROGRESSIVE.search(between))):
        return None  # "The Italian coast guard": a noun, no verb
    if not between.strip() and verb.endswith("s") and NOUN_THEN_VERB.match(sentence, object_at):
        return None  # "House prices recorded …": the word read as the verb is the subject's noun
    if verb in NOT_ACTS or stem_of(verb) in NOT_ACT_STEMS:
        return None
    if verb in ("took", "made") and FIGURE_RIGHT_AFTER.match(sentence, object_at):
        return None  # "took 38% of the vote", "made $2 million in income": a share won, a person's pay
    if (verb == "gave" or stem_of(verb) in GIVING_STEMS) and not SENTENCE_GIVEN.match(sentence, object_at):
        return None  # "gave the charity $5,000": a gift made ("gave them sentences totalling …" is a ruling)
    first_figure = DIGIT.search(sentence, object_at).start()
    if TRAILING_PARTICIPLE.search(sentence, object_at, first_figure):
        return None  # "met lenders, raising rates across the market by 25 basis points": the participle's
    if THINGS_COUNTED.match(sentence, first_figure) and not AMOUNT_BEFORE.search(sentence, 0, first_figure):
        return False  # "placed an order for 40 jets", "accused of beating 3 protesters": a count of things is a deed
    deed = COUNT_AFTER_VERB.match(sentence, object_at)
    if deed and deed.group("noun") and deed.group("noun").lower() not in AMOUNT_NOUNS:
        return False  # "rescued 120 migrants", "arrested 18 people": a deed, the outlet's report
    return True
