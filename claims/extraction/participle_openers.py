"""
A sentence that opens with a participle phrase: "Giving details of the results, it said …".

A capitalised word ending in "-ing" at a sentence's start is a name now and then ("Boeing
said", "Vueling has cancelled"), but far more often a participle whose phrase runs to a comma
before the sentence's own subject ("Giving details of the results, it said …", "Addressing
journalists in the capital, the minister said …", "Briefing reporters, the commissioner …").
Read as the name of a body, the participle became the "it" of the same sentence and of the
sentences after it. A name is followed by its verb; a participle by its object.
"""

import re

from .openers import IRREGULAR_VERBS

__all__ = ["participle_opening"]

# "Giving details of the results of the four core subjects, it said": the participle, its object, a comma.
PARTICIPLE_PHRASE = re.compile(r"(?P<participle>[A-Z][a-z]+(?:-[a-z]+)?ing)\s+(?P<next>[a-z]+)\b[^,.;:]{0,120},\s")


def participle_opening(sentence: str, start: int = 0) -> bool:
    """Whether `sentence` opens at `start` with a participle and its object, then a comma: no name opens it."""
    match = PARTICIPLE_PHRASE.match(sentence, start)
    if match is None:
        return False
    following = match.group("next")
    return following not in IRREGULAR_VERBS and not following.endswith("ed") and following != "says"
