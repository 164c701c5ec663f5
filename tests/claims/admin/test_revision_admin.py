"""The claim page and pending revisions, submitted as rendered (the page's own inputs, parsed)."""

from decimal import Decimal

import lxml.html
import pytest
from django.urls import reverse

from claims.models import Claim, ClaimRevision, RevisionStatus, Tag
from claims.revisions import pending_revision
from claims.services import claim_save

CHANGELIST = reverse("admin:claims_claim_changelist")


def rendered_form(response):
    """The claim form's fields as the browser would submit them: {name: [values]}."""
    assert response.status_code == 200
    forms = lxml.html.fromstring(response.content.decode()).forms
    form = next(form for form in forms if "statement" in form.fields)  # the change or revert form
    data = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    return data


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


@pytest.fixture
def published(make_claim):
    return make_claim(
        statement="60,000 workers went to Russia", value=60000, qualifier="approx", unit="workers", status="published"
    )


def test_an_editors_save_of_a_published_claim_is_pending(client, editor, api, published):
    client.force_login(editor)
    data = rendered_form(client.get(change_url(published)))
    data["value"] = ["70000"]
    response = client.post(change_url(published), data, follow=True)
    assert response.status_code == 200
    assert "Your change is pending review" in response.content.decode()
    assert "changed successfully" not in response.content.decode()

    published.refresh_from_db()
    assert published.value == 60000
    assert api.get(f"/api/v1/claims/{published.pk}/").json()["figure"]["display"] == "≈ 60,000 workers"
    assert pending_revision(published).fields == {"value": "70000"}

    # Opened again, the page shows the proposed value and says the editor edits the revision.
    page = client.get(change_url(published))
    assert rendered_form(page)["value"] == ["70,000"]  # as people write it (claims/admin/figure_form.py)
    assert "You are editing the pending revision" in page.content.decode()
    assert "Publish revision" not in page.content.decode()


def test_an_editor_edits_the_revision_and_its_tags(client, editor, published):
    tag = Tag.objects.create(name="Labour", slug="labour")
    client.force_login(editor)
    data = rendered_form(client.get(change_url(published)))
    data["value"], data["tags"] = ["70000"], [str(tag.pk)]
    client.post(change_url(published), data)
    data = rendered_form(client.get(change_url(published)))
    assert data["tags"] == [str(tag.pk)]
    data["statement"] = ["70,000 workers went to Russia"]
    client.post(change_url(published), data)
    revision = ClaimRevision.objects.get()
    assert revision.fields == {"value": "70000", "statement": "70,000 workers went to Russia"}
    assert revision.tags == [tag.pk]
    assert list(published.tags.all()) == []


def test_a_reviewer_sees_the_diff_and_publishes(client, editor, reviewer, api, published):
    client.force_login(editor)
    data = rendered_form(client.get(change_url(published)))
    data["value"] = ["70000"]
    client.post(change_url(published), data)

    client.force_login(reviewer)
    page = client.get(change_url(published))
    html = page.content.decode()
    assert "≈ 60,000 workers" in html and "≈ 70,000 workers" in html and "Publish revision" in html
    data = rendered_form(page)
    assert data["value"] == ["60,000"]  # reviewers' form is the published claim
    data["revision"] = [lxml.html.fromstring(html).xpath("//button[text()='Publish revision']")[0].get("value")]
    response = client.post(reverse("admin:claims_claim_publish_revision", args=[published.pk]), data, follow=True)
    assert "was published: the public now reads it" in response.content.decode()
    published.refresh_from_db()
    assert published.value == Decimal(70000)
    assert api.get(f"/api/v1/claims/{published.pk}/").json()["figure"]["display"] == "≈ 70,000 workers"
    assert ClaimRevision.objects.get().status == RevisionStatus.PUBLISHED


def test_editors_cannot_publish_a_revision(client, editor, published):
    client.force_login(editor)
    data = rendered_form(client.get(change_url(published)))
    data["value"] = ["70000"]
    client.post(change_url(published), data)
    url = reverse("admin:claims_claim_publish_revision", args=[published.pk])
    assert client.post(url, {"revision": "x"}).status_code == 403
    published.refresh_from_db()
    assert published.value == 60000


def test_a_bad_figure_is_a_form_error(client, editor, published):
    client.force_login(editor)
    data = rendered_form(client.get(change_url(published)))
    data["qualifier"], data["value_max"] = ["range"], ["10"]
    response = client.post(change_url(published), data)
    assert response.status_code == 200 and "The upper end cannot be below the value." in response.content.decode()
    assert not ClaimRevision.objects.exists()


def test_claims_list_filters_pending_revisions(client, editor, published, make_claim):
    other = make_claim(statement="Untouched claim", status="published")
    client.force_login(editor)
    data = rendered_form(client.get(change_url(published)))
    data["value"] = ["70000"]
    client.post(change_url(published), data)
    listed = client.get(CHANGELIST, {"pending_revision": "yes"}).content.decode()
    assert published.statement in listed and other.statement not in listed
    listed = client.get(CHANGELIST, {"pending_revision": "no"}).content.decode()
    assert published.statement not in listed and other.statement in listed


def test_revert_by_an_editor_is_pending(client, editor, reviewer, published):
    claim = Claim.objects.get(pk=published.pk)
    claim.value = Decimal(65000)
    claim_save(claim=claim, user=reviewer)  # a reviewer's edit, live at once
    old = published.history.filter(value=Decimal(60000)).order_by("-history_id").first()
    client.force_login(editor)
    url = reverse("admin:claims_claim_simple_history", args=[published.pk, old.history_id])
    data = rendered_form(client.get(url))
    # Issue 15 item 2: the revert form carries the old version's loaded_version, so today it is
    # always refused as stale (fixed on another branch); submit the current version meanwhile.
    data["loaded_version"] = [str(Claim.objects.get(pk=published.pk).version)]
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "Your change is pending review" in response.content.decode()
    published.refresh_from_db()
    assert published.value == 65000
    assert pending_revision(published).fields == {"value": "60000"}
