"""
Suggested matches: existing claims that may be about the same quantity as a claim.

The claim page lists them after a save, so the editor can attach the claim to a
metric or relate the two; nothing is ever applied without the editor. Another claim
is suggested when all of these hold:

* **same counted noun**: the same unit, ignoring case, or synonyms from
  ``UNIT_SYNONYMS`` ("troops" and "soldiers");
* **periods not apart**: they overlap, or either claim has no period;
* **shared words**: place or subject share a significant word ("Kursk", "Korean");
* **close figures**: the intervals overlap once widened by a factor of
  ``CLOSE_FACTOR`` (2): 5,000 and 6,000 are close, 4,000 and 12,000 are not.

Claims already on the claim's metric, already related to it, or retracted are left
out. The database does the first, second and fourth test on indexed columns;
words are compared in Python on what is left.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.db.models.functions import Lower

from ..models import Claim, ClaimStatus
from .periods import claim_period, periods_overlap

CLOSE_FACTOR = Decimal(2)
MAX_CANDIDATES = 200  # compared word by word, most recently changed first
MAX_SUGGESTIONS = 8

# Counted nouns that name the same thing. Extend as the newsroom meets new ones.
UNIT_SYNONYMS = (
    frozenset({"troops", "soldiers", "military personnel", "servicemen", "personnel"}),
    frozenset({"workers", "labourers", "laborers"}),
    frozenset({"drones", "uavs"}),
    frozenset({"people", "persons"}),
)

STOPWORDS = frozenset(
    {"the", "and", "for", "with", "from", "that", "this", "into", "over", "under", "about", "more", "than", "some"}
    | {"who", "were", "was", "are", "has", "have", "had", "its", "their", "per", "sent", "plans", "may"}
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Match:
    """A claim that may be about the same quantity, and why it is suggested."""

    claim: Claim
    shared_words: list
    period_overlaps: bool  # False: at least one period is unknown

    @property
    def reasons(self):
        return [
            f"same counted noun ({self.claim.unit})",
            "overlapping period" if self.period_overlaps else "period unknown on one side",
            "shares " + ", ".join(f"“{word}”" for word in self.shared_words),
            f"close figure ({self.claim.figure_display})",
        ]


def unit_family(unit):
    """The lower-cased unit and its synonyms."""
    unit = unit.strip().lower()
    for family in UNIT_SYNONYMS:
        if unit in family:
            return family
    return frozenset({unit})


def significant_words(*texts, ignore=()):
    """Lower-cased words of three letters or more, without stopwords and ``ignore``."""
    words = set()
    for text in texts:
        words.update(word for word in _WORD.findall(text.lower()) if len(word) >= 3)
    return words - STOPWORDS - set(ignore)


def close_window(interval):
    """``interval`` widened by ``CLOSE_FACTOR`` on both sides (open ends stay open)."""
    low, high = interval
    if low is not None:
        low = low / CLOSE_FACTOR if low > 0 else low * CLOSE_FACTOR
    if high is not None:
        high = high * CLOSE_FACTOR if high > 0 else high / CLOSE_FACTOR
    return low, high


def suggest_matches(claim, claims=None, limit=MAX_SUGGESTIONS):
    """Claims among ``claims`` (those the caller may show, default all) that may be about
    the same quantity as ``claim``, best first."""
    if not claim.pk or not claim.has_figure or not claim.unit:
        return []
    family = unit_family(claim.unit)
    candidates = (
        (claims if claims is not None else Claim.objects.all())
        .select_related("metric")
        .with_chain()
        .exclude(pk=claim.pk)
        .exclude(status=ClaimStatus.RETRACTED)
        .exclude(Q(relations_to__from_claim=claim) | Q(relations_from__to_claim=claim))
        .alias(unit_lower=Lower("unit"))
        .filter(unit_lower__in=sorted(family))
        .overlapping_figure(*close_window(claim.interval))
    )
    if claim.metric_id is not None:
        candidates = candidates.exclude(metric_id=claim.metric_id)
    period = claim_period(claim)
    if period is not None:
        candidates = candidates.overlapping_period(*period, include_undated=True)
    candidates = candidates.order_by("-updated_at", "-pk")[:MAX_CANDIDATES]

    unit_words = {word for unit in family for word in unit.split()}
    words = significant_words(claim.place, claim.subject, ignore=unit_words)
    matches = []
    for other in candidates:
        shared = words & significant_words(other.place, other.subject, ignore=unit_words)
        if shared:
            overlaps = periods_overlap(period, claim_period(other))
            matches.append(Match(claim=other, shared_words=sorted(shared), period_overlaps=overlaps))
    matches.sort(key=lambda match: (-len(match.shared_words), not match.period_overlaps, match.claim.pk))
    return matches[:limit]
