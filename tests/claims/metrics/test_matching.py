"""Suggested matches: a close figure about the same thing is suggested, an unrelated one is not."""

from datetime import date

from claims.metrics.matching import suggest_matches
from claims.models import Claim, ClaimRelation, Metric


def suggested(claim, **kwargs):
    return [match.claim.statement for match in suggest_matches(claim, **kwargs)]


def test_a_close_figure_about_the_same_thing_is_suggested(new_claim, estimate):
    estimate(12000, "approx", statement="12,000 sent", subject="North Korean troops sent to Kursk", place="Kursk")
    (match,) = suggest_matches(new_claim)
    assert match.claim.statement == "12,000 sent"
    assert match.shared_words == ["korean", "kursk", "north"]
    assert match.period_overlaps
    assert "close figure (≈ 12,000 troops)" in match.reasons


def test_unrelated_claims_are_not_suggested(new_claim, make_claim):
    in_2024 = {"period_start": date(2024, 1, 1), "period_end": date(2024, 12, 31)}
    unrelated = {
        "other noun": dict(
            value=11000, unit="drones", subject="North Korean drones in Kursk", place="Kursk", **in_2024
        ),
        "far figure": dict(value=200, unit="troops", subject="North Korean troops in Kursk", place="Kursk", **in_2024),
        "no shared word": dict(value=11000, unit="troops", subject="US troops in Poland", place="Poland", **in_2024),
        "other period": dict(
            value=11000,
            unit="troops",
            subject="North Korean troops",
            place="Kursk",
            period_start=date(2020, 1, 1),
            period_end=date(2020, 12, 31),
        ),
    }
    for statement, fields in unrelated.items():
        make_claim(statement=statement, qualifier="exact", **fields)
    make_claim(
        statement="retracted",
        value=11000,
        qualifier="exact",
        unit="troops",
        subject="North Korean troops",
        status="retracted",
        **in_2024,
    )
    assert suggested(new_claim) == []


def test_counted_nouns_have_synonyms_and_ignore_case(new_claim, make_claim):
    make_claim(statement="soldiers", value=10000, qualifier="exact", unit="Soldiers", subject="North Korean soldiers")
    assert suggested(new_claim) == ["soldiers"]


def test_claims_on_its_own_metric_or_already_related_are_left_out(new_claim, make_claim):
    metric = Metric.objects.create(name="Troops", slug="troops")
    fields = dict(value=11500, qualifier="exact", unit="troops", subject="North Korean troops")
    same_metric = make_claim(statement="same metric", metric=metric, **fields)
    related = make_claim(statement="related", **fields)
    make_claim(statement="candidate", **fields)
    ClaimRelation.objects.create(from_claim=new_claim, to_claim=related, kind="corroborates")
    new_claim.metric = metric
    assert suggested(new_claim) == ["candidate"]
    assert same_metric.statement not in suggested(new_claim)


def test_suggestions_respect_what_the_reader_may_see(new_claim, make_claim):
    make_claim(statement="draft", value=11500, qualifier="exact", unit="troops", subject="North Korean troops")
    assert suggested(new_claim) == ["draft"]
    assert suggested(new_claim, claims=Claim.objects.visible_to(None)) == []


def test_nothing_is_applied(new_claim, estimate):
    estimate(12000, "approx", subject="North Korean troops", place="Kursk")
    assert suggest_matches(new_claim)
    new_claim.refresh_from_db()
    assert new_claim.metric_id is None
    assert not ClaimRelation.objects.exists()
