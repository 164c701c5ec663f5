"""The add forms catch duplicates before saving (issue 16), submitted as the admin renders them."""

import json
import re

import lxml.html
import pytest
from django.urls import reverse

from sources.models import Actor, ActorKind, Outlet, Source
from tests.factories import make_actor, make_outlet, make_source
from tests.rendered_forms import links_to, rendered_form

REUTERS = "https://www.reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14/"
REUTERS_SHARED = (
    "http://reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14?utm_medium=email"
)
ADD_ACTOR = reverse("admin:sources_actor_add")


def field_errors(response, field):
    """The error list the admin shows beside ``field``, as text."""
    found = lxml.html.fromstring(response.content.decode()).xpath(f'//*[@id="id_{field}_error"]')
    assert found, f"no error beside {field}"
    return " ".join(found[0].text_content().split())


@pytest.fixture
def unicef(db):
    return make_actor("UNICEF", kind=ActorKind.ORGANISATION, aliases="United Nations Children's Fund")


def add_speaker(client, name, url=ADD_ACTOR, **typed):
    form = rendered_form(client.get(url), "actor_form")
    form.set("name", name)
    form.set("slug", re.sub(r"\W+", "-", name.lower()).strip("-"))  # what the page's prepopulate script types
    for field, value in typed.items():
        form.set(field, value)
    return client.post(url, form)


def test_adding_a_speaker_that_exists_offers_the_existing_one(editor_client, unicef):
    response = add_speaker(editor_client, "Unicef")
    assert response.status_code == 200
    errors = field_errors(response, "name")
    assert "Existing speakers that match: UNICEF — use this one" in errors
    assert "Slug already exists" not in response.content.decode()
    assert links_to(response.content, "use this one") == [reverse("admin:sources_actor_change", args=[unicef.pk])]
    assert Actor.objects.count() == 1


def test_a_match_by_alias_says_which_alias(editor_client, unicef):
    response = add_speaker(editor_client, "united nations children’s fund")
    assert "UNICEF (alias United Nations Children's Fund) — use this one" in field_errors(response, "name")
    response = add_speaker(editor_client, "Fonds des Nations unies", aliases="unicef")  # a typed alias matches too
    assert "UNICEF — use this one" in field_errors(response, "name")
    assert Actor.objects.count() == 1


def test_a_different_speaker_of_the_same_name_is_added_when_ticked(editor_client, unicef):
    response = add_speaker(editor_client, "Unicef")
    form = rendered_form(response, "actor_form")  # the page as re-rendered with the match
    form.set("new_speaker", "on")
    response = editor_client.post(ADD_ACTOR, form)
    assert response.status_code == 302
    added = Actor.objects.exclude(pk=unicef.pk).get()
    assert (added.name, added.slug) == ("Unicef", "unicef-2")


def test_in_the_add_popup_use_this_one_hands_the_speaker_back(editor_client, unicef):
    popup = f"{ADD_ACTOR}?_to_field=id&_popup=1"
    response = add_speaker(editor_client, "unicef", url=popup)
    [use] = links_to(response.content, "use this one")
    answer = editor_client.get(use)
    assert answer.status_code == 200
    data = json.loads(
        re.search(r'data-popup-response="([^"]+)"', answer.content.decode()).group(1).replace("&quot;", '"')
    )
    assert data == {"value": str(unicef.pk), "obj": "UNICEF"}  # what Django's popup answers after "Save"
    assert Actor.objects.count() == 1


def test_a_source_for_an_article_already_entered_is_refused_with_a_link(editor_client, db):
    outlet = make_outlet("Reuters")
    existing = make_source(outlet=outlet, title="North Korea sends more troops to Russia", url=REUTERS)
    add = reverse("admin:sources_source_add")
    form = rendered_form(editor_client.get(add), "source_form")
    form.set("outlet", outlet.pk)
    form.set("title", "N. Korea sends more troops")
    form.set("url", REUTERS_SHARED)
    response = editor_client.post(add, form)
    assert response.status_code == 200
    assert "This article is already a source: Reuters: North Korea sends more troops to Russia" in field_errors(
        response, "url"
    )
    assert links_to(response.content, "North Korea sends more troops to Russia") == [existing.get_absolute_url()]
    assert Source.objects.count() == 1


def test_an_outlet_that_exists_but_for_case_is_refused_with_a_link(editor_client, db):
    existing = make_outlet("Reuters")
    add = reverse("admin:sources_outlet_add")
    form = rendered_form(editor_client.get(add), "outlet_form")
    form.set("name", "reuters ")
    form.set("slug", "reuters")  # what the page's prepopulate script types
    response = editor_client.post(add, form)
    assert response.status_code == 200
    assert field_errors(response, "name") == (
        "An outlet named Reuters already exists. Use that one, or merge the two from the outlets list."
    )
    assert 'id="id_slug_error"' not in response.content.decode()  # not a second, bare "slug exists"
    assert links_to(response.content, "Reuters") == [reverse("admin:sources_outlet_change", args=[existing.pk])]
    assert Outlet.objects.count() == 1
