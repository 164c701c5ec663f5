"""
Estimates sourced by their owner: passive agents and owners written around a figure.

* "the 2.7% expected by economists polled by Reuters", "119,000 were counted by the
  police", "losses were estimated by Munich Re at about €2.6bn": a passive agent;
* "fewer than the 165,000 economists had forecast": forecasters right after the figure;
* "the 94 cents a share profit forecast of analysts", "the average estimate of $1.23 per
  share among analysts surveyed by FactSet" (FactSet relays the analysts), "Wall Street's
  expectations for about $38 billion": an estimate and its owner;
* "… which the World Bank put at $90 million": a body's estimate inside another's sentence;
* "the virus-response office's figure of 28,220", "its previous estimate of 107 mt", "the $4.72
  average of Wall Street analyst forecasts": an owner's estimate in the outlet's own sentence.

A clause before its figure governs it as any forward clause does; one after it is
*local*: it sources only the figure that ends right before it (`chains.governing_attribution`).
"""

import re

from .acting_subjects import names_someone
from .acting_verbs import AMOUNT_NOUNS, COUNTING_STEMS, FIXING_STEMS, METHOD_STEMS, stem_of
from .calendar import MONTHS
from .spans import DAYS, DraftLink, SpeakerCue, clean_name, name_after
from .speakers import BODY_NOUNS
from .subject_checks import SPEAKER_NOUNS, VALID_LOWERCASE_START
from .verb_codes import VERB_CODES

__all__ = ["passive_agent_clauses", "FORECASTERS_AFTER"]

MONTH_OR_DAY = re.compile(rf"(?:{MONTHS}|{DAYS})")

