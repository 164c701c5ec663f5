"""Test data builders. They write through ``claims.services`` like the real callers."""

import itertools
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.chains import LinkData
from claims.models import Claim, ClaimRelation, ClaimSheet, Metric, Review, Tag
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
            links = [
                LinkData(
                    source=source or make_source(), actor=actor or make_actor(), verb="said", role="origin", position=1
                )
            ]
        claim_save(claim=claim, links=links, tags=tags, user=user)
        if status == "in_review":
            claim_transition(claim=claim, action="submit", user=None)
        elif status in ("published", "retracted"):
            claim_transition(claim=claim, action="publish", user=None)
            if status == "retracted":
                claim_transition(claim=claim, action="retract", user=None, reason="Retracted in a test.")
        claim.refresh_from_db()
        return claim


def bulk_claims(count, *, status="published", unit="drones", **fields):
    """``count`` claims in two queries (one source, one origin speaker for all), for tests that
    only read many rows. They skip the services, so no history: never use them to test a write."""
    from django.utils import timezone

    from claims.metrics.live_conflicts import refresh_live_conflicts
    from claims.models import Attribution

    source, actor = make_source(), make_actor()
    published_at = timezone.now() if status in ("published", "retracted") else None
    claims = Claim.objects.bulk_create(
        [
            Claim(
                statement=f"Claim {next(_counter)}",
                value=Decimal(n + 1),
                qualifier="exact",
                unit=unit,
                status=status,
                published_at=published_at,
                **fields,
            )
            for n in range(count)
        ]
    )
    Attribution.objects.bulk_create(
        [
            Attribution(claim=claim, source=source, actor=actor, verb="said", role="origin", position=1)
            for claim in claims
        ]
    )
    # As every bulk writer must: bulk_create sends no signals (claims.metrics.live_conflicts).
    refresh_live_conflicts(claims=claims)
    return claims


def build_newsroom(rows, start=0):
    """``rows`` published claims, each with its own outlet, source, three-link chain, tags, metric,
    review, relation to the claim before and saved sheet; ``start`` numbers a second batch."""
    make = ClaimFactory()
    anonymous = make_actor(kind="anonymous")
    shared_tags = [Tag.objects.get_or_create(name=f"Shared tag {n}", slug=f"shared-tag-{n}")[0] for n in range(2)]
    previous = None
    for n in range(start, start + rows):
        source = make_source(outlet=make_outlet())
        tags = [*shared_tags, Tag.objects.create(name=f"Tag {n}")]
        links = [
            LinkData(source, make_actor(kind="media"), "reported", "relay", 1),
            LinkData(source, make_actor(kind="group"), "said", "relay", 2),
            LinkData(source, anonymous, "citing", "origin", 3, source_count=n % 5 + 1),
        ]
        metric = Metric.objects.create(name=f"Metric {n}", slug=f"metric-{n}")
        claim = make(links=links, tags=tags, status="published", value=n + 1, unit="drones", metric=metric)
        review = Review.objects.create(claim=claim, rating="true", status="published")
        review.evidence.add(source)
        if previous is not None:
            ClaimRelation.objects.create(from_claim=claim, to_claim=previous, kind="corroborates")
        sheet = ClaimSheet.objects.create(name=f"Sheet {n}", slug=f"sheet-{n}", public=True)
        sheet.items.create(claim=claim, position=1)
        previous = claim


def claim_write_body(records, **overrides):
    """A valid body for ``POST /api/v1/claims/``: "about 4,000 soldiers", said by the speaker
    with slug ``lawmakers``, briefed by ``records["origin"]``, in ``records["source"]``."""
    return {
        "statement": "North Korea may send about 4,000 more soldiers.",
        "quote": "about 4,000 soldiers",
        "value": 4000,
        "qualifier": "approx",
        "unit": "soldiers",
        "sources": [
            {
                "id": records["source"].pk,
                "chain": [
                    {"actor": "lawmakers", "verb": "said"},
                    {"actor": records["origin"].pk, "verb": "briefed"},
                ],
            },
        ],
        **overrides,
    }


def make_newsroom_user(username, groups=(), **extra):
    """A staff user in ``groups`` with the password ``pw-<username>``; the existing one if ``username`` is taken.

    Records shared by a test module (``tests/shared_records.py``) may already hold the user a
    function fixture asks for ("rita", who reviewed the shared sheet claims): that fixture then
    gets the same person, not a second "rita" the database refuses."""
    existing = get_user_model().objects.filter(username=username).first()
    if existing is not None:
        return existing
    user = get_user_model().objects.create_user(username=username, password="pw-" + username, is_staff=True, **extra)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user
