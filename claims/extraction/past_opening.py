"""
The sentence's clauses read again past its opening phrase, when nothing was found with it.

"Earlier this week, the DOH recorded 456 deaths", "However, Hassan Benajah declared that …", "Last week,
the central bank held its main rate at 3.75 percent": each subject rule reads its subject from the
start of the sentence or after the opening phrases it knows by name, so an opening phrase another rule
knows (`subject_padding.opening_end`) hid the subject from the rule that gives the figure, and it fell
to the outlet. Counted over the first runs of unseen37-63, this hid a subject that the rest of the
sentence names plainly in 13 of 27 sets. Here the clauses are found in the sentence as it reads past
the opening (its first word capitalised, as a sentence's is) and moved back to their place in it.

It is a last resort of `acting.acting_clauses`, which `attribution.find_attributions` calls when no
clause of speech was found: the clauses found past the opening are only those that reach beyond one
figure (a passive agent's local clause is found on the whole sentence already).
"""

from collections.abc import Callable
from dataclasses import replace

from .past_relative import SUBJECT_THEN_ASIDE
from .spans import DraftLink, SpeakerCue
from .subject_padding import opening_end

__all__ = ["clauses_past_opening"]


def _moved(link: DraftLink, sentence: str, offset: int) -> DraftLink:
    start, end = link.start + offset, link.end + offset
    if link.start == 0 and link.name == sentence[start:end][:1].upper() + sentence[start + 1 : end]:
        return replace(link, name=sentence[start:end], start=start, end=end)  # "the DOH", as the sentence has it
    return replace(link, start=start, end=end)


def clauses_past_opening(sentence: str, find: Callable[[str], list[SpeakerCue]]) -> list[SpeakerCue]:
    """The clauses `find` reads in `sentence` past its opening phrase, at their place in `sentence`."""
    offset = opening_end(sentence)
    rest = sentence[offset:]
    capitalised = rest[:1].upper() + rest[1:]
    if not offset or not rest or opening_end(capitalised) or SUBJECT_THEN_ASIDE.match(capitalised):
        # no opening, or one more after it, or an aside after the subject (`past_relative`): read once only, as
        # each reading scans the sentence again
        return []
    found = []
    for clause in find(capitalised):
        if clause.local:
            continue
        links = tuple(_moved(link, sentence, offset) for link in clause.links)
        found.append(replace(clause, links=links, start=clause.start + offset, end=clause.end + offset))
    return found
