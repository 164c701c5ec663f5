"""
Suggested claims: a source's text turned into draft claims for an editor to confirm.

`suggest_claims(source)` runs the extractor over the source's stored text, with the
source's outlet as the outermost link of every chain and every actor (name and
aliases, read in one query) as the speaker directory. Each `Suggestion` carries the
candidate, a statement draft, the actor each link will use — an existing one, or a
`ProposedActor` to create — and the claim of this source it repeats, if any.
`create_suggested_claims()` writes the chosen suggestions as drafts through
`claims.services.claim_save`, all in one transaction; nothing is ever published here.

Decisions:

* **The outlet link** is the actor tied to the source's outlet (`Actor.outlet`); when
  the outlet has none, one is created (kind media) the first time it is needed.
* **Known speakers** are matched by name and alias ("the spy agency" → National
  Intelligence Service); an outlet named as a speaker ("NBC News reported") is the
  actor tied to that outlet.
* **Unknown speakers** become new actors, named as the text names them without a
  leading "the" ("the regional governor" → "Regional governor"), with a kind guessed
  from the words: anonymous for "six sources", group for plurals ("officials",
  "lawmakers"), media for an outlet's name or newsroom words, agency for public
  bodies ("ministry", "police"), organisation for other bodies, person otherwise.
  Anonymous sources are one actor per speaker that cites them, named like the seeds'
  "Anonymous sources (NBC News)" (the extractor matches that name too), and the link
  keeps the count ("six sources" → 6).
* **Already there**: a candidate repeats a claim attributed in this source when both
  have the same quote (ignoring case and spacing, or one quote containing the other),
  or else the same figure — value, upper value and unit, whatever the qualifier, which
  an editor may have corrected. Each existing claim answers for one candidate only, so
  a text that says "thousands" of troops twice, about two different things, keeps both.
"""

import hashlib
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from sources.models import Actor, ActorKind, Outlet, Source, split_aliases

from .chains import LinkData
from .extraction import ChainLink, FigureCandidate, SpeakerDirectory, extract_figures
from .extraction.speakers import anonymous_sources_name, describe_source, normalise_speaker
from .figures import format_figure
from .models import Claim, ClaimStatus, Provenance
from .services import claim_save

__all__ = [
    "ActorTable", "ProposedActor", "ProposedLink", "Suggestion", "actor_directory", "suggest_claims",
    "suggest_from_text", "create_suggested_claims", "guess_actor_kind", "outlet_name", "candidate_data",
]  # fmt: skip

MEDIA_WORDS = frozenset(
    "news television tv radio times post journal newspaper broadcaster network press wire daily herald "
    "tribune gazette reuters bloomberg".split()
)
AGENCY_WORDS = frozenset(
    "ministry agency service department office commission council police army navy military forces force "
    "authority authorities bureau court parliament government administration kremlin pentagon embassy "
    "cabinet committee command guard ministry's".split()
)
ORGANISATION_WORDS = frozenset(
    "company group union institute university bank fund party organization organisation association "
    "federation foundation corporation firm project monitor observatory network".split()
)
GROUP_HEADS = frozenset(
    "officials lawmakers analysts experts economists diplomats residents witnesses activists prosecutors "
    "investigators researchers scientists doctors sources people members leaders authorities rescuers "
    "medics ministers legislators senators representatives media outlets".split()
)
PERSON_TITLES = frozenset(
    "minister secretary undersecretary spokesperson spokesman spokeswoman governor mayor president premier "
    "director chief executive chairman chairwoman chair ambassador commander general envoy official "
    "prosecutor judge senator lawmaker".split()
)
HEAD_ENDS = frozenset("in at of from for with on by".split())
STATEMENT_LENGTH = Claim._meta.get_field("statement").max_length
QUOTE_LENGTH = Claim._meta.get_field("quote").max_length
SUBJECT_LENGTH = Claim._meta.get_field("subject").max_length
UNIT_LENGTH = Claim._meta.get_field("unit").max_length


