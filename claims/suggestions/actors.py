"""
The actors of suggested claims: matching speakers to actors, and proposing new ones.

`ActorTable` reads every actor's name, aliases, kind and outlet in one query; its
`directory` is what the extractor matches speakers with ("the spy agency" → National
Intelligence Service). `ActorResolver` turns a candidate's chain links into
`ProposedActor`s for one source:

* the outlet link is the actor tied to the source's outlet (`Actor.outlet`); when the
  outlet has none, one is proposed (kind media), created the first time it is needed;
* a known speaker is its actor; an outlet named as a speaker ("NBC News reported") is
  the actor tied to that outlet;
* an unknown speaker becomes a new actor named as the text names it without a leading
  "the" ("the regional governor" → "Regional governor"), with the kind
  `guess_actor_kind()` reads from its words;
* anonymous sources are one actor per speaker who cites them, named like the seeds'
  "Anonymous sources (NBC News)" (the extractor matches that name too).

`ActorWriter` creates the proposed actors when drafts are saved, each once per batch,
through `sources.services.actor_create` with the editor who saves the drafts.
"""

import re
from dataclasses import dataclass

from sources.models import Actor, ActorKind, Outlet, Source, split_aliases
from sources.services import actor_create

from ..extraction import ChainLink, SpeakerDirectory
from ..extraction.documents import DOCUMENT_NOUNS
from ..extraction.relays import is_news_outlet
from ..extraction.speakers import COMPANY_FORMS, anonymous_sources_name, describe_source, normalise_speaker

__all__ = ["ActorTable", "ProposedActor", "ActorResolver", "ActorWriter", "actor_directory", "guess_actor_kind"]

MEDIA_WORDS = frozenset(
    [
        "news",
        "television",
        "tv",
        "radio",
        "times",
        "post",
        "journal",
        "newspaper",
        "broadcaster",
        "network",
        "press",
        "wire",
        "daily",
        "herald",
        "tribune",
        "gazette",
        "reuters",
        "bloomberg",
    ]
)
AGENCY_WORDS = frozenset(
    [
        "ministry",
        "agency",
        "service",
        "department",
        "office",
        "commission",
        "council",
        "police",
        "army",
        "navy",
        "military",
        "forces",
        "force",
        "authority",
        "authorities",
        "bureau",
        "court",
        "jury",
        "parliament",
        "government",
        "administration",
        "kremlin",
        "pentagon",
        "embassy",
        "cabinet",
        "committee",
        "command",
        "guard",
    ]
)
ORGANISATION_WORDS = frozenset(
    [
        "company",
        "group",
        "union",
        "institute",
        "university",
        "bank",
        "fund",
        "party",
        "organization",
        "organisation",
        "association",
        "federation",
        "foundation",
        "corporation",
        "firm",
        "project",
        "monitor",
        "observatory",
        "network",
        # A company named by what it makes or does, in the plural ("Palo Alto Networks", "Cisco Systems",
        # "Reliance Industries"): a person's surname is never one of these.
        "networks",
        "systems",
        "industries",
        "holdings",
        "technologies",
        "airlines",
        "airways",
        "motors",
        "communications",
        "resources",
        "enterprises",
        "solutions",
        "pharmaceuticals",
        "laboratories",
        "brands",
        "stores",
        "securities",
        "investments",
        "properties",
        "partners",
        "logistics",
        "telecommunications",
    ]
)
GROUP_HEADS = frozenset(
    [
        "officials",
        "lawmakers",
        "analysts",
        "experts",
        "economists",
        "diplomats",
        "residents",
        "witnesses",
        "activists",
        "prosecutors",
        "investigators",
        "researchers",
        "scientists",
        "doctors",
        "sources",
        "people",
        "members",
        "leaders",
        "authorities",
        "rescuers",
        "medics",
        "ministers",
        "legislators",
        "senators",
        "representatives",
        "media",
        "outlets",
    ]
)
PERSON_TITLES = frozenset(
    [
        "minister",
        "secretary",
        "undersecretary",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "governor",
        "mayor",
        "president",
        "premier",
        "director",
        "chief",
        "executive",
        "chairman",
        "chairwoman",
        "chair",
        "ambassador",
        "commander",
        "general",
        "envoy",
        "official",
        "prosecutor",
        "judge",
        "senator",
        "lawmaker",
    ]
)
# A document the text makes a speaker ("the study", "Preliminary results", "the latest Red C poll"):
# its actor is the body that published it, never a person.
DOCUMENT_HEADS = frozenset(
    [
        *DOCUMENT_NOUNS,
        *(f"{noun}s" for noun in DOCUMENT_NOUNS),
        "figures",
        "results",
        "statistics",
        "data",
        "index",
        # a gathered forecast ("The FactSet consensus", "the LSEG estimates") is its compiler's
        "consensus",
        "forecast",
        "forecasts",
        "estimate",
        "estimates",
    ]
)
HEAD_ENDS = frozenset(["in", "at", "of", "from", "for", "with", "on", "by"])
# Small words that join the capitalised words of a body's name ("United for Peace and
# Justice", "Bank of England"); a person's name never has them ("de", "van", "bin" do not count).
NAME_JOINERS = frozenset(["for", "and", "of", "against", "on", "in", "to"])


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
    if head in DOCUMENT_HEADS or (len(words) > 1 and words[-2] in DOCUMENT_HEADS and head in PUBLISHED):
        return _publisher_kind(name, words)
    if head in GROUP_HEADS or (head.endswith("s") and not head.endswith("ss") and name[:1].islower()):
        return ActorKind.GROUP
    if head in PERSON_TITLES:
        return ActorKind.PERSON  # "the Pentagon's undersecretary for policy"
    if any(word in MEDIA_WORDS for word in words) or is_news_outlet(name):
        return ActorKind.MEDIA  # also a relay known by name: "Nikkei Asia", "the BBC", "Interfax"
    if any(word in AGENCY_WORDS for word in words):
        return ActorKind.AGENCY
    if any(word in ORGANISATION_WORDS or word in COMPANY_FORMS for word in words) or len(name.split()) == 1:
        return ActorKind.ORGANISATION  # a one-word name is a body ("Pfizer"), people have two
    if _joins_capitalised_words(name):
        return ActorKind.ORGANISATION
    return ActorKind.PERSON


