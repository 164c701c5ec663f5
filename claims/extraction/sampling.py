"""
A study's sample drawn by its owner: "YouGov questioned 1,641 adults", "the researchers questioned 20,000
healthy men and women", "The project followed 10,276 people for 27 years".

The corpus conventions (`tests/claims/extraction/realnews/README.md`) make a study's design and sample
the study's or the researchers' own figure. `acting` knows the verbs that only design a study ("surveyed",
"polled", "interviewed"); these verbs are also deeds ("Police questioned 12 suspects", "Officers followed
the car"), so they design a study only when what follows is a sample of people and the subject is no force
that questions or follows suspects. A study itself ("The project", "The trial") may draw the sample.
"""

import re

from .subject_padding import opening_end

__all__ = ["SAMPLING_STEMS", "draws_sample", "names_study", "study_subject"]

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
