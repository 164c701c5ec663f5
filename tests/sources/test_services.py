"""Every write to outlets, sources and speakers names who made it and why (issue 17).

Met as a user meets it: the real ``load_seeds`` command run as a user, a ClaimReview
import through the admin page as rendered, a source typed into the admin and its
suggested claims created from the *Suggest claims* page. After each, every history row
written (of outlets, sources, speakers, and of the claims, links and reviews that came
with them) names the user and a reason.
"""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from claims.models import Attribution, Claim, ClaimRelation, Metric, Review
from sources.models import Actor, Outlet, Source
from tests.factories import make_outlet, make_source
from tests.rendered_forms import form_data, page_form, rendered_form

TESTS = Path(__file__).parent.parent
PUBLISHERS = TESTS / "claims" / "interchange" / "importing" / "fixtures" / "publishers"
REAL_NEWS = TESTS / "claims" / "extraction" / "realnews" / "development.json"
SOURCES_MODELS = (Outlet, Source, Actor)
MODELS = (*SOURCES_MODELS, Claim, Attribution, Review, Metric, ClaimRelation)


def history_marks():
    """The newest history id of every model, to tell apart the rows a step writes."""
    return {
        model: model.history.order_by("-history_id").values_list("history_id", flat=True).first() or 0
        for model in MODELS
    }


def rows_since(marks, models=MODELS):
    return [
        (model.__name__, row.history_type, row.history_user_id, row.history_change_reason)
        for model in models
        for row in model.history.filter(history_id__gt=marks[model])
    ]


def assert_named(rows, user):
    unnamed = [row for row in rows if row[2] != user.pk or not row[3]]
    assert rows and not unnamed, unnamed


@pytest.mark.django_db
def test_load_seeds_as_a_user_names_them_in_every_history_row(reviewer):
    marks = history_marks()
    call_command("load_seeds", "--user", reviewer.username, stdout=StringIO())
    rows = rows_since(marks)
    assert {name for name, *_ in rows} >= {"Outlet", "Source", "Actor", "Claim", "Attribution", "Review"}
    assert_named(rows, reviewer)
    assert {reason for *_, reason in rows if _[0] in {"Outlet", "Source", "Actor"}} == {"loaded from seeds"}


@pytest.mark.django_db
def test_load_seeds_by_the_operator_still_says_why(db):
    call_command("load_seeds", stdout=StringIO())
    rows = rows_since(dict.fromkeys(MODELS, 0), SOURCES_MODELS)
    assert rows and {(user, reason) for _, _, user, reason in rows} == {(None, "loaded from seeds")}


@pytest.mark.django_db
def test_claimreview_import_on_the_admin_page_names_the_importer(reviewer_client, reviewer):
    page = reviewer_client.get(reverse("admin:claims_claim_import_claimreview"))
    form = page_form(page, containing='name="file"')
    sample = PUBLISHERS / "africa_check_raw.jsonld"
    upload = SimpleUploadedFile(sample.name, sample.read_bytes(), "application/ld+json")
    data = {**form_data(form, dry_run=None), "file": upload}  # "Dry run" unticked: import for real
    marks = history_marks()
    response = reviewer_client.post(page.wsgi_request.path, data)
    assert "Dry run: nothing was written" not in response.content.decode()
    assert "1 reviews created" in response.content.decode()
    rows = rows_since(marks)
    assert {name for name, *_ in rows} >= {"Outlet", "Source", "Actor", "Claim", "Attribution", "Review"}
    assert_named(rows, reviewer)
    assert {row[3] for row in rows if row[0] in {"Outlet", "Source", "Actor"}} == {f"imported from {sample.name}"}


@pytest.mark.django_db
def test_source_typed_in_the_admin_and_its_suggested_claims_name_the_editor(editor_client, editor):
    call_command("load_seeds", stdout=StringIO())
    story = json.loads(REAL_NEWS.read_text())["records"][0]  # a real published article
    outlet = make_outlet(story["outlet"])
    add = editor_client.get(reverse("admin:sources_source_add"))
    form = rendered_form(add.content.decode(), "source_form")
    form.set("outlet", outlet.pk)  # picked in the autocomplete
    form.set("title", story["title"])
    form.set("url", story["url"])
    form.set("text", story["text"])
    marks = history_marks()
    response = editor_client.post(reverse("admin:sources_source_add"), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    source = Source.objects.get(url=story["url"])
    ((_, kind, user, reason),) = rows_since(marks, SOURCES_MODELS)
    assert (kind, user, reason) == ("+", editor.pk, "added in the admin")

    suggest = editor_client.get(reverse("admin:sources_source_suggest_claims", args=[source.pk]))
    form = page_form(suggest, containing='name="suggestion"')
    keys = [box.get("value") for box in form.inputs if box.get("name") == "suggestion"]
    marks = history_marks()
    editor_client.post(
        reverse("admin:sources_source_suggest_claims", args=[source.pk]), form_data(form, suggestion=keys)
    )
    rows = rows_since(marks)
    assert {name for name, *_ in rows} >= {"Actor", "Claim", "Attribution"}  # new speakers among them
    assert_named(rows, editor)
    assert {row[3] for row in rows} == {"suggested from the source's text"}


@pytest.mark.django_db
def test_editing_a_source_in_the_admin_says_what_changed(editor_client, editor):
    source = make_source(outlet=make_outlet("Wire Daily"), title="Floods")
    change = reverse("admin:sources_source_change", args=[source.pk])
    form = rendered_form(editor_client.get(change).content.decode(), "source_form")
    form.set("byline", "Ana Analyst")
    form.set("language", "pt")
    assert editor_client.post(change, form).status_code == 302
    latest = source.history.first()
    assert (latest.history_user, latest.history_change_reason) == (editor, "changed in the admin: byline, language")


@pytest.mark.django_db
def test_services_validate_before_writing(db):
    from django.core.exceptions import ValidationError

    from sources.services import actor_create, outlet_get_or_create, source_save

    outlet, created = outlet_get_or_create(name="Wire Daily", homepage="https://wire.example/")
    assert created and outlet.slug == "wire-daily"
    assert outlet_get_or_create(name="wire daily") == (outlet, False)
    with pytest.raises(ValidationError) as error:
        source_save(source=Source(outlet=outlet, title="", url="not a url"))
    assert {"title", "url"} <= set(error.value.message_dict) and not Source.objects.exists()
    actor = actor_create(name=" Someone ", change_reason="imported from " + "x" * 300)
    reason = actor.history.get().history_change_reason
    assert (actor.name, actor.kind, len(reason), reason[-1]) == ("Someone", "person", 100, "…")
