"""Real ClaimReview records from 30 publishers (issue 19), imported as a user does: the command.

The records are Meedan's fetch fixtures (``fixtures/publishers/README.md``). None is
skipped for its rating's words: a rating we do not map is kept as the publisher worded
it, marked not mapped, and shown in the admin, the API and our own ClaimReview export.
"""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Review
from claims.services import claim_move_to
from sources.models import Actor, Outlet
from tests.rendered_forms import links_to

PUBLISHERS = Path(__file__).parent / "fixtures" / "publishers"
SAMPLES = sorted(str(path) for path in PUBLISHERS.iterdir() if path.suffix in {".json", ".jsonld"})
# The rating DPA published: a sentence, not words on anyone's scale.
DPA_RATING = json.loads((PUBLISHERS / "data_commons_raw.json").read_text())["item"][0]["reviewRating"]["alternateName"]


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker):
    """Every sample imported once, by a reviewer, with ``import_claimreview``; yields its output."""
    with django_db_blocker.unblock():
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from claims.roles import REVIEWERS, ensure_roles

        ensure_roles()
        user = get_user_model().objects.create_user("rosa", is_staff=True)
        user.groups.add(Group.objects.get(name=REVIEWERS))
        out = StringIO()
        call_command("import_claimreview", *SAMPLES, "--user", "rosa", stdout=out)
        yield out.getvalue()
        call_command("flush", interactive=False, verbosity=0)


def review(url_part):
    return Review.objects.select_related("publisher", "author", "claim").get(url__contains=url_part)


@pytest.mark.django_db
def test_no_record_is_skipped_for_its_rating_words(imported):
    skipped = [line for line in imported.splitlines() if "skipped," in line]
    assert not [line for line in skipped if "rating" in line], skipped
    # What is still skipped is skipped for another reason: a relative address without the page's.
    assert len(skipped) == 1 and "estadao_raw.jsonld" in skipped[0] and "is relative" in skipped[0]
    assert Review.objects.count() == 63
    assert Outlet.objects.filter(published_reviews__isnull=False).distinct().count() >= 20


@pytest.mark.django_db
def test_ratings_we_do_not_map_are_kept_as_worded_and_marked(imported):
    dpa = review("presseportal.de")
    assert (dpa.rating, dpa.rating_mapped, dpa.alternate_name) == ("", False, DPA_RATING)
    assert dpa.publisher.name == "Deutsche Presse-Agentur" and dpa.claim.verdict == ""
    zimbabwe = review("factcheck.cite.org.zw")
    assert not zimbabwe.rating_mapped
    assert zimbabwe.alternate_name.startswith("The Health Desk Experts said Current data shows that")
    assert "not mapped onto our scale" in imported
    # Words we do map still are: "Incorrect" is false, on the publisher's 1–6 scale.
    africa = review("south-african-mayor-incorrect")
    assert (africa.rating, africa.alternate_name, africa.rating_value, africa.best_rating) == (
        "false",
        "Incorrect",
        1,
        6,
    )


@pytest.mark.django_db
def test_the_africa_check_author_is_a_person_and_the_publisher_the_organisation(imported):
    africa = review("south-african-mayor-incorrect")
    assert africa.author.name == "Taryn Willows" and africa.author.kind == "person"
    assert africa.publisher.name != "Taryn Willows"
    assert africa.publisher.homepage == "https://africacheck.org/"
    assert not Outlet.objects.filter(name="Taryn Willows").exists()
    assert Actor.objects.get(name="Taryn Willows").kind == "person"
    older = review("fact-checking-president-ramaphosa")
    assert older.publisher.name == "Africa Check" and older.author is None


@pytest.mark.django_db
def test_imported_reviews_keep_publisher_language_and_dates(imported):
    aos_fatos = review("aosfatos.org")
    assert (aos_fatos.publisher.name, aos_fatos.author.name) == ("Aos Fatos", "Luiz Fernando Menezes")
    assert (aos_fatos.date_published, aos_fatos.date_modified) == (date(2022, 8, 11), date(2022, 8, 12))
    urdu = review("vishvasnews.com/urdu/")
    assert (urdu.language, urdu.date_published) == ("ur", date(2019, 6, 20))
    boom = review("boomlive.in/video-claiming-hindu-kids")
    assert (boom.publisher.name, boom.author.name, boom.date_modified) == (
        "BOOM",
        "Nivedita Niranjankumar",
        date(2019, 4, 10),
    )
    newtral = Review.objects.filter(url__contains="newtral.es")
    assert newtral.count() == 30 and {r.publisher.name for r in newtral.select_related("publisher")} == {"Newtral"}


@pytest.mark.django_db
def test_admin_and_api_show_the_publishers_rating(imported, client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="rosa"))
    dpa = review("presseportal.de")
    reviews = client.get(reverse("admin:claims_review_changelist")).content.decode()
    (not_mapped,) = links_to(reviews, "Not mapped")  # the rating filter's choice
    changelist = client.get(reverse("admin:claims_review_changelist") + not_mapped).content.decode()
    assert "2 reviews" in changelist and "FactCheckZW" in changelist
    assert "Not mapped: “Reker hat diesen Satz nie gesagt." in changelist and "Deutsche Presse-Agentur" in changelist
    page = client.get(reverse("admin:claims_review_change", args=[dpa.pk])).content.decode()
    assert "Reker hat diesen Satz nie gesagt." in page
    data = client.get(reverse("api:review-detail", kwargs={"version": "v1", "pk": dpa.pk})).json()
    assert (data["rating"], data["rating_mapped"], data["alternate_name"]) == ("", False, DPA_RATING)
    assert data["publisher"]["name"] == "Deutsche Presse-Agentur"
    africa = review("south-african-mayor-incorrect")
    data = client.get(reverse("api:review-detail", kwargs={"version": "v1", "pk": africa.pk})).json()
    assert (data["author"]["name"], data["date_modified"]) == ("Taryn Willows", "2020-03-27")


@pytest.mark.django_db
def test_our_claimreview_export_keeps_the_publishers_rating_words(imported, client, tmp_path):
    from django.contrib.auth import get_user_model

    rosa = get_user_model().objects.get(username="rosa")
    dpa, africa = review("presseportal.de"), review("south-african-mayor-incorrect")
    for claim in (dpa.claim, africa.claim):
        claim_move_to(claim=claim, status="published", user=rosa)
    client.force_login(rosa)
    response = client.get(reverse("api:claim-list", kwargs={"version": "v1"}), {"format": "claimreview"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    exported = {record["url"]: record for record in json.loads(body)["@graph"]}
    dpa_out = exported[dpa.url]
    assert dpa_out["reviewRating"]["alternateName"] == DPA_RATING
    assert "ratingValue" not in dpa_out["reviewRating"]  # the publisher gave no number; we add none
    assert dpa_out["author"]["name"] == "Deutsche Presse-Agentur"
    africa_out = exported[africa.url]
    assert africa_out["author"] == {"@type": "Person", "name": "Taryn Willows"}
    assert africa_out["publisher"]["name"] == africa.publisher.name
    assert (africa_out["datePublished"], africa_out["dateModified"]) == ("2020-03-27", "2020-03-27")
    # Read back, the export is the same review: nothing changes.
    export = tmp_path / "export.jsonld"
    export.write_bytes(body)
    out = StringIO()
    call_command("import_claimreview", str(export), "--user", "rosa", stdout=out)
    assert "0 reviews created, 0 updated, 2 unchanged, 0 skipped." in out.getvalue()
