"""
Attribution inside a sentence: who said a figure, and through whom it reached us.

`find_attributions()` reads one sentence and returns its `SpeakerCue` clauses. Each
holds the speakers as written, outermost first and the origin last:

=====================================================  =================================
"according to X"                                       X (according_to)
"X said", "X told Y", "X reported", "X estimated"      X (said / told / reported / …)
"X expects", "X forecast", "X put the toll at"         X (estimated)
"…, said X" (inverted)                                 X (said)
"X reported …, citing Y" / "X said, citing Y"          X (relay), Y (origin, citing)
"X briefed by Y said"                                  X (relay, said), Y (origin, briefed)
"X raised its forecast, saying …"                      X (said), for what follows
"X recorded 40 cases", "X posted a profit of …"        X (reported), if nobody else speaks
"the 2.7% expected by X"                               X (estimated), for that figure only
"according to footage aired on X", "a X analysis"      X
"data from X showed", "X figures show", "a X poll      X (according_to)
found", "a poll by X found"
"The poll has …", "the survey found" (taken up)        the poll's owner (according_to)
=====================================================  =================================

Verb clauses live in `speech` (", saying …" and "He continued: …" in `saying`), report clauses in `media`, and the clause types and
name reading in `spans`.

An attribution points *forward* when the reported content follows it ("X said that
…", "According to X, …") and *backward* when it closes the sentence ("…, X said last
week."); the extractor gives a figure the clause whose scope it falls in. Turning
drafts into `chains.ChainLink`s (directory matching, "he said", anonymous sources) is
done by the extractor with `speakers`.
"""

import re
from dataclasses import replace

from .acting import acting_clauses
from .citations import cited_sources
from .consensus_polls import consensus_poll_clauses
from .contrasts import contrast_clauses
from .document_holders import document_holder_clauses
from .estimates import passive_agent_clauses
from .gapping import gapped_clauses
from .inversion import titled_past_gloss
from .linking import (
    SENTENCE_CLOSE,
    according_to_then_relay,
    closing_outlet_relays,
    nested_reports,
    relayed_by_according_to,
)
from .media import documents_shown, medium_owner, reports_shown
from .object_relatives import object_relative_clauses, overrides
from .participles import participle_clauses
from .poll_findings import poll_finding_clauses
from .pronoun_bodies import pronoun_to_sentence_body
from .quoted_sources import cited_inside_quotes
from .relays import interview_relays, opening_relay_span, relay_clauses, with_opening_relay
from .saying import colon_speech_clauses, saying_clauses
from .spans import NP_END, DraftLink, SpeakerCue, clean_name, name_after, points_forward
from .speaker_names import tidy_speaker
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .speech import QUOTE_BEFORE, recording_clauses, speech_clauses, subject_before

__all__ = ["SpeakerCue", "DraftLink", "find_attributions", "VERBS"]

VERBS = ("said", "reported", "according_to", "citing", "briefed", "estimated", "told")

