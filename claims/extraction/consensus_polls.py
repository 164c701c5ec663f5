"""
A forecast sourced by the poll that gathered it: "…, above an average forecast of 5.04 billion pounds in a
Reuters Estimates poll of four analysts", "an average estimate of 19.20 billion yuan calculated from a Thomson
Reuters poll of six analysts".

Earnings copy weighs a result against the consensus, and names the poll of analysts right after the consensus
figure. The poll sources that figure only (the clause is *local*): the company that reported keeps its own
result, though it is the speaker of the sentence.
"""

import re

from .spans import DraftLink, SpeakerCue

__all__ = ["consensus_poll_clauses"]

POLL_AFTER_FIGURE = re.compile(
    r"""(?<=[\w%)])\s+(?:in|from|calculated\s+from|compiled\s+from|based\s+on)\s+
        (?P<who>(?:a|an|the)\s+(?:[A-Z][\w/&.'’-]*\s+){1,4}(?:poll|survey|estimates?)
          (?:\s+of\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+)\s+(?:[a-z]+\s+)?
            (?:analysts|economists|brokers|forecasters))?)""",
    re.VERBOSE,
)
# What the figure before the poll must be: a forecast, estimate or expectation, with its figure right before.
CONSENSUS_BEFORE = re.compile(
    r"\b(?:forecasts?|estimates?|expectations?|consensus|projections?)\s+(?:of|for|at|was|is)\s+"
    r"[^,;:()]{0,8}?\d[\d,.]*(?:\s+(?:[\w-]+)){0,3}$"
)


def consensus_poll_clauses(sentence: str) -> list[SpeakerCue]:
    """Local clauses for each consensus figure followed by the poll that gathered it."""
    if "poll" not in sentence and "survey" not in sentence and "stimate" not in sentence:
        return []
    found = []
    for match in POLL_AFTER_FIGURE.finditer(sentence):
        if not CONSENSUS_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
            continue
        start, end = match.span("who")
        link = DraftLink(sentence[start:end], "according_to", start, end, report=True)
        found.append(SpeakerCue((link,), match.start() + 1, end, False, local=True))
    return found
