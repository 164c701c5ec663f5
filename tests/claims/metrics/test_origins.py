"""Independent origins: many outlets repeating one speaker count once; corroboration needs two."""

from claims.chains import LinkData
from claims.metrics.origins import OriginSummary
from claims.metrics.timeline import metric_timeline
from claims.models import Claim, ClaimRelation
from tests.factories import make_actor, make_outlet, make_source


def chain(outlet, *speakers, count=None):
    """Links of one source in ``outlet``: relays first, the origin last."""
    source = make_source(outlet=outlet)
    last = len(speakers)
    return [
        LinkData(source, actor, "said", "origin" if i == last else "relay", i, count if i == last else None)
        for i, actor in enumerate(speakers, start=1)
    ]


def summary_of(*claims):
    return OriginSummary.of(Claim.objects.for_timeline().filter(pk__in=[c.pk for c in claims])).display()


def test_three_outlets_relaying_one_agency_are_one_origin(make_claim):
    nis = make_actor("National Intelligence Service", kind="agency")
    lawmakers = make_actor("South Korean lawmakers", kind="group")
    links = [
        *chain(make_outlet("Yonhap"), lawmakers, nis),
        *chain(make_outlet("Reuters"), lawmakers, nis),
        *chain(make_outlet("AP"), nis),
    ]
    claim = make_claim(value=4000, qualifier="approx", unit="soldiers", links=links)
    assert summary_of(claim) == "3 outlets, 1 origin: National Intelligence Service"


def test_anonymous_sources_count_once_per_relaying_outlet(make_claim):
    anonymous = make_actor("Anonymous sources", kind="anonymous")
    nbc_outlet = make_outlet("NBC News")
    nbc = make_actor("NBC News", kind="media", outlet=nbc_outlet)
    links = [
        *chain(make_outlet("The Hill"), nbc, anonymous, count=6),  # The Hill ← NBC News ← six sources
        *chain(nbc_outlet, anonymous, count=6),  # NBC's own story
        *chain(make_outlet("CNN"), anonymous, count=2),  # CNN's own sources
    ]
    claim = make_claim(value=100, qualifier="more_than", unit="missiles", links=links)
    assert summary_of(claim) == (
        "3 outlets, 2 origins: six anonymous sources cited by NBC News, two anonymous sources cited by CNN"
    )


def test_anonymous_actor_tied_to_an_outlet_is_one_origin_wherever_it_appears(make_claim):
    nbc_outlet = make_outlet("NBC News")
    nbc_sources = make_actor("Anonymous sources (NBC News)", kind="anonymous", outlet=nbc_outlet)
    links = [*chain(nbc_outlet, nbc_sources), *chain(make_outlet("CNN"), nbc_sources)]
    claim = make_claim(value=100, qualifier="more_than", unit="missiles", links=links)
    assert summary_of(claim) == "2 outlets, 1 origin: Anonymous sources (NBC News) cited by NBC News"


def test_metric_summary_counts_origins_across_its_claims(estimate, metric):
    nis, officials = make_actor("NIS", kind="agency"), make_actor("US officials", kind="group")
    estimate(12000, "approx", links=chain(make_outlet("Yonhap"), nis))
    estimate(11000, "approx", links=chain(make_outlet("Reuters"), make_actor("Reuters", kind="media"), nis))
    estimate(12500, "exact", links=chain(make_outlet("AP"), officials))
    summary = metric_timeline(metric).summary
    assert summary.display() == "3 outlets, 2 origins: NIS, US officials"
    assert summary.independent


def test_independently_corroborated_needs_two_distinct_origins_that_agree(estimate, metric):
    nis, officials, kcna = (make_actor(name, kind="agency") for name in ("NIS", "US officials", "KCNA"))
    first = estimate(12000, "approx", links=chain(make_outlet("Yonhap"), nis))
    same_origin = estimate(11500, "exact", links=chain(make_outlet("Reuters"), make_actor("Reuters"), nis))
    disagreeing = estimate(3000, "exact", links=chain(make_outlet("KCNA"), kcna))
    timeline = metric_timeline(metric)
    assert not any(entry.independently_corroborated for entry in timeline.entries), "one origin, twice"

    agreeing = estimate(12500, "approx", links=chain(make_outlet("AP"), officials))
    timeline = metric_timeline(metric)
    corroborated = {entry.pk for entry in timeline.entries if entry.independently_corroborated}
    assert corroborated == {first.pk, same_origin.pk, agreeing.pk}
    assert disagreeing.pk not in corroborated
    assert {o.name for o in timeline.entry(first.pk).corroborating_origins} == {"NIS", "US officials"}


def test_deprecated_estimates_do_not_corroborate(estimate, metric):
    estimate(12000, "approx", links=chain(make_outlet("Yonhap"), make_actor("NIS")))
    estimate(
        12100,
        "exact",
        rank="deprecated",
        deprecation_reason="superseded",
        links=chain(make_outlet("AP"), make_actor("US officials")),
    )
    assert not any(entry.independently_corroborated for entry in metric_timeline(metric).entries)


def test_an_editor_may_state_agreement_with_a_corroborates_relation(estimate, metric):
    # No period on the second claim, so only the editor's relation says they agree.
    first = estimate(12000, "approx", links=chain(make_outlet("Yonhap"), make_actor("NIS")))
    second = estimate(12000, "exact", start=None, end=None, links=chain(make_outlet("AP"), make_actor("US officials")))
    assert not metric_timeline(metric).entry(first.pk).independently_corroborated
    ClaimRelation.objects.create(from_claim=second, to_claim=first, kind="corroborates")
    assert metric_timeline(metric).entry(first.pk).independently_corroborated
