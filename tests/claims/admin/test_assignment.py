"""Assigning claims to reviewers: the list's action and filter, the claim page's field, the service."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims.models import Claim
from claims.roles import REVIEWERS
from claims.services import claim_assign, claim_save, four_eyes_blocked
from tests.rendered_forms import page_form, submit

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


@pytest.fixture
def rob(django_user_model):
    user = django_user_model.objects.create_user(username="rob", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


def listed(client, query):
    return [claim.statement for claim in client.get(CHANGELIST + query).context["cl"].result_list]


def test_the_list_action_asks_for_a_reviewer_then_assigns_the_selection(editor_client, make_claim, rob, editor):
    first, second, other = (make_claim(status="in_review", statement=f"Claim {n}") for n in "ABC")
    changelist = editor_client.get(CHANGELIST)
    form = page_form(changelist, containing="assign_to_reviewer")
    page = submit(editor_client, changelist, form, action="assign_to_reviewer", _selected_action=[first.pk, second.pk])
    assert "Assign 2 claims to a reviewer." in page.content.decode()
    choice = page_form(page, containing='name="assignee"')
    options = {option.text: option.get("value") for option in choice.xpath(".//select[@name='assignee']/option")}
    assert "eddie" not in options  # an editor is no reviewer
    response = submit(editor_client, page, choice, assignee=options["rob"])
    assert response.status_code == 302
    assert set(Claim.objects.filter(assignee=rob).values_list("pk", flat=True)) == {first.pk, second.pk}
    other.refresh_from_db()
    assert other.assignee is None
    latest = first.history.order_by("-history_date", "-history_id").first()
    assert (latest.history_user, latest.history_change_reason) == (editor, "assign: to rob")


def test_assigned_to_me_anyone_nobody(client, make_claim, reviewer, rob):
    mine, robs, nobodys = (make_claim(statement=name) for name in ("mine", "rob's", "nobody's"))
    claim_assign(claim=mine, assignee=reviewer, user=reviewer)
    claim_assign(claim=robs, assignee=rob, user=reviewer)
    client.force_login(reviewer)
    assert listed(client, "?assigned=me") == ["mine"]
    assert sorted(listed(client, "?assigned=anyone")) == ["mine", "rob's"]
    assert listed(client, "?assigned=nobody") == ["nobody's"]
    assert "By assigned to" in " ".join(client.get(CHANGELIST).content.decode().split())


def test_the_claim_page_assigns_a_reviewer_and_refuses_anyone_else(editor_client, make_claim, rob, editor):
    claim = make_claim(status="in_review")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = editor_client.get(url)
    form = page_form(page, containing='name="assignee"')
    options = {option.text: option.get("value") for option in form.xpath(".//select[@name='assignee']/option")}
    assert "rob" in options and "eddie" not in options
    response = submit(editor_client, page, form, assignee=options["rob"])
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert claim.assignee == rob
    # A hand-made post naming a non-reviewer gets an error beside the field; nothing changes.
    page = editor_client.get(url)
    form = page_form(page, containing='name="assignee"')
    response = submit(editor_client, page, form, assignee=str(editor.pk))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    claim.refresh_from_db()
    assert claim.assignee == rob


def test_an_editor_assigns_a_published_claim_at_once_while_her_edit_waits(editor_client, make_claim, rob):
    claim = make_claim(status="published", quote="300 drones")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = editor_client.get(url)
    form = page_form(page, containing='name="assignee"')
    rob_value = form.xpath(".//select[@name='assignee']/option[text()='rob']")[0].get("value")
    submit(editor_client, page, form, assignee=rob_value, quote="more than 300 drones")
    claim.refresh_from_db()
    assert (claim.assignee, claim.quote) == (rob, "300 drones")
    assert claim.revisions.get().fields == {"quote": "more than 300 drones"}


def test_claim_assign_checks_who_and_who_asks(make_claim, editor, reviewer, django_user_model):
    claim = make_claim()
    with pytest.raises(ValidationError) as refused:
        claim_assign(claim=claim, assignee=editor, user=reviewer)
    assert "only reviewers can be assigned" in str(refused.value.message_dict["assignee"])
    outsider = django_user_model.objects.create_user(username="visitor", password="pw", is_staff=True)
    with pytest.raises(PermissionDenied):
        claim_assign(claim=claim, assignee=reviewer, user=outsider)
    version = claim.version
    claim = claim_assign(claim=claim, assignee=reviewer, user=editor)
    assert (claim.assignee, claim.version) == (reviewer, version)  # nobody's open form goes stale
    claim = claim_assign(claim=claim, assignee=None, user=editor)
    assert claim.assignee is None


def test_assigning_does_not_make_the_reviewer_its_last_editor(make_claim, editor, reviewer, settings):
    """With four-eyes publishing, a reviewer who only assigned a claim may still publish it."""
    settings.FACTDB_FOUR_EYES_PUBLISHING = True
    claim = make_claim(status="in_review", user=editor)
    claim.statement = "Edited by eddie"
    claim_save(claim=claim, user=editor)
    claim_assign(claim=claim, assignee=reviewer, user=reviewer)
    assert not four_eyes_blocked([claim.pk], reviewer)
