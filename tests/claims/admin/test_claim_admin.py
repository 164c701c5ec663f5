"""The claims admin as a logged-in fact-checker uses it."""

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import make_actor, make_source
from tests.rendered_forms import rendered_form

CHANGELIST = reverse("admin:claims_claim_changelist")


def formset_management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def claim_form_data(links, **fields):
    data = {
        "statement": "About 4,000 more soldiers",
        "quote": "about 4,000 soldiers",
        "qualifier": "approx",
        "value": "4000",
        "value_max": "",
        "unit": "soldiers",
        "subject": "",
        "place": "",
        "period_start": "",
        "period_end": "",
        "rank": "normal",
        "deprecation_reason": "",
        **formset_management("attributions", total=len(links)),
        **formset_management("reviews"),
        **formset_management("relations_from"),
    }
    for i, link in enumerate(links):
        data.update({f"attributions-{i}-{k}": v for k, v in link.items()})
    data.update(fields)
    return data


def test_changelist_shows_readable_figures(editor_client, seeded):
    response = editor_client.get(CHANGELIST)
    assert response.status_code == 200
    page = response.content.decode()
    for figure in [
        "≈ 12,000 troops",
        "&gt; 60 missiles",
        "thousands of troops",
        "six anonymous sources",
        "National Intelligence Service",
    ]:
        assert figure in page


def test_search_by_alias_finds_the_agency_claims(editor_client, seeded):
    response = editor_client.get(CHANGELIST, {"q": "spy agency"})
    claims = list(response.context["cl"].result_list)
    assert {c.value for c in claims} >= {4000, 6000}
    assert all(any(a.actor.slug == "national-intelligence-service" for a in c.attributions.all()) for c in claims)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"status": "in_review"}, {"thousands more"}),
        ({"outlet": "the-hill", "unit": "missiles"}, {"over 100 Hellfire missiles", "more than 60 missiles"}),
        ({"verdict": "true"}, {"6,000 workers"}),
    ],
)
def test_changelist_filters(editor_client, seeded, params, expected):
    response = editor_client.get(CHANGELIST, params)
    assert {c.quote for c in response.context["cl"].result_list} == expected


def test_change_page_shows_chain_inline(editor_client, seeded):
    claim = Claim.objects.get(quote="over 100 Hellfire missiles")
    response = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Attribution chain" in page
    assert "NBC News" in page and "Anonymous sources (NBC News)" in page
    assert "data-autocomplete-light" in page or "admin-autocomplete" in page


def test_editor_creates_claim_with_two_link_chain(editor_client, editor, db):
    source = make_source(title="Briefing story")
    lawmakers, nis = make_actor("South Korean lawmakers", kind="group"), make_actor("NIS", kind="agency")
    data = claim_form_data(
        [
            {
                "source": source.pk,
                "position": 1,
                "actor": lawmakers.pk,
                "verb": "said",
                "role": "relay",
                "source_count": "",
            },
            {
                "source": source.pk,
                "position": 2,
                "actor": nis.pk,
                "verb": "briefed",
                "role": "origin",
                "source_count": "",
            },
        ]
    )
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    claim = Claim.objects.get()
    assert claim.figure_display == "≈ 4,000 soldiers"
    assert [a.actor.name for a in claim.attributions.order_by("position")] == ["South Korean lawmakers", "NIS"]
    assert claim.history.first().history_user == editor


def test_broken_chain_is_a_form_error_and_writes_nothing(editor_client, db):
    source = make_source(title="Briefing story")
    lawmakers = make_actor("South Korean lawmakers", kind="group")
    data = claim_form_data(
        [
            {
                "source": source.pk,
                "position": 1,
                "actor": lawmakers.pk,
                "verb": "said",
                "role": "relay",
                "source_count": "",
            }
        ]
    )
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    assert "exactly one origin" in response.content.decode()
    assert not Claim.objects.exists()


def test_impossible_figure_is_a_form_error(editor_client, db):
    source, actor = make_source(), make_actor()
    data = claim_form_data(
        [{"source": source.pk, "position": 1, "actor": actor.pk, "verb": "said", "role": "origin", "source_count": ""}],
        qualifier="range",
        value="5000",
        value_max="4000",
    )
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    assert "The upper end cannot be below the value." in response.content.decode()
    assert not Claim.objects.exists()


def test_second_save_of_a_stale_form_is_refused(editor_client, make_claim):
    claim = make_claim(value=5, unit="drones", quote="5 drones")
    link = claim.attributions.get()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    links = [
        {
            "id": link.pk,
            "claim": claim.pk,
            "source": link.source_id,
            "position": 1,
            "actor": link.actor_id,
            "verb": "said",
            "role": "origin",
            "source_count": "",
        }
    ]
    first = claim_form_data(
        links, statement="first editor", value="5", qualifier="exact", unit="drones", loaded_version="1"
    )
    first.update(formset_management("attributions", total=1, initial=1))
    assert editor_client.post(url, first).status_code == 302
    second = dict(first, statement="second editor")
    response = editor_client.post(url, second)
    assert response.status_code == 200
    assert "Someone else saved this claim" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).statement == "first editor"