# "which the World Bank put at …"; "which is estimated at …" is a passive with no agent ("is" is no body).
WHICH_PUT_AT = re.compile(
    r"\b(?:which|that|whom)\s+(?!(?:is|was|has|does|are|were|had|have)\b)(?P<who>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.&-]*){0,5}"
    r"|(?:the\s+)?(?:[a-z]+\s+)?[a-z]+s)\s+(?:put|puts|estimated|estimates|valued|values|pegged|pegs|forecast|forecasts"
    r"|projected|projects|priced|prices)\s+at\b"
)
_FORECASTERS = r"(?:\b(?![a-z]+ing\s)[a-z]+\s+)?(?:analysts|economists|forecasters|experts|traders|investors|strategists|pollsters)"
_ESTIMATE_NOUNS = r"(?:forecasts?|estimates?|expectations?|projections?|predictions?|consensus)"
_POLLSTER = r"(?:\s+(?:polled|surveyed)\s+by\s+[A-Z][\w.&/-]*(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b)[A-Z][\w.&/-]*){0,2})"
ESTIMATE_OF_OWNER = re.compile(
    rf"""(?:\s+(?:a|per)\s+share)?(?:\s+(?:profit|earnings|revenue|sales|growth))?\s+{_ESTIMATE_NOUNS}\s+of\s+
        (?P<who>{_FORECASTERS}{_POLLSTER}?)\b
        # "the mean estimate of 54 cents from eight analysts surveyed by …": the forecasters after the figure.
      | (?:(?<=[\d%])|(?<=\bcents))(?:\s+(?:a|per)\s+share)?\s+(?:among|from)\s+(?P<among>{_FORECASTERS}{_POLLSTER}?)\b
        # "the $4.72 average of Wall Street analyst forecasts", "the 2.1% median of economists' forecasts".
      | (?<=[\d%])(?:\s+(?:a|per)\s+share)?\s+(?:average|mean|median|consensus)\s+(?:of|among)\s+(?:the\s+)?
        (?P<average>(?:Wall\s+Street\s+)?(?:analyst|economist|forecaster)s?(?=['’]?\s+(?:forecasts|estimates|expectations)\b)
          |(?:Wall\s+Street\s+)?(?:analysts|economists|forecasters)(?!['’]?\s+[a-z]+s\b){_POLLSTER}?)\b""",
    re.VERBOSE,
)
# "the company's own forecast of 26-27%": a body the text named before, by its common noun.
_BODIES = "|".join(sorted(BODY_NOUNS | {"government", "ministry", "agency", "board", "central bank", "fund", "office"}))
_OWN_NOUNS = rf"(?:{_ESTIMATE_NOUNS}|figures?)"  # "the agency's figure of 28,000": owned, so an estimate
# "surpassing analyst estimates of $55.5 billion": the trade that estimates, written as an adjective.
TRADE_PLURALS = {"analyst": "analysts", "economist": "economists", "forecaster": "forecasters", "market": "the market"}
OWNERS_ESTIMATE = re.compile(
    rf"""(?:(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}}|{_FORECASTERS})['’]s?\s+(?:average\s+|consensus\s+|own\s+)?
        # "analysts expectations of $1.81", "Wall Street estimates of $5.2 billion": the trade, its apostrophe dropped.
        | \b(?P<bare>analysts|economists|forecasters|strategists|Wall\s+Street)\s+(?:average\s+|consensus\s+)?
        # "the International Monetary Fund (IMF) projection of 0.4 percent": the acronym glosses the name.
        | \b[Tt]he\s+(?:average\s+|consensus\s+)?(?P<named>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})(?:\s+\([A-Z]{{2,6}}\))?\s+
        # "the virus-response office's figure of 28,220": a body, its kind hyphenated before it.
        | (?P<body>\b[Tt]he\s+(?:[a-z]+-[a-z]+\s+)?(?:{_BODIES}))['’]s\s+(?:(?:own|average|latest|earlier|previous|official)\s+)*
        | \b(?:[Tt]he\s+)?(?P<group>(?:organi[sz]ers|protesters|unions|officials|authorities|rescuers|police))['’]s?\s+
          (?:(?:own|latest|earlier|official|initial)\s+)*
        # "against its previous estimate of 107 mt": the body the sentence or text is about.
        | \b(?P<its>[Ii]t)s\s+(?:(?:own|average|latest|earlier|previous|official|initial|revised|original)\s+)+
        | \b(?P<trade>analyst|economist|forecaster|market|consensus)\s+(?:consensus\s+|average\s+)?)
        {_OWN_NOUNS}\s+(?:for|of)\s+(?=(?:about|around|some|roughly|nearly)?\s*(?:[$€£¥\d]|euros?\s+\d|Rs\.?\s?\d))""",
    re.VERBOSE,
)
TRADE_ADJECTIVE = re.compile(r"(?:analyst|economist|forecaster)$")
ESTIMATE_HINT = re.compile(r"forecast|estimate|expectation|projection|prediction|consensus|figure")
POLLED_BY = re.compile(r"\s+(?:polled|surveyed)\s+by\s+")
# "was put at 45 by the agency", "were estimated at 2,000 by organisers": the agent after the figure.
PUT_AT_BY = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:put|placed|estimated|pegged|set)\s+at\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?[$€£¥]?\d[\d,.]*(?:\s+(?:million|billion|percent|per\s+cent))?%?"
    r"\s+by\s+"
)
# "the 8,500 provided earlier Monday night by local authorities", "the 12.5% anticipated recently by", "the $24.3
# billion expected, on average, by analysts", "the 401 people listed as missing by": an adverb, a time or an "as"
# complement may stand between the participle and its "by"; none of them is a figure or a verb, so the agent stays.
BEFORE_BY = (
    rf"(?:,?\s+(?:(?!(?:only|early|supply|family|rally)\b)[a-z]{{2,}}ly|earlier|later|recently|initially|originally"
    rf"|previously|first|last|also|already|again|on\s+average|as\s+(?:missing|dead|injured|[a-z]{{3,}}ed)"
    rf"|(?:(?:late|early|earlier|later)\s+)?(?:on|last|this)\s+(?:{DAYS})(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|(?:earlier|later|late|early)\s+(?:{DAYS})(?:\s+(?:night|morning|afternoon|evening))?)){{0,2}},?"
)
# "the 2.7% expected by economists": the agent of a passive verb gives the figure before it.
PASSIVE_AGENT = re.compile(
    rf"""\b(?:expected|forecast|predicted|estimated|projected|reported|cited|given|compiled|recorded|confirmed|claimed
        |counted|announced|released|put\s+forward|conducted|carried\s+out){BEFORE_BY}\s+by\s+""",
    re.VERBOSE,
)
# "a figure of 162 provided by local authorities", "22,000 participants identified by the police": any
# participle of a verb by which a body fixes, gives or counts a figure (`acting_verbs`), not only those above.
PARTICIPLE_BY = re.compile(rf"(?<=[\w%)])\s+(?P<verb>[a-z]{{3,}}(?:ed|en)|set|put|quoted){BEFORE_BY}\s+by\s+")
# A deed's count stays with the outlet ("40 people charged by police"); these verbs give out a count instead.
GIVING_COUNT_STEMS = (
    COUNTING_STEMS
    | METHOD_STEMS
    | frozenset(
        [
            "identifi",
            "count",
            "tall",
            "record",
            "register",
            "log",
            "list",
            "verifi",
            "provid",
            "releas",
            "issu",
            "publish",
        ]
    )
)
DEED_STEMS = frozenset(["charg", "fin", "impos", "order", "sanction", "award", "grant", "approv", "allow"])
SPANS = frozenset(["years", "months", "weeks", "days", "hours"])  # "the 27 years recommended by": a term, no count
# "the seven to nine years prosecutors originally recommended": a body right after the figure fixed it.
BODY_AFTER_FIGURE = re.compile(
    r"(?:(?<=\d)|(?<=%)|(?<=years)|(?<=months)|(?<=lion)|(?<=cent))\s+(?P<who>(?:the\s+)?(?:(?!(?:years|months|percent|cent)\b)[a-z]+\s+)?"
    r"(?:prosecutors|prosecution|government|regulators|judges?|court|organi[sz]ers|police|authorities|officials|unions?))"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+ly\s+)?(?:recommended|proposed|sought|demanded|requested|estimated|forecast"
    r"|projected|counted|offered|set|budgeted|allocated|targeted|had\s+sought)\b"
)
PLURAL_BEFORE = re.compile(r"\b(?P<noun>[a-z]+s)$")
TOLL_SUBJECT = re.compile(
    r"(?:(?:But|And|However,?)\s+)?(?:The|A|An|This|That)\s+(?:[\w-]+\s+){0,2}(?:toll|figure|count|tally|total)"
    r"\s+of\b[^,;]*$"
)
AGENT_THEN_VERB = re.compile(r"\s(?:could|would|should|will|may|might|can|was|were|is|are|has|have|had|did|does)\b")
PASSIVE_AUXILIARY = re.compile(r"\s+(?:were|was|are|is|(?:have|has|had)\s+been)(?:\s+(?:also|later|then))?\s+$")
AGENT_THEN_OTHER = re.compile(
    r"\s+(?:to|from|against|versus)\s+(?:about\s+|around\s+)?[$€£¥A-Z]{0,3}\d|\s+[–—]\s|\s+-\s+(?:and|or|but|while)\b"
    r"|,?\s+(?:and|while|but)\s+(?:about\s+|some\s+|nearly\s+)?[$€£¥]?\d"
)
FIGURE_THEN_NOUN = re.compile(r"[\d%](?:\s+(?:million|billion|trillion|crore|lakh))?(?P<noun>\s+[a-z]{3,})$")
AGENT_THEN_FIGURE = re.compile(r"\s+(?:at|to\s+be)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?[$€£¥\d]")
# "fewer than the 165,000 economists had forecast": the noun after the figure forecast it.
FORECASTERS_AFTER = re.compile(
    r"""\s+(?P<who>(?:[a-z]+\s+)?(?:economists|analysts|forecasters|experts|traders|investors|strategists|pollsters)
        (?:\s+polled\s+by\s+[A-Z][\w.&/-]*)?)
        \s+(?:had\s+|have\s+|has\s+)?(?:expected|forecast|forecasted|predicted|projected|estimated|anticipated)\b""",
    re.VERBOSE,
)
FORECAST_HINT = re.compile(r"expected|forecast|predicted|projected|estimated|anticipated")
FORECASTER_AFTER_FIGURE = re.compile(r"(?<=[\d%])" + FORECASTERS_AFTER.pattern, re.VERBOSE)

