"""
Modifiers between a figure and its noun that the word-by-word reading of `units` stops at.

`units.read_counted_noun` reads words up to a plural head and stops at punctuation and at "and",
so "80 new and old cases", "514 confirmed, suspected and asymptomatic cases" and "900 U.S.
troops" counted nothing. Read only where that reading found no noun: a dotted abbreviation
("U.S.", "U.K.") or a run of lowercase modifiers joined by commas and "and"/"or" is passed over
when its last conjunct is a modifier and a plural noun. That last condition keeps a verb and a
new clause apart: "12 died and villagers fled" counts no villagers.
"""

import re

__all__ = ["modifier_run_end"]

ABBREVIATION = re.compile(r"\s+(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)(?=\s+[a-z])")
_WORD = r"[a-z][a-z-]*"
_GROUP = rf"{_WORD}(?:\s+{_WORD})?"  # "clinically diagnosed"
RUN = re.compile(rf"\s+(?P<first>{_GROUP})(?P<more>(?:,\s+{_GROUP})*),?\s+(?:and|or)(?=\s+{_WORD}\s+[a-z])")


def modifier_run_end(text: str, pos: int, is_function_word, looks_plural) -> int | None:
    """Where the noun phrase resumes after a modifier run starting at `pos`, or None.

    `is_function_word` and `looks_plural` are the caller's word tests (a run holds neither).
    """
    abbreviation = ABBREVIATION.match(text, pos)
    if abbreviation:
        return abbreviation.end()
    run = RUN.match(text, pos)
    if not run:
        return None
    words = re.findall(_WORD, run.group("first") + run.group("more"))
    if any(is_function_word(word) or looks_plural(word) for word in words):
        return None
    following = re.match(rf"\s+(?P<modifier>{_WORD})\s+(?P<head>{_WORD})", text[run.end() :])
    if not following or is_function_word(following.group("modifier")) or looks_plural(following.group("modifier")):
        return None  # "new and old cases": the last conjunct is a modifier and its noun
    if not looks_plural(following.group("head")):
        return None
    return run.end()
