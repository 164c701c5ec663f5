"""Conflicting estimates on one metric: intervals, periods, parts, ranks and explanations."""

from datetime import date

import pytest

from claims.metrics.timeline import metric_timeline
from claims.models import Claim, ClaimRelation, ConflictExplanation


def conflict_pairs(metric):
    """The conflicting pairs the timeline finds, as sets of figures, with their liveness."""
    return {(frozenset({c.a.figure_display, c.b.figure_display}), c.live) for c in metric_timeline(metric).conflicts}


# Each qualifier against a second, exact estimate for the same year: conflict or not.
@pytest.mark.parametrize(
    "value, value_max, qualifier, other, conflict",
    [
        (12000, None, "exact", 12000, False),
        (12000, None, "exact", 12001, True),
        (12000, None, "approx", 13200, False),  # "about" is ±10 %
        (12000, None, "approx", 13300, True),
        (12000, None, "approx", 10800, False),
        (12000, None, "approx", 10700, True),
        (60, None, "more_than", 477, False),  # open above
        (60, None, "more_than", 50, True),
        (60, None, "at_least", 60, False),
        (100, None, "up_to", 5, False),  # open below
        (100, None, "less_than", 120, True),
        (100, None, "at_most", 100, False),
        (4000, 5000, "range", 4500, False),
        (4000, 5000, "range", 5200, True),
        (1000, None, "magnitude", 9000, False),  # "thousands": 1,000 up to 10,000
        (1000, None, "magnitude", 12000, True),
        (1000, None, "magnitude", 900, True),
    ],
)
def test_interval_semantics_of_each_qualifier(estimate, metric, value, value_max, qualifier, other, conflict):
    estimate(value, qualifier, value_max=value_max)
    estimate(other, "exact")
    assert bool(metric_timeline(metric).conflicts) is conflict
    assert Claim.objects.conflicting().count() == (2 if conflict else 0)


@pytest.mark.parametrize(
    "value, qualifier, other, conflict",
    [(-5, "approx", -5, False), (-5, "approx", "-5.4", False), (-5, "approx", -6, True), (-5, "approx", -4, True)],
)
def test_negative_figures_conflict_by_the_same_rules(estimate, metric, value, qualifier, other, conflict):
    # "About −5 %" covers −5.5 to −4.5: exactly −5 % agrees with it, −6 % does not.
    estimate(value, qualifier, unit="percent")
    estimate(other, "exact", unit="percent")
    assert bool(metric_timeline(metric).conflicts) is conflict
    assert Claim.objects.conflicting().count() == (2 if conflict else 0)


def test_overlapping_periods_with_disjoint_figures_conflict(estimate, metric):
    estimate(12000, "approx", start=date(2024, 1, 1), end=date(2024, 12, 31))
    estimate(3000, "approx", start=date(2024, 6, 1), end=date(2025, 3, 31))
    assert conflict_pairs(metric) == {(frozenset({"≈ 12,000 troops", "≈ 3,000 troops"}), True)}


def test_periods_that_do_not_overlap_are_not_conflicts(estimate, metric):
    estimate(12000, "approx", start=date(2024, 1, 1), end=date(2024, 12, 31))
    estimate(4000, "approx", start=date(2025, 1, 1), end=date(2025, 6, 30))
    assert conflict_pairs(metric) == set()
    assert not Claim.objects.conflicting().exists()


def test_open_ended_periods_overlap_what_they_reach(estimate, metric):
    estimate(12000, "approx", start=date(2024, 1, 1), end=None)  # since 2024
    estimate(3000, "exact", start=None, end=date(2024, 3, 1))  # by March 2024
    estimate(5000, "exact", start=date(2024, 6, 1), end=date(2024, 6, 30))  # after the second one ends
    assert conflict_pairs(metric) == {
        (frozenset({"≈ 12,000 troops", "3,000 troops"}), True),
        (frozenset({"≈ 12,000 troops", "5,000 troops"}), True),
    }


def test_a_claim_without_period_conflicts_with_nothing(estimate, metric):
    estimate(12000, "approx")
    estimate(3000, "exact", start=None, end=None)
    assert conflict_pairs(metric) == set()
    assert not Claim.objects.conflicting().exists()


def test_claims_on_other_metrics_or_without_figure_are_not_compared(estimate, metric):
    from claims.models import Metric

    other_metric = Metric.objects.create(name="Workers", slug="workers")
    estimate(12000, "approx")
    estimate(3000, "exact", metric=other_metric)
    estimate(None, "", unit="", statement="A figureless claim on the metric")
    assert conflict_pairs(metric) == set()


