""" "Suggest claims" on the source admin: the button, the review page and the list action."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from claims.models import Claim
from tests.factories import make_actor, make_outlet, make_source
from tests.rendered_forms import rendered_form

TEXT = (
    "Heavy rains displaced some 40,000 residents, according to regional officials. "
    "At least 18 people died, the spy agency said."
)


@pytest.fixture
def source(db):
    make_actor("National Intelligence Service", kind="agency", aliases="the spy agency")
    return make_source(outlet=make_outlet("Wire Daily"), title="Floods in the delta", text=TEXT)


def suggest_url(source):
    return reverse("admin:sources_source_suggest_claims", args=[source.pk])


@pytest.fixture
def viewer_client(client, django_user_model):
    """A staff user who may look at sources but not add claims."""
    user = django_user_model.objects.create_user(username="vera", password="pw", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_source", "change_source"]))
    client.force_login(user)
    return client


def test_source_page_has_the_button_when_it_has_text(editor_client, source):
    page = editor_client.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()
    assert suggest_url(source) in page and "Suggest claims" in page


def test_no_button_without_text_or_permission(editor_client, viewer_client, source):
    textless = make_source(text="")
    assert (
        "Suggest claims"
        not in editor_client.get(reverse("admin:sources_source_change", args=[textless.pk])).content.decode()
    )
    page = viewer_client.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()
    assert "Suggest claims" not in page


def test_review_page_lists_the_candidates(editor_client, source):
    response = editor_client.get(suggest_url(source))
    assert response.status_code == 200
    page = response.content.decode()
    assert "≈ 40,000 residents" in page and "≥ 18 people" in page
    assert "<mark>some 40,000 residents</mark>" in page
    assert "National Intelligence Service" in page
    assert "new group" in page  # "regional officials" will be created as a group
    assert page.count('type="checkbox" name="suggestion"') == 2


def test_ticked_suggestions_become_drafts_and_the_admin_shows_them(editor_client, source, editor):
    page = editor_client.get(suggest_url(source))
    suggestions = page.context["suggestions"]
    form = rendered_form(page.content.decode(), "suggest-form")  # with each suggestion's corrections as shown
    form["suggestion"] = [suggestions[1].key]
    response = editor_client.post(suggest_url(source), form)
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.quote, claim.status, claim.provenance, claim.created_by) == (
        "At least 18 people",
        "draft",
        "suggested",
        editor,
    )
    assert claim.chains[0].display() == "Wire Daily ← National Intelligence Service"

    drafts = editor_client.get(response["Location"])
    assert [c.pk for c in drafts.context["cl"].result_list] == [claim.pk]
    assert "1 suggested draft claim created" in drafts.content.decode()


def test_posting_again_creates_nothing_and_the_page_marks_what_is_there(editor_client, source):
    page = editor_client.get(suggest_url(source))
    form = rendered_form(page.content.decode(), "suggest-form")
    form["suggestion"] = [s.key for s in page.context["suggestions"]]
    editor_client.post(suggest_url(source), form)
    assert Claim.objects.count() == 2
    response = editor_client.post(suggest_url(source), form, follow=True)
    assert Claim.objects.count() == 2
    assert "already in this source; nothing was created" in response.content.decode()
    page = editor_client.get(suggest_url(source)).content.decode()
    assert page.count('class="repeat"') == 2
    assert 'type="checkbox" name="suggestion"' not in page


def test_posting_nothing_ticked_asks_for_a_choice(editor_client, source):
    response = editor_client.post(suggest_url(source), {}, follow=True)
    assert "Tick at least one suggestion" in response.content.decode()
    assert Claim.objects.count() == 0


def test_users_who_may_not_add_claims_get_403(viewer_client, source):
    assert viewer_client.get(suggest_url(source)).status_code == 403
    assert viewer_client.post(suggest_url(source), {"suggestion": ["x"]}).status_code == 403
    assert Claim.objects.count() == 0


def test_list_action_creates_drafts_for_each_source_once(editor_client, source):
    textless = make_source(title="No text yet", text="")
    changelist = reverse("admin:sources_source_changelist")
    data = {"action": "suggest_claims_from_text", "_selected_action": [source.pk, textless.pk]}
    response = editor_client.post(changelist, data, follow=True)
    page = response.content.decode()
    assert "2 suggested draft claims created for “Floods in the delta”" in page
    assert "“No text yet” has no text" in page
    assert Claim.objects.filter(provenance="suggested", status="draft").count() == 2

    response = editor_client.post(changelist, data, follow=True)
    assert "No new claims to suggest for “Floods in the delta”" in response.content.decode()
    assert Claim.objects.count() == 2


def test_list_action_is_not_offered_without_permission(viewer_client, source):
    response = viewer_client.get(reverse("admin:sources_source_changelist"))
    assert "suggest_claims_from_text" not in response.content.decode()
    viewer_client.post(
        reverse("admin:sources_source_changelist"),
        {"action": "suggest_claims_from_text", "_selected_action": [source.pk]},
    )
    assert Claim.objects.count() == 0