def test_editor_cannot_publish(editor_client, make_claim):
    claim = make_claim(value=5, unit="drones")
    response = editor_client.get(CHANGELIST)
    actions = dict(response.context["action_form"].fields["action"].choices)
    assert "submit_for_review" in actions and "publish" not in actions
    response = editor_client.post(CHANGELIST, {"action": "publish", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.status == "draft"


def test_workflow_actions(client, editor, reviewer, make_claim):
    claim = make_claim(value=5, unit="drones")
    client.force_login(editor)
    client.post(CHANGELIST, {"action": "submit_for_review", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.status == "in_review"
    client.force_login(reviewer)
    confirmation = client.post(CHANGELIST, {"action": "publish", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.status == "in_review", "nothing is published before it is confirmed"
    response = client.post(CHANGELIST, rendered_form(confirmation, "publish-confirmation-form"), follow=True)
    claim.refresh_from_db()
    assert claim.status == "published"
    assert "1 claim published" in response.content.decode()
    client.post(CHANGELIST, {"action": "retract", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.status == "published", "retracting asks for the reason first (tests/claims/test_retractions.py)"
    client.post(
        CHANGELIST,
        {"action": "retract", "_selected_action": [claim.pk], "confirm_retraction": "1", "reason": "Misread."},
    )
    claim.refresh_from_db()
    assert claim.status == "retracted"
    client.post(CHANGELIST, {"action": "return_to_draft", "_selected_action": [claim.pk]}, follow=True)
    claim.refresh_from_db()
    assert claim.status == "retracted", "a retracted claim does not go back to draft"


REVERT_FORM = "historicalclaim_form"  # simple-history's revert page: the change form of the history model


def revert_post_data(page):
    """What the revert page's form posts back unchanged, read from the page as rendered."""
    return rendered_form(page.content, REVERT_FORM)


@pytest.fixture
def edited_claim(editor, reviewer, make_claim):
    """A claim first said by "First Speaker", then reworded and re-attributed by the reviewer."""
    from claims.chains import LinkData
    from claims.services import chain_replace, claim_save

    source = make_source(title="Original story")
    first, second = make_actor("First Speaker"), make_actor("Second Speaker")
    claim = make_claim(
        value=5,
        unit="drones",
        statement="original wording",
        links=[LinkData(source, first, "said", "origin", 1)],
        user=editor,
    )
    claim.statement = "changed wording"
    claim_save(claim=claim, user=reviewer)
    chain_replace(claim=claim, links=[LinkData(source, second, "said", "origin", 1)], user=reviewer)
    return claim


def test_history_shows_field_and_chain_changes_with_their_users(editor_client, edited_claim):
    response = editor_client.get(reverse("admin:claims_claim_history", args=[edited_claim.pk]))
    assert response.status_code == 200
    changes = [(c.change, c.speaker, c.user.username) for c in response.context["chain_changes"]]
    # Newest first: the reviewer replaced First Speaker by Second Speaker; the editor added the first link.
    assert changes == [
        ("added", "Second Speaker", "rita"),
        ("removed", "First Speaker", "rita"),
        ("added", "First Speaker", "eddie"),
    ]
    page = response.content.decode()
    assert "Attribution chain changes" in page and "Second Speaker" in page
    assert [record.history_user.username for record in response.context["page_obj"]][:1] == ["rita"]


def test_an_editor_reverts_a_claim_and_its_chain(editor_client, edited_claim):
    first = edited_claim.history.earliest()
    revert_url = reverse("admin:claims_claim_simple_history", args=[edited_claim.pk, first.history_id])
    page = editor_client.get(revert_url)
    assert page.status_code == 200
    text = page.content.decode()
    assert "original wording" in text
    assert page.context["chain_then"] == ["Original story: First Speaker (said, origin)"]
    assert page.context["chain_now"] == ["Original story: Second Speaker (said, origin)"]
    assert page.context["chain_differs"] and 'name="restore_chain" id="id_restore_chain" value="1" checked' in text
    response = editor_client.post(revert_url, {**revert_post_data(page), "restore_chain": "1"})
    assert response.status_code == 302
    edited_claim.refresh_from_db()
    assert edited_claim.statement == "original wording"
    assert [link.actor.name for link in edited_claim.attributions.all()] == ["First Speaker"]
    latest = edited_claim.history.latest()
    assert latest.history_user.username == "eddie"


def test_reverting_without_the_chain_keeps_todays_chain(editor_client, edited_claim):
    first = edited_claim.history.earliest()
    revert_url = reverse("admin:claims_claim_simple_history", args=[edited_claim.pk, first.history_id])
    page = editor_client.get(revert_url)
    form = revert_post_data(page)
    form.uncheck("restore_chain")
    assert editor_client.post(revert_url, form).status_code == 302
    edited_claim.refresh_from_db()
    assert edited_claim.statement == "original wording"
    assert [link.actor.name for link in edited_claim.attributions.all()] == ["Second Speaker"]


@pytest.mark.parametrize("rows", [3, 12])
def test_source_filter_lists_one_sources_claims_in_fixed_queries(
    editor_client, make_claim, django_assert_max_num_queries, rows
):
    source, other = make_source(title="Floods"), make_source()
    for i in range(rows):
        make_claim(value=i, unit="homes", source=source)
    make_claim(value=1, unit="homes", source=other)
    with django_assert_max_num_queries(17):
        response = editor_client.get(CHANGELIST, {"source": source.pk, "all": ""})
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == rows
    assert "Floods" in response.content.decode()  # the filter names the chosen source


def test_a_chain_naming_deleted_records_is_not_restored_and_nothing_is_reverted(editor_client, reviewer, make_claim):
    from claims.chains import LinkData
    from claims.services import chain_replace, claim_save

    old_source, new_source, speaker = make_source(title="Old story"), make_source(title="New story"), make_actor()
    claim = make_claim(
        value=5, unit="drones", statement="original wording", links=[LinkData(old_source, speaker, "said", "origin", 1)]
    )
    claim.statement = "changed wording"
    claim_save(claim=claim, user=reviewer)
    chain_replace(claim=claim, links=[LinkData(new_source, speaker, "said", "origin", 1)], user=reviewer)
    old_source.delete()  # nothing refers to it any more
    revert_url = reverse("admin:claims_claim_simple_history", args=[claim.pk, claim.history.earliest().history_id])
    page = editor_client.get(revert_url)
    assert "deleted since" in page.context["chain_problem"]
    assert 'name="restore_chain"' not in page.content.decode()
    response = editor_client.post(revert_url, {**revert_post_data(page), "restore_chain": "1"})
    # The checkbox is not offered, so the claim's fields revert and the chain stays.
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.statement == "original wording"
    assert [link.source.title for link in claim.attributions.all()] == ["New story"]


# --- The stale-save guard, on the change form as rendered ----------------------------------------


def rendered_change_form(client, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    return url, rendered_form(client.get(url).content, "claim_form")


def test_a_change_form_without_its_version_is_refused(editor_client, make_claim):
    claim = make_claim(value=5, unit="drones", statement="Five drones")
    url, form = rendered_change_form(editor_client, claim)
    assert form.value("loaded_version") == str(claim.version)
    form.set("statement", "Five drones, edited")
    del form["loaded_version"]  # an old page, or a hand-made POST
    response = editor_client.post(url, form)
    assert response.status_code == 200
    assert "sent without the version of the claim it was opened at" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).statement == "Five drones"


def test_a_save_the_service_refuses_under_its_lock_is_a_form_error(editor_client, reviewer, make_claim, monkeypatch):
    """Someone saves between the form's early check and the save: claim_save's locked check refuses.

    (That save runs on the test's one connection inside the admin's transaction, so it is
    rolled back with it; test_claim_admin_races.py races real sessions on PostgreSQL.)
    """
    from claims.admin import forms
    from claims.services import claim_save

    claim = make_claim(value=5, unit="drones", statement="Five drones")
    url, form = rendered_change_form(editor_client, claim)
    form.set("statement", "Five drones, edited")
    check = forms.ClaimAdminForm._check_not_stale

    def check_then_someone_saves(admin_form, loaded):
        check(admin_form, loaded)
        other = Claim.objects.get(pk=claim.pk)
        other.place = "Kharkiv"
        claim_save(claim=other, user=reviewer)

    monkeypatch.setattr(forms.ClaimAdminForm, "_check_not_stale", check_then_someone_saves)
    response = editor_client.post(url, form)
    assert response.status_code == 200
    assert "Someone else saved this claim after you opened it" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).statement == "Five drones"


def test_an_edit_from_the_change_form_never_moves_status_or_verdict(client, reviewer, make_claim):
    from claims.models import Review
    from claims.services import claim_transition, review_save

    # A reviewer's own edits apply at once (an editor's would wait as a pending revision).
    client.force_login(reviewer)
    claim = make_claim(value=5, unit="drones", statement="Five drones", status="published")
    url, form = rendered_change_form(client, claim)
    form.set("statement", "Five drones, edited")
    assert client.post(url, form).status_code == 302
    review_save(review=Review(claim=claim, rating="false", status="published"), user=reviewer)
    claim_transition(claim=claim, action="retract", user=reviewer, reason="Misread.")
    url, form = rendered_change_form(client, claim)
    form.set("place", "Kharkiv")
    assert client.post(url, form).status_code == 302
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.statement, stored.place, stored.status, stored.verdict) == (
        "Five drones, edited",
        "Kharkiv",
        "retracted",
        "false",
    )
