"""
Numbers that name, place, time or describe rather than count, each refused by a named rule.

The extractor reads every number as a figure unless a rule says otherwise (recall
first), so each rule here has a name that `evaluate_extraction --details` lists:

* **age** ("President Lee, 61, took office"), **name or model** ("iPhone 17", "S&P
  500"), **part of a name** ("section 409", "page 14", "the 988 hotline"), **phone
  number** ("call 101"), **address** ("1450 Industrial Parkway"), **time** ("2:16:42"),
  **score** ("a 3-0 win", "7-6(4)"), **ranking** of periods ("the 10 warmest years"; "the 20
  largest companies" is a count), a letter glued to digits ("N95 masks", not naira) and a
  sprint's distance ("the 100m final", not 100 million).
* **Descriptors** (`descriptor_count()`): a count inside a descriptor is a figure ("the
  nine-party bloc", "a 150-seat parliament", "five-fold", "7.8-magnitude"), as the
  shared annotation policy says, and so is the length of an event or an agreement ("a
  six-month trial", "a 90-minute video", "the five year deal"); a span that frames or
  describes, or an age, is not ("12-day war", "a 10-year high", "a four year high",
  "45-year-old": `spaced_time_descriptor()` finds the spaced form).
* **When, not how much** (`is_time_anchor()`): a span of time that dates something ("in
  the past 24 hours", "five years ago", "within the next two months"), says how often
  ("every 15 minutes") or frames a record ("the highest for two decades", "the five years'
  average") is refused; one that is the claim ("jailed for nine years", "spent four days
  adrift", "in less than six hours", "sentences totalling over 35 years") is a figure.
"""

import re
from decimal import Decimal

from .currencies import currency_before
from .numbers import TENS_WORDS, UNIT_WORDS, NumberToken

__all__ = ["DESCRIPTOR_UNITS", "bare_number_rule", "descriptor_count", "is_time_anchor", "spaced_time_descriptor"]