# "the $3.43 billion expected.": a figure expected by nobody named after it.
BARE_EXPECTED = re.compile(
    r"(?:(?<=\d)|(?<=%)|(?<=lion)|(?<=sand)|(?<=cent)|(?<=cents)|(?<=bn))(?:\s+(?:a|per)\s+share)?"
    r"\s+(?:expected|forecast|anticipated|predicted)(?=\s*[,.;]|\s*$)"
)
FORECASTERS_NAMED = re.compile(r"\b(?:analysts|economists|forecasters|strategists|Wall\s+Street)\b")


def passive_agent_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """ "the 2.7% expected by economists polled by Reuters": the agent sources what precedes.

    So does a forecaster written right after a figure: "the 165,000 economists had forecast".
    """
    found = []
    for bare in BARE_EXPECTED.finditer(sentence) if FORECAST_HINT.search(sentence) else ():
        # "… beat the forecast of analysts, but revenue was short of the $3.43 billion expected": the
        # forecasters named earlier in the sentence expected it.
        named = list(FORECASTERS_NAMED.finditer(sentence, 0, bare.start()))
        if named:
            start, end = named[-1].span()
            link = DraftLink(sentence[start:end], "estimated", start, end)
            found.append(SpeakerCue((link,), bare.start(), bare.end(), False, local=True))
    forecasters = FORECASTER_AFTER_FIGURE.finditer(sentence) if FORECAST_HINT.search(sentence) else ()
    for after in forecasters:
        start, end = after.span("who")
        link = DraftLink(sentence[start:end], "estimated", start, end)
        found.append(SpeakerCue((link,), start, after.end(), False, local=True))
    owned = ESTIMATE_HINT.search(sentence) is not None  # the cheap test before the two costly patterns
    for match in ESTIMATE_OF_OWNER.finditer(sentence) if owned or " among " in sentence else ():
        # "the 94 cents a share profit forecast of analysts", "the average estimate of $1.23 per share
        # among analysts surveyed by FactSet": the owner of the estimate gives the figure before it.
        group = next(name for name in ("who", "among", "average") if match.group(name))
        start, end = match.span(group)
        if not any(s <= start < e for s, e in taken):
            links = _polled_split(sentence, start, end)
            if TRADE_ADJECTIVE.search(sentence, start, end):
                # "Wall Street analyst forecasts": the trade written as an adjective names its members.
                links = (DraftLink(sentence[start:end] + "s", "estimated", start, end),)
            found.append(SpeakerCue(links, match.start(), end, False, local=True))
    for match in OWNERS_ESTIMATE.finditer(sentence) if owned else ():
        # "falling short of Wall Street's expectations for about $38 billion", "the average Wall
        # Street forecast of $9.275 billion": the owner gives the figure right after, and only it.
        group = next(name for name in ("who", "bare", "named", "body", "group", "its", "trade") if match.group(name))
        if group == "named" and MONTH_OR_DAY.fullmatch(match.group(group)):
            continue  # "the November estimate of 0.4%": the month dates the estimate, it is no one's name
        start, end = match.span(group)
        if not any(s <= start < e for s, e in taken):
            name = sentence[start:end]
            if group == "trade":
                if name == "consensus":
                    continue  # "consensus estimates of $2.1bn" names nobody
                name = TRADE_PLURALS[name]
            link = DraftLink(name, "estimated", start, end)
            found.append(SpeakerCue((link,), match.start(), match.end(), True, local=True))
    for match in BODY_AFTER_FIGURE.finditer(sentence):
        # "lighter than the seven to nine years prosecutors originally recommended": the body fixed the figure before
        start, end = match.span("who")
        if not any(s <= start < e for s, e in taken):
            link = DraftLink(sentence[start:end], "estimated", start, end)
            found.append(SpeakerCue((link,), start, match.end(), False, local=True))
    for match in PUT_AT_BY.finditer(sentence) if " by " in sentence else ():
        # "The toll was put at 45 by the civil defence agency": the agent sources the figure before "by".
        start, end = name_after(sentence, match.end())
        name = sentence[start:end]
        if name and not re.search(r"\d", name) and not any(s <= start < e for s, e in taken):
            link = DraftLink(name, "estimated", start, end)
            found.append(SpeakerCue((link,), match.end() - 4, end, False, local=True))
    for match in WHICH_PUT_AT.finditer(sentence):
        # "… which the World Bank put at $90 million": the body sources the figure that follows.
        start, end = match.span("who")
        if not any(s <= start < e for s, e in taken):
            link = DraftLink(sentence[start:end], "estimated", start, end)
            found.append(SpeakerCue((link,), match.start(), match.end(), True))
    for match in TARGET_BY_OF.finditer(sentence) if " by " in sentence else ():
        # "surpassed the goal set by the Central Bank of Ruritania (BCR) of 3 percent": the agent's own target.
        start, end = clean_name(sentence, *match.span("who"))
        name = sentence[start:end]
        if (
            names_someone(re.sub(r"\s*\([^()]*\)$", "", name))
            and stem_of(match.group("verb")) in FIXING_STEMS
            and not any(s <= start < e for s, e in taken)
        ):
            link = DraftLink(name, "reported", start, end)
            found.append(SpeakerCue((link,), match.start("who"), match.end("of"), True, local=True))
    for match in AS_PARTICIPLE_BY.finditer(sentence) if ", as " in sentence else ():
        # "A rate of 2.3 million barrels was adopted, as suggested by the executive": the closing agent
        # proposed every figure of the clause before it, whatever the verb of its proposal.
        start, end = name_after(sentence, match.end())
        name = sentence[start:end]
        if name and not re.search(r"\d", name) and names_someone(name) and not any(s <= start < e for s, e in taken):
            link = DraftLink(name, "reported", start, end)
            found.append(SpeakerCue((link,), match.start(), end, False))
    for match in _agents(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        start, end = name_after(sentence, match.end())
        figure_after = AGENT_THEN_FIGURE.search(sentence, start, end)
        if figure_after:
            start, end = clean_name(sentence, start, figure_after.start())
        beyond = AGENT_THEN_OTHER.search(sentence, start, end)
        if beyond:
            # "N8.8 trillion presented by the president to N8.9 trillion", "22,000 identified by the police – and
            # 30,000 by the unions": the agent's name ends before the next figure's own words.
            start, end = clean_name(sentence, start, beyond.start())
        verb = AGENT_THEN_VERB.search(sentence, start, end)
        if verb:
            start, end = clean_name(sentence, start, verb.start())  # "given by the army could not be verified"
        name = sentence[start:end]
        # "a group estimated by police at 1,000": a bare collective noun is an agent as "the police" is.
        speaking = name[:1].isupper() or VALID_LOWERCASE_START.match(name.lower()) or name.lower() in SPEAKER_NOUNS
        if not name or re.search(r"\d", name) or not speaking:
            continue
        if match.re is PARTICIPLE_BY and not names_someone(name):
            continue  # "the 2 C targeted by the Paris Agreement": a treaty or a document is no body that gave it
        link = DraftLink(name, VERB_CODES.get(match.group().split()[0], "said"), start, end)
        # "119,000 were counted by the police": the auxiliary belongs to the passive, so the
        # figure before it still ends right where the clause starts.
        auxiliary = PASSIVE_AUXILIARY.search(sentence, 0, match.start())
        clause_start = auxiliary.start() if auxiliary else match.start()
        noun = FIGURE_THEN_NOUN.search(sentence, 0, clause_start) if match.re is PARTICIPLE_BY else None
        if noun:
            # "the RM37 billion budget tabled by the government": the noun the figure counts stands between.
            clause_start = noun.start("noun")
        if figure_after:
            # "losses were estimated by Munich Re at about €2.6bn": the figure follows.
            found.append(SpeakerCue((link,), match.start(), end, True))
            continue
        # "The toll of four dead was also given by a police source": the agent gives every figure of a
        # toll that is the passive's subject, not only one right before the verb.
        toll = TOLL_SUBJECT.match(sentence[:clause_start])
        found.append(SpeakerCue((link,), clause_start, end, False, local=not toll))
        found.extend(_elliptical_agent(sentence, end, link.verb))
    return found


# "the goal set by the central bank of 3 percent": the target's agent, then the figure it set.
TARGET_BY_OF = re.compile(
    r"\b(?:goal|target|ceiling|limit|cap|forecast|projection|estimate|threshold|budget|allocation)s?\s+"
    r"(?P<verb>[a-z]{3,}(?:ed|en)|set|put)\s+by\s+(?P<who>(?:the\s+)?[A-Z][^,;]{2,80}?)(?P<of>\s+of)\s+"
    r"(?=(?:about\s+|around\s+|some\s+)?[$€£¥]?\d)"
)
# "…, as suggested by the executive.": a closing "as" passive whose agent proposed or gave the clause's figures.
AS_PARTICIPLE_BY = re.compile(
    r",\s+as\s+(?:(?:also|earlier|originally|initially|first)\s+)?(?!(?:killed|hit|caused|affected|shown|seen)\s)"
    r"(?:[a-z]{3,}(?:ed|en)|set|put|laid\s+down|set\s+out|put\s+forward)\s+by\s+(?=[^,;]+[.!?]?\s*$)"
)
# "22,000 counted by the police – and 30,000 by the unions": the second count's verb is left out.
ELLIPTICAL_BY = re.compile(
    r"(?:\s*[–—-]|,)?\s+(?:and|while|but|against|versus)\s+(?:about\s+|some\s+|nearly\s+)?[$€£¥]?\d[\d,.]*"
    r"(?:\s+(?:million|billion))?(?P<by>\s+by\s+)"
)


def _elliptical_agent(sentence: str, end: int, verb: str) -> list[SpeakerCue]:
    """The agent of a second count whose passive verb the sentence leaves out, sourcing that count only."""
    second = ELLIPTICAL_BY.match(sentence, end)
    if not second:
        return []
    start, stop = name_after(sentence, second.end())
    beyond = AGENT_THEN_OTHER.search(sentence, start, stop)
    if beyond:
        start, stop = clean_name(sentence, start, beyond.start())
    name = sentence[start:stop]
    if (
        not name
        or re.search(r"\d", name)
        or not (name[:1].isupper() or name.lower() in SPEAKER_NOUNS or names_someone(name))
    ):
        return []
    return [SpeakerCue((DraftLink(name, verb, start, stop),), second.start("by"), stop, False, local=True)]


def _agents(sentence: str) -> list[re.Match]:
    """The passive verbs whose agent after "by" gives the figure before them: the named ones, and any
    participle of fixing or counting right after a figure ("a figure of 162 provided by")."""
    if " by " not in sentence:
        return []
    found = list(PASSIVE_AGENT.finditer(sentence))
    starts = {match.start() for match in found}
    for match in PARTICIPLE_BY.finditer(sentence):
        stem = stem_of(match.group("verb"))
        if match.start("verb") in starts or stem not in FIXING_STEMS | GIVING_COUNT_STEMS or stem in DEED_STEMS:
            continue
        plural = PLURAL_BEFORE.search(sentence, 0, match.start())
        if plural and plural.group("noun") not in AMOUNT_NOUNS | SPANS and stem not in GIVING_COUNT_STEMS:
            continue  # "40 suspects charged by", "300 permits approved by": a count of deeds
        if not re.search(r"[\d%]\S*(?:\s+\S+){0,3}$", sentence[: match.start()]):
            continue  # the figure it gives ends a few words before it
        found.append(match)
    return sorted(found, key=lambda match: match.start())


def _polled_split(sentence: str, start: int, end: int) -> tuple[DraftLink, ...]:
    """ "analysts polled by Reuters" is two links: the pollster relaying the analysts."""
    polled = POLLED_BY.search(sentence, start, end)
    if not polled:
        return (DraftLink(sentence[start:end], "estimated", start, end),)
    relay_start, relay_end = clean_name(sentence, polled.end(), end)
    origin_start, origin_end = clean_name(sentence, start, polled.start())
    return (
        DraftLink(sentence[relay_start:relay_end], "reported", relay_start, relay_end),
        DraftLink(sentence[origin_start:origin_end], "estimated", origin_start, origin_end),
    )
