"""
A speech verb's subject after a break in the sentence: a dashed aside, or a contrasted "while" clause.

"The last rally was held on a Saturday -- on October 2 -- police said that 899,000 marched while union
leaders said it was three million": `subjects.subject_before` reads back over the whole chunk and finds no
speaker in it; the clause that speaks starts after the dash, or after "while", and reading from there finds
"police" and "union leaders". Only a few words without a comma may stand between the break and the verb,
so a break far from the verb never names a speaker.
"""

import re

from .subjects import subject_before

__all__ = ["after_break"]

# "The last rally was on a Saturday -- on October 2 -- police said …", "police said that 899,000 marched
# while union leaders said …": a dashed aside or a contrasted clause ends, and the clause that speaks starts
# after it; a few words, no comma, between the break and the verb.
BREAK_BEFORE_SUBJECT = re.compile(r"(?:(?:\s(?:--|—|–)|—|--)\s*|\s(?:while|whilst|whereas)\s+)(?=[^,;:—–-]{2,60}$)")


# "The group — comprising two trusts and a holding — said revenue grew": a dashed aside between the
# subject and its verb; read as if it were blank, the subject stands right before the verb.
ASIDE_BEFORE_VERB = re.compile(r"\s(?:—|--|–)\s[^—–;]{3,120}?\s(?:—|--|–)\s+$")


def after_break(sentence: str, verb_start: int, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of a clause after a dashed aside ("-- on October 2 -- police said") or a "while".

    Or before an aside that ends right at the verb ("The group — comprising A and B — said").
    """
    aside = ASIDE_BEFORE_VERB.search(sentence, 0, verb_start)
    if aside:
        blanked = sentence[: aside.start()] + " " * (verb_start - aside.start()) + sentence[verb_start:]
        subject = subject_before(blanked, verb_start, taken)
        if subject:
            return subject
    found = next(reversed(list(BREAK_BEFORE_SUBJECT.finditer(sentence, 0, verb_start))), None)
    if found is None or len(sentence[found.end() : verb_start].split()) > 6:
        return None
    return subject_before(" " * found.end() + sentence[found.end() :], verb_start, taken)
