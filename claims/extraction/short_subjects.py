"""
Subjects of one word that `acting` lets act: a company ("Microsoft earned …"), a pollster ("YouGov questioned
1,641 adults"), a judge's surname ("Harlow sentenced …"), a country or a minister's surname ("Ruritania has
targeted …", "Doe set aside …"), and "It" that posts results or proposes,
forecasts or declares a figure. One capitalised word names no one on its own
(`acting_subjects.names_someone`), so each is let through only by a verb that only such a speaker uses.
Split out of `acting`.
"""

import re

from .acting_verbs import (
    DIVIDEND_OBJECT,
    FEE_OBJECT,
    GROWING_STEMS,
    OWN_RESULT,
    PADDING,
    PAYING_STEMS,
    RESULT_OBJECT,
    REVISING_STEMS,
    TARGET_OBJECT,
    stem_of,
)
from .judging import judging_stem
from .sampling import draws_sample
from .subject_padding import RESULT_HELD

__all__ = ["one_word_acts"]


def one_word_acts(sentence: str, name: str, end: int) -> bool:
    """Whether a one-word subject ending at `end` acts by the verb that follows it."""
    return (
        _one_name_sampling(sentence, name, end)
        or _one_name_with_results(sentence, name, end)
        or _one_name_judging(sentence, name, end)
        or _one_name_deciding(sentence, name, end)
        or _it_with_results(sentence, name, end)
        or _it_deciding(sentence, name, end)
        or _one_name_committing(sentence, name, end)
    )


# "Microsoft earned 49 cents per share", "Tesco had revenue of …": what only a company posts names one.
RESULT_STEMS = frozenset(["earn", "post", "log", "book"])
ONE_NAME = re.compile(r"[A-Z][a-z]*[A-Z]?[\w&'’-]*")


def _one_name_with_results(sentence: str, name: str, end: int) -> bool:
    """Whether a name of one capitalised word opens a sentence of company results ("Microsoft earned …")."""
    if not ONE_NAME.fullmatch(name) or (name.endswith("s") and not any(c.isupper() for c in name[1:])):
        return False  # "Investors earned 8 percent": a plural noun opening the sentence names no company
    if RESULT_HELD.match(sentence, end):
        return True
    padding = PADDING.match(sentence, end)
    if padding and OWN_RESULT.match(sentence, padding.end("verb")):
        return True  # "Acmecorp declared a dividend of", "Acmecorp made $2 billion in profit": whatever the verb
    return bool(padding) and (stem_of(padding.group("verb")) in RESULT_STEMS or _revises_own_result(sentence, padding))


# "Acmecorp cut its final dividend by 9.5 per cent", "it hiked its dividend from 14p to 17p": a company that
# changes its own dividend, profit or sales posts them; "its" says the result is the subject's own.
OWN_RESULT_CHANGED = re.compile(r"\s+(?:its|their)\s")


def _revises_own_result(sentence: str, padding: re.Match) -> bool:
    stem, object_at = stem_of(padding.group("verb")), padding.end("verb")
    return (
        stem in REVISING_STEMS | GROWING_STEMS
        and bool(OWN_RESULT_CHANGED.match(sentence, object_at))
        and bool(RESULT_OBJECT.match(sentence, object_at))
    )


def _it_with_results(sentence: str, name: str, end: int) -> bool:
    """Whether "It" opens a sentence of company results ("It had posted profit of …", "it has paid an interim
    dividend of …"): only a company posts results, so the pronoun stands for the one named before."""
    if name not in ("It", "it"):
        return False
    padding = PADDING.match(sentence, end)
    if RESULT_HELD.match(sentence, end) or not padding:
        return bool(RESULT_HELD.match(sentence, end))
    stem, object_at = stem_of(padding.group("verb")), padding.end("verb")
    return (
        (
            stem in RESULT_STEMS
            and bool(RESULT_OBJECT.match(sentence, object_at) or AFTER_RESULT.match(sentence, object_at))
        )
        or (stem in PAYING_STEMS and bool(DIVIDEND_OBJECT.match(sentence, object_at)))
        or _revises_own_result(sentence, padding)
    )


# "posted profit of", "posted a net loss of": a result named right after the verb.
AFTER_RESULT = re.compile(
    r"(?:\s+(?:a|an|its))?(?:\s+[\w-]+){0,2}?\s+(?:profit|loss|earnings|revenue|sales|income|turnover)s?\s+(?:of|at)\b"
)