def test_parts_are_not_in_conflict_with_their_whole_or_each_other(estimate, metric):
    whole = estimate(6000, "exact")
    construction = estimate(5000, "approx")
    demining = estimate(1000, "exact")
    estimate(9000, "exact")  # a rival estimate of the total
    for part in (construction, demining):
        ClaimRelation.objects.create(from_claim=part, to_claim=whole, kind="part_of")
    pairs = {pair for pair, _ in conflict_pairs(metric)}
    assert frozenset({"6,000 troops", "≈ 5,000 troops"}) not in pairs
    assert frozenset({"≈ 5,000 troops", "1,000 troops"}) not in pairs, "two parts of one whole"
    assert frozenset({"6,000 troops", "9,000 troops"}) in pairs, "an unrelated estimate still conflicts"
    assert set(Claim.objects.conflicting().values_list("value", flat=True)) == {6000, 5000, 1000, 9000}


@pytest.mark.parametrize("rank, status", [("deprecated", "published"), ("normal", "retracted")])
def test_deprecated_and_retracted_claims_are_shown_but_not_live(estimate, metric, rank, status):
    estimate(12000, "approx")
    estimate(3000, "exact", rank=rank, deprecation_reason="superseded" if rank == "deprecated" else "", status=status)
    timeline = metric_timeline(metric)
    assert [c.live for c in timeline.conflicts] == [False]
    assert timeline.live_conflicts == []
    assert "not live" in timeline.conflicts[0].status_display
    assert not Claim.objects.conflicting().exists()


def test_an_explained_conflict_is_shown_with_its_note_and_not_live(estimate, metric, editor):
    a = estimate(12000, "approx")
    b = estimate(3000, "exact")
    ConflictExplanation.objects.create(claim_a=b, claim_b=a, reason="different_scope", note="Combat troops only.")
    (conflict,) = metric_timeline(metric).conflicts
    assert conflict.explained and not conflict.live
    assert conflict.explanation.note == "Combat troops only."
    assert not Claim.objects.conflicting().exists()


def test_database_twin_agrees_with_the_timeline(estimate, metric):
    """``ClaimQuerySet.conflicting()`` flags exactly the claims in live conflicts."""
    claims = [
        estimate(12000, "approx"),
        estimate(11000, "exact", start=date(2024, 6, 1), end=date(2024, 6, 30)),
        estimate(3000, "approx", start=date(2024, 3, 1), end=date(2024, 3, 31)),
        estimate(60, "more_than", start=date(2024, 7, 1), end=None),
        estimate(20000, "up_to", start=None, end=date(2024, 2, 1)),
        estimate(4000, "approx", start=date(2025, 1, 1), end=date(2025, 6, 30)),
        estimate(9000, "exact", status="retracted"),
    ]
    timeline = metric_timeline(metric)
    expected = {claim.pk for conflict in timeline.live_conflicts for claim in (conflict.a, conflict.b)}
    assert expected, "the scenario has live conflicts"
    assert set(Claim.objects.conflicting().values_list("pk", flat=True)) == expected
    flags = dict(Claim.objects.with_conflicting().values_list("pk", "is_conflicting"))
    assert {pk for pk, flag in flags.items() if flag} == expected
    assert len(flags) == len(claims)


def test_claims_the_user_may_not_read_do_not_make_others_conflicting(estimate, metric):
    estimate(12000, "approx")
    estimate(3000, "exact", status="draft")
    public = Claim.objects.visible_to(None)
    assert Claim.objects.conflicting().count() == 2
    assert not public.conflicting(among=public).exists()


@pytest.mark.parametrize(
    "qualifier, other, conflict",
    [("more_than", "60", False), ("more_than", "59.9", True), ("less_than", "60", False), ("less_than", "60.1", True)],
)
def test_exactly_the_bound_as_said_is_no_conflict(estimate, metric, qualifier, other, conflict):
    # Intervals are closed (docs/data-model.md): "more than 60" is [60, ∞), so a source saying exactly
    # 60 overlaps it, in the timeline and in the database's own conflict check alike.
    estimate(60, qualifier)
    estimate(other, "exact")
    assert bool(metric_timeline(metric).conflicts) is conflict
    assert Claim.objects.conflicting().count() == (2 if conflict else 0)
