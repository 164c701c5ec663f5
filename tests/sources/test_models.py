from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sources.models import Actor, ActorKind, Source
from sources.normalization import normalize_url
from tests.factories import make_actor, make_outlet, make_source


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("HTTPS://Example.COM:443/a/b?utm_source=x&id=3#top", "https://example.com/a/b?id=3"),
        ("http://example.com", "http://example.com/"),
        ("https://example.com:8443/x?fbclid=abc", "https://example.com:8443/x"),
        ("", ""),
    ],
)
def test_normalize_url(raw, expected):
    assert normalize_url(raw) == expected


def test_source_url_is_normalised_and_unique(db):
    outlet = make_outlet()
    first = make_source(outlet=outlet, url="https://News.example.com/story?utm_campaign=x")
    assert first.url == "https://news.example.com/story"
    duplicate = Source(outlet=outlet, title="Same story", url="https://news.example.com/story#comments")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "url" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_sources_without_url_do_not_collide(db):
    outlet = make_outlet()
    make_source(outlet=outlet, url="")
    make_source(outlet=outlet, url="")
    assert Source.objects.filter(url="").count() == 2


@pytest.mark.parametrize(
    "precision, expected_date, display",
    [
        ("day", date(2025, 7, 2), "2025-07-02"),
        ("month", date(2025, 7, 1), "July 2025"),
        ("year", date(2025, 1, 1), "2025"),
    ],
)
def test_published_precision(db, precision, expected_date, display):
    source = Source(outlet=make_outlet(), title="t", published=date(2025, 7, 2), published_precision=precision)
    source.full_clean()
    source.save()
    assert source.published == expected_date
    assert source.published_display == display


def test_actor_aliases_are_searchable_and_matchable(db):
    nis = make_actor(
        "National Intelligence Service",
        kind=ActorKind.AGENCY,
        aliases="the spy agency\nSouth Korea's intelligence agency\nSouth Korean intelligence agency",
    )
    make_actor("Spy Museum Director")
    assert list(Actor.objects.search("intelligence agency")) == [nis]
    assert Actor.objects.match("the spy agency") == nis
    assert Actor.objects.match("South Korea's Intelligence Agency") == nis
    assert Actor.objects.match("the South Korean intelligence agency") == nis
    assert Actor.objects.match("KGB") is None


def test_actor_slugs_are_unique(db):
    assert make_actor("NBC News").slug == "nbc-news"
    assert make_actor("NBC News").slug == "nbc-news-2"


def test_wikidata_id_is_validated(db):
    actor = Actor(name="Someone", slug="someone", wikidata_id="42")
    with pytest.raises(ValidationError) as error:
        actor.full_clean()
    assert "wikidata_id" in error.value.message_dict


# --- Duplicates (issue 16) -------------------------------------------------------------
REUTERS = "https://www.reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14/"
REUTERS_SHARED = (
    "http://reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14?utm_medium=email"
)


def test_a_second_source_for_the_same_article_is_refused_by_every_writer(db):
    outlet = make_outlet("Reuters")
    first = make_source(outlet=outlet, url=REUTERS)
    duplicate = Source(outlet=outlet, title="N. Korea sends more troops", url=REUTERS_SHARED)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert f"already source #{first.pk}" in error.value.message_dict["url"][0]
    # A writer that skips validation (an import, the API, a script) meets the database rule.
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()
    assert Source.objects.count() == 1


def test_editing_a_source_keeps_its_own_url(db):
    source = make_source(url=REUTERS)
    source.title = "Retitled"
    source.full_clean()
    source.save()
    assert (
        Source.objects.get().url_key == "reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14"
    )


@pytest.mark.parametrize("typed", ["Unicef", "unicef", "UNICEF", "the UNICEF", "Únicef"])
def test_speakers_are_found_by_name_ignoring_case_and_accents(db, typed):
    unicef = make_actor("UNICEF", kind=ActorKind.ORGANISATION)
    make_actor("UNHCR")
    assert list(Actor.objects.same_name(typed)) == [unicef]
    assert Actor.objects.match(typed) == unicef


def test_speakers_are_found_by_alias_and_accented_names_by_plain_typing(db):
    lusa = make_actor("Agência Lusa", aliases="Lusa news agency\nLUSA")
    nis = make_actor("National Intelligence Service", aliases="the spy agency\nNIS")
    assert list(Actor.objects.same_name("Agencia Lusa")) == [lusa]
    assert list(Actor.objects.same_name("lusa")) == [lusa]
    assert list(Actor.objects.same_name("Spy agency")) == [nis]
    assert not Actor.objects.same_name("agency").exists()  # whole names only, not words
    nis.aliases = "the spy agency"
    nis.save(update_fields=["aliases"])
    assert not Actor.objects.same_name("NIS").exists()