# Numbers that name, locate or time something rather than count it.
AGE_APPOSITION = re.compile(r"[A-Z][\w'’.-]+,\s*$")
AGE_CLOSE = re.compile(r"^\s*(?:,|\)|\.$|\s+(?:years?\s+old|and\s+\d))")
MIXED_CASE_BEFORE = re.compile(r"\b[a-z]+[A-Z][\w-]*\s+$|&\s?[A-Z]\w*\s+$")  # "iPhone 17", "S&P 500"
REFERENCE_BEFORE = re.compile(
    r"\b(?:section|article|clause|paragraph|chapter|page|pp?\.|rule|schedule|table|figure"
    r"|class|grade|flight|route|room|platform|gate|phase|stage|round|version|no\.?|level|category|tier"
    r"|junction|exit|terminal|lap|episode|line"
    # "Region 1 has 52,655 families", "Zone 3", "Ward 7": a numbered area.
    r"|(?-i:Region|Zone|Ward))\s+$",
    re.IGNORECASE,
)
# "sections 467, 468 and 471": every number of a list after a plural reference word.
# "Regions 1, 2, 3, Mimaropa, Region 5", "Sections 166, 506, 341, 228 109": capitalised, a numbered area or
# stage, and the list may name members or lose a comma.
REFERENCES_BEFORE = re.compile(
    r"\b(?:(?i:sections|articles|clauses|paragraphs|chapters|pages|rules|schedules|tables|figures|nos\.?|junctions|lines)"
    r"|Regions|Zones|Wards|Phases|Stages|Grades|Classes|Levels)"
    r"\s+(?:(?:\d+[a-z]?|[A-Z][\w-]+(?:\s+\d+)?)(?:,\s*|,?\s+(?:and|or|to|&)\s+(?:the\s+)?|\s+))*$"
)
# "on day 4.", "in epidemiological week 28 alone", "sat for year 13 Mathematics": a numbered day, week or school
# year, when nothing it could count follows ("that week 28 people died" counts people).
PERIOD_LABEL_BEFORE = re.compile(r"\b(?:day|week|gameweek|matchday|year)\s+$", re.IGNORECASE)
PERIOD_LABEL_AFTER = re.compile(r"^(?:\s*(?:[.,;:)!?]|$)|\s+(?:alone|while|of|when)\b|\s+[A-Z])")
PHONE_BEFORE = re.compile(
    r"\b(?:call|calls|text|dial|dialled|dialed|dialling|dialing|phone|hotline)\s+$", re.IGNORECASE
)
ADDRESS_AFTER = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Parkway|Lane|Drive|Boulevard|Way|Place|Square)\b"
)
CLOCK_BEFORE = re.compile(r"\d[:.]$")
# "the Group of 20 economies", "the Group of 77": a body's name; "401(k) accounts", "a 501(c)(3) charity": a
# plan or status named by a statute's paragraph; "the '99 trade fair", "class of ’08": a year cut to two digits.
GROUP_OF_BEFORE = re.compile(r"\bGroup\s+of\s+$")
PARAGRAPH_AFTER = re.compile(r"^\([a-z]\)")
# "the 100 index gained 1238 points", "the Russell 2000 index": a stock index is named by how many shares it holds.
INDEX_NAME_AFTER = re.compile(r"^\s+[Ii]ndex\b(?!\s+points?\b)")
ELIDED_YEAR_BEFORE = re.compile(r"(?:^|\s)['’]$")
ELIDED_YEAR_AFTER = re.compile(r"^(?:s\b|\s+[A-Z]|[,.;)]|$)")  # "'99 China …", "the '90s"; never "'15 people died'"
SCORE_AFTER = re.compile(r"^[-–](?P<second>\d{1,2})(?!\d|[,.]\d)(?!\s*(?:%|per|percent|million|billion))")
# "Bangladesh's 100 for 2", "declared on 648 for 8", "Ahmed's 3 for 112": an innings total or bowling figures, a
# score in cricket copy (said in the sentence by its words), whichever number of the pair.
CRICKET_PAIR_AFTER = re.compile(r"^\s+for\s+\d{1,3}\b(?![,.]\d|\s*(?:%|per|percent|runs?\b))")
CRICKET_PAIR_BEFORE = re.compile(r"\b\d{1,3}\s+for\s+$")
CRICKET = re.compile(r"\b(?:innings|wickets?|bowl(?:ing|er|ed)?|balls|declared|sixes|fours|overs|batting|batsman)\b")
# "won" after an amount is Korea's money ("up 99.8 trillion won (13%)"), not a result.
SCORE_CONTEXT = re.compile(
    r"\d[-–]\d{1,2}\s*\($|\b(?:beat|(?<!\d\s)(?<!\d)(?<!illion\s)won|lost|defeated|drew)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "the 10 warmest years", "the 20 hottest summers": a ranking of periods says which, not how many;
# "the 20 largest companies" counts the group a share is of.
# "N95", "R2", "P5": the letters naira, rand and peso are written glued to digits, but an amount comes with a scale.
GLUED_LETTER_BEFORE = re.compile(r"(?<![A-Za-z])[NRP]$")
# "the 100m final", "the 200m individual medley", "the 3,000m walk event", "the 3000m steeplechase".
SPORT_DISTANCE_AFTER = re.compile(
    r"^\s+(?:(?:men['’]s|women['’]s)\s+)?(?:(?:individual|race|mixed)\s+)?"
    r"(?:final|race|sprint|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|walk|steeplechase"
    r"|relay|dash|heats?|semi-?finals?|world\s+record|title)\b"
)
SUPERLATIVE_AFTER = re.compile(
    r"^\s+(?:[a-z]+est|most\s+\w+|best|worst|biggest|largest)\s+(?:[a-z]+\s+)?"
    r"(?:years|summers|winters|springs|autumns|months|days|weeks|seasons|decades|quarters|periods|on\s+record)\b"
)
NAMED_THING_AFTER = re.compile(
    r"^\s+[a-z]+(?<!s)\s+(?:and\s+[a-z]+\s+)?(?:hotline|line|number|helpline|code|index|rule)\b"
)
DEFINITE_DIGITS_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)

