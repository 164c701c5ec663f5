"""
Chains inside one sentence: which of its attribution clauses relays which.

"Reuters said a report in a local paper said …" (Reuters relays the paper), "…, the ministry
announced, according to Interfax" (Interfax relays the ministry), "…, according to a study, The
Guardian reported", "The Kremlin said …, Russian news agencies reported" and "…, the ministry said,
Trend reports citing TASS" (TASS relays the ministry): the clauses that
`attribution.find_attributions` read are joined into one, its links running from the outermost
relay to the origin. Split out of `attribution`.
"""

import re
from dataclasses import replace

from .inner_subjects import relays_no_source
from .media import medium_owner
from .relays import is_news_outlet
from .spans import SpeakerCue, clean_name

__all__ = [
    "nested_reports",
    "relayed_by_according_to",
    "according_to_then_relay",
    "closing_outlet_relays",
    "cited_by_closing_outlet",
]


def nested_reports(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """ "Reuters said a report in a local paper said …": the outer speaker relays the inner one,
    and a report speaks for whoever published it ("a report in a local paper" is the paper)."""
    for index in range(len(clauses) - 1, 0, -1):
        outer, inner = clauses[index - 1], clauses[index]
        if not (outer.forward and inner.forward) or not re.fullmatch(
            r"\s*(?:that\s+)?", sentence[outer.end : inner.start]
        ):
            continue
        if len(inner.links) == 1 and outer.links[-1].verb != "according_to" and relays_no_source(inner.links[0].name):
            # "He said the cumulative flu cases reported until now is 4,120": no source inside, the outer speaks on.
            clauses[index - 1 : index + 1] = [replace(outer, end=inner.end)]
            continue
        links = list(inner.links)
        comma = sentence.find(",", links[0].start, inner.end)
        owner = medium_owner(sentence, links[0].start, comma if comma > 0 else links[0].end)
        if owner:
            start, end = clean_name(sentence, *owner)
            links[0] = replace(links[0], name=sentence[start:end], start=start, end=end)
        if (
            links[-1].verb == "according_to"
            and "that" in sentence[outer.end : inner.start]
            and not is_news_outlet(outer.links[-1].name)
        ):
            # "Güven said that according to official results, …": Güven speaks, citing the results;
            # the speaker who names a source in their own words is the origin (the cue as written).
            links, outer_links = [], (*links, *outer.links)
        else:
            outer_links = outer.links
        clauses[index - 1 : index + 1] = [replace(inner, links=(*outer_links, *links), start=outer.start)]
    return clauses


# "…, the ministry announced in a statement, according to Interfax.": the second relays the first.
RELAY_GAP = re.compile(r"^(?:\s+(?:in|on|at)\s+[\w\s]{1,25}?)?\s*,\s*$")


def relayed_by_according_to(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """Join a closing "X said, according to Y" into one clause whose chain runs Y → X."""
    for index in range(len(clauses) - 1, 0, -1):
        first, second = clauses[index - 1], clauses[index]
        if second.forward or second.links[0].verb != "according_to" or sentence[second.end :].strip(" .\"”’'"):
            continue
        if first.links[-1].verb == "according_to" or not RELAY_GAP.match(sentence[first.end : second.start]):
            continue
        clauses[index - 1 : index + 1] = [
            replace(first, links=(*second.links, *first.links), end=second.end, forward=False)
        ]
    return clauses


def according_to_then_relay(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """ "…, according to a study, The Guardian reported.": the closing speaker relays the source."""
    for index in range(len(clauses) - 1, 0, -1):
        first, second = clauses[index - 1], clauses[index]
        if first.links[-1].verb != "according_to" or second.forward or sentence[second.end :].strip(" .\"”’'"):
            continue
        if second.links[-1].verb not in ("said", "reported") or not re.fullmatch(
            r"\s*,\s*", sentence[first.end : second.start]
        ):
            continue
        clauses[index - 1 : index + 1] = [
            replace(second, links=(*second.links, *first.links), start=first.start, forward=False)
        ]
    return clauses


# "state news agency IRNA": a description that names the outlet's trade.
OUTLET_BEFORE = re.compile(
    r"\b(?:news\s+agency|news\s+service|broadcaster|newspaper|daily|television|TV|radio|channel|wire\s+service)\s+$"
)
# What may follow a closing "…, Russian news agencies reported": a day, then the stop.
SENTENCE_CLOSE = re.compile(r"\s*(?:(?:on|late|early|last)\s+\w+|\w+day)?\s*[.!?\"”’']*\s*$")


def closing_outlet_relays(clauses: list[SpeakerCue], sentence: str) -> list[SpeakerCue]:
    """ "The Kremlin said 40 drones were downed, Russian news agencies reported." and "X told a
    briefing that 80 were missing, according to Xinhua": the outlet that closes the sentence
    relays the speaker that opened it (Wire ← agencies ← Kremlin)."""
    if len(clauses) < 2:
        return clauses
    first, last = clauses[-2], clauses[-1]
    if (
        last.forward
        or len(last.links) != 1
        or last.links[0].verb not in ("said", "reported", "according_to")
        or not first.forward
        or first.local
        or not (
            is_news_outlet(last.links[0].name)
            or OUTLET_BEFORE.search(sentence, 0, last.links[0].start)
            # "Analysts were expecting $8.4 billion, according to Refinitiv": the analysts estimated,
            # the closing source relays their estimate.
            or (first.links[-1].verb == "estimated" and last.links[0].verb == "according_to")
        )
        or is_news_outlet(first.links[0].name)
        or not SENTENCE_CLOSE.match(sentence, last.end)
    ):
        return clauses
    return [*clauses[:-2], replace(first, links=(*last.links, *first.links))]


# "…, the health ministry said on Sunday, Trend reports citing TASS.": after a closing speech tag, a second
# tag in which a named outlet reports is the wire copy's own credit line.
OUTLET_CREDIT = re.compile(
    r"(?:\s+(?:on|late|early|last)\s+\w+|\s+\w+day)?\s*,\s+(?:[A-Z][\w.&'’-]*\s+){1,4}?(?:reports|reported|writes|wrote)\s*,?\s*$"
)


def cited_by_closing_outlet(host: SpeakerCue, sentence: str, citing_start: int) -> bool:
    """Whether "citing Y" after `host` names a relay, not the origin: "X said, Trend reports citing
    TASS" runs Trend ← TASS ← X (the outlet cites the agency that carried X's words)."""
    return host.links[-1].verb in ("said", "told", "estimated") and bool(
        OUTLET_CREDIT.match(sentence, host.end, citing_start)
    )
