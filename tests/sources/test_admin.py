"""The outlet, source and speaker admin as fact-checkers use it: refused deletions that say
why, and history that brings an old name back."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from claims.models import Claim
from sources.models import Actor, Outlet, Source
from tests.factories import make_actor, make_outlet, make_source
from tests.rendered_forms import page_form, rendered_form, submit

PROTECTED = "would require deleting the following protected related objects"


def page_text(response):
    """The page's main content as a reader sees it: tags dropped, entities as typed."""
    content = response.content.decode().split('id="content"', 1)[-1]
    text = re.sub(r"<[^>]+>", " ", content).replace("&#x27;", "'").replace("&quot;", '"')
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def deleting_client(client, reviewer):
    """A reviewer who was also given the right to delete outlets, sources and speakers."""
    reviewer.user_permissions.add(
        *Permission.objects.filter(codename__in=["delete_outlet", "delete_source", "delete_actor"])
    )
    client.force_login(reviewer)
    return client


@pytest.fixture
def nis(seeded):
    return Actor.objects.get(slug="national-intelligence-service")


def claims_citing(actor):
    return Claim.objects.filter(attributions__actor=actor).distinct()


def test_deleting_a_cited_speaker_is_refused_naming_the_claims(deleting_client, nis):
    citing = list(claims_citing(nis))
    assert len(citing) >= 2
    response = deleting_client.post(reverse("admin:sources_actor_delete", args=[nis.pk]), {"post": "yes"})
    assert response.status_code == 200
    text = page_text(response)
    assert "Cannot delete actor" in text and PROTECTED in text
    for claim in citing:  # each claim that cites the agency, by its statement
        assert f"Claim: {claim.statement}" in text
    assert f'href="{reverse("admin:claims_claim_change", args=[citing[0].pk])}"' in response.content.decode()
    assert Actor.objects.filter(pk=nis.pk).exists()
    assert all(claim.attributions.filter(actor=nis).exists() for claim in citing)


def test_delete_selected_refuses_a_cited_speaker_with_the_same_message(deleting_client, nis):
    unused = make_actor("Nobody Quoted")
    response = deleting_client.post(
        reverse("admin:sources_actor_changelist"),
        {"action": "delete_selected", "_selected_action": [nis.pk, unused.pk], "post": "yes"},
    )
    assert response.status_code == 200
    text = page_text(response)
    assert "Deleting the selected actors " + PROTECTED in text
    assert "North Korea's additional troop deployment" in text
    # All or nothing: the unused speaker selected with it is not deleted either.
    assert Actor.objects.filter(pk__in=[nis.pk, unused.pk]).count() == 2


def test_deleting_a_cited_outlet_is_refused_naming_its_sources(deleting_client, seeded):
    outlet = Outlet.objects.get(slug="the-hill")
    response = deleting_client.post(reverse("admin:sources_outlet_delete", args=[outlet.pk]), {"post": "yes"})
    text = page_text(response)
    assert f"Deleting the outlet “The Hill” {PROTECTED}" in text
    assert "Source: The Hill: Defense Department halting some missiles and munitions to Ukraine" in text
    # Not "your account doesn't have permission to delete …": more rights would not cascade it.
    assert "permission" not in text.split("Cannot delete outlet", 1)[1]
    assert Outlet.objects.filter(pk=outlet.pk).exists()
    response = deleting_client.post(
        reverse("admin:sources_outlet_changelist"),
        {"action": "delete_selected", "_selected_action": [outlet.pk], "post": "yes"},
    )
    assert "Deleting the selected outlet " + PROTECTED in page_text(response)
    assert Outlet.objects.filter(pk=outlet.pk).exists()


def test_deleting_a_cited_source_is_refused_naming_the_claims(deleting_client, seeded):
    source = Source.objects.get(title__startswith="Defense Department")
    response = deleting_client.post(
        reverse("admin:sources_source_changelist"),
        {"action": "delete_selected", "_selected_action": [source.pk], "post": "yes"},
    )
    text = page_text(response)
    assert PROTECTED in text and "Claim: " in text
    assert Source.objects.filter(pk=source.pk).exists()