# The mark after an item's number that opens a sentence: "1 - Revenues ...", "2) Section 506 ...".
LIST_MARK_AFTER = re.compile(r"(?:\)|\s[-–—])\s+[A-Z]")
# The base of a rate: a round power of ten after "per" ("per 100,000", "per 1,00,000" in lakhs) with no
# noun after it (annotators count "six heart attacks per 1,000 patients").
RATE_BASE_BEFORE = re.compile(r"\bper\s$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+(?!(?:in|of|on|at|by|for|and|or|to|from|a|an|the|over|during)\b)[a-z]{3,}")
RATE_BASES = frozenset(Decimal(10**power) for power in range(3, 7))


def bare_number_rule(sentence: str, token: NumberToken, before: str, after: str) -> str | None:
    """Named rules for numbers that are not counts (recall comes first, so each is listed)."""
    if token.kind != "digits":
        return None
    if AGE_APPOSITION.search(before) and AGE_CLOSE.match(after) and token.value < 120 and "." not in token.text:
        return "age"  # "President Lee, 61, took office"
    if MIXED_CASE_BEFORE.search(before):
        return "name or model"
    if not before.strip() and LIST_MARK_AFTER.match(after) and len(token.text) <= 2:
        return "list number"  # "1 - Revenues to be estimated at ...", "2) Section 506 ...": an item's number
    if RATE_BASE_BEFORE.search(before) and token.value in RATE_BASES and not NOUN_AFTER.match(after):
        return "rate base"  # "152 deaths per 1,00,000": the base, not a count ("per 1,000 patients" may count)
    if REFERENCE_BEFORE.search(before) or REFERENCES_BEFORE.search(sentence, max(0, token.start - 80), token.start):
        return "part of a name"  # "section 409", "sections 467, 468 and 471", "page 12"
    if PERIOD_LABEL_BEFORE.search(before) and PERIOD_LABEL_AFTER.match(after) and len(token.text) <= 2:
        return "part of a name"  # "on day 4.", "week 28 alone"
    if GROUP_OF_BEFORE.search(before) or PARAGRAPH_AFTER.match(after) or INDEX_NAME_AFTER.match(after):
        return "part of a name"  # "the Group of 20", "401(k) accounts", "the 100 index"
    if ELIDED_YEAR_BEFORE.search(before) and len(token.text) == 2 and ELIDED_YEAR_AFTER.match(after):
        return "year"  # "the '99 trade fair"
    if PHONE_BEFORE.search(before):
        return "phone number"
    if ADDRESS_AFTER.match(after):
        return "address"
    if CLOCK_BEFORE.search(before):
        return "time"  # "2:16:42"
    score = SCORE_AFTER.match(after)
    if score and int(score.group("second")) <= token.value and "." not in token.text:
        return "score"  # "a 3-0 win", "7-6(4)"
    if SCORE_CONTEXT.search(before) and (before.endswith("(") or SCORE_AFTER.match(after)):
        return "score"
    if before.endswith("(") and re.match(r"^\)\s", after) and re.search(r"\d[-–]\d{1,2}\($", before):
        return "score"
    if (CRICKET_PAIR_AFTER.match(after) or CRICKET_PAIR_BEFORE.search(before)) and CRICKET.search(sentence):
        return "score"  # "reached 648 for 8", "Ahmed's 3 for 112"
    if GLUED_LETTER_BEFORE.search(before) and not currency_before(sentence, token.start):
        return "name or model"  # "N95 masks", "the R2 road": a letter glued to digits, not naira or rand
    if token.text.endswith("m") and SPORT_DISTANCE_AFTER.match(after):
        return "name or model"  # "the 100m final": an event, not 100 million
    if SUPERLATIVE_AFTER.match(after):
        return "ranking"  # "the 10 warmest years"
    if DEFINITE_DIGITS_BEFORE.search(before) and NAMED_THING_AFTER.match(after):
        return "part of a name"  # "the 988 suicide and crisis hotline"
    return None


