"""
A named speaker's figures stay theirs when they lean on an unnamed document: "Frontex said there were 86,420
crossings, according to its initial calculations", "the minister said, citing preliminary reports, that 23
people died", "One survivor said there were around 150 passengers, according to media reports".

Split out of `attribution`, which gathers a sentence's clauses. "according to X" and "citing X" make X the
origin when X names who gave the figure (a body, a named survey, "Commerce Department data"). A vague,
unowned document written in lower case ("preliminary reports", "official tallies", "its initial
calculations", "our current understanding") names no one an editor could ask: when someone in the same
sentence says the figure, the reader takes it from them, and the document only says what they went by. Alone
in its sentence, the document is still the cue ("According to data, …": the corpus conventions).
"""

import re
from dataclasses import replace

from .spans import SpeakerCue

__all__ = ["without_vague_sources"]

# Lower-case words only (no owner's name), ending in a noun for unnamed paperwork; a singular report, survey
# or study is one document the article means, and stays a source. Anonymous sources ("citing five sources") are
# people, kept in the chain as the corpus conventions want.
VAGUE_SOURCE = re.compile(
    r"(?:[a-z][a-z'’-]*\s+){0,4}?(?:reports|tallies|calculations|figures|data|estimates|accounts|records"
    r"|counts|statistics|understanding|information)"
)
# The clause must be the phrase itself: "official statistics showed …" makes the document the subject of a
# sentence of its own inside the speech, and the document then says it.
ACCORDING = re.compile(r"(?i:according\s+to|as\s+per)\s")
SPEAKING_VERBS = frozenset(["said", "told", "reported", "estimated"])


def _vague(name: str) -> bool:
    return bool(VAGUE_SOURCE.fullmatch(name))


def without_vague_sources(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """The clauses with each vague document dropped where a named speaker of the sentence gives its figures."""
    speakers = [
        link
        for clause in clauses
        if not clause.local
        for link in clause.links
        if link.verb in SPEAKING_VERBS and not _vague(link.name)
    ]
    if not speakers:
        return clauses
    kept = []
    for clause in clauses:
        last = clause.links[-1]
        if last.verb == "citing" and len(clause.links) > 1 and clause.links[-2].verb in SPEAKING_VERBS:
            if _vague(last.name):
                clause = replace(clause, links=clause.links[:-1])  # "X said, citing preliminary reports"
        elif (
            len(clause.links) == 1
            and last.verb == "according_to"
            and _vague(last.name)
            and ACCORDING.match(sentence, clause.start)
        ):
            continue  # "X said …, according to official tallies"
        kept.append(clause)
    return kept