def test_a_speaker_no_claim_cites_is_deleted(deleting_client, seeded):
    # The refusals above come from the claims, not from the permission.
    unused = make_actor("Nobody Quoted")
    response = deleting_client.post(reverse("admin:sources_actor_delete", args=[unused.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Actor.objects.filter(pk=unused.pk).exists()


def test_editors_may_not_delete_speakers_and_are_told_why(editor_client, seeded):
    actor = make_actor("Nobody Quoted", proposed=True)
    response = editor_client.post(reverse("admin:sources_actor_delete", args=[actor.pk]), {"post": "yes"})
    assert response.status_code == 403
    # An admin page that says why and what to do, not a bare "403 Forbidden".
    text = page_text(response)
    assert "Only reviewers can delete speakers, and only speakers that figure extraction proposed" in text
    assert "Ask a reviewer to delete “Nobody Quoted”" in text
    assert Actor.objects.filter(pk=actor.pk).exists()


def test_a_refused_outlet_or_source_delete_is_a_page_that_says_why(editor_client, seeded):
    for url, name in (
        (reverse("admin:sources_outlet_delete", args=[Outlet.objects.get(slug="the-hill").pk]), "The Hill"),
        (
            reverse(
                "admin:sources_source_delete",
                args=[make_source(outlet=make_outlet("Harbour Ledger"), title="Unused story").pk],
            ),
            "Harbour Ledger: Unused story",
        ),
    ):
        response = editor_client.get(url)
        assert response.status_code == 403
        text = page_text(response)
        assert "Only an administrator can delete" in text and f"If “{name}" in text and "merges the two instead" in text


# --- Speakers proposed by extraction (issue 16) --------------------------------------
def test_a_reviewer_deletes_an_unused_speaker_that_extraction_proposed(reviewer_client, seeded):
    proposed = make_actor("Regional governor", proposed=True)
    page = reviewer_client.get(reverse("admin:sources_actor_change", args=[proposed.pk]))
    assert reverse("admin:sources_actor_delete", args=[proposed.pk]) in page.content.decode()  # the Delete link
    confirm = reviewer_client.get(reverse("admin:sources_actor_delete", args=[proposed.pk]))
    response = submit(reviewer_client, confirm, page_form(confirm, containing='name="post"'))
    assert response.status_code == 302
    assert not Actor.objects.filter(pk=proposed.pk).exists()


def test_a_reviewer_may_not_delete_a_speaker_a_person_added(reviewer_client, seeded):
    added = make_actor("Nobody Quoted")
    page = reviewer_client.get(reverse("admin:sources_actor_change", args=[added.pk]))
    assert reverse("admin:sources_actor_delete", args=[added.pk]) not in page.content.decode()
    response = reviewer_client.post(reverse("admin:sources_actor_delete", args=[added.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert "“Nobody Quoted” was added by a person, not proposed by figure extraction" in page_text(response)
    assert "merge the two instead" in page_text(response)
    # Selected with a proposed one in the list: the page names the one that stops it.
    proposed = make_actor("Regional governor", proposed=True)
    response = reviewer_client.post(
        reverse("admin:sources_actor_changelist"),
        {"action": "delete_selected", "_selected_action": [added.pk, proposed.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert "“Nobody Quoted” was added by a person" in page_text(response)
    assert Actor.objects.filter(pk__in=[added.pk, proposed.pk]).count() == 2


def test_a_proposed_speaker_a_claim_uses_is_kept_naming_the_claim(reviewer_client, seeded, make_claim):
    proposed = make_actor("Regional governor", proposed=True)
    claim = make_claim(statement="The governor counted 40 drones", actor=proposed)
    response = reviewer_client.post(reverse("admin:sources_actor_delete", args=[proposed.pk]), {"post": "yes"})
    assert response.status_code == 200
    assert f"Claim: {claim.statement}" in page_text(response) and PROTECTED in page_text(response)
    assert Actor.objects.filter(pk=proposed.pk).exists()


# --- History and revert --------------------------------------------------------------
def revert_data(page):
    """What the revert page's form posts back unchanged, as the page renders it."""
    return rendered_form(page, _form_id(page))


def change_data(page, **changes):
    """The change page's form as rendered, with ``changes`` typed in."""
    form = rendered_form(page, _form_id(page))
    for name, value in changes.items():
        form.set(name, value)
    return form


def _form_id(page):
    # The admin's change form is "<model_name>_form", its revert form "historical<model_name>_form".
    return re.search(r'<form [^>]*id="(\w+_form)"', page.content.decode()).group(1)


def history_rows(client, url, field):
    """The history page's versions, newest first, as (value of ``field``, username), and its text."""
    page = client.get(url)
    assert page.status_code == 200
    rows = [
        (getattr(record, field), record.history_user.username if record.history_user else None)
        for record in page.context["page_obj"]
    ]
    return rows, page.content.decode()


def test_a_renamed_speaker_is_reverted_from_its_history(client, editor, reviewer, seeded, nis):
    client.force_login(reviewer)
    change_url = reverse("admin:sources_actor_change", args=[nis.pk])
    response = client.post(change_url, change_data(client.get(change_url), name="NIS (renamed)"))
    assert response.status_code == 302
    assert Actor.objects.get(pk=nis.pk).name == "NIS (renamed)"

    client.force_login(editor)
    history_url = reverse("admin:sources_actor_history", args=[nis.pk])
    rows, _ = history_rows(client, history_url, "name")
    assert rows[:2] == [("NIS (renamed)", "rita"), ("National Intelligence Service", None)]  # seeded by the loader
    before_rename = nis.history.order_by("history_date").first()
    revert_url = reverse("admin:sources_actor_simple_history", args=[nis.pk, before_rename.history_id])
    page = client.get(revert_url)
    assert page.status_code == 200 and 'value="National Intelligence Service"' in page.content.decode()
    assert client.post(revert_url, revert_data(page)).status_code == 302

    actor = Actor.objects.get(pk=nis.pk)
    assert actor.name == "National Intelligence Service"
    assert actor.alias_list == nis.alias_list  # the aliases search finds it by are kept
    latest = actor.history.first()
    assert (latest.name, latest.history_user) == ("National Intelligence Service", editor)
    # The history page shows the revert, by its user, above the rename.
    rows, text = history_rows(client, history_url, "name")
    assert rows[:2] == [("National Intelligence Service", "eddie"), ("NIS (renamed)", "rita")]
    assert "eddie" in text
    # The claims still cite the agency by its old name.
    assert "National Intelligence Service" in {link.actor.name for link in claims_citing(actor)[0].attributions.all()}


def test_a_retitled_source_is_reverted_from_its_history(client, editor, reviewer, seeded):
    source = Source.objects.get(title__startswith="Defense Department")
    original = source.title
    client.force_login(reviewer)
    change_url = reverse("admin:sources_source_change", args=[source.pk])
    response = client.post(change_url, change_data(client.get(change_url), title="Pentagon pause (retitled)"))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    assert Source.objects.get(pk=source.pk).title == "Pentagon pause (retitled)"

    client.force_login(editor)
    first = source.history.order_by("history_date").first()
    revert_url = reverse("admin:sources_source_simple_history", args=[source.pk, first.history_id])
    page = client.get(revert_url)
    assert original in page.content.decode()
    assert client.post(revert_url, revert_data(page)).status_code == 302
    source.refresh_from_db()
    assert source.title == original
    rows, text = history_rows(client, reverse("admin:sources_source_history", args=[source.pk]), "title")
    assert rows[:2] == [(original, "eddie"), ("Pentagon pause (retitled)", "rita")]
    assert "eddie" in text


def test_the_outlet_autocomplete_lists_outlets_by_name(client, editor):
    """A source's outlet picker lists outlets A to Z, page after page (the counted sources
    must not drop the outlets' order)."""
    for name in ("Zeit Online", "Agence France-Presse", "Milano Finanza"):
        make_outlet(name)
    client.force_login(editor)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "sources", "model_name": "source", "field_name": "outlet", "term": ""},
    )
    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == [
        "Agence France-Presse",
        "Milano Finanza",
        "Zeit Online",
    ]