# "according to the fourth advance estimates of crop production released on Tuesday": what follows a
# participle says when or how the source came out; it is no part of its name.
PARTICIPLE_AFTER_NAME = re.compile(
    r",?\s+(?:based|drawing|drawn|relying)\s+(?:on|from)\b|,?\s+compiled\s+from\b"
    r"|,?\s+(?:released|published|issued|presented|unveiled|tabled)\s+(?:on|in|at|last|this|earlier|late|yesterday|today)\b"
)
# "according to the fourth advance estimates of crop production released by the farm ministry": the
# body that put the document out is the source (its title is no speaker: "crop production" is not one).
PUBLISHED_BY = re.compile(
    r",?\s+(?:released|published|issued|compiled|prepared|presented|put\s+out)"
    r"(?:\s+(?:on|last|this|earlier|late)\s+[A-Za-z]+)?\s+by\s+(?=(?:the\s+)?[A-Za-z])"
)
PUBLISHER_ENDS = re.compile(r"\s+(?:from|based\s+on|using|with|on\s+(?:the\s+)?basis)\b")
# "according to X", and Indian and wire English "as per X", ", per Commerce Department data"; in a Spanish,
# Portuguese, French or Italian quotation or record, "según el INDEC", "segundo o Estado Maior" (a name follows).
# "Going by the latest estimates, production is …": an opening "going by" is "according to"; so is "based on".
ACCORDING_TO = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Aa]s\s+per|(?:[Ss]egún|[Ss]egundo|[Ss]elon|[Ss]econdo|[Dd]e\s+acuerdo\s+(?:a|con))(?=\s+(?:el|la|los|las|o|a|os|as|le|les|l['’]|il|lo|gli|i)?\s*[A-Z])|(?<=,\s)per(?=\s+(?:the\s+)?[A-Z])|^Going\s+by(?=\s+(?:the|its|their|official)\s)"
    # "Based on the initial reports, Cordillera has …": an opening "based on" a report or data is "according to".
    # "Based on the Department of Health (DOH)-Epidemiology Bureau's monitoring, there are …": a body's watch too.
    r"|^Based\s+on(?=\s+(?:(?:the|its|their|official)\s+)?(?:[^,\s]+\s+){0,8}?(?:reports?|data|figures|estimates?"
    r"|surveys?|census|results|statistics|records|counts?|tally|tallies|assessments?|monitoring|surveillance)\b)"
    # "By the ministry's count, 28,985 people have died": a body's own count opening the sentence is its source.
    r"|^By(?=\s+(?:the\s+)?(?:[\w.&-]+\s+){0,5}?[\w.&-]+['’]s?\s+(?:own\s+|latest\s+|official\s+)?"
    r"(?:count|tally|estimates?|reckoning|calculations?|figures)\s*,))\s+"
)
COUNT_IN_NAME = re.compile(
    r"\s+(?:(?:only|just|about|some|nearly|almost|more\s+than|at\s+least)\s+)?"
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+s\b)"
)
# "According to the 2019-20 report, …", "according to its 2021 census": a year after a determiner dates
# the document and is part of its name, not a count that ends it.
DATED_DOCUMENT = re.compile(
    r"\b(?:the|its|their|his|her|a|an|this|last|latest)\s+(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?\s+[A-Za-z]"
)


def _according_to(sentence: str) -> list[SpeakerCue]:
    """ "according to X", where X may own a medium ("according to a Reuters tally")."""
    found = []
    for match in ACCORDING_TO.finditer(sentence):
        # "according to a New York Times analysis of restrictions on …": read to the
        # end of the clause first, then find who owns the analysis.
        raw_end = NP_END.search(sentence, match.end())
        name_end = raw_end.start() if raw_end else len(sentence)
        publisher = PUBLISHED_BY.search(sentence, match.end(), name_end)
        released = PARTICIPLE_AFTER_NAME.search(sentence, match.end(), name_end)
        if released:
            name_end = released.start()  # "… estimates of crop production released on Tuesday"
        owner = medium_owner(sentence, match.end(), name_end) if publisher is None else None
        if publisher is not None:
            start, end = name_after(sentence, publisher.end())
            source_of = PUBLISHER_ENDS.search(sentence, start, end)  # "compiled by Reuters from hospital records"
            if source_of:
                start, end = clean_name(sentence, start, source_of.start())
        else:
            start, end = clean_name(sentence, *owner) if owner else name_after(sentence, match.end())
            if not owner:
                end = titled_past_gloss(sentence, end)  # "according to the Flood Board (FB) director Lina Moss"
        # "a tally by AFP based on official sources": a participle after the name is no part of it.
        participle = PARTICIPLE_AFTER_NAME.search(sentence, start, end)
        if participle and participle.start() > start:
            start, end = clean_name(sentence, start, participle.start())
        # "According to these results only four groups …": a speaker stops before a count.
        count = COUNT_IN_NAME.search(sentence, start, end)
        if count and DATED_DOCUMENT.match(sentence, _word_start(sentence, count.start())):
            count = COUNT_IN_NAME.search(sentence, count.end(), end)
        if count:
            start, end = clean_name(sentence, start, count.start())
            # "50,000 according to police and 200,000 according to organisers": "and" starts the next pair.
            conjunction = re.search(r"\s+(?:and|or|but|while|against)$", sentence[start:end])
            if conjunction:
                start, end = clean_name(sentence, start, start + conjunction.start())
        # "according to the prefecture, and “nearly 50,000”": a list read on stops before what it pairs with.
        dangling = re.search(r",\s+(?:and|or|but|while)$", sentence[start:end])
        if dangling:
            start, end = clean_name(sentence, start, start + dangling.start())
        if end > start:
            link = DraftLink(
                sentence[start:end], "according_to", start, end, report=owner is not None or publisher is not None
            )
            # A figure right before "according to" is what the source gives: the clause points back to it.
            # "2 million demonstrated, according to the CGT, and 570,000 for the ministry", "700,000, according
            # to the CGT (81,000, according to the prefecture)": a second count with its own source follows,
            # so this source gives the count before it.
            forward = (
                points_forward(sentence, end)
                and not FIGURE_RIGHT_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
                and not PAIRED_COUNT_AFTER.match(sentence, end)
            )
            # "… in four seats where the vote was put off as per court rulings.": the source
            # closes a relative clause and says why the vote was put off, not the figures before it.
            local = not forward and bool(
                RELATIVE_CLAUSE.search(sentence, max(0, match.start() - 200), match.start())
                or ESTIMATE_ASIDE.search(sentence, max(0, match.start() - 200), match.start())
            )
            found.append(SpeakerCue((link,), match.start(), end, forward, local=local))
    return found


def _word_start(sentence: str, pos: int) -> int:
    """Where the word before position `pos` starts."""
    return len(sentence[:pos].rstrip()) - len(sentence[:pos].rstrip().split()[-1]) if sentence[:pos].strip() else pos


# "…, 160,000 according to the unions" (a bare comma pairs them too), "… and “nearly 50,000 marchers”,
# according to the unions": the second count may be quoted and name what it counts.
PAIRED_COUNT_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*(?:,\s+|,?\s+(?:and|while|against|but)\s+|\(\s*)[“\"‘']?"
    r"(?:(?:about|some|nearly|only|just|around|almost|over|more\s+than)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+[a-z]+){0,2}[”\"’']?,?\s+(?:for|according\s+to)\s"
)
FIGURE_RIGHT_BEFORE = re.compile(r"\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|million|billion))?\s*$")
# A relative clause still open where a closing "according to" starts (no comma since its opener).
RELATIVE_CLAUSE = re.compile(r"\b(?:where|which|who|whom|whose)\s[^,;:]*$")
# "X earned 49 cents, beating the forecast of 46 cents, according to Y": a closing source after an
# aside that weighs the figure against a forecast gives the forecast only; the subject gives the rest.
ESTIMATE_ASIDE = re.compile(
    r",\s+(?:with\s+(?:the\s+|its\s+)?[\w-]+\s+)?(?:beating|missing|topping|exceeding|trailing|above|below|ahead\s+of|short\s+of|shy\s+of"
    r"|compared\s+(?:with|to)|versus|against)\s+[^,;:]*?\b(?:forecasts?|estimates?|expectations?|consensus"
    r"|projections?)\b[^,;:]*,?\s*$"
)


# "exceeded 1.5 million for the police, while for the organisers there were 3.6 million": in copy
# translated from French, Italian or Spanish, "for" a counting body is "according to" it.
FOR_COUNTER = re.compile(
    r"\b[Ff]or\s+(?P<who>(?:the\s+)?(?:police|organi[sz]ers|unions?|authorities|prefecture|[Ii]nterior\s+[Mm]inistry"
    r"|[Mm]inistry\s+of\s+(?:the\s+)?[Ii]nterior))(?=\s*[,.;]|\s*$|\s+there\s+(?:were|was|are)\b)"
)


def _for_counter(sentence: str) -> list[SpeakerCue]:
    """ "… 119,000 for the police", "for the organisers there were 3.6 million"."""
    found = []
    for match in FOR_COUNTER.finditer(sentence):
        start, end = match.span("who")
        forward = bool(re.match(r"\s+there\b", sentence[end:]))
        link = DraftLink(sentence[start:end], "according_to", start, end)
        found.append(SpeakerCue((link,), match.start(), end, forward))
    return found


# "1,900 migrants rescued off Libyan coast, dozens feared missing: Italian coast guard": a
# headline names its source after a closing colon, as a short noun phrase with no verb.
HEADLINE_SOURCE = re.compile(r":\s+(?P<who>(?:the\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){0,5}?)\s*\.?\s*$")
FIGURE_BEFORE_COLON = re.compile(
    r"\d|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve"
    r"|[Hh]undreds?|[Tt]housands?|[Mm]illions?|[Bb]illions?|[Dd]ozens?)\b"
)
SOURCE_HEADS = ORGANISATION_WORDS | PERSON_TITLES | BODY_NOUNS | frozenset(
    ["guard", "coastguard", "police", "officials", "official", "sources", "source", "authorities", "spokesman",
     "spokeswoman", "spokesperson", "military", "army", "government", "report", "study", "survey", "poll",
     "analysts", "economists", "experts", "researchers", "scientists", "organisers", "organizers", "rescuers"]
)  # fmt: skip


# "When pollsters excluded the don't knows, 51 per cent backed Remain", "After researchers adjusted for
# age, the risk fell 20%": who reworked the numbers gives the figures of the main clause.
WORKED_BY = re.compile(
    r"^(?:When|After|Once|If)\s+(?P<who>(?:the\s+)?(?:pollsters|researchers|scientists|statisticians|analysts"
    r"|authors|economists))\s+(?:had\s+)?[a-z]+ed\b[^,]{0,120},"
)


def _worked_by(sentence: str) -> list[SpeakerCue]:
    match = WORKED_BY.match(sentence)
    if not match:
        return []
    start, end = match.span("who")
    return [SpeakerCue((DraftLink(sentence[start:end], "estimated", start, end),), 0, match.end(), True)]


def _headline_source(sentence: str) -> list[SpeakerCue]:
    """ "…, dozens feared missing: Italian coast guard": a name, or a noun naming a body, after a colon."""
    match = HEADLINE_SOURCE.search(sentence)
    if not match or not FIGURE_BEFORE_COLON.search(sentence, 0, match.start()):
        return []  # "Spending by category: Food" gives no figure to source
    start, end = clean_name(sentence, *match.span("who"))
    words = sentence[start:end].split()
    if not words or re.search(r"\d", sentence[start:end]):
        return []
    named = all(word[:1].isupper() for word in words if word.lower() not in ("the", "of", "and", "for"))
    if not (named and len(words) <= 4) and words[-1].lower() not in SOURCE_HEADS:
        return []  # "The breakdown: fuel and food", "Three categories: Food, water"
    link = DraftLink(sentence[start:end], "said", start, end)
    return [SpeakerCue((link,), match.start(), end, False)]


# "Deaths fell by 35 per cent, the results were announced on Tuesday.": a document closing the sentence.
DOCUMENT_ANNOUNCED = re.compile(
    r",\s+(?P<who>the\s+(?:[a-z]+\s+)?(?:results|figures|data|findings|estimates|statistics))\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:announced|released|published|made\s+public)\b"
)


def _documents_announced(sentence: str) -> list[SpeakerCue]:
    found = []
    for match in DOCUMENT_ANNOUNCED.finditer(sentence):
        if SENTENCE_CLOSE.match(sentence, match.end()) or re.match(
            r"\s+(?:on|last|this|in)\s", sentence[match.end() :]
        ):
            start, end = match.span("who")
            link = DraftLink(sentence[start:end], "according_to", start, end)
            found.append(SpeakerCue((link,), start, match.end(), False))
    return found


def _reports(sentence: str) -> list[SpeakerCue]:
    """ "Data from the health ministry showed …", "Home Office figures show …" (see `media`)."""
    found = []
    reports = reports_shown(sentence)
    documents = [
        document
        for document in documents_shown(sentence)
        if not any(report.start < document.end and document.start < report.end for report in reports)
    ]
    for report in reports + documents:
        start, end = clean_name(sentence, report.owner_start, report.owner_end)
        if sentence[max(start, end - 2) : end] in ("'s", "’s"):
            end -= 2  # "The Ministry of Finance's latest data shows": the ministry
        if sentence[max(0, start - 4) : start].lower() == "the " and sentence[start:end].islower():
            start -= 4  # "The ministry's figures show": "the ministry", which a body named before may be
        if end > start:
            # A document that speaks for itself ("the results of our poll indicate") owns nothing
            # a later "the survey" could go back to; only a report with an owner does.
            owned = not report.taken_up and report not in documents
            link = DraftLink(sentence[start:end], "according_to", start, end, report=owned)
            forward = points_forward(sentence, report.end)
            # "“Over 97% of adults …,” their report concluded.": a document closing a quotation speaks it.
            quoted = bool(QUOTE_BEFORE.search(sentence, 0, report.start))
            found.append(SpeakerCue((link,), report.start, report.end, forward and not quoted, quoted))
    return found


def find_attributions(sentence: str) -> list[SpeakerCue]:
    """The attribution clauses of `sentence`, in order of appearance."""
    citations = cited_sources(sentence)
    according = _according_to(sentence) + _reports(sentence) + relay_clauses(sentence, subject_before)
    if " announced" in sentence or " released" in sentence or " published" in sentence:
        according += _documents_announced(sentence)
    if "for " in sentence or "For " in sentence:
        according += _for_counter(sentence)
    taken = [(a.start, a.end) for a in according] + [(c[0], c[1].end) for c in citations]
    relayed = opening_relay_span(sentence)
    if relayed:
        taken.append(relayed)  # "As reported by X, …": no passive "reported by" (see `with_opening_relay`)
    clauses = according + speech_clauses(sentence, taken) + passive_agent_clauses(sentence, taken)
    clauses += participle_clauses(sentence, taken)  # "with the authorities reporting 10 more deaths"
    adding = saying_clauses(sentence, clauses)
    clauses = [_closed_by_adding(clause, adding, sentence) for clause in clauses] + adding
    if not clauses and not citations and ":" in sentence:
        clauses = colon_speech_clauses(sentence)  # "He continued: …"
    if not clauses and not citations:
        clauses = poll_finding_clauses(sentence)  # "… rose to 30% in the latest Harbour poll"
    if not clauses and not citations:
        clauses = recording_clauses(sentence)  # "The WHO recorded 2.7 million cases"
    if not clauses and not citations:
        clauses = _worked_by(sentence)
    if not clauses and not citations and ":" in sentence:
        clauses = _headline_source(sentence)
    if all(clause.local for clause in clauses) and not citations:
        # "The government will allocate RM60 million"; "the company earned 89 cents, beating the average analyst
        # expectation of 76 cents": an estimate's owner sources its own figure only, the subject the rest.
        clauses = acting_clauses(sentence) + clauses
    if not clauses and not citations:
        clauses = document_holder_clauses(sentence)  # "The survey was conducted among 4,010 adults"
    # "…, whereas the Commerce Ministry claims the figure of $23.18 billion": a contrasted speaker.
    clauses += contrast_clauses(sentence, taken + [(clause.start, clause.end) for clause in clauses])
    clauses += gapped_clauses(sentence)  # "… counted 20,000 demonstrators and the prefecture 8,500"
    # "lower than the $137.3 million that analysts expected": the relative clause's subject gave that figure only.
    clauses = overrides(clauses, object_relative_clauses(sentence))
    clauses.sort(key=lambda clause: clause.start)
    clauses = with_opening_relay(clauses, sentence)  # "As reported by X, the mayor has clarified that …"
    for relay in interview_relays(sentence):
        # "In an interview with the BBC, X said …": the outlet relays the nearest speaker.
        speakers = [c for c in clauses if c.links[-1].verb in ("said", "told", "estimated", "according_to")]
        if speakers:
            host = min(speakers, key=lambda c: min(abs(c.start - relay.end), abs(relay.start - c.end)))
            if not any(link.name == relay.name for link in host.links):
                clauses[clauses.index(host)] = _with_links(host, (relay, *host.links))
    for citing_start, link in citations:
        # A citation belongs to the nearest clause before it: "X reported, citing Y".
        # "Reuters, citing three people, said …" puts the citation inside its host.
        before = [
            c
            for c in clauses
            if (c.end <= citing_start or c.start <= citing_start <= c.end)
            and c.links[-1].verb not in ("according_to", "citing")
        ]
        if before:
            host = before[-1]
            clauses[clauses.index(host)] = _with_links(host, (*host.links, link))
        else:
            clauses.append(SpeakerCue((link,), citing_start, link.end, False))
    clauses = relayed_by_according_to(sorted(clauses, key=lambda clause: clause.start), sentence)
    clauses = according_to_then_relay(clauses, sentence)
    clauses = closing_outlet_relays(clauses, sentence)
    # "… a forecast of 5.04 billion pounds in a Reuters poll of analysts": the poll sources that figure only,
    # and relays no speaker of the sentence.
    clauses = sorted(clauses + consensus_poll_clauses(sentence), key=lambda clause: clause.start)
    clauses = pronoun_to_sentence_body(clauses, sentence)
    clauses = cited_inside_quotes(_compiled_consensus(clauses, sentence), sentence)
    clauses = nested_reports(clauses, sentence)
    return _tidy_names(_relative_speech(clauses, sentence), sentence)


# "the average analyst estimate of $12.05 billion, according to Fabrikam Estimates": the closing source compiled
# the consensus; "analyst" written as an adjective names no one who gave the figure on their own.
CONSENSUS_GAP = re.compile(r"[^,;:]{1,40},\s*$")


def _compiled_consensus(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """A local "analyst estimate of N" clause gives way to an "according to" closing right after its figure."""
    return [
        clause
        for clause in clauses
        if not (
            clause.local
            and clause.forward
            and sentence[clause.links[-1].start : clause.links[-1].end].lower() == "analyst"
            and any(
                other.links[0].verb == "according_to"
                and not other.forward
                and other.start > clause.end
                and CONSENSUS_GAP.fullmatch(sentence, clause.end, other.start)
                for other in clauses
            )
        )
    ]


LONE_LETTER = re.compile(r"[A-HJ-Z]\.?")  # "I" is who speaks a quotation


def _tidy_names(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """Every speaker's name trimmed to the noun phrase that names them; a clause naming nobody is dropped."""
    tidied = []
    for clause in clauses:
        links = []
        for link in clause.links:
            if LONE_LETTER.fullmatch(link.name):
                continue  # "H said the drive was on": a letter (a typo for "He") names no one
            span = tidy_speaker(sentence, link.start, link.end)
            if span == (link.start, link.end):
                links.append(link)  # the name as its rule wrote it ("analyst" estimates are the analysts')
            elif span:
                links.append(replace(link, name=sentence[span[0] : span[1]], start=span[0], end=span[1]))
        if links:
            tidied.append(replace(clause, links=tuple(links)))
    return tidied


RELATIVE_BEFORE = re.compile(r"\b(?:which|whom)\s+$")


def _relative_speech(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """ "…, which the Geological Survey said was magnitude 6.4": speech inside a relative clause
    sources what the clause says, never the figures before it (the aftershocks are the outlet's)."""
    return [
        replace(clause, opens_clause=True)
        if clause.forward and RELATIVE_BEFORE.search(sentence, 0, clause.start)
        else clause
        for clause in clauses
    ]


def _closed_by_adding(clause: SpeakerCue, adding: list[SpeakerCue], sentence: str) -> SpeakerCue:
    """ "…, Abbas said, adding that …": the speech clause right before "adding" sources what
    precedes it (the copy at "adding" what follows), so it points back."""
    if clause.forward and any(
        later.links == clause.links and later.start >= clause.end and not sentence[clause.end : later.start].strip()
        for later in adding
    ):
        return replace(clause, forward=False)
    return clause


def _with_links(clause: SpeakerCue, links: tuple[DraftLink, ...]) -> SpeakerCue:
    return replace(clause, links=links)
