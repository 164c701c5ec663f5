"""
Building a figure's attribution chain from the speakers of its sentence.

The chain is ordered outermost first, origin last. The outlet that published the
text is the outermost link (role ``relay``, verb ``reported``) whenever a speaker is
found; when none is, the outlet alone is the origin. Speakers are matched through the
`SpeakerDirectory`, "he"/"the agency"/"the lawmakers" are resolved through the
`SpeakerMemory`, and anonymous sources ("six sources") carry their count.

Anonymous sources have no name of their own: they are known by who cites them. A
directory entry named by `anonymous_sources_name()` — "Anonymous sources (NBC News)"
— stands for the sources one outlet or speaker cites, and an anonymous link is
matched to the entry of the link before it (the outlet, when it is the first).

A speaker is written in `ChainLink.name` as the text names it; when it was taken up
again ("the lawmakers said"), the name is the earlier, fuller mention ("South Korean
lawmakers"), which is what an editor needs to recognise it. A document taken up by its noun ("the report
showed") is the exception: it speaks as written, and its publisher, when known, relays it.
"""

import re
from dataclasses import dataclass, replace

from .attribution import DraftLink, SpeakerCue
from .documents import DOCUMENT_NOUNS
from .memory import SpeakerMemory
from .spans import without_time_tail
from .speakers import (
    ANONYMOUS,
    REPORT_REFERENCE,
    SpeakerDirectory,
    anonymous_sources_name,
    describe_source,
    is_reference,
    normalise_speaker,
    speaks_for,
)  # fmt: skip

__all__ = ["ChainLink", "ChainBuilder", "governing_attribution"]


def _one_unnamed_person(name: str) -> bool:
    """Whether `name` is one person left unnamed by role ("a military official", "an aide"), not "a source":
    a role held by one person is who a later "he" or "she" means; "a source" has no sex to take up."""
    match = ANONYMOUS.match(name.strip())
    return bool(
        match
        and (match.group("count") or "").lower() in ("a", "an", "one")
        and match.group("head").lower() in ("official", "officer", "diplomat", "aide", "employee")
        and not match.group("rest").strip()
    )


def _unnamed_group(name: str) -> bool:
    """Whether `name` is sources left unnamed in the plural ("security sources", "railway officials"), a later
    "they"; plain "people" is vox pop, and "sources close to X" name another they may speak for."""
    match = ANONYMOUS.match(name.strip())
    head = match.group("head").lower() if match else ""
    return bool(match and head.endswith("s") and head != "people" and not match.group("rest").strip())


LOCAL_REACH = 3  # characters between a figure and the passive agent that sources it
# "the 5 cent dividend predicted by X", "the 7 cents per share estimated by X": the rest of the figure's noun
# may stand between it and the passive agent (two words at most, none that compares or joins).
NOUN_TAIL = re.compile(
    r"\s+(?:per\s+|a\s+)?(?:(?!(?:than|and|or|but|to|from|in|of|on|at|for|with)\b)[a-z][a-z-]*\s+){1,2}"
)
# "Organisers said 200,000 massed, though police refused to give a figure for the march, called by a
# coalition of more than 190 groups": a concessive clause whose subject is another source is the
# outlet's narration, where the first speaker's words end ("while the CHP received 137 seats" is not).
# Who speaks in the first person: inside a quotation, its speaker (`extractor`); never someone a later
# "he" or "it" goes back to.
FIRST_PERSON = frozenset(["we", "i", "us", "our", "my"])
SCOPE_BREAK = re.compile(
    r",\s+(?:though|although)\s+(?:the\s+)?(?:police|officials|authorities|organi[sz]ers"
    r"|(?:[a-z]+\s+)?(?:ministry|agency|office|department|government|army|military))\b"
)
# "The company, which reported a 12% rise, said …": a relative clause that has the speaker report
# the figure credits them; "One victim, who lost £300,000, said" is the outlet's account of them.
REPORTING_RELATIVE = re.compile(
    r"\b(?:which|who|that)\s+(?:\w+\s+)?(?:reported|reports|said|says|estimated|estimates|expects|expected"
    r"|forecast|forecasts|recorded|records|posted|announced|counted|put)\b"
)

