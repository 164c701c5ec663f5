"""
Qualifiers: how precise a figure is said to be.

News figures come hedged ("some 12,000", "more than 60", "up to 4,000") or framed as
ranges ("between 5,000 and 6,000"). This module maps those words onto the database's
qualifier codes; the codes are the strings in `QUALIFIERS` and nothing else.

Decisions:

* "nearly", "almost", "approaching" are ``approx`` (the shared policy's ``almost``), as the newsroom reads them (the figure is
  close to, not a bound on, the truth).
* "half a dozen", "a dozen", "two dozen" are ``approx``: "dozen" is a round count.
* A "from X to Y" after a verb of change ("rose from 40 to 60") is two figures, not a
  range; `is_change_before()` tells the extractor so.
* "up to" after a movement ("inched up to 2.4 million") or after the size of a change
  ("rose by 0.2 million tonnes up to 4.1 million") gives the level reached: no hedge.
"""

import re
from dataclasses import dataclass

from .passive_estimates import passive_estimate_before

__all__ = [
    "EXACT", "APPROX", "AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN", "UP_TO",
    "RANGE", "MAGNITUDE", "QUALIFIERS", "Hedge", "hedge_before", "hedge_after",
    "range_join_after", "range_opener_before", "is_change_before", "places",
]  # fmt: skip

EXACT = "exact"
APPROX = "approx"
AT_LEAST = "at_least"
MORE_THAN = "more_than"
AT_MOST = "at_most"
LESS_THAN = "less_than"
UP_TO = "up_to"
RANGE = "range"
MAGNITUDE = "magnitude"
QUALIFIERS = (EXACT, APPROX, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, UP_TO, RANGE, MAGNITUDE)

# Phrases written before a figure, longest first within each qualifier.
PREFIXES = {
    APPROX: [
        "an estimated",
        "approximately",
        "more or less",
        "roughly",
        "around",
        "about",
        "nearly",
        "almost",
        "close to",
        "closer to",  # "closer to 300,000", "nearer 15%": about (the annotators of unseen73-78)
        "nearer to",
        "nearer",
        "some",
        "circa",
        "approx.",
        "estimated",
        "an approximate",
        "in the region of",
        "in the range of",
        "not quite",
        "approaching",
        "nearing",
        "just under",  # the shared policy: "just under" is almost, not less than
        "just about",
        "cerca de",  # Spanish and Portuguese copy quoted whole: "cerca de 7.500 actas"
        "casi",
        "environ",
    ],
    AT_LEAST: [
        "at least",
        "no fewer than",
        "no less than",
        "not less than",
        "a minimum of",
        "al menos",
        "pelo menos",
        "au moins",
    ],
    MORE_THAN: [
        "more than",
        "upwards of",
        "upward of",
        "in excess of",
        "well over",
        "just over",
        "over",
        "above",
        "exceeding",
        "north of",
        "longer than",
        "greater than",
        "larger than",
        "exceed",
        "exceeds",
        "exceeded",
        "surpass",
        "surpasses",
        "surpassed",
        "surpassing",
        "topped",
        "topping",
        "tops",
        "to top",  # "expected to top 40C": the verb, where "the top 10" ranks
        "will top",
        "could top",
        "would top",
        "crossed",  # "peak demand crossed 6,800 MW": passing a threshold
        "cross",  # "output will cross 11 million", "might cross 100,000"
        "crossing",
        "crosses",
        "breached",
        "breaching",
        "crossed the milestone of",
        "crossed the mile-stone of",
        "passed the milestone of",
        "crossed the mark of",
        "crossed the threshold of",
        "más de",  # "mais de 230 mil russos", "plus de 3 000 personnes"
        "mais de",
        "plus de",
    ],
    AT_MOST: ["at most", "no more than", "not more than", "a maximum of", "at the most"],
    LESS_THAN: [
        "less than",
        "fewer than",
        "under",
        "below",
        "just short of",
        "just shy of",
        "shorter than",
    ],
    # "upto 6,709 MW": South Asian papers write "up to" as one word.
    # "as deep as 30 feet", "drifted as far as 80 metres": a ceiling of a measure, as "as high as" is.
    UP_TO: [
        "up to",
        "upto",
        "as many as",
        "as much as",
        "as high as",
        "within",  # "within 57 days of the exams"
        "as deep as",
        "as far as",
        "as long as",
        "as strong as",
        "as tall as",
        "as wide as",
        "as heavy as",
    ],
    EXACT: ["exactly", "precisely", "a total of", "a further", "another"],
}
_PREFIX_CODES = {phrase: code for code, phrases in PREFIXES.items() for phrase in phrases}
_PREFIX_ALTERNATIVES = "|".join(
    re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(_PREFIX_CODES, key=len, reverse=True)
)
PREFIX = re.compile(rf"(?<![\w-])(?P<hedge>{_PREFIX_ALTERNATIVES})\s+$", re.IGNORECASE)