@dataclass(frozen=True)
class ProposedActor:
    """The actor a link will use: an existing one (`actor_id`), or a new one to create."""

    name: str
    kind: str
    actor_id: int | None = None
    outlet_id: int | None = None

    @property
    def is_new(self) -> bool:
        return self.actor_id is None


@dataclass(frozen=True)
class ProposedLink:
    """One link of a suggested claim's chain, outermost first, as it will be saved."""

    actor: ProposedActor
    verb: str
    role: str
    position: int
    source_count: int | None = None


@dataclass(frozen=True)
class Suggestion:
    """A candidate figure for one source, ready to become a draft claim."""

    candidate: FigureCandidate
    links: tuple[ProposedLink, ...]
    statement: str
    duplicate_of: int | None = None

    @property
    def key(self) -> str:
        """A stable id for forms: the same text gives the same keys."""
        c = self.candidate
        digest = hashlib.sha1(f"{c.start}:{c.end}:{c.quote}".encode()).hexdigest()[:10]
        return f"{c.start}-{c.end}-{digest}"

    @property
    def sentence_parts(self) -> tuple[str, str, str]:
        """The sentence cut around the quote: (before, quote, after), to highlight it."""
        c = self.candidate
        start, end = c.start - c.sentence_start, c.end - c.sentence_start
        return c.sentence[:start], c.sentence[start:end], c.sentence[end:]

    @property
    def figure_display(self) -> str:
        c = self.candidate
        return format_figure(c.value, c.value_max, c.qualifier, c.unit)

    @property
    def chain_display(self) -> str:
        """ "The Hill ← NBC News ← six sources" (new speakers marked with *)."""
        return " ← ".join(f"{link.actor.name}{' *' if link.actor.is_new else ''}" for link in self.links)

    @property
    def new_actors(self) -> list[ProposedActor]:
        return [link.actor for link in self.links if link.actor.is_new]


class ActorTable:
    """Every actor's name, aliases, kind and outlet, read in one query.

    `directory` is the `SpeakerDirectory` the extractor matches speakers with.
    """

    def __init__(self) -> None:
        rows = list(Actor.objects.order_by("pk").values_list("pk", "name", "aliases", "kind", "outlet_id"))
        self.directory = SpeakerDirectory((pk, name, split_aliases(aliases)) for pk, name, aliases, _, _ in rows)
        self.kinds = {pk: kind for pk, _, _, kind, _ in rows}
        self.by_outlet: dict[int, tuple[int, str]] = {}
        for pk, name, _, _, outlet_id in rows:
            if outlet_id is not None:
                self.by_outlet.setdefault(outlet_id, (pk, name))


def actor_directory() -> SpeakerDirectory:
    """Every actor's name and aliases as a `SpeakerDirectory` (one query)."""
    return ActorTable().directory


def guess_actor_kind(name: str) -> str:
    """The `ActorKind` a new speaker most likely has, from how the text names it."""
    if describe_source(name)[0]:
        return ActorKind.ANONYMOUS
    words = normalise_speaker(name).split()
    # The head is the last word before a preposition: "analysts at TD Cowen".
    cut = next((i for i, word in enumerate(words) if word in HEAD_ENDS and i > 0), len(words))
    words = words[:cut]
    if not words:
        return ActorKind.PERSON
    head = words[-1]
    if head in GROUP_HEADS or (head.endswith("s") and not head.endswith("ss") and name[:1].islower()):
        return ActorKind.GROUP
    if head in PERSON_TITLES:
        return ActorKind.PERSON  # "the Pentagon's undersecretary for policy"
    if any(word in MEDIA_WORDS for word in words):
        return ActorKind.MEDIA
    if any(word in AGENCY_WORDS for word in words):
        return ActorKind.AGENCY
    if any(word in ORGANISATION_WORDS for word in words) or len(name.split()) == 1:
        return ActorKind.ORGANISATION  # a one-word name is a body ("Pfizer"), people have two
    return ActorKind.PERSON


