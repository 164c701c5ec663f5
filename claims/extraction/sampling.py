"""
A study's sample drawn by its owner: "YouGov questioned 1,641 adults", "the researchers questioned 20,000
healthy men and women", "The project followed 10,276 people for 27 years".

The corpus conventions (`tests/claims/extraction/realnews/README.md`) make a study's design and sample
the study's or the researchers' own figure. `acting` knows the verbs that only design a study ("surveyed",
"polled", "interviewed"); these verbs are also deeds ("Police questioned 12 suspects", "Officers followed
the car"), so they design a study only when what follows is a sample of people and the subject is no force
that questions or follows suspects. A study itself ("The project", "The trial") may draw the sample.

Researchers act on their sample with many more verbs ("researchers evaluated 639 people", "X and colleagues
recruited 249 visitors", "The researchers gave questionnaires to 4,900 men"): when the subject names researchers
(no force, no company), any verb of a study's method that takes a count (`RESEARCH_STEMS`) designs the study.
"""

import re

from .subject_padding import opening_end

__all__ = ["SAMPLING_STEMS", "draws_sample", "names_study", "study_subject", "research_stem"]

# "Mori interviewed 1,002 adults", "Gallup surveyed 1,204 voters": the verbs of a poll draw its sample too.
SAMPLING_STEMS = frozenset(["question", "follow", "recruit", "enrol", "enroll", "sampl", "interview", "survey", "poll"])
SAMPLE = re.compile(
    r"\s+(?:(?:about|some|over|more\s+than|nearly|almost|around|roughly|a\s+total\s+of|an\s+estimated)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w'’-]+\s+){0,3}?(?:adults|people|respondents|participants|voters"
    r"|patients|households|women|men|children|students|workers|volunteers|subjects|persons|individuals|employees"
    r"|teenagers|residents|citizens|consumers)\b"
)
# Those who question or follow suspects, not samples.
FORCES = frozenset(
    ["police", "officers", "officer", "authorities", "investigators", "detectives", "troops", "soldiers", "agents",
     "army", "military", "guards", "prosecutors", "customs", "immigration", "security"]
)  # fmt: skip
STUDY_NAME = (
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?(?:study|project|survey|poll|trial|research"
    r"|analysis|team)"
)
STUDY = re.compile(STUDY_NAME)
STUDY_OPENING = re.compile(STUDY_NAME + r"(?=\s+[a-z])")


# "researchers evaluated 639 people", "the scientists screened 1,200 volunteers": a study's method, by researchers.
RESEARCH_STEMS = frozenset(
    ["evaluat", "assess", "test", "screen", "recruit", "enrol", "enroll", "studi", "stud", "exam", "investigat",
     "analys", "analyz", "follow", "question", "survey", "measur", "observ", "monitor", "track", "sampl", "interview",
     "select", "compar", "review", "randomi", "randomis", "randomiz", "assign", "enlist"]
)  # fmt: skip
RESEARCHERS = re.compile(
    r"(?:(?:the|The|These|these|Our|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?i:researchers|scientists|authors|epidemiologists)"
    r"|.*\band\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|co-?workers|research\s+team|fellow\s+researchers)"
    r"(?:\s+(?:at|from)\s+.+|\s+[A-Z].+)?"  # "… and colleagues at the Mayo clinic", "… and his colleagues Asha Ray"
)
# "gave questionnaires to 490,000 men", "sent surveys to 3,000 households": the study's sample is the receiver.
GIVING_STEMS = frozenset(["gav", "giv", "given", "sent", "send", "mail", "distribut", "administer", "hand"])
QUESTIONNAIRE_TO = re.compile(
    r"\s+(?:(?:a|an|the|their|detailed|online|lengthy)\s+)*(?:questionnaires?|surveys?|tests?)\s+to(?=\s+(?:about|some|over|more|nearly|almost|around|roughly|a\s+total|\d))"
)
# A count right after the verb, past a hedge ("evaluated the diets of 380,000 people" is no count of the sample).
COUNT_AFTER = re.compile(
    r"(?:\s+(?:about|some|over|more\s+than|nearly|almost|around|roughly|a\s+total\s+of|an\s+estimated|data\s+(?:on|from)|records\s+of))*\s+\d"
)


def research_stem(sentence: str, name: str, stem: str, object_at: int) -> str | None:
    """ "survey" when researchers named by `name` act on a counted sample with a verb of `stem` (object at
    `object_at`): a study's design, which the corpus conventions make the researchers' own figure; else None."""
    if not RESEARCHERS.fullmatch(name):
        return None
    if stem in GIVING_STEMS:
        given = QUESTIONNAIRE_TO.match(sentence, object_at)
        return "survey" if given else None
    if stem in RESEARCH_STEMS and COUNT_AFTER.match(sentence, object_at):
        return "survey"
    return None


def draws_sample(sentence: str, name: str, stem: str, object_at: int) -> bool:
    """Whether the subject `name`, with a verb of `stem` ending at `object_at`, draws a study's sample."""
    if stem not in SAMPLING_STEMS or not SAMPLE.match(sentence, object_at):
        return False
    return not {word.strip(".,'’").lower() for word in name.split()} & FORCES


def names_study(name: str) -> bool:
    """Whether a subject is a study ("The project", "the Nurses' Health study"), which may draw a sample."""
    return bool(STUDY.fullmatch(name))


def study_subject(sentence: str) -> tuple[int, int] | None:
    """The span of a study that opens `sentence` (past a dateline or an opening phrase), or None."""
    found = STUDY_OPENING.match(sentence, opening_end(sentence))
    return found.span() if found else None
