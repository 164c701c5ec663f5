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

Verb clauses live in `speech` (", saying …" and "He continued: …" in `saying`), "according to X" and "for
the police" in `according`, report clauses in `media`, and the clause types and name reading in `spans`.

An attribution points *forward* when the reported content follows it ("X said that
…", "According to X, …") and *backward* when it closes the sentence ("…, X said last
week."); the extractor gives a figure the clause whose scope it falls in. Turning
drafts into `chains.ChainLink`s (directory matching, "he said", anonymous sources) is
done by the extractor with `speakers`.
"""

import re
from dataclasses import replace

from .according import according_to_clauses, for_counter_clauses
from .acting import acting_clauses
from .citations import cited_sources
from .consensus_polls import consensus_poll_clauses
from .contrasts import contrast_clauses
from .document_holders import document_holder_clauses
from .estimates import passive_agent_clauses
from .gapping import gapped_clauses
from .hearings import hearing_clauses
from .linking import (
    SENTENCE_CLOSE,
    according_to_then_relay,
    cited_by_closing_outlet,
    closing_outlet_relays,
    nested_reports,
    relayed_by_according_to,
)
from .media import documents_shown, reports_shown
from .object_relatives import object_relative_clauses, overrides
from .owned_figures import owned_figure_clauses
from .participles import participle_clauses
from .poll_findings import poll_finding_clauses
from .pronoun_bodies import pronoun_to_sentence_body
from .quoted_sources import cited_inside_quotes
from .relays import interview_relays, opening_relay_span, relay_clauses, with_opening_relay
from .reporting_places import without_reporting_places
from .saying import colon_speech_clauses, saying_clauses
from .spans import DraftLink, SpeakerCue, clean_name, points_forward
from .speaker_names import tidy_speaker
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .speech import QUOTE_BEFORE, recording_clauses, speech_clauses, subject_before
from .vague_sources import without_vague_sources

__all__ = ["SpeakerCue", "DraftLink", "find_attributions", "VERBS"]

VERBS = ("said", "reported", "according_to", "citing", "briefed", "estimated", "told")


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
    according = according_to_clauses(sentence) + _reports(sentence) + relay_clauses(sentence, subject_before)
    if " announced" in sentence or " released" in sentence or " published" in sentence:
        according += _documents_announced(sentence)
    if "for " in sentence or "For " in sentence:
        according += for_counter_clauses(sentence)
    taken = [(a.start, a.end) for a in according] + [(c[0], c[1].end) for c in citations]
    relayed = opening_relay_span(sentence)
    if relayed:
        taken.append(relayed)  # "As reported by X, …": no passive "reported by" (see `with_opening_relay`)
    clauses = according + speech_clauses(sentence, taken) + passive_agent_clauses(sentence, taken)
    clauses += hearing_clauses(sentence, taken)  # "…, a court heard.", "Parliament has heard that …"
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
    # "compared with the S&P Capital IQ consensus estimate of 17 cents": the owner gives that figure only.
    clauses += owned_figure_clauses(sentence, taken + [(clause.start, clause.end) for clause in clauses])
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
            # "…, X said, Trend reports citing TASS": TASS relays X.
            cited = (
                (link, *host.links) if cited_by_closing_outlet(host, sentence, citing_start) else (*host.links, link)
            )
            clauses[clauses.index(host)] = _with_links(host, cited)
        else:
            clauses.append(SpeakerCue((link,), citing_start, link.end, False))
    # "X said …, according to official tallies": a vague document gives way to the named speaker.
    clauses = without_vague_sources(clauses, sentence)
    clauses = without_reporting_places(clauses)  # "The country reported 600 cases, according to the agency"
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