SUFFIX = re.compile(
    r"""^(?:
        (?P<at_least>\s+or\s+more|\s+or\s+higher|\s+and\s+counting
            |\s+and\s+(?:above|up)(?!\s+to\b)(?!\s*[\d$€£]))  # "scoring 40% and above", "a grade of 8 and up"
      | (?P<at_most>\s+or\s+(?:fewer|less))
      | (?P<approx>\s+or\s+so|-odd|\s+odd(?=\s))
      | (?P<more_than>-plus|\+)
    )(?![\w])""",
    re.VERBOSE,
)

# What joins the two ends of a range: "5,000-6,000", "5,000 to 6,000", "five or six".
RANGE_JOIN = re.compile(r"^(?:\s*[-–—]\s*|\s+(?P<word>to|and|or)\s+)")
RANGE_OPENER = re.compile(r"\b(?P<opener>between|from)\s+$", re.IGNORECASE)

# "rose from 40 to 60" reports a change, so it gives two figures, not a range.
CHANGE_VERB = re.compile(
    r"""\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increased|increasing
        |decreased|declined|dropped|grew|grown|climbed|jumped|surged|soared|slipped
        |plunged|plummeted|doubled|tripled|cut|raised|reduced|lowered|went|up|down
        |revised|swelled|shrank|shrunk|expanded|gained|lost|shed|slid|tumbled|dipped|advanced|enhanced|enhancing
        |hiked|slashed)\b[\w\s,.%$€£¥₹]{0,25}$""",  # "dropped $1.19 to $23.66": a change and a price
    re.VERBOSE | re.IGNORECASE,
)
# "could increase from 504,000 cusecs to 508,000 cusecs", "a drop from 12 to 9", "a rise among renters (from
# 31 percent to 44 percent)": a change only before "from"; "is forecast to grow 2 to 3 percent" is a range.
BASE_CHANGE_VERB = re.compile(
    r"""\b(?:rise|fall|increase|decrease|decline|drop|grow|climb|jump|surge|soar|plunge|reduce|lower|raise|cut
        |swell|shrink|expand|gain|dip|enhance|hike|slash)(?:e?s)?\b[\w\s,.%$€£¥₹(]{0,25}$""",  # "increases from"
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Hedge:
    """A qualifier found in a sentence: its code and the span of its words."""

    code: str
    start: int
    end: int


# "a minimum punishment of ten years", "the maximum term being three years": a bound on what follows;
# "an estimated notional loss of Rs 14,000 crore": an estimate of what follows.
BOUND_BEFORE = re.compile(
    r"\b(?:(?P<minimum>minimum)|(?P<maximum>maximum))(?:\s+(?:prison|jail|custodial))?"
    r"\s+(?:punishment|sentence|term|penalty|fine)s?\s+(?:of|being|is|was)\s+$"
    r"|\b(?P<estimated>an\s+estimated)(?:\s+[a-z]+){1,2}?\s+of\s+$",
    re.IGNORECASE,
)
# Verbs whose particle "up" makes "up to" a change ("inched up to 2.4 million", "revised up to 2.1%").
MOVED_BEFORE = re.compile(
    r"""\b(?:edg|inch|tick|creep|crept|mov|went|gone|go|goes|shot|shoot|jump|climb|rose|risen|ris|pick
        |revis|push|ramp|step|bump|notch|ratchet|bounc|spik|nudg)\w*\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
# "rose by 0.2 million tonnes up to 4.1 million", "by 12,000 units a month, up to 310,000":
# after the size of a change, "up to" gives the level reached.
CHANGED_BY_BEFORE = re.compile(r"\bby\s+[$€£]?\d[\d.,]*%?(?:\s+[A-Za-z]+){0,4}\s*,?\s*$")
BOUND_CODES = {"minimum": AT_LEAST, "maximum": AT_MOST, "estimated": APPROX}
# "shouldn't exceed 15 billion", "will not exceed 3%", "has yet to exceed 50 percent": a ceiling, not a floor
# (gold up_to in unseen24, unseen29, unseen41).
NOT_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever|\byet\s+to)\s+$", re.IGNORECASE)
# "topped the 80,000 mark", "passed the 70 per cent threshold": a number passed as a named mark is a floor
# (never "passed the 12 amendments": the mark must be named after the number).
THRESHOLD_VERB_BEFORE = re.compile(
    r"\b(?:crossed|crossing|crosses|topped|topping|tops|passed|passing|surpassed|breached|exceeded)\s+the\s+$",
    re.IGNORECASE,
)
THRESHOLD_AFTER = re.compile(
    r"[^.;()]{0,25}?[\d\s](?:-|\s)?(?:mark|line|level|threshold|milestone|barrier|figure)\b", re.IGNORECASE
)


def hedge_before(text: str, start: int) -> Hedge | None:
    """The hedge written just before position `start` ("some ", "more than ")."""
    match = PREFIX.search(text, max(0, start - 30), start)
    if not match and (verb := THRESHOLD_VERB_BEFORE.search(text, max(0, start - 20), start)):
        if THRESHOLD_AFTER.match(text, start):
            return Hedge(MORE_THAN, verb.start(), verb.end())
    if not match:
        bound = BOUND_BEFORE.search(text, max(0, start - 40), start)
        if bound:
            return Hedge(BOUND_CODES[bound.lastgroup], bound.start(), bound.end())
        if estimate := passive_estimate_before(text, start):  # "losses are estimated at $2.9 billion"
            return Hedge(APPROX, *estimate)
        return None
    phrase = re.sub(r"\s+", " ", match.group("hedge").lower())
    if phrase == "up to" and (
        MOVED_BEFORE.search(text, max(0, match.start() - 20), match.start())
        or CHANGED_BY_BEFORE.search(text, max(0, match.start() - 60), match.start())
    ):
        return None  # "output inched up to 2.4 million", "rose by 0.2 million tonnes up to 4.1 million": a level
    if phrase in ("exceed", "surpass") and NOT_BEFORE.search(text, max(0, match.start() - 16), match.start()):
        return Hedge(UP_TO, match.start(), match.end("hedge"))  # "the deficit shouldn't exceed 3%": a ceiling
    return Hedge(_PREFIX_CODES[phrase], match.start(), match.end("hedge"))


def hedge_after(text: str, end: int) -> Hedge | None:
    """A hedge written after the number: "or more", "or so", "-odd", "-plus"."""
    match = SUFFIX.match(text[end : end + 20])
    if not match:
        return None
    return Hedge(match.lastgroup or EXACT, end, end + match.end())


def range_join_after(text: str, end: int) -> tuple[str, int] | None:
    """The joining word after a number ("-", "to", "and", "or") and where it ends."""
    match = RANGE_JOIN.match(text[end : end + 8])
    if not match:
        return None
    return (match.group("word") or "-").lower(), end + match.end()


def range_opener_before(text: str, start: int) -> tuple[str, int] | None:
    """ "between" or "from" written just before position `start`, and where it starts."""
    match = RANGE_OPENER.search(text, max(0, start - 12), start)
    if not match:
        return None
    return match.group("opener").lower(), match.start()


# "about $178.6 million, or 44 cents a share": the same amount restated after "or".
RESTATED_BY_OR = re.compile(r"\s*,?\s+or\s+$")
RESTATABLE = frozenset({APPROX, MORE_THAN, AT_LEAST, LESS_THAN, UP_TO, AT_MOST})


CHANGE_IN_CLAUSE = re.compile(
    r"\b(?:rose|fell|increased|increasing|decreased|reduced|reducing|raised|raising|cut|cutting|lowered|lowering"
    r"|enhanced|enhancing|hiked|hiking|slashed|revised|revising|grew|dropped|climbed|jumped|doubled)\b[A-Za-z\s]{0,60}$",
    re.IGNORECASE,
)


def restates_hedged(text: str, before, draft) -> bool:
    """Whether `draft` restates the hedged money figure `before` right after "or" ("about $536 million, or
    18.6 per cent"): a restatement keeps the hedge, as a bracketed conversion does. `before` and `draft` are
    figure drafts (anything with `qualifier`, `unit`, `end` and `start`)."""
    if before.qualifier not in RESTATABLE or not before.unit.isupper():  # money is an ISO code
        return False
    return bool(RESTATED_BY_OR.fullmatch(text, before.end, draft.start))


# "At least 12 militants and six soldiers were killed": the floor covers both tallies of one toll. Only "at least"
# carries so (the annotators kept "more than 20,000 people and 1,000 pets", "about 20 women and six children" apart
# from the second), and only where "and" joins the two counted nouns, no verb between ("49 migrants died and 140").
# "a minimum of $100 a barrel in 2009 and $87 in 2010": the same floor for each year of a parallel pair.
JOINED_BY_AND = re.compile(r"(?:\s+(?:in|for)\s+(?:19|20)\d\d)?,?\s+and\s+")


def shares_floor(text: str, before, draft) -> bool:
    """Whether the exact count `draft` takes the "at least" of the count `before` it joins by a bare "and"."""
    return (
        before.qualifier == AT_LEAST
        and draft.qualifier == EXACT
        and bool(before.unit)
        and bool(draft.unit)
        and not draft.unit_from_context
        and draft.value_max is None
        and bool(JOINED_BY_AND.fullmatch(text, before.end, draft.start))
    )


# "increased its tally from 2 to 18 and its vote share from 16.8 per cent to 40.3 per cent", "increased from 15.5%
# to 16.1% in Scotland, from 11.5% to 15.8% in Wales": the verb of the first change, gapped, governs the next
# "from ... to ..." joined by "and" or a comma.
GAPPED_CHANGE = re.compile(
    CHANGE_IN_CLAUSE.pattern[: -len(r"[A-Za-z\s]{0,60}$")]
    + r"[A-Za-z\s]{0,40}\bfrom\s[^;]{1,120}?\sto\s[^;]{1,40}?(?:,|\s+and)\s+[A-Za-z'’\s]{0,40}$",
    re.IGNORECASE,
)


def is_change_before(text: str, start: int, *, base_forms: bool = False) -> bool:
    """Whether a verb of change ("rose", "fell") comes shortly before `start`; with `base_forms`,
    "increase" and "rise" too, and a verb further back in the clause (before "from" only:
    "expected to rise 3 to 4 percent" is a range; "enhancing the fine imposed by the trial court
    from Rs 1,000 to Rs 50,000" is a change)."""
    window = max(0, start - 40)
    if CHANGE_VERB.search(text, window, start):
        return True
    return base_forms and bool(
        BASE_CHANGE_VERB.search(text, window, start)
        or CHANGE_IN_CLAUSE.search(text, max(0, start - 80), start)
        or GAPPED_CHANGE.search(text, max(0, start - 160), start)
    )


# "drones over six regions", "within 178 high-risk dams": a preposition that places what is counted is no hedge
# ("within 57 days" bounds a span, "over 2,000 people" a count).
LOCATIVE = re.compile(r"(?:over|above|across)\b", re.IGNORECASE)
WITHIN = re.compile(r"within\b", re.IGNORECASE)
OVER_A_PART = re.compile(
    r"(?:over|above|across)\s+(?:a\s+)?[\w,.]+\s+of\s+(?:the|its|their|his|her|our)\b", re.IGNORECASE
)
PLACES = frozenset(
    ["regions", "provinces", "districts", "countries", "cities", "towns", "villages", "areas", "states", "territories",
     "counties", "oblasts", "municipalities", "neighbourhoods", "neighborhoods", "sites", "locations", "fronts"]
)  # fmt: skip


def places(text: str, at: int, unit: str, span: bool) -> bool:
    """Whether the hedge word at `at` places what is counted in `unit` (`span`: a span of time) rather than
    bounding it: "over six regions", "within 178 dams". A sentence's first word places nothing: a
    locative "over" follows what lies over ("drones over six regions"), while "Over 40 districts shut"
    bounds the count, as does one over a part ("shutting down over a dozen of the state's districts")."""
    if not text[:at].strip(" \"'‘“(-–—") or OVER_A_PART.match(text, at):
        return False
    if WITHIN.match(text, at):
        return not span
    return bool(LOCATIVE.match(text, at)) and unit in PLACES
