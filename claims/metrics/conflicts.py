"""
Conflicting estimates: two claims about the same thing that cannot both be right.

Two claims **conflict** when they are on the same metric, both carry a figure, their
periods overlap (``claims.metrics.periods``: a claim without a period overlaps
nothing) and their intervals do not (``claims.figures``: "about" is ±10 %). They
**agree** when all of that holds except that their intervals do overlap.

Claims linked by ``part_of`` (a part and its whole, or two parts of one whole) are
neither: they do not estimate the same quantity (``claims.metrics.parts``).

A conflict is *live* — it counts, it makes a claim ``conflicting`` in the API, it is
flagged in the admin — unless an editor has explained it (``ConflictExplanation``)
or either claim is out of play: deprecated on its metric, or retracted. Such
conflicts are still listed, marked as explained or not live, so nobody has to
rediscover them. Agreement only counts between claims that are both in play.

``ClaimQuerySet.conflicting()`` is the database twin of ``find_conflicts`` (same rules,
tested against each other), for filtering long lists.
"""

from dataclasses import dataclass

from ..figures import intervals_overlap
from ..models import ClaimRank, ClaimStatus
from .periods import claim_period, periods_overlap


def is_in_play(claim):
    """False for claims deprecated on their metric or retracted: shown, never counted."""
    return claim.rank != ClaimRank.DEPRECATED and claim.status != ClaimStatus.RETRACTED


def comparable(a, b, parts):
    """True when ``a`` and ``b`` estimate the same quantity for overlapping periods."""
    return (
        a.pk != b.pk
        and a.metric_id is not None
        and a.metric_id == b.metric_id
        and a.has_figure
        and b.has_figure
        and periods_overlap(claim_period(a), claim_period(b))
        and not parts.related(a.pk, b.pk)
    )


def in_conflict(a, b, parts):
    return comparable(a, b, parts) and not intervals_overlap(a.interval, b.interval)


def in_agreement(a, b, parts):
    return comparable(a, b, parts) and intervals_overlap(a.interval, b.interval) and is_in_play(a) and is_in_play(b)


@dataclass
class Conflict:
    """Two claims in conflict (``a`` has the lower id) and the explanation, if any."""

    a: object
    b: object
    explanation: object = None

    @property
    def explained(self):
        return self.explanation is not None

    @property
    def live(self):
        return not self.explained and is_in_play(self.a) and is_in_play(self.b)

    @property
    def status_display(self):
        if self.explained:
            return f"explained: {self.explanation.get_reason_display()}"
        if not self.live:
            return "not live (a claim is deprecated or retracted)"
        return "live"

    def involves(self, claim_id):
        return claim_id in (self.a.pk, self.b.pk)

    def other(self, claim_id):
        """The claim on the other side from ``claim_id``."""
        return self.b if self.a.pk == claim_id else self.a


def find_conflicts(claims, parts, explanations=()):
    """Every conflicting pair among ``claims`` (one metric's), in id order.

    ``explanations`` are ``ConflictExplanation`` rows; each is attached to its pair.
    Compares every pair, which is fine for the hundreds of claims a metric holds.
    """
    explained = {(e.claim_a_id, e.claim_b_id): e for e in explanations}
    claims = sorted(claims, key=lambda claim: claim.pk)
    conflicts = []
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if in_conflict(a, b, parts):
                conflicts.append(Conflict(a=a, b=b, explanation=explained.get((a.pk, b.pk))))
    return conflicts