# "the nine-party bloc", "a 150-seat parliament", "a three-way race", "a five-fold rise",
# "a 7.8-magnitude quake": a count or measure inside a descriptor, which the shared policy
# annotates; "12-day war", "45-year-old", "24-hour rainfall" describe a span or an age.
DESCRIPTOR = re.compile(r"^-(?P<word>[a-z]+)\b(?!-)")
# "a 10-meter-long boat", "the 20-square-kilometer island": a length or an area, whatever shape follows.
MEASURE_DESCRIPTOR = re.compile(
    r"^-(?P<word>(?:square-)?(?:met(?:er|re)|kilomet(?:er|re)|mile|foot|yard|inch|centimet(?:er|re)|millimet(?:er|re)"
    r"|kilogram|tonne|ton|acre|hectare))(?=-(?:long|wide|high|tall|deep|thick|broad)\b|\b(?!-))"
)
DESCRIPTOR_TIME = frozenset(
    [
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "weekend",
        "month",
        "year",
        "decade",
        "century",
        "term",
        "season",
        "time",
        "quarter",
    ]
)


# The unit a descriptor's word counts in when its plural is not it: "a threefold rise" (times), "a
# four-point lead" (percentage points), "a 110-foot patrol boat" (feet).
DESCRIPTOR_UNITS = {
    "fold": "times", "way": "sides", "magnitude": "magnitude", "strong": "members", "odd": "",
    "point": "percentage points",  # "a four-point lead": the gap between two shares
    "foot": "feet",  # "a 110-foot patrol boat"
    "per": "percent", "percent": "percent",  # "a 20.2-per cent rise", "a 30-percent discount": a percentage
}  # fmt: skip


def descriptor_count(after: str) -> str | None:
    """The noun of a count written as a descriptor ("-party" → "party"), or None."""
    match = MEASURE_DESCRIPTOR.match(after) or DESCRIPTOR.match(after) or SPACED_EVENT.match(after)
    if not match:
        return None
    if match.group("word") in DESCRIPTOR_TIME and not EVENT_AFTER.match(after):
        return None
    if match.group("word") in ("plus", "odd"):
        return None  # "the 500-plus nurses", "70-odd delegates": a hedge, not a count of pluses
    return match.group("word")


# "six-year prison terms", "a two-month ban", "a six-month trial", "a 14-day interval", "a 24-hour evacuation
# notice", "the two-hour job", "a 90-minute YouTube video", "the five
# year deal": the length of a sentence, an event or an agreement is the claim. A span that dates or
# frames ("a 10-year high", "24-hour rainfall", "a 20-year partnership", "a 12-day war", "a 12-day
# visit") is not.
_TIME = r"(?:second|minute|hour|day|night|week|month|year|decade)"
EVENTS = (
    r"(?:terms?|sentences?|bans?|suspensions?|imprisonment|jail|trials?|hearings?|video|film|footage|recording"
    r"|march|marches|walk|rally|protest|strike|sit-in|vigil|search|effort|operation|hiatus|halt|pause|break"
    r"|shutdown|lockdown|curfew|blockade|siege|closure|outage|delay|wait|deal|contract|agreement|lease|loan"
    r"|sponsorship|extension|moratorium|truce|ceasefire|walkout|stoppage|lockout|blackout|standoff|detention"
    r"|custody|remand|quarantine|isolation|consultation|streak"
    r"|interval|notice|deadline|ultimatum|job|stint"  # "a 14-day interval between doses", "a 24-hour notice"
    r"|supply(?!\s+chains?)"  # "a 6.8-month supply of homes": how long a stock lasts
    r"|programme|program|mission|investigation|inquiry|probe"
    r"|gunbattle|gun\s+battle|gunfight|firefight|shootout|shoot-out|battle|clash|fighting|raid|assault)"
)
EVENT_AFTER = re.compile(rf"^[-\s]{_TIME}\s+(?:[A-Za-z]+\s+){{0,2}}?{EVENTS}\b(?!-)")
SPACED_EVENT = re.compile(rf"^\s(?P<word>{_TIME})\s+(?:[A-Za-z]+\s+){{0,2}}?{EVENTS}\b(?!-)")
# "a four year high", "the five year average": a singular span before a noun describes it.
SPACED_TIME = re.compile(
    rf"^\s{_TIME}\s+(?!(?:ago|later|earlier|before|after|and|or|of|in|on|at|to|for|from|since|by|with|old|older"
    r"|younger|the|a|an|is|was|were|are|has|had|have|into|when|while|as|than|that|which|it|he|she|they)\b)[a-z]"
)


