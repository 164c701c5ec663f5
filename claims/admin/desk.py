"""
The desk: the admin's first page, what is waiting for the person who just logged in.

Six sections — my drafts, claims waiting for review (and for whom), pending revisions of
published claims, live conflicts on metrics, suggestions not yet decided, recent
imports — each with a count, a link to the list filtered to exactly what it counts, and
its newest few items. The admin's model list stays below it.

``admin/index.html`` (``claims/templates``) renders it through the ``{% claims_desk %}``
tag, as the admin's own index renders "Recent actions" with ``{% get_admin_log %}``.

It must answer in well under 300 ms at a million claims (see docs/performance.md), so
every count is one query that an index answers alone: drafts and suggestions have
partial indexes, claims in review are a range of ``claim_page_figure_idx``, assigned
claims a partial index on ``assignee``, metrics with a live conflict a partial index on
the flag every write keeps (``claims.metrics.live_conflicts``); the query count does not
grow with the data (pinned by ``tests/claims/admin/test_desk.py``).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from ..models import (
    Claim,
    ClaimRevision,
    ClaimStatus,
    ImportRun,
    Metric,
    Provenance,
    RevisionStatus,
)
from .assignment import ANYONE, ME, NOBODY

# How many of the newest items each section lists.
NEWEST = 5
# Imports since midnight this many days ago count as recent (the import list's "Past 7 days").
RECENT_DAYS = 7


@dataclass
class Item:
    label: str
    url: str
    note: str = ""
    when: object = None


@dataclass
class Link:
    """A count within a section ("3 assigned to you"), with the list it opens."""

    count: int
    label: str
    url: str


@dataclass
class Section:
    key: str
    title: str
    count: int
    url: str
    empty: str
    items: list = field(default_factory=list)
    links: list = field(default_factory=list)


def _changelist(model, **params):
    url = reverse(f"admin:claims_{model._meta.model_name}_changelist")
    return f"{url}?{urlencode(params)}" if params else url


def _claim_item(claim, note=""):
    return Item(claim.statement, reverse("admin:claims_claim_change", args=[claim.pk]), note, claim.updated_at)


class Desk:
    """The desk of ``user``: build it with ``Desk(user).sections()``."""

    def __init__(self, user):
        self.user = user

    def sections(self):
        if not self.user.has_perm("claims.view_claim"):
            return []
        return [
            self.my_drafts(),
            self.waiting_for_review(),
            self.pending_revisions(),
            self.live_conflicts(),
            self.suggestions(),
            self.recent_imports(),
        ]

    def my_drafts(self):
        drafts = Claim.objects.filter(status=ClaimStatus.DRAFT, created_by=self.user)
        newest = drafts.only("pk", "statement", "updated_at", "provenance").order_by("-updated_at", "-id")[:NEWEST]
        return Section(
            key="my-drafts",
            title="My drafts",
            count=drafts.count(),
            url=_changelist(Claim, status__exact=ClaimStatus.DRAFT, created_by=ME),
            empty="You have no drafts.",
            items=[
                _claim_item(claim, "suggested" if claim.provenance == Provenance.SUGGESTED else "") for claim in newest
            ],
        )

    def waiting_for_review(self):
        in_review = Claim.objects.filter(status=ClaimStatus.IN_REVIEW)
        assigned = in_review.filter(assignee__isnull=False).aggregate(
            # Counting the indexed column (not the id) lets the partial index answer alone.
            anyone=Count("assignee"),
            mine=Count("assignee", filter=Q(assignee=self.user)),
        )
        total = in_review.count()
        newest = (
            in_review.select_related("assignee")
            .only("pk", "statement", "updated_at", "assignee__username", "assignee__first_name", "assignee__last_name")
            .order_by("-updated_at", "-id")[:NEWEST]
        )
        return Section(
            key="in-review",
            title="Waiting for review",
            count=total,
            url=_changelist(Claim, status__exact=ClaimStatus.IN_REVIEW),
            empty="No claim is waiting for review.",
            items=[
                _claim_item(claim, f"for {claim.assignee.get_username()}" if claim.assignee else "unassigned")
                for claim in newest
            ],
            links=[
                Link(
                    assigned["mine"],
                    "assigned to you",
                    _changelist(Claim, status__exact=ClaimStatus.IN_REVIEW, assigned=ME),
                ),
                Link(
                    total - assigned["anyone"],
                    "unassigned",
                    _changelist(Claim, status__exact=ClaimStatus.IN_REVIEW, assigned=NOBODY),
                ),
                Link(
                    assigned["anyone"],
                    "assigned to a reviewer",
                    _changelist(Claim, status__exact=ClaimStatus.IN_REVIEW, assigned=ANYONE),
                ),
            ],
        )

    def pending_revisions(self):
        pending = ClaimRevision.objects.filter(status=RevisionStatus.PENDING)
        newest = pending.select_related("claim", "proposed_by").order_by("-updated_at", "-id")[:NEWEST]
        return Section(
            key="revisions",
            title="Changes to published claims",
            count=pending.count(),
            url=_changelist(Claim, pending_revision="yes"),
            empty="No change to a published claim is waiting.",
            items=[
                Item(
                    revision.claim.statement,
                    reverse("admin:claims_claim_change", args=[revision.claim_id]),
                    f"by {revision.proposed_by.get_username()}" if revision.proposed_by else "",
                    revision.updated_at,
                )
                for revision in newest
            ],
        )

    def live_conflicts(self):
        # The flag each write keeps (claims.metrics.live_conflicts), read from its partial index.
        conflicted = Metric.objects.filter(has_live_conflict=True)
        newest = conflicted.only("pk", "name", "updated_at").order_by("-updated_at", "-id")[:NEWEST]
        return Section(
            key="conflicts",
            title="Metrics with a live conflict",
            count=conflicted.count(),
            url=_changelist(Metric, conflict="live"),
            empty="No metric has an unexplained conflict.",
            items=[
                Item(metric.name, reverse("admin:claims_metric_change", args=[metric.pk]) + "#conflicts")
                for metric in newest
            ],
        )

    def suggestions(self):
        suggested = Claim.objects.filter(status=ClaimStatus.DRAFT, provenance=Provenance.SUGGESTED)
        newest = suggested.only("pk", "statement", "updated_at").order_by("-updated_at", "-id")[:NEWEST]
        return Section(
            key="suggestions",
            title="Suggestions not yet decided",
            count=suggested.count(),
            url=_changelist(Claim, status__exact=ClaimStatus.DRAFT, provenance__exact=Provenance.SUGGESTED),
            empty="Every suggested claim has been decided on.",
            items=[_claim_item(claim) for claim in newest],
        )

    def recent_imports(self):
        # The bounds of the import list's date filter "Past 7 days", so the link shows what is counted.
        today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
        since, tomorrow = today - timedelta(days=RECENT_DAYS), today + timedelta(days=1)
        recent = ImportRun.objects.filter(created_at__gte=since, created_at__lt=tomorrow)
        newest = (
            ImportRun.objects.select_related("user")
            .defer("skipped_records", "summary")
            .order_by("-created_at", "-id")[:NEWEST]
        )
        return Section(
            key="imports",
            title="Recent imports",
            count=recent.count(),
            url=_changelist(ImportRun, created_at__gte=str(since), created_at__lt=str(tomorrow)),
            empty="Nothing was imported in the last seven days.",
            items=[
                Item(
                    run.file_name,
                    reverse("admin:claims_importrun_change", args=[run.pk]),
                    f"{run.created} created, {run.updated} updated, {run.skipped} skipped"
                    + (f", by {run.user.get_username()}" if run.user else ""),
                    run.created_at,
                )
                for run in newest
            ],
        )