def _one_name_sampling(sentence: str, name: str, end: int) -> bool:
    """Whether a name of one capitalised word (a pollster) opens a sentence that draws a sample ("YouGov
    questioned 1,641 adults")."""
    padding = PADDING.match(sentence, end)
    return bool(ONE_NAME.fullmatch(name) and padding) and draws_sample(
        sentence, name, stem_of(padding.group("verb")), padding.end("verb")
    )


# "Harlow also sentenced Pike to two years …": only a judge or a court sentences, so a surname alone names one.
JUDGING_STEMS = frozenset(["sentenc", "fin", "jail"])


def _one_name_judging(sentence: str, name: str, end: int) -> bool:
    """Whether a name of one capitalised word (a judge's surname, told before) opens a sentence of sentencing."""
    if not ONE_NAME.fullmatch(name) or not name[1:].islower():
        return False
    padding = PADDING.match(sentence, end)
    if not padding:
        return False
    verb = padding.group("verb")
    # "Roe also ordered him to serve 36 months": a term ordered served is a sentence too
    return stem_of(verb) in JUDGING_STEMS or bool(judging_stem(sentence, verb, padding.end("verb")))


# "Ruritania has targeted a 40 per cent cut", "Doe set aside $2 billion", "Ruritania raised fuel prices to …": a
# country, or a person named by the surname alone, decides a budget, a target or a price; whoever does so is a
# government or its minister, so one capitalised word names them. The verb takes its object directly ("Funding
# allocated to schools rose" is a participle, and "Funding" no body).
DECIDING_STEMS = frozenset(["allocat", "earmark", "budget", "propos", "suggest", "target"])
SET_ASIDE = re.compile(r"\s+aside\b")
DIRECT_OBJECT = re.compile(r"\s+(?!(?:to|for|by|in|at|on|under|with|from|as|into|over|that)\b)[\w$€£¥₦]")


def _one_name_deciding(sentence: str, name: str, end: int) -> bool:
    """Whether a name of one capitalised word (a country, a minister's surname) opens a sentence of a decision."""
    if not ONE_NAME.fullmatch(name) or not name[1:].islower():
        return False
    padding = PADDING.match(sentence, end)
    if not padding or not DIRECT_OBJECT.match(sentence, padding.end("verb")):
        return False
    stem, object_at = stem_of(padding.group("verb")), padding.end("verb")
    return (
        stem in DECIDING_STEMS
        # "Ruritania has set an ambitious target of 175GW": a target set is a target decided
        or (stem == "set" and bool(SET_ASIDE.match(sentence, object_at) or TARGET_OBJECT.match(sentence, object_at)))
        or (stem in REVISING_STEMS and bool(TARGET_OBJECT.match(sentence, object_at)))
    )


# "Villa will pay an initial fee of €20m", "Albion have agreed a deal worth £30m": only a club, a company or a
# government commits to a fee or a deal, so one capitalised word (told in full before) names it.
COMMITTING_STEMS = frozenset(["pay", "pai", "agre", "offer", "bid"])
WILL_BEFORE = re.compile(r"\b(?:will|would|to)\s*$")


def _one_name_committing(sentence: str, name: str, end: int) -> bool:
    """Whether a name of one capitalised word opens a sentence of a fee, a deal or a sum it will pay."""
    if not ONE_NAME.fullmatch(name) or not name[1:].islower() or name.endswith("s"):
        return False  # "Farmers will pay 10 percent more": a plural noun names the payers, not one body
    padding = PADDING.match(sentence, end)
    if not padding or stem_of(padding.group("verb")) not in COMMITTING_STEMS:
        return False
    if stem_of(padding.group("verb")) in ("pay", "pai"):
        # "Villa will pay …"; "Villa paid a fee of £40m" is a deed
        return bool(WILL_BEFORE.search(sentence, end, padding.start("verb")))
    return bool(FEE_OBJECT.match(sentence, padding.end("verb")))


# "It has also proposed to cut the tariff to Rs 4.10", "It forecast a C$83 billion deficit", "It also declared an
# interim dividend of 29 sen": "it" that proposes, forecasts or declares a figure stands for the body named before
# (a dummy "it" is passive or copular: "It is expected that …", "It was estimated at …").
IT_DECIDING_STEMS = DECIDING_STEMS | frozenset(["forecast", "project", "declar", "approv", "sanction", "pledg"])


def _it_deciding(sentence: str, name: str, end: int) -> bool:
    """Whether "it" opens a sentence of a figure it proposed, forecast, declared or allocated."""
    if name not in ("It", "it"):
        return False
    padding = PADDING.match(sentence, end)
    return bool(padding) and stem_of(padding.group("verb")) in IT_DECIDING_STEMS