# "New statistics released by the regulator": the document's verb before its publisher.
PUBLISHED = frozenset(["released", "published", "issued", "compiled", "out"])


def _publisher_kind(name: str, words: list[str]) -> str:
    """The kind of the body that published a document: a ministry's report is an agency's, a
    broadcaster's poll a medium's, any other an organisation's."""
    if any(word in AGENCY_WORDS for word in words):
        return ActorKind.AGENCY
    if any(word in MEDIA_WORDS or word == "media" for word in words) or is_news_outlet(name):
        return ActorKind.MEDIA  # "media reports"
    return ActorKind.ORGANISATION


def _joins_capitalised_words(name: str) -> bool:
    """Whether ``name`` is capitalised words joined by "for", "and", "of" … (a body's name)."""
    words = name.split()
    return any(
        word in NAME_JOINERS and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
        for i, word in enumerate(words)
    )


def _display_name(name: str) -> str:
    """ "the regional governor" → "Regional governor"; names keep their capitals."""
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    return name[:1].upper() + name[1:]


class ActorResolver:
    """Turns a candidate's chain links into `ProposedActor`s for one source (see module doc)."""

    def __init__(self, source: Source, actors: ActorTable) -> None:
        self.source = source
        self.actors = actors
        self.outlet_names = {normalise_speaker(name): pk for pk, name in Outlet.objects.values_list("pk", "name")}
        # The new people proposed so far for this source, by their names' words.
        self.people: dict[tuple[str, ...], str] = {}

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
        return self._one_person(ProposedActor(_display_name(link.name), guess_actor_kind(link.name)))

    def _one_person(self, proposed: ProposedActor) -> ProposedActor:
        """A new person this source named before with or without an office is that person, under its first name.

        Newswriting gives the office once and drops it after ("MP Jane Ardent said …", "…, Jane Ardent
        revealed"): the extractor reads two speakers, and two new actors would be one person twice.
        """
        words = tuple(proposed.name.casefold().split())
        if proposed.kind != ActorKind.PERSON or len(words) < 2:
            return proposed
        for earlier, name in self.people.items():
            shorter, longer = sorted((earlier, words), key=len)
            if len(shorter) >= 2 and longer[-len(shorter) :] == shorter:
                return ProposedActor(name, proposed.kind)
        self.people[words] = proposed.name
        return proposed


class ActorWriter:
    """Finds or creates the actors of proposed links, once each per batch, as `user`."""

    def __init__(self, *, user=None, change_reason: str = "") -> None:
        self.user = user
        self.change_reason = change_reason
        self.created: dict[tuple[str, int | None], Actor] = {}
        self.existing: dict[int, Actor] = {}

    def actor(self, proposed: ProposedActor) -> Actor:
        """The saved actor for `proposed`, created if it is new."""
        if not proposed.is_new:
            if proposed.actor_id not in self.existing:
                self.existing[proposed.actor_id] = Actor.objects.get(pk=proposed.actor_id)
            return self.existing[proposed.actor_id]
        key = (normalise_speaker(proposed.name), proposed.outlet_id)
        if key not in self.created:
            self.created[key] = actor_create(
                name=proposed.name,
                kind=proposed.kind,
                outlet_id=proposed.outlet_id,
                proposed=True,
                user=self.user,
                change_reason=self.change_reason,
            )
        return self.created[key]