def _display_name(name: str) -> str:
    """ "the regional governor" → "Regional governor"; names keep their capitals."""
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return name[:1].upper() + name[1:]


class _ActorResolver:
    """Turns a candidate's chain links into `ProposedActor`s for one source."""

    def __init__(self, source: Source, actors: ActorTable) -> None:
        self.source = source
        self.actors = actors
        self.outlet_names = {normalise_speaker(name): pk for pk, name in Outlet.objects.values_list("pk", "name")}

    def outlet(self) -> ProposedActor:
        outlet = self.source.outlet
        if outlet.pk in self.actors.by_outlet:
            pk, name = self.actors.by_outlet[outlet.pk]
            return ProposedActor(name, self.actors.kinds[pk], actor_id=pk)
        return ProposedActor(outlet.name, ActorKind.MEDIA, outlet_id=outlet.pk)

    def speaker(self, link: ChainLink, previous: ProposedActor | None) -> ProposedActor:
        if link.actor_id is not None:
            return ProposedActor(link.actor_name or link.name, self.actors.kinds[link.actor_id], actor_id=link.actor_id)
        if link.anonymous:
            host = previous.name if previous else self.source.outlet.name
            return ProposedActor(anonymous_sources_name(host), ActorKind.ANONYMOUS)
        outlet_id = self.outlet_names.get(normalise_speaker(link.name))
        if outlet_id is not None:
            if outlet_id in self.actors.by_outlet:
                pk, name = self.actors.by_outlet[outlet_id]
                return ProposedActor(name, self.actors.kinds[pk], actor_id=pk)
            return ProposedActor(_display_name(link.name), ActorKind.MEDIA, outlet_id=outlet_id)
        return ProposedActor(_display_name(link.name), guess_actor_kind(link.name))


def _links(candidate: FigureCandidate, resolver: _ActorResolver, outlet_name: str) -> tuple[ProposedLink, ...]:
    links: list[ProposedLink] = []
    previous: ProposedActor | None = None
    for position, link in enumerate(candidate.chain, start=1):
        is_outlet = position == 1 and normalise_speaker(link.name) == normalise_speaker(outlet_name)
        actor = resolver.outlet() if is_outlet else resolver.speaker(link, previous)
        count = link.source_count if actor.kind == ActorKind.ANONYMOUS else None
        links.append(ProposedLink(actor, link.verb, link.role, position, count))
        previous = actor
    return tuple(links)


def _statement(candidate: FigureCandidate, links: tuple[ProposedLink, ...]) -> str:
    """ "Russian media: ≈ 5,000 workers (military construction workers)"."""
    figure = format_figure(candidate.value, candidate.value_max, candidate.qualifier, candidate.unit)
    origin = links[-1] if links else None
    if origin and origin.actor.kind == ActorKind.ANONYMOUS and origin.source_count:
        speaker = f"{origin.source_count} anonymous sources"
    else:
        speaker = origin.actor.name if origin else ""
    statement = f"{speaker}: {figure}" if speaker else figure
    if candidate.subject and candidate.subject.lower() != candidate.unit.lower():
        statement += f" ({candidate.subject})"
    return statement[:STATEMENT_LENGTH]


def _normal_quote(text: str) -> str:
    return " ".join(text.lower().split())


def _find_duplicates(candidates: list[FigureCandidate], source: Source) -> list[int | None]:
    """For each candidate, the pk of the claim of `source` it repeats (see module doc)."""
    existing = list(Claim.objects.in_source(source).values_list("pk", "quote", "value", "value_max", "unit"))
    used: set[int] = set()
    found: list[int | None] = []

    def first(test) -> int | None:
        return next((row[0] for row in existing if row[0] not in used and test(row)), None)

    for candidate in candidates:
        quote = _normal_quote(candidate.quote)
        match = first(lambda row: _normal_quote(row[1]) == quote)
        match = match or first(lambda row: row[1] and (quote in _normal_quote(row[1]) or _normal_quote(row[1]) in quote))
        match = match or first(
            lambda row: row[2] == candidate.value
            and row[3] == candidate.value_max
            and row[4].lower() == candidate.unit.lower()
        )
        if match is not None:
            used.add(match)
        found.append(match)
    return found


