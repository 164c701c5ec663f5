"""
A subject's verb that takes a clause with "that": the subject reports what the clause says.

"Adesina observed that …", "The prosecution informed the court that …", "The agency is confident that …":
whatever the verb, a subject followed by a "that" clause (past the verb's listener, or a stance held on it)
speaks that clause's figures, even when the verb is no verb of speech and the subject one word. "The good
news was that …" names no one: a word of judgement before a copula says what the case is.

Split out of `acting`, which reads this frame first for the subject it found (`acting._acting_clauses`):
one concept, a reported clause, apart from the subject's own act.
"""

import re

from .acting_verbs import PADDING, stem_of
from .openers import IRREGULAR_VERBS
from .spans import DraftLink, SpeakerCue

__all__ = ["reporting_frame"]

# "Adesina observed that …", "Camp Mystic confirmed on Monday that …": a verb that takes a clause with
# "that" reports what the clause says, whatever the verb; it names its speaker even in one word.
# "added in a statement that", "noted in a social media post on Monday that": where it was said may come between.
# "Holmes expressed the belief that …", "voiced concern that …": the stance named, then its clause.
THAT_CLAUSE = re.compile(
    r"(?:\s+(?:the|his|her|its|their)\s+(?:belief|view|opinion|hope|confidence|concern|fear)"
    r"|\s+(?:hope|confidence|concern|fear|optimism)s?)?"
    r"(?:\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|report|letter|notice|tweet|release"
    r"|interview|briefing))?(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+that\s"
)
NOT_REPORTING_BEFORE_THAT = frozenset(
    ["so", "such", "now", "given", "except", "provided", "ensured", "ensure", "ensures"]
)


def reporting_frame(sentence: str, start: int, end: int, verb_at: int | None = None) -> SpeakerCue | None:
    """ "Adesina observed that …", "The prosecution informed the court that …": the subject of any verb followed
    by a "that" clause (past the verb's listener, if it names one), as a speaker."""
    padding = PADDING.match(sentence, end if verb_at is None else verb_at)
    if not padding or padding.group("verb") in NOT_REPORTING_BEFORE_THAT:
        return None
    verb = padding.group("verb")
    stance = STANCE_THAT.match(sentence, padding.end("verb")) if verb in STANCE_VERBS else None
    if stance:
        # "The agency is confident that …", "The board remains hopeful that …": a stance held on a clause reports it
        link = DraftLink(sentence[start:end], "said", start, end)
        return SpeakerCue((link,), start, stance.end(), True)
    if verb in STANCE_VERBS and sentence[start:end].split()[-1].lower() in JUDGED_HEADS:
        return None  # "The good news was that …", "The risk is that …": what the case is, no one's report
    if not (verb.endswith(("ed", "s")) or verb in IRREGULAR_VERBS):
        return None
    if not THAT_CLAUSE.match(sentence, padding.end("verb")):
        listener = LISTENER_THEN_THAT.match(sentence, padding.end("verb"))
        if not (listener and stem_of(verb) in TELLING_STEMS):
            return None
    link = DraftLink(sentence[start:end], "said", start, end)
    return SpeakerCue((link,), start, padding.end("verb"), True)


# "The good news was that …", "The worry is that …", "The truth is that …": a copula after a word of judgement
# says what the case is; the phrase names no one ("Reports are that …", "The estimate is that …" do).
JUDGED_HEADS = frozenset(
    ["news", "problem", "truth", "fact", "reality", "point", "issue", "risk", "danger", "concern", "worry", "fear",
     "hope", "irony", "trouble", "reason", "thing", "catch", "upshot", "question", "answer", "shock", "surprise",
     "worse", "better", "interest", "idea", "line", "lesson", "message", "difference", "challenge"]
)  # fmt: skip
STANCE_VERBS = frozenset(["is", "are", "was", "were", "remains", "remain", "remained", "appears", "seems"])
STANCE_THAT = re.compile(
    r"(?:\s+(?:also|still|now|very|quite|fairly|fully|increasingly|not))*\s+(?:confident|optimistic|hopeful|sure"
    r"|certain|convinced|positive|adamant|pessimistic|doubtful|sceptical|skeptical|worried|concerned|upbeat)\s+that\s"
)


# "informed the court that", "assured lawmakers that", "told reporters on Monday that": a listener, then "that".
LISTENER_THEN_THAT = re.compile(
    r"\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+that\s"
)
TELLING_STEMS = frozenset(
    ["inform", "told", "tell", "assur", "warn", "remind", "brief", "notifi", "advis", "convinc", "tol", "show"]
)
