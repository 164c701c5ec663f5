"""
Speakers named through what they published: footage, reports, data, polls.

In "according to footage aired on X", "according to a X analysis of …", "according to
X's figures", "data from X showed …", "X figures show …", "a X poll of 1,000 adults
found that …" and "a poll by X published on Monday found …", X is who gives the
figure. `medium_owner()` finds X inside an "according to" phrase; `reports_shown()`
finds the clauses built on a report that shows, finds or says something.

A report names a speaker only when it has an owner we can name: a name ("Home Office
figures show", "a Reuters/Ipsos poll found") or a public body ("government data
showed", "customs data showed", "finance ministry documents show"), and the speaker
is the owner, not the report. "Official results showed", "shipping data showed" and
"a poll found" name nobody, so the outlet stays the origin.

A report named before is taken up by "the poll", "the survey", "the study": a sentence
opening with one ("The poll of 1,004 adults has a margin of error of …") or a "the
survey found …" clause gives its figures to that report's owner; when no owner was
named, the chain leaves the reference out and the outlet is the origin.
"""

import re
from dataclasses import dataclass

from .calendar import MONTHS
from .speaker_names import SENTENCE_ADVERBS

__all__ = ["ReportClause", "medium_owner", "reports_shown", "documents_shown"]

THROUGH_MEDIUM = re.compile(
    r"""^(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?
        (?:footage|video|videos|images|pictures|data|figures|report|reports|statement
        |statements|estimates?|analysis|documents?|records|survey|tally|count|statistics
        |imagery|photos|photographs|satellite\s+images|results|projections
        |assessment|broadcast|post|posts|note|notes|memo|letter|filing|release|bulletin|briefing)
        \s+(?:(?:aired|broadcast|shown|published|released|issued|compiled|posted|provided
        |carried|collected|gathered)\s+)?(?:on|by|from|(?<!assessment\s)(?<!analysis\s)(?<!review\s)of|in)
        \s+(?P<who>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)
# "a survey of 1,032 family doctors by the British Medical Association": the author, not the sample.
AUTHORED_MEDIUM = re.compile(
    r"""^(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?
        (?:survey|poll|study|analysis|report|review|audit|census|count|tally|assessment|investigation)
        \s+of\s+(?:[^,;]|(?<=\d),(?=\d))+?\s+(?:(?:conducted|carried\s+out|published|commissioned)\s+)?by
        \s+(?P<who>[^,;]+)$""",
    re.VERBOSE | re.IGNORECASE,
)
OWNED_MEDIUM = re.compile(
    r"""^(?:(?:a|an|the)\s+)?(?P<who>[A-Z][\w.'’&/-]*(?:\s+[A-Z][\w.'’&/-]*)*)\s+
        (?:analysis|report|survey|tally|count|estimate|assessment|review|investigation
        |statement|study|poll|database|calculation)\b""",
    re.VERBOSE,
)
POSSESSED_MEDIUM = re.compile(
    r"""^(?P<who>.+?)['’]s?\s+(?:latest\s+|own\s+|official\s+|preliminary\s+)?(?:[a-z]+\s+)?(?:figures|data
        |estimates?|tally|count|counts|report|statement|analysis|assessment|statistics|records|survey)$""",
    re.VERBOSE,
)

_REPORTS = (
    r"data|figures|statistics|documents|records|estimates|numbers|tallies|poll|polls|survey|study"
    r"|report|analysis|tally|count|results|census|assessment|review"
)
_SHOWS = (
    r"showed|show|shows|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|revealed|reveals"
    r"|said|says|concluded|estimated|estimates|put|puts|placed|places"
    # "a preliminary report from the tourist board is showing that …": the progressive says the same.
    r"|(?:is|are|was|were)\s+showing"
    # "Research by the Confederation of School Trusts has shown that …": the perfect says the same.
    r"|(?:has|have|had)\s+(?:also\s+)?(?:shown|found|suggested|indicated|revealed)"
)
SHOWS_HINT = re.compile(rf"\b(?:{_SHOWS})\b")
# "the Office for National Statistics": "for" inside a body's name, not "a poll by Ipsos for Reuters".
_NOT_AFTER_BODY = "".join(
    f"(?<!{word}\\s)"
    for word in ("Office", "Institute", "Centre", "Center", "Agency", "Council", "Commission", "Department",
                 "Ministry", "Bureau", "Foundation", "Fund", "Organisation", "Organization", "Association",
                 "Committee", "Board", "Secretary", "Service", "Authority")
)  # fmt: skip
# "data compiled by U.S. Customs showed", "a poll by Gallup published on Thursday found",
# "a survey of 2,000 adults by YouGov found".
DATA_FROM = re.compile(
    rf"""\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Rr]ecords|[Nn]umbers|[Tt]allies|[Pp]olls?
        |[Ss]urveys?|[Ss]tud(?:y|ies)|[Rr]esearch|[Rr]eports?|[Aa]nalys[ie]s|[Rr]eview|[Cc]ensus|[Aa]ssessment|[Aa]udit|[Rr]esults
        |[Bb]riefings?  # "a briefing from the minister which said that …"
        |[Bb]reakdowns?|[Cc]harts?|[Tt]ables?|(?<=[Vv]oting\s)returns)  # "a bar chart produced by the Treasury"
        (?:\s+of\s+(?:[^,;.]|(?<=\d),(?=\d)){{1,60}}?(?=\s+by\s))?  # "a survey of 2,000 adults by YouGov"
        ,?\s+(?:from|by|(?:published|released|compiled|issued|conducted|carried\s+out|commissioned|announced
          |posted|produced|prepared)
          (?:\s+(?:(?:on|last|this|early|late)\s+[A-Za-z]+|today|yesterday|recently|earlier|later))?  # "released today by"
          \s+(?:by|in))\s+  # "released on Wednesday by"
        # "published in The Lancet" names who published; "published in September 2015" says when.
        (?!(?:{MONTHS})\b|(?:early|late|mid)\b|\d)
        (?P<who>(?:[^,;.]|(?<=\b[A-Z])\.){{2,80}}?)
        (?:\s+(?:published|released|conducted|issued|out|carried\s+out|made\s+public|{_NOT_AFTER_BODY}for|in|on|last|this)\b
          [^,;]{{0,40}}?)?
        ,?\s+(?:{_SHOWS})\b""",
    re.VERBOSE,
)
NAMED_BEFORE = re.compile(r"\b[A-Z][\w/&-]*\s+$")
# "YouGov's new Charity Reputation Research, launched in London today, shows that …": a named
# piece of research, with an aside, owned by the name before it.
NAMED_RESEARCH = re.compile(
    rf"""(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})['’]s\s+(?:(?:new|latest|annual|first)\s+)?
        (?:[A-Z][\w-]*\s+){{0,4}}(?i:research|report|survey|study|index|review|poll|census|audit|barometer|tracker)
        (?:,[^,;]{{1,80}},)?\s+(?:{_SHOWS})\b""",
    re.VERBOSE,
)
# Public bodies that own what they publish, written in lowercase ("customs data").
PUBLIC_BODIES = (
    r"government|customs|ministry|police|army|military|treasury|central\s+bank|census\s+bureau"
    r"|statistics\s+(?:office|bureau|agency)|election\s+commission|health\s+authorities|authorities"
)
_BODY_AFTER_REPORT = (
    r"agency|agencies|office|bureau|department|division|service|authority|commission|board|committee"
    r"|institute|centre|center|unit|firm|company|group"
)
OWNED_REPORT = re.compile(
    rf"""(?:\b(?:[Aa]|[Aa]n|[Tt]he)\s+)?
        (?P<who>(?!(?:A|An|The)\s)(?:[A-Z][\w.'’&/-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{0,4}}[A-Z][\w.'’&/-]*
          | \b(?:[a-z]+\s+){{0,2}}?(?:{PUBLIC_BODIES}))
        (?:['’]s)?\s+(?:(?:latest|own|official|preliminary|provisional|new|monthly|annual|weekly|quarterly)\s+)?
        (?:{_REPORTS})\b
        # "Seoul's statistics agency said": "statistics" names the body's field; the body speaks, not a report.
        (?!\s+(?:{_BODY_AFTER_REPORT})\b)
        (?:\s+(?!(?:{_SHOWS})\b)(?:[^;:,]|(?<=\d),(?=\d)){{0,80}}?)?
        \s+(?:{_SHOWS})\b""",
    re.VERBOSE,
)
# Capitalised words that open a sentence without naming anyone ("Official results showed"), and the sentence
# adverbs ("Meanwhile statistics also showed …": an adverb opening without a comma owns nothing).
# A month or weekday joined to the owner's name by "and" ends the clause before it, not the name.
DATE_BEFORE_OWNER = re.compile(
    rf"(?:{MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|of|for)\s+(?:the\s+)?"
)
NOT_OWNERS = (
    frozenset(
        [
            "Official",
            "Preliminary",
            "Provisional",
            "New",
            "Latest",
            "Recent",
            "Early",
            "Final",
            "Initial",
            "Separate",
            "Internal",
            "Other",
            "Such",
            "These",
            "Those",
            "Some",
            "Many",
            "Our",
            "Their",
            "Its",
            "His",
            "Her",
            "The",
            "A",
            "An",
            "This",
            "That",
            "Further",
            "More",
            "Most",
            "Previous",
        ]
    )
    | SENTENCE_ADVERBS
)


# "The poll has a margin of error …", "the survey found …": a report named before.
TAKEN_UP_REPORT = re.compile(
    r"""(?P<who>\b[Tt]he\s+(?:same\s+|latest\s+|new\s+|online\s+|nationwide\s+|telephone\s+)?
        (?:poll|survey|study|report|analysis|census|review|research))\b""",
    re.VERBOSE,
)
# What may stand between "the survey" and its verb: "of 2,000 adults", one aside between commas
# (", conducted by YouGov for the Times,"); a figure's comma is no clause's.
_IN_CLAUSE = r"(?:[^;:,.]|(?<=\d)[,.](?=\d))"
TAKEN_UP_VERB = re.compile(rf"{_IN_CLAUSE}{{0,60}}?(?:,{_IN_CLAUSE}{{1,80}}?,)?{_IN_CLAUSE}{{0,20}}?\b(?:{_SHOWS})\b")
SENTENCE_OPENING = re.compile(r"^\W*(?:(?:But|And|Yet|However,?)\s+)?$")


@dataclass(frozen=True)
class ReportClause:
    """A "… showed" clause: the owner's span and the clause's span in the sentence.

    `taken_up` marks a report named before ("the survey found"): its "owner" is the
    reference, which the chain resolves to the earlier report's owner.
    """

    owner_start: int
    owner_end: int
    start: int
    end: int
    taken_up: bool = False


def medium_owner(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Who owns the medium written in ``sentence[start:end]`` ("footage aired on X"), or None."""
    text = sentence[start:end]
    for pattern in (OWNED_MEDIUM, AUTHORED_MEDIUM, THROUGH_MEDIUM, POSSESSED_MEDIUM):
        match = pattern.match(text)
        if match:
            return start + match.start("who"), start + match.end("who")
    return None


def reports_shown(sentence: str) -> list[ReportClause]:
    """The clauses of `sentence` in which an owned report shows something, and the
    reports it takes up from earlier sentences ("The poll has a margin of error …")."""
    if not SHOWS_HINT.search(sentence):
        return _taken_up(sentence, [])
    found = [
        ReportClause(match.start("who"), match.end("who"), match.start(), match.end())
        for match in DATA_FROM.finditer(sentence)
        # "a MORI poll commissioned by the institute": MORI polled; the institute paid for it.
        if not ("commissioned" in match.group() and NAMED_BEFORE.search(sentence, 0, match.start()))
    ]
    for match in NAMED_RESEARCH.finditer(sentence):
        if not any(clause.start <= match.start("who") < clause.end for clause in found):
            found.append(ReportClause(match.start("who"), match.end("who"), match.start(), match.end()))
    for match in OWNED_REPORT.finditer(sentence):
        if any(clause.start <= match.start("who") < clause.end for clause in found):
            continue
        owner, owner_start = match.group("who"), match.start("who")
        dated = DATE_BEFORE_OWNER.match(owner)  # "a fall in February and Rightmove's survey": Rightmove owns it
        if dated:
            owner, owner_start = owner[dated.end() :], owner_start + dated.end()
        if not owner or owner.split()[0] in NOT_OWNERS or re.search(r"\d", owner):
            continue
        found.append(ReportClause(owner_start, match.end("who"), match.start(), match.end()))
    found += _taken_up(sentence, found)
    return sorted(found, key=lambda clause: clause.start)


def _taken_up(sentence: str, found: list[ReportClause]) -> list[ReportClause]:
    """ "The poll has …" opening a sentence, or "the survey found …": a report named before."""
    taken = []
    for match in TAKEN_UP_REPORT.finditer(sentence):
        if any(clause.start < match.end() and match.start() < clause.end for clause in found):
            continue
        shows = TAKEN_UP_VERB.match(sentence, match.end())
        if shows:
            end = shows.end()
        elif SENTENCE_OPENING.match(sentence[: match.start()]):
            end = match.end()
        else:
            continue
        taken.append(ReportClause(match.start("who"), match.end("who"), match.start(), end, taken_up=True))
    return taken


# Documents that speak for themselves (the shared annotation policy counts them as speakers):
# "as Table 1 shows", "The worldwide study showed that", "preliminary results show",
# "Further breakdowns indicated", "as shown in Table 3", "a statement issued by X states".
_DOCUMENTS = (
    r"results|data|figures|statistics|poll|survey|study|reports?|analysis|breakdowns?|summary|tables?|charts?"
    r"|statement|findings|estimates?|assessment|review|census|documents?|records|projections|studies"
)
# What a document does; "said" and "estimated" are left to speech clauses ("the Office for National Statistics said").
# "The ONS house price figures are based on …. It suggested the average home cost £272,000": a sentence that opens
# on "It" and a document's verb reads from what "it" is, which `SpeakerMemory` resolves.
_DOCUMENT_VERBS = (
    r"showed|show|shows|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|revealed|reveals"
    r"|concluded|states|stated|confirmed|confirms|points?\s+out"
    # "…, despite government figures showing turnout below 20 percent": a document with a participle.
    r"|showing|suggesting|indicating|(?:has|have|had)\s+(?:also\s+)?(?:shown|found|suggested|indicated|revealed)"
)
DOCUMENT_SHOWS = re.compile(
    rf"""(?P<doc>^It(?=\s+(?:also\s+)?(?:suggested|showed|found|indicated|revealed)\b)  # "It suggested": see memory
        # "The notice said the interim figures showed": a speech verb ends the speaker, and opens no document.
        |(?<![\w'’-])(?:(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]his|[Ii]ts|[Tt]heir)\s+)?
        (?:(?!(?:that|which|who|and|but|as|despite|amid|with|said|says|told|added|noted|stated)\b)[A-Za-z][\w'’-]*\s+){{0,3}}?(?i:{_DOCUMENTS})(?:\s+\d{{1,2}})?
        # "a study for the 13th Finance Commission found": the body it was written for names the study.
        (?:\s+for\s+(?:the\s+)?(?:[A-Z\d][\w'’&-]*\s+){{0,5}}[A-Z][\w'’&-]*(?=\s+(?:{_DOCUMENT_VERBS})\b))?)
        (?:\s+of\s+(?:more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+)?\d[\d,.]*(?:\s+[a-z][\w'’-]*){{1,3}}?)?  # "of 2,000 adults"
        (?:\s+issued\s+by\s+(?P<issuer>[^,;:]{{2,60}}?))?
        (?:\s+(?:released|published|issued)\s+(?:on|last|this|early|late)\s+[A-Za-z]+)?  # "data released on Friday"
        \s+(?:also\s+|now\s+|clearly\s+)?(?:{_DOCUMENT_VERBS})\b""",
    re.VERBOSE,
)
DOCUMENT_AFTER = re.compile(
    rf"""\b(?:(?:as\s+)?(?:shown|indicated|reported|revealed|set\s+out)\s+(?:in|by)|shows|show)\s+
        (?P<doc>(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_DOCUMENTS})(?:\s+\d{{1,2}})?)\b""",
    re.VERBOSE | re.IGNORECASE,
)


# "…, shows data collected by the Metro operator.", "…, showed the data available on the website of the
# ministry.": a closing "shows" with the data's owner after it; the owner gives what the sentence says.
SHOWN_BY_OWNER = re.compile(
    r""",\s+(?:shows?|showed)\s+(?:the\s+)?(?:latest\s+|new\s+|official\s+|provisional\s+)?(?:data|figures|statistics)
        \s+(?:collected|released|published|compiled|provided|issued|available)\s+(?:by|from|on)\s+
        (?P<who>(?:the\s+)?[^,;]{2,80}?)\s*[.!]?\s*$""",
    re.VERBOSE,
)


def documents_shown(sentence: str) -> list[ReportClause]:
    """Clauses in which a document itself shows something; an issuer named is the speaker."""
    if not SHOWS_HINT.search(sentence) and not re.search(
        r"\b(?:states|confirm|points?\s+out|shown|showing|suggesting|indicating)", sentence
    ):
        return []
    owned = SHOWN_BY_OWNER.search(sentence)
    if owned:
        return [ReportClause(owned.start("who"), owned.end("who"), owned.start(), owned.end())]
    found = []
    for match in DOCUMENT_SHOWS.finditer(sentence):
        group = "issuer" if match.group("issuer") else "doc"
        found.append(ReportClause(match.start(group), match.end(group), match.start(), match.end()))
    for match in DOCUMENT_AFTER.finditer(sentence):
        if match.group("doc").split()[0].lower() in ("the", "a", "an") or match.group("doc")[0].isupper():
            found.append(ReportClause(match.start("doc"), match.end("doc"), match.start(), match.end()))
    return found
