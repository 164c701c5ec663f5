"""
The period a claim is about, and when two periods overlap.

A claim's period is ``[period_start, period_end]``, both ends included. Either end may
be unknown: a claim with only a start ("since February 2022") runs on without end, a
claim with only an end ("by July 2025") reaches back without start. A claim with no
period at all cannot be placed in time, so it overlaps nothing: it is never in
conflict and never "agrees" with another claim by date.
"""

import datetime

from django.db.models import DateField, Q, Value
from django.db.models.functions import Coalesce
from django.db.models.lookups import LessThanOrEqual

from ..figures import intervals_overlap

# Stand-ins for an unknown end in database comparisons (SQL NULL compares as unknown).
EARLIEST = datetime.date.min
LATEST = datetime.date.max


def claim_period(claim):
    """``(start, end)`` of the claim's period, or ``None`` when it has neither."""
    if claim.period_start is None and claim.period_end is None:
        return None
    return claim.period_start, claim.period_end


def period_bounds(period):
    """``(start, end)`` with unknown ends replaced by the earliest and latest dates."""
    start, end = period
    return start or EARLIEST, end or LATEST


def periods_overlap(a, b):
    """True when two ``(start, end)`` periods share a day; ``None`` overlaps nothing."""
    return a is not None and b is not None and intervals_overlap(a, b)


def _start(expression):
    """An unknown start reads as the earliest date."""
    return Coalesce(expression, Value(EARLIEST), output_field=DateField())


def _end(expression):
    """An unknown end reads as the latest date."""
    return Coalesce(expression, Value(LATEST), output_field=DateField())


def overlapping_period_q(start, end):
    """Rows whose period overlaps ``[start, end]`` (dates, ``F()`` or ``OuterRef()``).

    The database twin of ``periods_overlap``: rows without any period are left out, and
    so is everything when ``start`` and ``end`` are both ``None``. With ``OuterRef()``
    bounds the caller also requires the outer row to have a period.
    """
    if start is None and end is None:
        return Q(pk__in=[])
    start = Value(start, output_field=DateField()) if start is None or isinstance(start, datetime.date) else start
    end = Value(end, output_field=DateField()) if end is None or isinstance(end, datetime.date) else end
    has_period = Q(period_start__isnull=False) | Q(period_end__isnull=False)
    return (
        has_period
        & Q(LessThanOrEqual(_start("period_start"), _end(end)))
        & Q(LessThanOrEqual(_start(start), _end("period_end")))
    )
