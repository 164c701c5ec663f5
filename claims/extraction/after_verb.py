"""
Words right after a verb of speech that tell what kind of verb it is.

Split out of `speech` (which finds the verb and its speaker) to keep it under the size guide: an object
("as the ministry expects gross debt at …"), an audience ("told Reuters"), a gerund ("reported losing …")
or a means ("said by telephone") after the verb each change how `speech` reads the clause.
"""

import re

__all__ = ["OBJECT_AFTER", "AUDIENCE_AFTER_TOLD", "GERUND_AFTER", "BY_MEANS"]

# "as the ministry expects gross debt at …": a word that may open the verb's object.
OBJECT_AFTER = re.compile(r"\s+(?!(?:in|on|at|by|for|from|to|with|and|but|or|last|this|earlier|before|it|them)\b)[a-z]")
# "lawmakers briefed by the spy agency", "analysts polled by Reuters": two links.
AUDIENCE_AFTER_TOLD = re.compile(
    r"\s+(?!that\b)(?P<audience>(?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|news|"
    r"reporters|lawmakers|journalists|parliament|sister|network|agency|outlet|television|tv|radio|media"
    r"|newspaper|broadcaster)){0,4})"
)
# "Americans reported losing $16.6 billion": an experience, not a report of it.
GERUND_AFTER = re.compile(r"\s+(?!(?:nothing|something|everything|morning|evening)\b)[a-z]+ing\b")
# "…, Creel said by telephone.": how it was said, no passive's agent.
BY_MEANS = re.compile(r"\s+by\s+(?:tele)?phone|\s+by\s+(?:e-?mail|text(?:\s+message)?|video(?:\s*link)?|letter)\b")
