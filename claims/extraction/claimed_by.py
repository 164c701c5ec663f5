"""
A claim named with its maker: "rejected the claim by a local newspaper that the king spent 300 million",
"denied a report by the Daily Planet that 40 soldiers had deserted".

The noun ("claim", "report", "allegation") with "by X" and a "that" clause is X's word, whoever refutes
or confirms it in the main clause: X is the origin of the figures of the "that" clause. The shape is
read, not the verb of the main clause, so it holds for "dismissed", "refuted", "confirmed" alike.
"""

import re

from .spans import DraftLink, SpeakerCue, name_after

__all__ = ["claim_by_clauses"]

CLAIM_BY = re.compile(
    r"\b(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|reports?|allegations?|assertions?|suggestions?|estimates?)\s+by\s+"
)
THAT_AFTER = re.compile(r"\s*,?\s+that\s")


def claim_by_clauses(sentence: str) -> list[SpeakerCue]:
    """ "the claim by X that …": X gives what the "that" clause says."""
    if " by " not in sentence:
        return []
    found = []
    for match in CLAIM_BY.finditer(sentence):
        start, end = name_after(sentence, match.end())
        that = THAT_AFTER.match(sentence, end)
        name = sentence[start:end]
        if not (that and name) or re.search(r"\d", name):
            continue
        link = DraftLink(name, "said", start, end)
        found.append(SpeakerCue((link,), start, that.end(), True))
    return found
