"""
Attribution chains: grouping links by source, reading them, and validating them.

A chain is the ordered list of links of one claim inside one source: relays first,
the origin last. The same ``validate_chain()`` guards the admin inline, the API and
importers, so all of them accept and refuse the same chains.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError


@dataclass
class Chain:
    """The links of one claim inside one source, outermost first."""

    source: object
    links: list = field(default_factory=list)

    @property
    def origin(self):
        return self.links[-1] if self.links else None

    def display(self):
        """ "The Hill ← NBC News ← six anonymous sources"."""
        names = [self.source.outlet.name]
        for link in self.links:
            name = link.speaker_display
            if name != names[-1]:
                names.append(name)
        return " ← ".join(names)


def source_order(published, title, source_id):
    """Where a source's chain comes among a claim's chains: earliest published first
    (undated last), then by title, then by id.

    The one ordering every reader uses (API, sheets, admin, sheet pages), applied in
    Python so no database collation can change it; the title before the id keeps the
    order after a sheet is imported into a database that numbers sources differently.
    ``published`` is a ``date`` or its ISO text (SQLite's raw rows).
    """
    return (published is None, "" if published is None else str(published), title, source_id)


def chain_order(chain):
    source = chain.source
    return source_order(source.published, source.title, source.pk)


def group_chains(attributions):
    """Group attribution rows (each source's in position order) into chains, in ``source_order``."""
    chains = {}
    for link in attributions:
        chains.setdefault(link.source_id, Chain(source=link.source)).links.append(link)
    ordered = list(chains.values())
    if len(ordered) > 1:
        ordered.sort(key=chain_order)
    return ordered


@dataclass(frozen=True)
class LinkData:
    """One link before it is saved: submitted by a form, the API or an importer, or
    proposed by the suggestions (whose ``actor`` is then a ``ProposedActor``, a speaker
    written only when the chain is saved)."""

    source: object
    actor: object
    verb: str
    role: str
    position: int
    source_count: int | None = None


def chain_signature(links):
    """A comparable form of a chain (``LinkData`` or ``Attribution`` rows), to tell whether it changed."""
    return sorted(
        (link.source.pk, link.position, link.actor.pk, link.verb, link.role, link.source_count) for link in links
    )


def validate_chain(links):
    """Raise ``ValidationError`` unless every source's links form a proper chain.

    In each source: positions are distinct, there is exactly one origin and it is the
    last link, and only anonymous speakers carry a count of sources.
    """
    errors = []
    by_source = {}
    for link in links:
        by_source.setdefault(link.source, []).append(link)
    for source, source_links in by_source.items():
        label = f"In “{source.title}”" if hasattr(source, "title") else "In one source"
        positions = [link.position for link in source_links]
        if len(set(positions)) != len(positions):
            errors.append(f"{label}, two links share a position.")
        origins = [link for link in source_links if link.role == "origin"]
        if len(origins) != 1:
            errors.append(f"{label}, the chain needs exactly one origin (it has {len(origins)}).")
        elif origins[0].position != max(positions):
            errors.append(f"{label}, the origin must be the last link; relays come before it.")
        for link in source_links:
            if link.source_count and not getattr(link.actor, "is_anonymous", False):
                errors.append(f"{label}, only anonymous sources carry a count of sources ({link.actor}).")
    if errors:
        raise ValidationError(errors)
