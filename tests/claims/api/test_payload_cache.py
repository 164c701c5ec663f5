"""Claim payloads reused on SQLite until the database changes (``claims.api.payload_cache``).

These tests run outside a transaction (``transaction=True``), as requests do in
production: the cache is never used inside one.
"""

import threading

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from claims.api.payload_cache import ClaimPayloadCache
from claims.models import Claim
from sources.models import Actor
from tests.factories import make_actor, make_source

LIST = "/api/v1/claims/"


@pytest.fixture
def published(make_claim):
    """Three published claims, each with its own speaker."""
    return [
        make_claim(value=n * 100, unit="drones", status="published", actor=make_actor(name=f"Speaker {n}"))
        for n in (1, 2, 3)
    ]


def get_list(api, **params):
    with CaptureQueriesContext(connection) as queries:
        response = api.get(LIST, params)
    assert response.status_code == 200, response.content
    return response.json()["results"], len(queries)


def speakers(results):
    return sorted(link["actor"]["name"] for claim in results for source in claim["sources"] for link in source["chain"])


@pytest.mark.sqlite
@pytest.mark.django_db(transaction=True)
class TestClaimPayloadCache:
    def test_a_page_read_again_costs_only_the_page_query(self, api, published):
        first, first_queries = get_list(api)
        again, again_queries = get_list(api)
        assert again == first
        assert len(first) == 3
        assert (first_queries, again_queries) == (4, 1)  # the page, claims, links, tags; then the page only

    def test_which_claims_a_page_holds_is_always_asked_of_the_database(self, api, published):
        get_list(api)
        results, _queries = get_list(api, value_min=150)
        assert sorted(claim["figure"]["value"] for claim in results) == [200, 300]

    def test_a_change_committed_by_another_connection_is_shown_at_once(self, api, published):
        get_list(api)
        speaker = Actor.objects.get(name="Speaker 2")

        def rename_elsewhere():
            # Another thread has its own connection, as another worker or a command would.
            Actor.objects.filter(pk=speaker.pk).update(name="Renamed speaker")
            connection.close()

        thread = threading.Thread(target=rename_elsewhere)
        thread.start()
        thread.join()
        results, queries = get_list(api)
        assert speakers(results) == ["Renamed speaker", "Speaker 1", "Speaker 3"]
        assert queries == 4

    def test_a_write_through_this_connection_empties_the_cache(self, api, published):
        get_list(api)
        Claim.objects.filter(pk=published[0].pk).update(statement="Corrected statement")
        results, _queries = get_list(api)
        assert "Corrected statement" in [claim["statement"] for claim in results]

    def test_a_write_through_the_api_is_shown_in_the_next_list(self, api, reviewer_api, published):
        # A reviewer's write applies at once (an editor's would wait as a pending revision).
        get_list(api)
        claim = published[1]
        response = reviewer_api.patch(f"{LIST}{claim.pk}/", {"place": "Kharkiv"}, format="json")
        assert response.status_code == 200, response.content
        results, _queries = get_list(api)
        assert {c["id"]: c["place"] for c in results}[claim.pk] == "Kharkiv"

    def test_a_new_claim_appears_and_a_new_tag_is_shown(self, api, published, make_claim):
        get_list(api)
        make_claim(value=5, unit="drones", status="published", source=make_source(title="Late report"))
        published[0].tags.create(name="Late tag", slug="late-tag")
        results, _queries = get_list(api)
        assert len(results) == 4
        assert [tag["slug"] for tag in next(c for c in results if c["id"] == published[0].pk)["tags"]] == ["late-tag"]

    def test_payloads_read_inside_a_transaction_are_not_kept(self, api, published):
        get_list(api)
        with pytest.raises(RuntimeError), transaction.atomic():
            Claim.objects.filter(pk=published[0].pk).update(statement="Never committed")
            results, queries = get_list(api)
            assert "Never committed" in [claim["statement"] for claim in results]
            assert queries == 4  # built, not taken from the cache
            raise RuntimeError("roll back")
        results, _queries = get_list(api)
        assert "Never committed" not in [claim["statement"] for claim in results]

    def test_a_claim_page_does_not_change_the_shared_payloads(self, api, published):
        before, _queries = get_list(api)
        detail = api.get(f"{LIST}{published[0].pk}/").json()
        assert "origins" in detail
        after, queries = get_list(api)
        assert after == before and queries == 1
        assert all("origins" not in claim for claim in after)

    def test_urls_follow_the_host_each_request_names(self, api, published, settings):
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "factdb.example.org"]
        first, _queries = get_list(api)
        response = api.get(LIST, HTTP_HOST="factdb.example.org")
        assert response.json()["results"][0]["api_url"].startswith("http://factdb.example.org/api/v1/claims/")
        assert first[0]["api_url"].startswith("http://testserver/api/v1/claims/")

    def test_the_cache_holds_at_most_its_capacity(self, api, published, settings):
        settings.FACTDB_CLAIM_PAYLOAD_CACHE = 2
        first, _queries = get_list(api)
        assert len(first) == 3
        assert len(connection.claim_payload_cache) == 2
        again, queries = get_list(api)
        assert again == first
        assert queries == 4  # the claim that no longer fitted is read again, with its links and tags

    def test_a_capacity_of_zero_turns_the_cache_off(self, api, published, settings):
        settings.FACTDB_CLAIM_PAYLOAD_CACHE = 0
        get_list(api)
        _results, queries = get_list(api)
        assert queries == 4


def test_payloads_are_forgotten_when_the_database_connection_is_another_or_changed(tmp_path):
    # Plain sqlite3 connections: Django keeps its in-memory test database on one connection.
    import sqlite3

    path = tmp_path / "cache.sqlite3"
    first, other = sqlite3.connect(path, isolation_level=None), sqlite3.connect(path, isolation_level=None)
    first.execute("CREATE TABLE t (x)")
    cache = ClaimPayloadCache(capacity=10)
    cache.revalidate(first)
    cache.put_many("scope", [{"id": 1}])
    cache.revalidate(first)
    assert len(cache) == 1  # nothing changed
    other.execute("INSERT INTO t VALUES (1)")  # committed by another connection
    cache.revalidate(first)
    assert len(cache) == 0
    cache.put_many("scope", [{"id": 1}])
    first.execute("INSERT INTO t VALUES (2)")  # written by this one
    cache.revalidate(first)
    assert len(cache) == 0
    cache.put_many("scope", [{"id": 1}])
    cache.revalidate(sqlite3.connect(path))  # a reconnection: its counters say nothing of the old one
    assert len(cache) == 0


def test_least_recently_used_payloads_leave_first():
    cache = ClaimPayloadCache(capacity=2)
    cache.put_many("scope", [{"id": 1}, {"id": 2}])
    assert set(cache.get_many("scope", [1])) == {1}  # 1 is now the most recently used
    cache.put_many("scope", [{"id": 3}])
    assert set(cache.get_many("scope", [1, 2, 3])) == {1, 3}
    assert cache.get_many("other scope", [1, 3]) == {}


@pytest.mark.postgres
def test_postgresql_builds_payloads_every_time(db):
    assert ClaimPayloadCache.for_connection(connection) is None
