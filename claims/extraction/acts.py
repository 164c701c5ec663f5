"""
Verbs that give a figure without being speech: a body's own act, count or document.

"The prefecture counted 14,800", "Prosecutors had requested a sentence of over 20 years", "The
data showed …", "Researchers analyzed the records of 41 million": the subject gave the figure,
but only with the right object or the right subject, which is what this module says.
`speech` finds the verbs and asks here: whether "issued", "put" or "raised" has an object that
makes it a report or an estimate, whether the subject of "shows" is a document, whether the
subject of a method verb is a study, and whether a closing speech tag ("…, the minister said.")
reports the act instead. Split out of `speech`.
"""

import re

__all__ = [
    "ISSUED_OBJECT", "REVISED_OBJECT", "PUBLISHED_REPORT", "PUBLISHING_VERBS", "REVISING_VERBS", "PUT_OBJECT",
    "NAMED_SHOWER", "OWN_FIGURE_VERBS", "CLOSING_TAG", "METHOD_VERBS", "names_a_document", "names_research",
]  # fmt: skip

# "issued a statement saying …", "released its annual report on Monday": a body publishing what it says.
ISSUED_OBJECT = re.compile(
    r"\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w'’-]+\s+){0,2}(?:statement|report|update|summary|bulletin|figure|data|estimate|results|turnout|forecast"
    r"|projection|tally|toll)s?\b"
)
# "raised the death toll to 17", "revised its full year 2011 revenue forecast": the body's own estimate.
REVISED_OBJECT = re.compile(
    r"\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:toll|count|tally|casualties|casualty\s+figures)s?\b"
    r"|\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,4}(?:forecast|outlook|guidance|estimate|target|projection)s?"
    r"\s+(?:[\w-]+\s+){0,3}?(?:to|from|by)\s"  # "raised its forecast for 2025" names no figure
)
PUBLISHED_REPORT = re.compile(
    r"\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:report|survey|poll|study|analysis|review|census)\b"
)
PUBLISHING_VERBS = frozenset({"issued", "released", "published"})
REVISING_VERBS = frozenset(
    {
        "raised",
        "revised",
        "updated",
        "lowered",
        "cut",
        "cuts",
        "trimmed",
        "trims",
        "upgraded",
        "downgraded",
        "raises",
        "lowers",
    }
)
# "put" gives a figure only as "put the toll at …", "puts its losses at …".
PUT_OBJECT = re.compile(
    r"""\s+(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}(?:toll|figure|number|count|cost|bill|damage|losses|total
        |tally|turnout|attendance|crowd|size|estimate|shortfall|share|rate|price|value|level|output|growth
        |deficit|debt|population|capacity|magnitude
        |casualties|deaths|dead|fatalities|injured|wounded|victims|arrivals)\b  # "put the army casualties at seven"
      | \s+(?:it|them)(?=\s+at\s)  # "organisers put it at 45,000"
      # "put their deaths at 147", "placed Haiyan's maximum winds at 315 kph": a possessive name is a determiner
      | \s+(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+\s+at\s+
        (?:[a-z]+\s+){0,2}(?:[$€£¥\d]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen
        |twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|thousands|dozens)\b)  # "at just 30,000", "at seven"
      # "put preliminary costs as a result of the storm at $80bn": an object of loss or cost, a long modifier
      # without a figure, then "at" and a figure.
      | \s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(?:costs?|losses|damages?|toll|deaths|casualties)
        \s+(?:(?![\d$€£¥])[^\s,.;:]+\s+){1,8}?at\s+(?:[a-z]+\s+){0,2}[$€£¥\d]
      # "Polls put support for the party at 15%", "pegged turnover at $2.74m": a bare object, then a figure.
      | \s+(?:(?!(?:the|a|an|it|them|up|down|off|out|forward|in|on|aside)\b)[a-z][\w'’-]*\s+)
        (?:(?!\d)[\w'’-]+\s+){0,3}?at\s+(?:[a-z]+\s+){0,2}[$€£¥\d]""",
    re.VERBOSE,
)
# Who "shows" a figure as a speaker: a name in capitals (a pollster, an agency) right before the verb.
NAMED_SHOWER = re.compile(r"(?:[A-Z][A-Z&/.-]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:\s+(?:also|now|still))?")


# What a document that "shows" a figure is called: "Whitehall stats show", "The two-year comparison shows",
# "Climate models show", "Further details show": a model's run or a document's details are documents too.
DOCUMENT_HEADS = frozenset(
    ["report", "data", "stats", "statistics", "figures", "survey", "poll", "study", "analysis", "comparison",
     "results", "estimates", "census", "research", "findings", "review", "index", "count", "tally", "records",
     "reports", "studies", "surveys", "polls", "models", "projections", "simulations", "details"]
)  # fmt: skip


def names_a_document(subject: str) -> bool:
    """Whether a subject is a report or its data ("The data", "Latest results of vote counting")."""
    words = re.sub(r"\s+(?:also|now|still|further|again)$", "", subject.strip()).lower().split()
    head = next((word for word in words if word in DOCUMENT_HEADS), None) if len(words) <= 6 else None
    return head is not None and words[0] not in ("it", "this", "which")


# Verbs of a body's own act or count ("counted", "proposed", "ordered … to pay"): a closing speech tag
# ("…, the finance minister said.") reports the act, and its speaker is the source.
OWN_FIGURE_VERBS = frozenset(
    ["counted", "tallied", "identified", "requested", "demanded", "asked for", "proposed", "proposes", "proposing",
     "ordered", "declared", "declares", "announce", "announces"]
)  # fmt: skip
CLOSING_TAG = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|told\s+[\w.]+|added|reported)(?:\s+on\s+\w+)?\s*[.!?\"”’']*\s*$"
)
METHOD_VERBS = frozenset(
    ["analyzed", "analysed", "analyzes", "analyses", "examined", "examines", "surveyed", "surveys", "studied",
     "tracked", "tracks", "interviewed", "reviewed", "aggregated", "aggregates", "covered", "covers",
     "focused on", "looked at", "used"]
)  # fmt: skip
RESEARCH_HEADS = DOCUMENT_HEADS | frozenset(["researchers", "scientists", "investigators", "authors"])


def names_research(subject: str) -> bool:
    """Whether a subject is a study or the people who made it ("Researchers led by …", "Ember's analysis")."""
    words = subject.strip().lower().split()
    return bool(words) and words[0] not in ("it", "this", "which") and any(w in RESEARCH_HEADS for w in words[:4])