def outlet_name(given: str | None) -> str | None:
    """A known outlet's name for its slug or name; otherwise `given` as written (None if blank)."""
    given = (given or "").strip()
    if not given:
        return None
    known = Outlet.objects.filter(Q(slug=given) | Q(name__iexact=given)).values_list("name", flat=True).first()
    return known or given


def candidate_data(candidate: FigureCandidate) -> dict:
    """A candidate as JSON-ready data, with its readable figure ("≈ 12,000 troops")."""
    figure = format_figure(candidate.value, candidate.value_max, candidate.qualifier, candidate.unit)
    return {**candidate.to_dict(), "figure": figure}


def suggest_from_text(source: Source, text: str) -> list[Suggestion]:
    """Suggestions for `source` from `text` (normally the source's own text)."""
    actors = ActorTable()
    outlet_name = source.outlet.name
    candidates = extract_figures(text, outlet=outlet_name, speakers=actors.directory)
    resolver = _ActorResolver(source, actors)
    duplicates = _find_duplicates(candidates, source)
    suggestions = []
    for candidate, duplicate_of in zip(candidates, duplicates, strict=True):
        links = _links(candidate, resolver, outlet_name)
        suggestions.append(Suggestion(candidate, links, _statement(candidate, links), duplicate_of))
    return suggestions


def suggest_claims(source: Source) -> list[Suggestion]:
    """Suggestions from the source's stored text (none when it has no text)."""
    return suggest_from_text(source, source.text) if source.text.strip() else []


class _ActorWriter:
    """Finds or creates the actors of proposed links, once each per batch."""

    def __init__(self) -> None:
        self.created: dict[tuple[str, int | None], Actor] = {}

    def actor(self, proposed: ProposedActor) -> Actor:
        if not proposed.is_new:
            return Actor.objects.get(pk=proposed.actor_id)
        key = (normalise_speaker(proposed.name), proposed.outlet_id)
        if key not in self.created:
            actor = Actor(name=proposed.name, kind=proposed.kind, outlet_id=proposed.outlet_id)
            actor.full_clean(exclude=["slug"])
            actor.save()
            self.created[key] = actor
        return self.created[key]


@transaction.atomic
def create_suggested_claims(source: Source, suggestions: list[Suggestion], *, user=None) -> list[Claim]:
    """Write `suggestions` as draft claims of `source`, with their chains; all or nothing.

    Suggestions that repeat a claim already in the source are skipped. A claim the
    database refuses raises `ValidationError` naming its quote, and nothing is written.
    """
    writer = _ActorWriter()
    created = []
    for suggestion in suggestions:
        if suggestion.duplicate_of is not None:
            continue
        candidate = suggestion.candidate
        claim = Claim(
            statement=suggestion.statement,
            quote=candidate.quote[:QUOTE_LENGTH],
            value=candidate.value,
            value_max=candidate.value_max,
            qualifier=candidate.qualifier,
            unit=candidate.unit[:UNIT_LENGTH],
            subject=candidate.subject[:SUBJECT_LENGTH],
            status=ClaimStatus.DRAFT,
            provenance=Provenance.SUGGESTED,
            extracted_sentence=candidate.sentence,
        )
        links = [
            LinkData(source, writer.actor(link.actor), link.verb, link.role, link.position, link.source_count)
            for link in suggestion.links
        ]
        try:
            claim_save(claim=claim, links=links, user=user, change_reason="suggested from the source's text")
        except ValidationError as error:
            raise ValidationError(f"“{candidate.quote}” could not be saved: {' '.join(error.messages)}") from None
        created.append(claim)
    return created
