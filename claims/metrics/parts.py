"""
``part_of`` relations: a part is not a rival estimate of its whole.

"About 5,000 construction workers" and "1,000 demining workers" are both *part of*
"6,000 workers". A part is not a competing estimate of its whole, nor of the other
parts of the same whole, so none of these pairs is a conflict. When a whole's parts
carry figures, the sum of their intervals says whether the total is consistent
with them (5,000 ≈ [4,500, 5,500] plus 1,000 is [5,500, 6,500], which holds 6,000).
"""

from dataclasses import dataclass, field

from ..figures import format_interval, intervals_overlap
from ..models import RelationKind

NO_WHOLES = frozenset()


@dataclass
class PartOfGraph:
    """Which claims are parts of which wholes, from ``part_of`` relations."""

    wholes: dict = field(default_factory=dict)  # part id -> set of whole ids

    @classmethod
    def from_relations(cls, relations):
        graph = cls()
        for relation in relations:
            if relation.kind == RelationKind.PART_OF:
                graph.wholes.setdefault(relation.from_claim_id, set()).add(relation.to_claim_id)
        return graph

    def related(self, a_id, b_id):
        """True when one claim is part of the other, or both are parts of one whole."""
        wholes_a, wholes_b = self.wholes.get(a_id, NO_WHOLES), self.wholes.get(b_id, NO_WHOLES)
        return b_id in wholes_a or a_id in wholes_b or bool(wholes_a & wholes_b)

    def parts_of(self, whole_id):
        return {part for part, wholes in self.wholes.items() if whole_id in wholes}


@dataclass
class PartSum:
    """A whole and the sum of its parts' intervals."""

    whole: object
    parts: list

    @property
    def interval(self):
        """``(low, high)`` of the sum; an open end in any part leaves the sum open there."""
        lows = [part.interval[0] for part in self.parts]
        highs = [part.interval[1] for part in self.parts]
        low = None if any(v is None for v in lows) else sum(lows)
        high = None if any(v is None for v in highs) else sum(highs)
        return low, high

    @property
    def interval_display(self):
        return format_interval(self.interval)

    @property
    def consistent(self):
        """True when the whole's figure lies within the sum of its parts."""
        return intervals_overlap(self.whole.interval, self.interval)


def part_sums(claims, graph):
    """One ``PartSum`` for each claim in ``claims`` whose figured parts are also in ``claims``."""
    by_id = {claim.pk: claim for claim in claims}
    sums = []
    for claim in claims:
        parts = [by_id[pk] for pk in sorted(graph.parts_of(claim.pk)) if pk in by_id]
        parts = [part for part in parts if part.has_figure]
        if claim.has_figure and parts:
            sums.append(PartSum(whole=claim, parts=parts))
    return sums
