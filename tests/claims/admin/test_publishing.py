"""Publishing from the claims list goes through a page that says what will go public."""

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim
from claims.roles import REVIEWERS
from tests.rendered_forms import rendered_form

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/claims/claim/"


def select(claims, action="publish"):
    return {"action": action, "_selected_action": [claim.pk for claim in claims]}


def test_the_confirmation_lists_what_is_published_and_what_is_skipped_and_why(reviewer_client, make_claim):
    ready = make_claim(statement="Ready for the public", status="in_review")
    draft = make_claim(statement="Nobody meant to publish this")
    published = make_claim(statement="Out already", status="published")

    page = reviewer_client.post(CHANGELIST, select([ready, draft, published]))

    html = page.content.decode()
    assert page.status_code == 200 and "Publish claims" in html
    assert page.context["plan"].to_publish == [ready]
    assert [(claim.pk, why) for claim, why in page.context["plan"].skipped] == [
        (draft.pk, "a draft: submit it for review first"),
        (published.pk, "already published"),
    ]
    assert Claim.objects.get(pk=ready.pk).status == "in_review", "nothing changes before confirming"

    response = reviewer_client.post(CHANGELIST, rendered_form(page, "publish-confirmation-form"), follow=True)

    assert "1 claim published" in response.content.decode()
    statuses = dict(Claim.objects.values_list("statement", "status"))
    assert statuses == {
        "Ready for the public": "published",
        "Nobody meant to publish this": "draft",
        "Out already": "published",
    }


def test_a_selection_with_nothing_publishable_says_so_and_offers_no_button(reviewer_client, make_claim):
    draft = make_claim()
    page = reviewer_client.post(CHANGELIST, select([draft]))
    assert "None of the selected claims can be published" in page.content.decode()
    assert 'id="publish-confirmation-form"' not in page.content.decode()


def test_the_confirmation_page_costs_the_same_queries_for_3_and_30_claims(reviewer_client, make_claim, settings):
    settings.FACTDB_FOUR_EYES_PUBLISHING = True
    few = [make_claim(status="in_review") for _ in range(3)]
    many = few + [make_claim(status="in_review") for _ in range(27)]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as three:
        reviewer_client.post(CHANGELIST, select(few))
    with CaptureQueriesContext(connection) as thirty:
        reviewer_client.post(CHANGELIST, select(many))
    assert len(thirty) == len(three)


def test_four_eyes_skips_what_the_reviewer_edited_last(client, settings, make_claim, django_user_model, reviewer):
    settings.FACTDB_FOUR_EYES_PUBLISHING = True
    mine = make_claim(statement="Mine", status="in_review", user=reviewer)
    other = django_user_model.objects.create_user("otto", is_staff=True)
    other.groups.add(Group.objects.get(name=REVIEWERS))
    theirs = make_claim(statement="Theirs", status="in_review", user=other)
    client.force_login(reviewer)
    page = client.post(CHANGELIST, select([mine, theirs]))
    assert page.context["plan"].to_publish == [theirs]
    assert "you edited it last: with four-eyes publishing, another reviewer publishes it" in page.content.decode()