def spaced_time_descriptor(after: str) -> bool:
    """Whether a number is followed by a singular span and a noun ("a four year high")."""
    return bool(SPACED_TIME.match(after))


# A span of time that says when, not how much: "three years ago", "in the past 24 hours",
# "within the next two months", "a day later"; "jailed for seven years" is a claim.
TIME_ANCHOR_BEFORE = re.compile(
    r"""\b(?:(?:in|within|over|during|since|after|before|until|throughout)\s+(?:the\s+|a\s+)?
        (?:(?:last|past|next|coming|previous|first|final|recent|following|same)\s+)?
        (?:(?:about|around|roughly|some|nearly|almost|just|only|at\s+least|more\s+than|over|under|less\s+than)\s+)?
        |(?:the|its|their|this|that)\s+(?:last|past|next|coming|previous|first|final|recent|following|same)\s+)$""",
    re.VERBOSE | re.IGNORECASE,
)
TIME_ANCHOR_AFTER = re.compile(
    r"^\s*(?:ago|later|earlier|after|before|since|from\s+now|away|old|long|into|to\s+[A-Z][a-z]+"
    r"|ended|ending|period|up\s+to\s+[A-Z][a-z]+"  # a reporting period: "the three months ended May 31"
    r"|of\s+(?:the|this|that|its)|['’]?\s*average)\b"  # "the five years’ average production"
)
# "the highest number for two decades", "its lowest level in 15 years", "previous five years": a span
# that a record or a comparison is measured over.
RECORD_SPAN_BEFORE = re.compile(
    r"\b(?:highest|lowest|most|fewest|biggest|largest|smallest|strongest|weakest|best|worst|record)\b"
    r"[^.;,\d]{0,45}\b(?:for|in)\s+(?:(?:about|around|nearly|almost|over|more\s+than)\s+)?$"
    r"|\b(?:previous|preceding)\s+$",
    re.IGNORECASE,
)

# "EBITDA for the nine months reached €45 million", "The five months saw trade of $305 billion", "the average for
# the latest three months": a reporting period named with "the" only dates the results ("jailed for 16 months",
# without "the", is the term).
REPORTING_PERIOD_BEFORE = re.compile(r"(?:\bfor\s+the\s+(?:latest\s+)?|\bthe\s+latest\s+|^\W*The\s+)$")
CLAUSE_OF_SPAN_AFTER = re.compile(r"^\s*(?:it|that|which|in\s+which|when)\b")  # "the 20 months it took": the claim


