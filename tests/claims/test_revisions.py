"""Pending revisions (claims.revisions): an editor's change to a published claim waits for a reviewer."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.chains import LinkData
from claims.models import Claim, ClaimRevision, RevisionStatus, Tag
from claims.revision_diff import revision_diff
from claims.revisions import pending_revision, revision_discard, revision_publish
from claims.services import chain_replace, claim_save, claim_set_rank
from tests.factories import make_actor, make_source


@pytest.fixture
def published(make_claim):
    return make_claim(
        statement="60,000 workers went to Russia", value=60000, qualifier="approx", unit="workers", status="published"
    )


def edit(claim, user, **fields):
    claim = Claim.objects.get(pk=claim.pk)
    for name, value in fields.items():
        setattr(claim, name, value)
    return claim_save(claim=claim, user=user)


def test_an_editors_change_to_a_published_claim_is_pending(published, editor):
    saved = edit(published, editor, value=Decimal(70000))
    published.refresh_from_db()
    assert published.value == 60000 and saved.value == 60000  # the row is still the published version
    revision = saved.pending_revision
    assert revision.status == RevisionStatus.PENDING and revision.proposed_by == editor
    assert revision.fields == {"value": "70000"} and revision.base_fields == {"value": "60000"}
    assert revision.base_version == published.version


def test_a_second_edit_updates_the_single_pending_revision(published, editor):
    edit(published, editor, value=Decimal(70000))
    edit(published, editor, statement="70,000 workers went to Russia")
    revision = ClaimRevision.objects.get()
    assert revision.fields == {"value": "70000", "statement": "70,000 workers went to Russia"}


def test_reviewers_edits_apply_directly(published, reviewer):
    edit(published, reviewer, value=Decimal(70000))
    published.refresh_from_db()
    assert published.value == 70000 and not ClaimRevision.objects.exists()


def test_drafts_are_edited_directly(make_claim, editor):
    draft = make_claim(value=5, unit="workers")
    edit(draft, editor, value=Decimal(6))
    draft.refresh_from_db()
    assert draft.value == 6 and not ClaimRevision.objects.exists()


def test_a_bad_figure_is_refused_when_proposed(published, editor):
    with pytest.raises(ValidationError, match="cannot be below"):
        edit(published, editor, qualifier="range", value_max=Decimal(10))
    assert not ClaimRevision.objects.exists()


def test_publishing_applies_the_revision_as_the_reviewer(published, editor, reviewer):
    tag = Tag.objects.create(name="Labour")
    source, actor = make_source(), make_actor("Ministry of Labour")
    links = [LinkData(source, actor, "said", "origin", 1)]
    claim = Claim.objects.get(pk=published.pk)
    claim.value = Decimal(70000)
    claim_save(claim=claim, user=editor, links=links, tags=[tag])
    revision = pending_revision(published)
    diff = revision_diff(revision, published)
    assert diff.figure == ("≈ 60,000 workers", "≈ 70,000 workers")
    assert diff.chain[1] == [f"{source.outlet.name} ← Ministry of Labour (in “{source.title}”)"]
    assert diff.tags == ([], ["Labour"])

    revision_publish(revision=revision, user=reviewer)
    published.refresh_from_db()
    assert published.value == 70000 and list(published.tags.all()) == [tag]
    assert [a.actor for a in published.attributions.all()] == [actor]
    assert published.history.first().history_change_reason == "published revision by eddie"
    assert published.history.first().history_user == reviewer
    revision.refresh_from_db()
    assert revision.status == RevisionStatus.PUBLISHED and revision.decided_by == reviewer


def test_editors_cannot_publish_or_discard(published, editor):
    revision = edit(published, editor, value=Decimal(70000)).pending_revision
    with pytest.raises(PermissionDenied):
        revision_publish(revision=revision, user=editor)
    with pytest.raises(PermissionDenied):
        revision_discard(revision=revision, user=editor, reason="no")


def test_publishing_refuses_when_the_claim_changed_since(published, editor, reviewer):
    revision = edit(published, editor, value=Decimal(70000)).pending_revision
    edit(published, reviewer, value=Decimal(65000))
    with pytest.raises(ValidationError, match="value changed after this revision was proposed"):
        revision_publish(revision=revision, user=reviewer)
    published.refresh_from_db()
    assert published.value == 65000


def test_a_verdict_or_rank_change_does_not_block_publishing(published, editor, reviewer):
    revision = edit(published, editor, value=Decimal(70000)).pending_revision
    edit(published, reviewer, subject="Workers")  # a field the revision does not touch
    revision_publish(revision=revision, user=reviewer)
    published.refresh_from_db()
    assert (published.value, published.subject) == (70000, "Workers")


def test_discarding_keeps_the_claim(published, reviewer, editor):
    revision = edit(published, editor, value=Decimal(70000)).pending_revision
    with pytest.raises(ValidationError, match="Say why"):
        revision_discard(revision=revision, user=reviewer, reason=" ")
    revision_discard(revision=revision, user=reviewer, reason="The ministry says 60,000.")
    revision.refresh_from_db()
    assert revision.status == RevisionStatus.DISCARDED and revision.decision_reason == "The ministry says 60,000."
    published.refresh_from_db()
    assert published.value == 60000


def test_an_editors_chain_change_alone_is_pending(published, editor):
    links = [LinkData(make_source(), make_actor(), "said", "origin", 1)]
    chain_replace(claim=published, links=links, user=editor)
    assert pending_revision(published).links is not None
    assert published.attributions.get().actor != links[0].actor


def test_rank_changes_apply_directly(published, editor, metric):
    edit(published, None, metric=metric)
    claim_set_rank(claim=published, rank="preferred", user=editor)
    published.refresh_from_db()
    assert published.rank == "preferred" and not ClaimRevision.objects.exists()


def test_four_eyes_makes_reviewers_edits_pending_and_forbids_self_publishing(published, reviewer, settings):
    settings.FACTDB_FOUR_EYES_PUBLISHING = True
    revision = edit(published, reviewer, value=Decimal(70000)).pending_revision
    with pytest.raises(PermissionDenied, match="someone other than its author"):
        revision_publish(revision=revision, user=reviewer)
