"""The workflow: unpublishing with a reason, reasons in the history, four-eyes publishing."""

import pytest
from django.core.exceptions import ValidationError

from claims.last_editors import last_editor_ids
from claims.services import NOT_EDITS, claim_save, claim_transition, four_eyes_blocked

pytestmark = pytest.mark.django_db


def latest_history(claim):
    return claim.history.order_by("-history_date", "-history_id").first()


def test_unpublish_takes_a_published_claim_back_to_review_with_its_reason_in_history(reviewer, make_claim):
    claim = make_claim(status="published")
    claim = claim_transition(claim=claim, action="unpublish", user=reviewer, reason="  the unit  was wrong ")
    assert claim.status == "in_review"
    latest = latest_history(claim)
    assert (latest.history_user, latest.history_change_reason) == (reviewer, "unpublish: the unit was wrong")


@pytest.mark.parametrize(
    ("reason", "message"), [("", "Say why you unpublish"), ("x" * 81, "Keep the reason to 80 characters")]
)
def test_unpublish_needs_a_short_reason_and_writes_nothing_without(reviewer, make_claim, reason, message):
    claim = make_claim(status="published")
    with pytest.raises(ValidationError, match=message) as raised:
        claim_transition(claim=claim, action="unpublish", user=reviewer, reason=reason)
    assert list(raised.value.error_dict) == ["reason"]
    claim.refresh_from_db()
    assert claim.status == "published"


def test_an_editor_cannot_unpublish(editor, make_claim):
    from django.core.exceptions import PermissionDenied

    claim = make_claim(status="published")
    with pytest.raises(PermissionDenied):
        claim_transition(claim=claim, action="unpublish", user=editor, reason="no")


def test_the_last_editor_is_who_last_changed_the_claim_not_who_moved_it(editor, reviewer, make_claim):
    claim = make_claim(user=editor)
    claim_transition(claim=claim, action="submit", user=reviewer)
    assert last_editor_ids([claim.pk], not_edits=NOT_EDITS) == {claim.pk: editor.pk}
    claim.refresh_from_db()
    claim.statement = "reworded by the reviewer"
    claim_save(claim=claim, user=reviewer)
    assert last_editor_ids([claim.pk], not_edits=NOT_EDITS) == {claim.pk: reviewer.pk}


def test_four_eyes_publishing_refuses_the_last_editor_and_lets_another_reviewer(
    settings, editor, reviewer, django_user_model, make_claim
):
    from django.contrib.auth.models import Group

    from claims.roles import REVIEWERS

    settings.FACTDB_FOUR_EYES_PUBLISHING = True
    other = django_user_model.objects.create_user("otto", is_staff=True)
    other.groups.add(Group.objects.get(name=REVIEWERS))
    claim = make_claim(user=reviewer, status="in_review")
    assert four_eyes_blocked([claim.pk], reviewer) == {claim.pk}
    with pytest.raises(ValidationError, match="last edited by you. With four-eyes publishing"):
        claim_transition(claim=claim, action="publish", user=reviewer)
    assert claim_transition(claim=claim, action="publish", user=other).status == "published"


def test_four_eyes_publishing_is_off_by_default(reviewer, make_claim):
    claim = make_claim(user=reviewer, status="in_review")
    assert claim_transition(claim=claim, action="publish", user=reviewer).status == "published"
