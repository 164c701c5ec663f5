"""A sheet is the newsroom's until a reviewer makes it public: every door checks the flag."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import ClaimSheet
from claims.sheets.services import sheet_add_claims, sheet_create
from tests.rendered_forms import page_form, submit

# What only the private sheet carries: its name, description, filter and maker.
SECRETS = ("Secret Kursk plans", "Leads we have not checked", "status=draft", "eddie")
DOORS = (
    "/sheets/",
    "/sheets/secret-kursk-plans/",
    "/sheets/secret-kursk-plans.csv",
    "/sheets/secret-kursk-plans.json",
    "/sheets/secret-kursk-plans.xlsx",
    "/sheets/secret-kursk-plans.jsonld",
    "/api/v1/sheets/",
    "/api/v1/sheets/secret-kursk-plans/",
)


@pytest.fixture
def private_sheet(sheet_claims, editor):
    sheet = sheet_create(
        name="Secret Kursk plans", user=editor, description="Leads we have not checked", query="status=draft&q=kursk"
    )
    sheet_add_claims(sheet=sheet, claims=[sheet_claims.draft], user=editor)
    return sheet


def readers(django_user_model):
    """An anonymous visitor, and a signed-in reader with an API token but no permissions."""
    reader = django_user_model.objects.create_user("reader", password="pw-reader")
    token = APIClient()
    token.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=reader).key}")
    return {"anonymous": (None, APIClient()), "token": (reader, token)}


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("role", ["anonymous", "token"])
def test_a_private_sheet_shows_at_no_door(client, private_sheet, django_user_model, role):
    user, api = readers(django_user_model)[role]
    if user is not None:
        client.force_login(user)
    for door in DOORS:
        response = api.get(door) if door.startswith("/api/") else client.get(door)
        text = body(response).decode("utf-8", errors="replace")
        if door in ("/sheets/", "/api/v1/sheets/"):
            assert response.status_code == 200, door
        else:
            assert response.status_code == 404, door
        assert not [secret for secret in SECRETS if secret in text], door


def test_the_newsroom_sees_private_sheets(editor_client, private_sheet):
    assert editor_client.get("/sheets/secret-kursk-plans/").status_code == 200
    assert "Secret Kursk plans" in editor_client.get("/sheets/").content.decode()
    (listed,) = editor_client.get("/api/v1/sheets/").json()["results"]
    assert (listed["slug"], listed["public"]) == ("secret-kursk-plans", False)


def test_a_reviewer_makes_a_sheet_public_in_the_admin(client, reviewer, private_sheet):
    client.force_login(reviewer)
    page = client.get(f"/admin/claims/claimsheet/{private_sheet.pk}/change/")
    form = page_form(page, containing='name="public"')
    assert submit(client, page, form, public="on", button="_save").status_code == 302
    assert ClaimSheet.objects.get(pk=private_sheet.pk).public
    client.logout()
    for door in DOORS:
        response = APIClient().get(door) if door.startswith("/api/") else client.get(door)
        assert response.status_code == 200, door
    assert "Secret Kursk plans" in client.get("/sheets/").content.decode()
    # The sheet's drafts stay hidden: a public sheet shows only the claims a reader may see.
    assert APIClient().get("/api/v1/sheets/secret-kursk-plans/").json()["claim_count"] == 0


def test_an_editor_cannot_make_a_sheet_public(editor_client, private_sheet):
    page = editor_client.get(f"/admin/claims/claimsheet/{private_sheet.pk}/change/")
    form = page_form(page, containing='name="name"')
    assert "public" not in dict(form.form_values())
    # Adding the field by hand changes nothing: the form does not take it from an editor.
    assert submit(editor_client, page, form, public="on", button="_save").status_code == 302
    assert not ClaimSheet.objects.get(pk=private_sheet.pk).public
