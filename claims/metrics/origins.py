"""
Independent origins: how many distinct speakers a figure really comes from.

Ten outlets repeating one agency is one origin. The origin of a chain is its last
link (``Attribution.role == "origin"``); a claim's origins are those of all its
sources, a metric's are those of all its claims. Counting rules:

* A **named** origin (person, agency, group, media) is one origin however many
  sources and outlets carry it.
* An **anonymous** origin counts once per outlet that relayed it: "six anonymous
  sources" cited by NBC News is one origin however many outlets repeat NBC's report
  ("The Hill ← NBC News ← six anonymous sources"), but anonymous sources cited by NBC
  News and anonymous sources cited by CNN are two, even when both were entered as one
  generic anonymous actor, because nothing says they are the same people. The
  relaying outlet is the outlet of the nearest relay that speaks for one (a media
  actor with ``Actor.outlet``), else the outlet that published the source.
* Unless they are the same actor: an anonymous actor tied to an outlet
  (``Actor.outlet``) is that outlet's own group of sources, one origin wherever it
  appears.

"Independently corroborated" needs two or more distinct origins that agree.
"""

from dataclasses import dataclass, field, replace

from ..models import Role


@dataclass(frozen=True)
class Origin:
    """One distinct origin; equal origins have equal ``key``."""

    key: tuple
    name: str = field(compare=False)
    actor: object = field(compare=False, repr=False)
    via: object = field(default=None, compare=False, repr=False)  # relaying outlet of an anonymous origin
    speaker: str = field(default="", compare=False, repr=False)  # "six anonymous sources", for an anonymous origin

    @property
    def is_anonymous(self):
        return self.via is not None

    def without_via_name(self):
        """This origin, read without naming its relaying outlet (one the reader may not see)."""
        return replace(self, name=f"{self.speaker} cited by an unnamed outlet", via=UnnamedOutlet(self.via.pk))


@dataclass(frozen=True)
class UnnamedOutlet:
    """A relaying outlet the reader may not see: still one origin's outlet, but with no name."""

    pk: int
    name: None = None


def chain_origin(chain):
    """The ``Origin`` of one source's chain (``claims.chains.Chain``), or None."""
    link = chain.origin
    if link is None or link.role != Role.ORIGIN:
        return None
    actor = link.actor
    if not actor.is_anonymous:
        return Origin(key=("actor", actor.pk), name=actor.name, actor=actor)
    via = actor.outlet or _relaying_outlet(chain)
    return Origin(
        key=("anonymous", actor.pk, via.pk),
        name=f"{link.speaker_display} cited by {via.name}",
        actor=actor,
        via=via,
        speaker=link.speaker_display,
    )


def _relaying_outlet(chain):
    for link in reversed(chain.links[:-1]):
        if link.actor.outlet_id is not None:
            return link.actor.outlet
    return chain.source.outlet


def claim_origins(claim):
    """The claim's distinct origins, in the order of its sources."""
    return distinct_origins(chain_origin(chain) for chain in claim.chains)


def claim_outlets(claim):
    """The distinct outlets that published the claim, in the order of its sources."""
    seen = {}
    for chain in claim.chains:
        seen.setdefault(chain.source.outlet_id, chain.source.outlet)
    return list(seen.values())


def distinct_origins(origins):
    """``origins`` without repeats (equal keys), in first-seen order."""
    seen = {}
    for origin in origins:
        if origin is not None:
            seen.setdefault(origin.key, origin)
    return list(seen.values())


@dataclass
class OriginSummary:
    """Outlets and distinct origins behind one claim or a whole metric."""

    outlets: list
    origins: list

    @classmethod
    def of(cls, claims):
        outlets, origins = {}, []
        for claim in claims:
            for outlet in claim_outlets(claim):
                outlets.setdefault(outlet.pk, outlet)
            origins.extend(claim_origins(claim))
        return cls(outlets=list(outlets.values()), origins=distinct_origins(origins))

    @property
    def independent(self):
        """Two or more distinct origins."""
        return len(self.origins) >= 2

    def counts(self):
        """ "3 outlets, 1 origin"."""
        outlets = _count(len(self.outlets), "outlet")
        return f"{outlets}, {_count(len(self.origins), 'origin') if self.origins else 'no origin recorded'}"

    def display(self):
        """ "3 outlets, 1 origin: National Intelligence Service"."""
        if not self.origins:
            return self.counts()
        return f"{self.counts()}: {', '.join(origin.name for origin in self.origins)}"


def _count(n, noun):
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
