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

``ClaimQuerySet.conflicting()`` is the database twin of ``compare_estimates`` (same
rules, tested against each other), for filtering long lists.
"""

from dataclasses import dataclass

from ..figures import intervals_overlap
from ..models import ClaimRank, ClaimStatus
from .periods import claim_period, period_bounds


def is_in_play(claim):
    """False for claims deprecated on their metric or retracted: shown, never counted."""
    return claim.rank != ClaimRank.DEPRECATED and claim.status != ClaimStatus.RETRACTED


@dataclass(frozen=True, slots=True)
class _Estimate:
    """What pairing compares, read once per claim."""

    claim: object
    pk: int
    metric_id: int
    start: object
    end: object
    interval: tuple


def comparable_pairs(claims, parts):
    """Every pair ``(a, b, agree)`` of ``claims`` that estimate the same quantity for
    overlapping periods, in id order (``a`` has the lower id); ``agree`` is whether
    their intervals overlap.

    Claims are swept in order of period start, so each is compared only with the
    claims that start before it ends, not with every other claim on the metric.
    """
    estimates = sorted(
        (
            _Estimate(claim, claim.pk, claim.metric_id, *period_bounds(period), claim.interval)
            for claim in claims
            if claim.metric_id is not None and claim.has_figure and (period := claim_period(claim)) is not None
        ),
        key=lambda estimate: (estimate.metric_id, estimate.start),
    )
    pairs = []
    for i, a in enumerate(estimates):
        for b in estimates[i + 1 :]:
            # b starts no earlier than a; their periods overlap while b starts before a ends.
            if b.metric_id != a.metric_id or b.start > a.end:
                break
            if not parts.related(a.pk, b.pk):
                first, second = (a, b) if a.pk < b.pk else (b, a)
                pairs.append((first.claim, second.claim, intervals_overlap(first.interval, second.interval)))
    pairs.sort(key=lambda pair: (pair[0].pk, pair[1].pk))
    return pairs


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


def compare_estimates(claims, parts, explanations=()):
    """``(conflicts, agreements)`` among one metric's ``claims``.

    ``conflicts`` are ``Conflict``s in id order, each with its explanation (from the
    ``ConflictExplanation`` rows given); ``agreements`` are the ``(a, b)`` pairs, both in
    play, whose intervals overlap.
    """
    explained = {(e.claim_a_id, e.claim_b_id): e for e in explanations}
    conflicts, agreements = [], []
    for a, b, agree in comparable_pairs(claims, parts):
        if not agree:
            conflicts.append(Conflict(a=a, b=b, explanation=explained.get((a.pk, b.pk))))
        elif is_in_play(a) and is_in_play(b):
            agreements.append((a, b))
    return conflicts, agreements
