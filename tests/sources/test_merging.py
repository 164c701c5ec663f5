"""Merging two speakers, sources or outlets (issue 16): every link moves, in one step, recorded."""

import pytest

from claims.chains import LinkData
from claims.models import Attribution, Claim, Review
from sources.merging import MergeRefused, merge, plan_merge
from sources.models import Actor, Outlet, Source
from tests.factories import make_actor, make_outlet, make_source


@pytest.fixture
def nis(seeded):
    return Actor.objects.get(slug="national-intelligence-service")


def link(source, actor, position=1, role="origin"):
    return LinkData(source=source, actor=actor, verb="said", role=role, position=position)


def test_merging_a_speaker_moves_its_chain_links_and_names_with_history(nis, make_claim, reviewer):
    duplicate = make_actor("Nat'l Intelligence Service", kind="agency", aliases="the spy agency\nSeoul's spy service")
    claim = make_claim(statement="Seoul says 1,500 troops went first", links=[link(make_source(), duplicate)])
    before = set(Attribution.objects.filter(actor=nis).values_list("pk", flat=True))

    plan = merge(loser=duplicate, survivor=nis, user=reviewer)

    assert plan.moved_count == 1
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    assert [a.actor_id for a in claim.attributions.all()] == [nis.pk]
    assert set(Attribution.objects.filter(actor=nis).values_list("pk", flat=True)) == before | {
        claim.attributions.get().pk
    }
    nis.refresh_from_db()
    # Its name and the alias the survivor lacked become aliases; "the spy agency" it had already.
    assert nis.alias_list[-2:] == ["Nat'l Intelligence Service", "Seoul's spy service"]
    assert nis.alias_list.count("the spy agency") == 1
    assert Actor.objects.match("Seoul's spy service") == nis
    reason = (
        f"Merged actor “Nat'l Intelligence Service” (#{duplicate.pk}) into “National Intelligence Service” (#{nis.pk})"
    )
    for history in (nis.history.first(), claim.attributions.get().history.first()):
        assert (history.history_user, history.history_change_reason, history.history_type) == (reviewer, reason, "~")
    gone = Actor.history.filter(id=duplicate.pk).first()
    assert (gone.history_type, gone.history_user, gone.history_change_reason) == ("-", reviewer, reason)


def test_the_preview_warns_where_the_survivor_then_speaks_twice_in_one_chain(nis, make_claim):
    duplicate = make_actor("NIS (duplicate)")
    source = make_source()
    claim = make_claim(links=[link(source, duplicate, 1, "relay"), link(source, nis, 2)])
    plan = plan_merge(duplicate, nis)
    [chain_links] = [move for move in plan.moves if move.relation.model is Attribution]
    assert [row.claim for row in chain_links.twice] == [claim]
    assert not plan.blocking  # a warning: the merge still runs, and keeps both links
    merge(loser=duplicate, survivor=nis, user=None)
    assert [a.actor_id for a in claim.attributions.all()] == [nis.pk, nis.pk]


def test_a_speaker_whose_name_the_survivor_has_adds_no_alias(nis, reviewer):
    duplicate = make_actor("national intelligence service", aliases="nis\nSpy Agency\nNIS Seoul")
    aliases = nis.alias_list
    assert "NIS" in aliases and "spy agency" in aliases
    merge(loser=duplicate, survivor=nis, user=reviewer)
    nis.refresh_from_db()
    assert nis.alias_list == [*aliases, "NIS Seoul"]  # the one name it did not have


def test_merging_sources_moves_links_and_review_evidence(make_claim, reviewer):
    outlet = make_outlet("Reuters")
    kept = make_source(outlet=outlet, title="North Korea sends more troops to Russia")
    duplicate = make_source(outlet=outlet, title="N. Korea sends more troops (copy)")
    claim = make_claim(links=[link(duplicate, make_actor("South Korean lawmakers"))])
    both = Review.objects.create(claim=claim, rating="true")
    both.evidence.set([kept, duplicate])
    only_duplicate = Review.objects.create(claim=make_claim(), rating="false")
    only_duplicate.evidence.set([duplicate])

    plan = merge(loser=duplicate, survivor=kept, user=reviewer)

    assert [a.source_id for a in claim.attributions.all()] == [kept.pk]
    assert list(both.evidence.all()) == [kept]  # the same evidence once, not twice
    assert list(only_duplicate.evidence.all()) == [kept]
    assert plan.moved_count == 2  # the chain link and one review's evidence; the other was dropped
    assert not Source.objects.filter(pk=duplicate.pk).exists()


def test_a_claim_cited_in_both_sources_at_one_position_blocks_the_merge(make_claim, reviewer):
    kept, duplicate = make_source(title="Kept"), make_source(title="Copy")
    actor = make_actor()
    claim = make_claim(links=[link(kept, actor), link(duplicate, actor)])
    plan = plan_merge(duplicate, kept)
    assert [row.claim for row in plan.blocking] == [claim]
    with pytest.raises(MergeRefused, match="would break a unique rule"):
        merge(loser=duplicate, survivor=kept, user=reviewer)
    assert Source.objects.filter(pk=duplicate.pk).exists()
    assert sorted(claim.attributions.values_list("source_id", flat=True)) == sorted([kept.pk, duplicate.pk])


def test_merging_outlets_moves_their_sources_and_speakers_and_fills_empty_fields(reviewer):
    kept = make_outlet("Reuters")
    duplicate = make_outlet("Reuters News", homepage="https://www.reuters.com/", country="GB")
    source = make_source(outlet=duplicate)
    speaker = make_actor("Reuters", kind="media", outlet=duplicate)
    plan = merge(loser=duplicate, survivor=kept, user=reviewer)
    assert plan.moved_count == 2
    assert Source.objects.get(pk=source.pk).outlet == kept
    assert Actor.objects.get(pk=speaker.pk).outlet == kept
    kept.refresh_from_db()
    assert (kept.name, kept.homepage, kept.country) == ("Reuters", "https://www.reuters.com/", "GB")
    assert not Outlet.objects.filter(pk=duplicate.pk).exists()


def test_a_link_added_after_the_preview_stops_the_merge_until_previewed_again(nis, make_claim, reviewer):
    duplicate = make_actor("NIS (duplicate)")
    make_claim(links=[link(make_source(), duplicate)])
    previewed = plan_merge(duplicate, nis).moved_count
    make_claim(links=[link(make_source(), duplicate)])
    with pytest.raises(MergeRefused, match="changed since the preview"):
        merge(loser=duplicate, survivor=nis, user=reviewer, expected_moves=previewed)
    assert Attribution.objects.filter(actor=duplicate).count() == 2
    with pytest.raises(MergeRefused, match="cannot be merged into itself"):
        merge(loser=nis, survivor=nis, user=reviewer)
    assert Claim.objects.filter(attributions__actor=duplicate).count() == 2
