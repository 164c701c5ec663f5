"""The admin's merge, as a reviewer clicks through it: select two, preview, confirm (issue 16)."""

import re

import lxml.html
import pytest
from django.urls import reverse

from claims.chains import LinkData
from claims.models import Attribution
from sources.models import Actor
from tests.factories import ClaimFactory, make_actor, make_source
from tests.rendered_forms import links_to, page_form, rendered_form, submit


def text_of(response):
    content = response.content.decode().split('id="content"', 1)[-1]
    text = re.sub(r"<[^>]+>", " ", content).replace("&#x27;", "'").replace("&quot;", '"')
    return " ".join(text.split())


@pytest.fixture
def duplicate(seeded, make_claim):
    """A speaker entered twice: "Nat'l Intelligence Service", cited by two claims."""
    actor = make_actor("Nat'l Intelligence Service", kind="agency", aliases="Seoul's spy service")
    for statement in ("Seoul says 1,500 troops went first", "Seoul says 3,000 more followed"):
        make_claim(
            statement=statement,
            links=[LinkData(source=make_source(), actor=actor, verb="said", role="origin", position=1)],
        )
    return actor


def run_action(client, action, selected):
    changelist = reverse("admin:sources_actor_changelist")
    form = rendered_form(client.get(changelist), "changelist-form")
    assert "_selected_action" in form.controls
    form.set("action", action)
    form["_selected_action"] = [str(record.pk) for record in selected]
    return client.post(changelist, form)


def test_a_reviewer_merges_two_speakers_from_the_list_after_a_preview(
    reviewer_client, duplicate, django_assert_max_num_queries
):
    nis = Actor.objects.get(slug="national-intelligence-service")
    response = run_action(reviewer_client, "merge_selected", [nis, duplicate])
    # The older speaker stays by default; the preview offers the other way round.
    assert response.status_code == 302
    assert response.url == reverse("admin:sources_actor_merge", args=[duplicate.pk, nis.pk])
    with django_assert_max_num_queries(20):
        preview = reviewer_client.get(response.url)
    text = text_of(preview)
    assert "Merging the actor “Nat'l Intelligence Service”" in text and "into “National Intelligence Service”" in text
    assert "Attributions (claims.Attribution) 2" in text
    assert "Claim: Seoul says 1,500 troops went first" in text and "Claim: Seoul says 3,000 more followed" in text
    assert (
        "Names “National Intelligence Service” gains as aliases Nat'l Intelligence Service Seoul's spy service" in text
    )
    assert links_to(preview.content, "Keep “Nat'l Intelligence Service” instead") == [
        reverse("admin:sources_actor_merge", args=[nis.pk, duplicate.pk])
    ]
    assert text_of_breadcrumbs(preview) == "Home Sources and speakers Actors National Intelligence Service Merge"

    done = submit(reviewer_client, preview, page_form(preview, containing="expected_moves"))
    assert done.status_code == 302 and done.url == reverse("admin:sources_actor_change", args=[nis.pk])
    [message] = messages_of(reviewer_client.get(done.url))
    assert message == (
        f"Merged actor “Nat'l Intelligence Service” (#{duplicate.pk}) into “National Intelligence Service” "
        f"(#{nis.pk}): 2 row(s) moved, “Nat'l Intelligence Service” deleted."
    )
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    assert Attribution.objects.filter(actor=nis, claim__statement__startswith="Seoul says").count() == 2


def text_of_breadcrumbs(response):
    crumbs = response.content.decode().split('class="breadcrumbs"', 1)[1].split("</ol>", 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", crumbs).split()).removeprefix(">").strip()


def messages_of(response):
    """The admin's messages at the top of the page."""
    return [
        " ".join(li.text_content().split())
        for li in lxml.html.fromstring(response.content.decode()).xpath("//ul[@class='messagelist']/li")
    ]


def test_merging_needs_exactly_two(reviewer_client, duplicate):
    response = run_action(reviewer_client, "merge_selected", [duplicate])
    assert messages_of(reviewer_client.get(response.url)) == ["Select exactly two actors to merge (you selected 1)."]


def test_editors_are_not_offered_merge_and_are_told_why_at_its_address(editor_client, duplicate):
    nis = Actor.objects.get(slug="national-intelligence-service")
    page = editor_client.get(reverse("admin:sources_actor_changelist"))
    assert "merge_selected" not in page.content.decode()
    response = editor_client.get(reverse("admin:sources_actor_merge", args=[duplicate.pk, nis.pk]))
    assert response.status_code == 403
    assert "Only reviewers can merge speakers" in text_of(response)  # an admin page, not a bare 403
    response = editor_client.post(reverse("admin:sources_actor_merge", args=[duplicate.pk, nis.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Actor.objects.filter(pk=duplicate.pk).exists()


def sources_to_merge(links):
    """The address of the preview of merging a source cited by ``links`` claims (and one
    review's evidence) into another."""
    from claims.models import Review

    kept, duplicate = make_source(title="North Korea sends more troops to Russia"), make_source(title="(copy)")
    speaker = make_actor("South Korean lawmakers")
    factory = ClaimFactory()
    claims = [
        factory(statement=f"Lawmakers say {n},000 troops", links=[LinkData(duplicate, speaker, "said", "origin", 1)])
        for n in range(1, links + 1)
    ]
    review = Review.objects.create(claim=claims[0], rating="true")
    review.evidence.set([duplicate])
    return reverse("admin:sources_source_merge", args=[duplicate.pk, kept.pk])


@pytest.mark.parametrize("links", [2, 12])
def test_a_source_merge_preview_names_each_claim_in_bounded_queries(
    reviewer_client, db, links, django_assert_max_num_queries
):
    url = sources_to_merge(links)
    reviewer_client.get(url)  # the session and permissions cached, as on a second look
    with django_assert_max_num_queries(18):  # the same for 2 links and for 12
        preview = reviewer_client.get(url)
    text = text_of(preview)
    assert f"Attributions (claims.Attribution) {links}" in text
    assert "Claim: Lawmakers say 1,000 troops (its attribution: South Korean lawmakers (origin, said))" in text
    assert "Claim: Lawmakers say 1,000 troops (its review: True: Lawmakers say 1,000 troops)" in text
