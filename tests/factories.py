"""Test data builders. They write through ``claims.services`` like the real callers."""

import itertools
from decimal import Decimal

from claims.chains import LinkData
from claims.models import Claim
from claims.services import claim_save, claim_transition
from sources.models import Actor, Outlet, Source

_counter = itertools.count(1)


def make_outlet(name=None, **kwargs):
    name = name or f"Outlet {next(_counter)}"
    return Outlet.objects.create(name=name, **kwargs)


def make_source(outlet=None, title=None, **kwargs):
    return Source.objects.create(outlet=outlet or make_outlet(), title=title or f"Story {next(_counter)}", **kwargs)


def make_actor(name=None, **kwargs):
    return Actor.objects.create(name=name or f"Speaker {next(_counter)}", **kwargs)


class ClaimFactory:
    """Callable that creates a claim (and, unless given, a source and origin actor)."""

    def __call__(self, *, links=None, source=None, actor=None, tags=None, status="draft", user=None, **fields):
        fields.setdefault("statement", f"Claim {next(_counter)}")
        if "value" in fields and fields["value"] is not None:
            fields["value"] = Decimal(str(fields["value"]))
            fields.setdefault("qualifier", "exact")
        if fields.get("value_max") is not None:
            fields["value_max"] = Decimal(str(fields["value_max"]))
        claim = Claim(**fields)
        if links is None:
            links = [LinkData(source=source or make_source(), actor=actor or make_actor(), verb="said", role="origin", position=1)]
        claim_save(claim=claim, links=links, tags=tags, user=user)
        if status == "in_review":
            claim_transition(claim=claim, action="submit", user=None)
        elif status in ("published", "retracted"):
            claim_transition(claim=claim, action="publish", user=None)
            if status == "retracted":
                claim_transition(claim=claim, action="retract", user=None)
        claim.refresh_from_db()
        return claim
