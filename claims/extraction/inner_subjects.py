"""
Whether a speech's that-clause opens with a source it relays, or only with what the speaker talks about.

"Reuters said a local paper reported …" relays the paper, but "He said the cumulative flu cases reported
until now is 4,120", "She said all the registered candidates wrote the exams, while 239 …", "The general
said troops counted 12 bodies" and "Officials said fires had claimed 1,588 homes" do not: the clause's
subject is a thing counted, a fragment or a common noun, no one who gives figures. Such an inner "speaker"
is dropped and the outer one speaks the clause (the outlet's fallback would be worse than a wrong name, and
the outer speaker is the one who said it). A pronoun, a person, a body, a document or a source plural
("doctors", "witnesses") still relays; an estimate with no owner ("initial estimates put the crowd at …")
is the speaker's own.
"""

import re

from .acting_subjects import names_someone
from .speakers import is_reference

__all__ = ["relays_no_source"]

# "they", "it": a pronoun inside the clause points back to a source; `memory` resolves it.
PRONOUN = re.compile(r"^(?:he|she|it|they|we|i)$", re.IGNORECASE)
# "a report", "data from the bureau", "the survey": a document speaks for whoever published it.
DOCUMENT_HEAD = re.compile(
    r"\b(?:reports?|data|stud(?:y|ies)|surveys?|polls?|figures|statistics|records|census|estimates?|findings|analys[ie]s"
    r"|assessments?|statements?|bulletins?|releases?|filings?|documents?|papers?|reviews?|audits?|projections?|forecasts?"
    r"|sources?)\b",
    re.IGNORECASE,
)


# "Police said initial estimates put the crowd at 90,000": an estimate or a count with no owner, only described
# by when or how it was made, is the speaker's own, not a source it relays.
UNOWNED_ESTIMATE = re.compile(
    r"(?:the\s+)?(?:(?:initial|early|earlier|preliminary|first|rough|provisional|latest|current|revised|final|new"
    r"|unofficial)\s+){0,2}(?:estimates?|counts?|tall(?:y|ies)|projections?|forecasts?)",
    re.IGNORECASE,
)


def relays_no_source(name: str) -> bool:
    """Whether the subject `name` of a that-clause names no source ("the cumulative flu cases", "troops",
    "fires", "they received"): not a pronoun, document, capitalised name, person or body."""
    stripped = name.strip()
    if UNOWNED_ESTIMATE.fullmatch(stripped):
        return True  # "initial estimates put the crowd at 90,000": the speaker's own estimate
    if any(character.isdigit() for character in stripped):
        return True  # "the army attacked the campus 5 times": a clause, with what it counts
    if PRONOUN.match(stripped) or is_reference(stripped) or DOCUMENT_HEAD.search(stripped):
        return False
    if any(word[:1].isupper() for word in stripped.split()):
        return False  # "Mada", "the TTC board": a capitalised word may be a body's name
    return not names_someone(stripped)
