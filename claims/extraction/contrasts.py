"""
A contrasting clause with a speaker of its own: "imports were $23.16 billion, whereas the
Commerce Ministry claims the figure of $23.18 billion", "the coast guard said, while European
charities reported saving at least 500 more", "Although Chinese authorities described it as a
6.6-magnitude quake, the USGS recorded it at magnitude 5.9".

News sets two sources' figures side by side with "while", "whereas" or "although", and the
second source often fixes its figure by a verb no speech rule reads ("claims the figure of",
"put the figure at", "recorded it at", "reported saving"). Each contrasted subject that names
someone, with such a verb, opens a clause that sources the figures after it; it never reaches
back to the figures of the clause before the conjunction (`SpeakerCue.opens_clause`). The main
clause after an opening "Although …," is read the same way.

"but X disputed that, saying …", "but X dispute this, putting the number at …", "but X updated that number
to …": a second body takes issue with the first one's figure and gives its own in the same sentence.
"""

import re

from .acting_subjects import names_someone
from .plurals import singularise
from .spans import DraftLink, SpeakerCue
from .speakers import BODY_NOUNS

__all__ = ["contrast_clauses"]

# "whereas the police gave out a figure of 8,000": "out" closes no verb when a figure noun follows it.
_VERBS = (
    r"(?:gave|gives|put|puts)\s+out(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:figure|estimate|number|count|toll|tally)s?\b)"
    r"|claims|claimed|puts?|reported|reports|estimated|estimates|recorded|records|counted|counts|described|describes"
    r"|gave|gives|pegged|pegs|projected|projects|forecast|forecasts|expected|expects|tallied|registered"
    # "while the ministry speaks of 368,000 people": French and Italian copy gives a count as what a body "speaks of".
    r"|(?:speaks|spoke|talks|talked)\s+of"
)
_SUBJECT = r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.&'’/-]*\s+){0,5}?[A-Za-z][\w.&'’/-]*(?:\s+\([A-Z]{2,8}\))?"
_AUXILIARIES = r"(?:(?:had|has|have|also|later|then|only|however|first|initially)\s+)*"
CONTRAST = re.compile(
    rf"""(?:(?<=[,;])\s*|\s+|^)(?:while|whilst|whereas|although|though|While|Whilst|Whereas|Although|Though)\s+
        (?P<who>{_SUBJECT})\s+{_AUXILIARIES}(?P<verb>{_VERBS})\b(?!\s+(?:on|in|up|off|out|away|down|no|not|nothing)\b)""",
    re.VERBOSE,
)
# "Although …, the USGS recorded it at magnitude 5.9": the main clause after the concession.
CONCEDED_MAIN = re.compile(
    rf"""^(?:Although|Though|While|Whereas)\s[^,]{{5,160}},\s+
        (?P<who>{_SUBJECT})\s+{_AUXILIARIES}(?P<verb>{_VERBS})\b(?!\s+(?:on|in|up|off|out|away|down|no|not|nothing)\b)""",
    re.VERBOSE,
)
# "…, but ministers dispute this, putting the number closer to 1.2 million", "but Queensland Police disputed
# that, saying only 10,000 were there", "but local officials updated that number to 150": a second body takes
# issue with the first one's figure and gives its own; what follows is the second body's.
DISPUTED = re.compile(
    rf"""(?:,\s*|\s+)but\s+(?P<who>{_SUBJECT})\s+{_AUXILIARIES}
        (?P<verb>disput(?:e|es|ed)|contest(?:s|ed)?|challeng(?:e|es|ed)|reject(?:s|ed)?|question(?:s|ed)?
        |updat(?:e|es|ed)|revis(?:e|es|ed)|correct(?:s|ed)?)\s+
        (?:(?:this|that|these|those|it)\b(?!\s+(?:was|is|were|are|had|has)\b)
          |(?:the|that|this|their|its)\s+(?:[a-z]+\s+)?(?:figure|number|count|toll|estimate|tally|total|claim)s?\b)
        (?:\s+(?:to|at)\b|,?\s+(?:saying|putting|estimating|claiming)\b)?""",
    re.VERBOSE,
)
_NOT_SUBJECT_WORDS = frozenset(["it", "this", "that", "there", "which", "who", "what", "they", "he", "she", "we", "i"])


def contrast_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """The speakers of contrasting clauses in `sentence` not already read by another rule."""
    if not any(word in sentence for word in ("while", "hile", "hereas", "hough", "but ")):
        return []
    found = []
    for pattern in (CONTRAST, CONCEDED_MAIN, DISPUTED):
        for match in pattern.finditer(sentence):
            start, end = match.span("who")
            who = match.group("who")
            if who.split()[0].lower() in _NOT_SUBJECT_WORDS or any(s < end and start < e for s, e in taken):
                continue
            words = who.split()
            if not (
                names_someone(who)
                or any(word[:1].isupper() for word in words[1:])
                or singularise(words[-1].lower()) in BODY_NOUNS  # "European charities"
            ):
                continue  # "while prices expected …" names nobody; "a method employed by the Post" does
            if any(character.isdigit() for character in who):
                continue  # "while 40 countries reported cases": what is counted
            link = DraftLink(who, "estimated", start, end)
            close = match.end() if pattern is DISPUTED else match.end("verb")
            found.append(SpeakerCue((link,), start, close, True, opens_clause=True))
    return found