# "70,000 people according to the CGT, 13,000 according to the police", "at least 1,309 this year, according
# to the IOM, …": an "according to" right after a figure sources it, though its comma made it read as opening
# what follows ("According to the CGT, …").
RIGHT_AFTER = re.compile(r"\s*(?:(?:this|last|next)\s+(?:year|month|week|quarter)\s*)?,?\s*$")

# "…, said analyst Jane Roe, citing her conversations with the company": who was talked with is the source.
TALKS_WITH = re.compile(
    r"^(?:his|her|their|its|our|my|a|an|the)\s+(?:[a-z-]+\s+)?(?:conversations?|talks|interviews?|meetings?"
    r"|discussions?|contacts?|communications?|exchanges?)\s+with\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)


# A document taken up by its noun ("the report", "this latest poll"); "the pollster" and "the update" are bodies.
DOCUMENT_REFERENCE = re.compile(
    r"^(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:poll|survey|study|report|analysis|census|review|research)$", re.IGNORECASE
)

# The last word of a document's own name ("the 2024 Coastal Erosion Report"): see `documents`.
NAMED_DOCUMENT_HEADS = frozenset(noun.capitalize() for noun in DOCUMENT_NOUNS)


@dataclass(frozen=True)
class ChainLink:
    """One speaker in a figure's chain, outermost first and the origin last."""

    name: str
    verb: str
    role: str
    actor_id: int | None = None
    actor_name: str | None = None
    is_new: bool = False
    anonymous: bool = False
    source_count: int | None = None

    def to_dict(self) -> dict:
        """JSON-ready data for this link."""
        return {
            "name": self.name,
            "verb": self.verb,
            "role": self.role,
            "actor_id": self.actor_id,
            "actor_name": self.actor_name,
            "is_new": self.is_new,
            "anonymous": self.anonymous,
            "source_count": self.source_count,
        }


def governing_attribution(
    attributions: list[SpeakerCue], start: int, end: int, sentence: str = ""
) -> SpeakerCue | None:
    """The attribution whose scope holds the figure at ``start:end`` in its sentence.

    A forward clause ("X said that …") governs what follows it, a backward one
    ("…, X said.") what precedes it; the nearest in scope wins, else the nearest.
    A passive agent governs only a figure that ends right before it.
    """
    # A passive agent ("the 2.7% expected by economists") reaches only the figure before it.
    # It may start inside the figure's tail ("94 cents| a share profit forecast of analysts").
    # A local clause before its figure ("Wall Street's expectations for $38 billion") reaches only the
    # figure right after it.
    attributions = [short for clause in attributions for short in _without_counted_speaker(clause, start, end)]
    attributions = [
        clause
        for clause in attributions
        if not _describes_speaker(clause, start, end, sentence)
        and not (clause.forward and clause.end <= start and SCOPE_BREAK.search(sentence, clause.end, start))
        and (
            not clause.local
            or (
                clause.end <= start <= clause.end + LOCAL_REACH
                if clause.forward
                else start < clause.start
                and (clause.start <= end + LOCAL_REACH or bool(NOUN_TAIL.fullmatch(sentence, end, clause.start)))
            )
        )
    ]
    if not attributions:
        return None
    right_after = [
        clause
        for clause in attributions
        if clause.forward
        and clause.start >= end
        and clause.links[0].verb == "according_to"
        and RIGHT_AFTER.match(sentence[end : clause.start])
    ]
    if right_after and sentence:
        return right_after[0]
    # A local clause still here sits right by the figure ("far more than the 50,000 organisers expected"; the
    # noun it counts may overlap its speaker): it sources this figure, whatever clause of the sentence holds it.
    beside = [clause for clause in attributions if clause.local]
    if beside:
        return beside[0]

    def distance(clause: SpeakerCue) -> int:
        return clause.start - end if clause.start >= end else start - clause.end

    in_scope = [
        clause
        for clause in attributions
        if (clause.forward and clause.end <= start)
        or (not clause.forward and clause.start >= end)
        # "the prefecture has estimated 9,000 people": the figure was read with the verb it follows.
        or (clause.forward and clause.start < start < clause.end <= end)
    ]
    # Out of every scope: the nearest clause still wins (directions are guesses),
    # except one that only sources a quotation, or one that opens a later clause
    # ("…, and the governor said …") of a figure before it.
    fallback = [
        clause
        for clause in attributions
        if not clause.closes_quote and not (clause.opens_clause and clause.start >= end)
    ]
    if not (in_scope or fallback):
        return None
    return min(in_scope or fallback, key=lambda clause: abs(distance(clause)))


def _describes_speaker(clause: SpeakerCue, start: int, end: int, sentence: str) -> bool:
    """Whether the figure stands in an apposition between a speaker and their verb: "United for
    Peace and Justice, a coalition of more than 190 groups, said …" describes who speaks, in the
    outlet's words, and so does "One victim, who lost £300,000, said"; a relative clause in which
    the speaker reports the figure credits them ("The company, which reported a 12% rise, said …")."""
    speaker = clause.links[-1]
    return (
        speaker.verb in ("said", "told")
        and speaker.end <= start
        and end <= clause.end
        and not REPORTING_RELATIVE.search(sentence, speaker.end, start)
    )


def _without_counted_speaker(clause: SpeakerCue, start: int, end: int) -> list[SpeakerCue]:
    """The clause as it may source the figure at `start:end`: "…, said three officials" does not give its own
    count, "Reuters reported, citing three sources" gives it as Reuters (the links from the one whose name the
    count opens are cut; a figure further inside a name, "one of two commanders the army said", is left be)."""
    for index, link in enumerate(clause.links):
        if link.start <= start <= link.start + len("the ") and end <= link.end:
            return [replace(clause, links=clause.links[:index])] if index else []
    return [clause]


class ChainBuilder:
    """Turns attribution drafts into `ChainLink` chains for one text."""

    def __init__(self, outlet: str | None, directory: SpeakerDirectory | None) -> None:
        self.outlet = outlet
        self.directory = directory or SpeakerDirectory()
        self.memory = SpeakerMemory()

    def outlet_chain(self) -> tuple[ChainLink, ...]:
        """The chain of a figure nobody in the text is said to have given."""
        if not self.outlet:
            return ()
        return (self._outlet_link("origin"),)

    def chain(self, attribution: SpeakerCue) -> tuple[tuple[ChainLink, ...], bool]:
        """The chain for a figure under `attribution`, and whether it is fully resolved."""
        # A pronoun no earlier speaker explains ("he said" with no "he" before) is left
        # out: it names nobody an editor could confirm, and must not become an actor "He".
        # So is "the poll" when no poll's owner was named.
        # "According to the report, …" with no report's owner named: the document is the speaker, as
        # written (an editor can see which report the article means), but the chain is not resolved.
        # A sentence that only opens on the document ("The study looked at five trials", "The survey
        # covered 2,000 adults") gives its design and sample: the settled conventions credit the study.
        # "citing her conversation with the company" where no company was named: the analyst who talked
        # with it is the last source an editor can confirm.
        drafts = [
            draft
            for draft in attribution.links
            if (not is_reference(self._resolved_name(draft.name)) or REPORT_REFERENCE.match(draft.name.strip()))
            and not self._unnamed_interlocutor(draft.name)
        ]
        resolved = len(drafts) == len(attribution.links) and not any(
            is_reference(self._resolved_name(draft.name)) for draft in drafts
        )
        if not drafts:
            return self.outlet_chain(), False
        links = []
        for position, draft in enumerate(drafts):
            owner = self._document_owner(draft.name)
            if owner:
                links.append(self._named_link(owner, "reported", "relay"))
            links.append(self._link(draft, "origin" if position == len(drafts) - 1 else "relay"))
        if self.outlet and normalise_speaker(links[0].name) != normalise_speaker(self.outlet):
            links.insert(0, self._outlet_link("relay"))
        return tuple(self._with_anonymous_hosts(links)), resolved

    def _with_anonymous_hosts(self, links: list[ChainLink]) -> list[ChainLink]:
        """Match unmatched anonymous links to their host's entry ("Anonymous sources (X)")."""
        for index, link in enumerate(links):
            if not link.anonymous or link.actor_id is not None or index == 0:
                continue
            host = links[index - 1]
            actor = self.directory.match(anonymous_sources_name(host.actor_name or host.name))
            if actor:
                links[index] = replace(link, actor_id=actor[0], actor_name=actor[1], is_new=False)
        return links

    def remember(self, attribution: SpeakerCue) -> None:
        """Note the speakers of a sentence, so later sentences can refer back to them."""
        for draft in attribution.links:
            name = self._resolved_name(draft.name)
            anonymous, _ = describe_source(name)
            if name.lower() in FIRST_PERSON:
                continue  # "We have asked …,” he said": "we" is the quotation's speaker, never a later "he"
            if anonymous and _one_unnamed_person(name) and name.split()[-1].lower() == "official":
                self.memory.unnamed_official.note(name)  # "A city official said …. The official said …"
            if anonymous and _one_unnamed_person(name) and draft.verb != "according_to":
                # "…,” a military official said. Two were wounded, he said": one official, unnamed, is the
                # "he" that follows (no "they" nor "the ministry": a count of sources stays theirs alone).
                self.memory.note_person(name)
            elif anonymous and _unnamed_group(name) and draft.verb != "according_to":
                # "Security sources said …. “12 were killed,” they said": sources left unnamed, in the plural,
                # are the "they" that follows, as a group that opened a sentence is.
                self.memory.note_group(name)
            if not anonymous and not is_reference(name) and not self._unnamed_interlocutor(draft.name):
                self.memory.remember(name, draft.verb)
                if name != draft.name and speaks_for(draft.name):
                    # "A spokesman for the commission said …. He added …": he speaks for the commission.
                    self.memory.note_person(name)
                if draft.report:
                    self.memory.note_report(name)

    def _unnamed_interlocutor(self, name: str) -> bool:
        """Whether `name` is talks with a body the text never named ("her conversation with the company")."""
        talked = TALKS_WITH.match(name.strip())
        if not talked:
            return False
        who = talked.group("who").strip()
        return bool(re.fullmatch(r"the\s+[a-z]+", who)) and self._resolved_name(name) == who

    def _resolved_name(self, name: str) -> str:
        name = without_time_tail(name)  # "INEC Sunday morning" said it, and INEC is who a later "it" means
        talked = TALKS_WITH.match(name.strip())
        if talked:
            name = talked.group("who")  # "citing her conversation with the company": the company told her
        name = speaks_for(name) or name  # an unnamed spokesperson speaks for the body
        if not is_reference(name) and self.directory.match(name):
            return name
        return self.memory.resolve(name) or name

    def _document_owner(self, written: str) -> str | None:
        """Who published a document taken up by its noun ("the report said", "the survey showed"), if known.

        The document is who says what it found, as annotators and editors read it: "The report also showed the
        deficit widened" is the report's figure, and its publisher relays it (an owner read from "a report
        released by the Commerce Department on Friday" or "Today's IPCC synthesis report" is often cut wrong,
        and the figure stays the report's). The owner is still who a later "it said" means (`remember`). A poll
        the outlet ran itself is the outlet's own word.
        """
        if not DOCUMENT_REFERENCE.match(written.strip()):
            return None
        owner = self._resolved_name(written)
        if owner == written or normalise_speaker(owner) == normalise_speaker(self.outlet or ""):
            return None
        # "The 2024 Coastal Erosion Report": a document with a name of its own is the report, by that name.
        return None if owner.split()[-1] in NAMED_DOCUMENT_HEADS else owner

    def _link(self, draft: DraftLink, role: str) -> ChainLink:
        name = draft.name.strip() if self._document_owner(draft.name) else self._resolved_name(draft.name)
        return self._named_link(name, draft.verb, role)

    def _named_link(self, name: str, verb: str, role: str) -> ChainLink:
        anonymous, count = describe_source(name)
        actor = self.directory.match(name)
        return ChainLink(
            name=name,
            verb=verb,
            role=role,
            actor_id=actor[0] if actor else None,
            actor_name=actor[1] if actor else None,
            is_new=actor is None,
            anonymous=anonymous,
            source_count=count,
        )

    def _outlet_link(self, role: str) -> ChainLink:
        actor = self.directory.match(self.outlet or "")
        return ChainLink(
            name=self.outlet or "",
            verb="reported",
            role=role,
            actor_id=actor[0] if actor else None,
            actor_name=actor[1] if actor else None,
        )