DURATION_BEFORE = re.compile(
    r"\b(?:for|to|of|spent|served|serve|given|lasted|lasting|took|take|totall?ing|totall?ed|amounting\s+to)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|less\s+than|up\s+to|at\s+least|over|just|only|another"
    r"|a\s+further|an\s+additional)\s+)?$",  # "continue for another five to six days after the cut"
    re.IGNORECASE,
)
# "involved in trafficking for the past four or five months", "stayed back for the next 30 minutes": how
# long something went on, up to or from now, is the claim ("over the past 12 months" only dates a change).
ONGOING_BEFORE = re.compile(
    r"\bfor\s+the\s+(?:past|last|next)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
RELATIVE_AFTER = re.compile(r"^\s*(?:ago|later|earlier|away)\b")
# "net profit for six months through September", "sales for nine months ended June": a span that ends at a
# named month is a reporting period, even after "for" ("jailed for six months" is the term).
PERIOD_END_AFTER = re.compile(
    r"^\s+(?:ended|ending|through)\s+(?:(?:the\s+)?end[-\s](?:of\s+)?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)
# "26 centimetres in less than six hours", "sold out in under two hours", "17 inches of rain in just three
# hours", "published within 57 days of the exams": the time taken, bounded from above or said to be short, is
# the claim (the shared policy's own example); "in more than 20 years" and "in two years" still date.
TIME_TAKEN_BEFORE = re.compile(
    r"\b(?:in|within)\s+(?:(?:less|fewer)\s+than|(?:just\s+)?under|just|only|barely|a\s+mere)\s+$|\bwithin\s+$",
    re.IGNORECASE,
)


# "every two weeks": a schedule. It is the claim (gold in nine studied sets) when it says how often something is
# done or happens: after a passive ("MPs are elected every five years", "is held by the institute every two
# years"), "once every 43 months", an orbit ("orbits its sun every 11 hours"), or opening the sentence ("Every
# two years, participants …"). In "five times every two years" or "one every three seconds" the span is the base
# of a rate, as "per 1,000" is; after an active verb ("sell their revenue every 90 days") or of readings taken
# ("samples were taken every 15 minutes", unseen2's gold) it stays a when.
EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
SCHEDULE_EVERY_BEFORE = re.compile(
    r"(?:\bonce\s+|^\W*"
    r"|\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|held|run|given|done)"
    r"(?:\s+(?:by|in|on|at(?!\s+least))\s+[^,.;]{0,60}?)?\s+"
    r"|\borbit(?:s|ing|ed)?\s+(?:its|their|the)\s+[a-z]+\s+)every\s+$",
    re.IGNORECASE,
)
# "after nine hours of fighting", "after 37 years in power", "after 10 years on the run": how long something
# went on before it ended is the claim, as the annotators of fifteen studied sets read it ("after 28 days,
# it had …" only dates the result that follows).
AFTER_BEFORE = re.compile(r"\bafter\s+(?:(?:nearly|almost|about|around|some|more\s+than|over|just|only)\s+)?$", re.I)
SPENT_AFTER = re.compile(
    r"^\s*(?:(?:consecutive|straight|long)\s+)?(?:of\s+(?!(?:the|this|that|its|his|her|their|a|an)\b)[a-z]"
    r"|in\s+(?:power|charge|office|prison|jail)\b|on\s+the\s+run\b|abroad\b)"
)


# "in three to four days", "every two or three minutes": a span given as a range is an estimate of how long.
_NUMBER_WORD = "|".join([*UNIT_WORDS, *TENS_WORDS])
RANGE_OPENED = re.compile(rf"\s*(?:to|or|-|–)\s*(?:\d|(?:{_NUMBER_WORD})\b)", re.IGNORECASE)
# "in the next 10-15 days", "over the past two to three years": counted from now, still a when.
FROM_NOW_BEFORE = re.compile(r"\b(?:next|past|last|coming|previous|recent)\s+$", re.IGNORECASE)


def is_time_anchor(sentence: str, token: NumberToken, unit_end: int) -> bool:
    """Whether the span of time ending at `unit_end` dates something rather than being the claim.

    A range of spans ("power returns in three to four days", "every two or three minutes") is a
    guess at how long, the claim, unless it is counted from now ("three to four years ago", "in the
    next 10-15 days").
    """
    before = sentence[max(0, token.start - 40) : token.start]
    after = sentence[unit_end : unit_end + 30]
    if (
        RANGE_OPENED.match(sentence, token.end)
        and not FROM_NOW_BEFORE.search(before)
        and not RECORD_SPAN_BEFORE.search(sentence, max(0, token.start - 70), token.start)
    ):
        return bool(RELATIVE_AFTER.match(after))
    if EVERY_BEFORE.search(before):
        return not SCHEDULE_EVERY_BEFORE.search(sentence, max(0, token.start - 100), token.start)
    if AFTER_BEFORE.search(before) and SPENT_AFTER.match(after):
        return False
    if RECORD_SPAN_BEFORE.search(sentence, max(0, token.start - 70), token.start):
        return True
    if REPORTING_PERIOD_BEFORE.search(sentence, 0, token.start) and not (
        RELATIVE_AFTER.match(after) or CLAUSE_OF_SPAN_AFTER.match(after)
    ):
        return True
    if DURATION_BEFORE.search(before) or TIME_TAKEN_BEFORE.search(before) or ONGOING_BEFORE.search(before):
        # "jailed for six years after …" is the term; "for six months ended June" a reporting period
        return bool(RELATIVE_AFTER.match(after) or PERIOD_END_AFTER.match(after))
    return bool(TIME_ANCHOR_BEFORE.search(before) or TIME_ANCHOR_AFTER.match(after))
