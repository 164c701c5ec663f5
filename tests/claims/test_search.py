"""Full-text search over claims: PostgreSQL's ranked, stemmed search and SQLite's word fallback."""

import pytest

from claims.chains import LinkData
from claims.models import Claim
from claims.search import SearchTerm, parse_websearch, search_claims
from tests.factories import make_actor, make_source


def found(text, queryset=None):
    return [claim.quote for claim in search_claims(queryset or Claim.objects.order_by("id"), text)]


def test_parse_websearch_reads_words_phrases_exclusions_and_or():
    assert parse_websearch('drones "more than" -shahed or missiles') == [
        [SearchTerm("drones"), SearchTerm("more than"), SearchTerm("shahed", excluded=True)],
        [SearchTerm("missiles")],
    ]
    assert parse_websearch("   ") == []
    assert parse_websearch("-only -exclusions") == []


@pytest.mark.usefixtures("seeded")
class TestOnEveryDatabase:
    def test_finds_words_in_statement_quote_and_subject(self):
        assert "477 drones" in found("drones")
        assert "about a half-dozen coffins" in found("coffins")
        assert "some 12,000 troops" in found("troop")  # part of a word on SQLite, a stem on PostgreSQL

    def test_finds_speakers_by_name_and_alias(self):
        assert set(found("spy agency")) == {"thousands more", "about 4,000 soldiers", "6,000 workers"}
        assert set(found("Ukrainian Air Force")) == {"477 drones", "more than 60 missiles"}

    def test_all_words_must_match(self):
        assert found("drones missiles") == []
        assert found("missiles Ukraine") == ["over 100 Hellfire missiles", "more than 60 missiles"]

    def test_phrases_exclusions_and_alternatives(self):
        assert found('"Hellfire missiles"') == ["over 100 Hellfire missiles"]
        assert found("missiles -Hellfire") == ["more than 60 missiles"]
        assert set(found("coffins or Hellfire")) == {"about a half-dozen coffins", "over 100 Hellfire missiles"}

    def test_nothing_for_unknown_words(self):
        assert found("zeppelin") == []


@pytest.mark.postgres
@pytest.mark.usefixtures("seeded")
class TestOnPostgreSQL:
    def test_stemming_matches_other_forms(self):
        assert "about 4,000 soldiers" in found("troops")  # "troop deployment"
        assert "over 170 new sanctions a month" in found("sanction")

    def test_results_are_ranked_statement_matches_first(self, make_claim):
        speaker = make_actor("Kharkiv regional office", kind="agency")
        make_claim(quote="speaker only", statement="Shelling hit a market.", actor=speaker, status="published")
        make_claim(quote="in the statement", statement="Kharkiv was shelled again.", status="published")
        ranked = [claim.quote for claim in search_claims(Claim.objects.all(), "kharkiv").order_by("-search_rank")]
        assert ranked == ["in the statement", "speaker only"]

    def test_the_search_vector_follows_edits(self, make_claim):
        source, speaker = make_source(), make_actor("Regional governor", kind="person")
        claim = make_claim(quote="followed", statement="Drones hit a depot.", actor=speaker, source=source)
        assert found("zaporizhzhia") == []
        speaker.aliases = "Zaporizhzhia governor"
        speaker.save()
        assert found("zaporizhzhia") == ["followed"]

        claim.statement = "Missiles hit a refinery."
        claim.save()
        assert "followed" in found("refinery") and "followed" not in found("depot")

        from claims.services import chain_replace

        chain_replace(claim=claim, links=[LinkData(source, make_actor("Port authority"), "said", "origin", 1)])
        assert found("zaporizhzhia") == []
        assert found("port authority") == ["followed"]

    def test_api_pages_through_ranked_results(self, api, make_claim):
        for n in range(5):
            make_claim(quote=f"kharkiv {n}", statement="Kharkiv " * (n + 1), status="published")
        seen, url = [], "/api/v1/claims/?q=kharkiv&page_size=2"
        while url:
            page = api.get(url).json()
            seen += [claim["quote"] for claim in page["results"]]
            url = page["next"]
        assert len(seen) == len(set(seen)) == 5
        assert seen[0] == "kharkiv 4"  # the statement that says it most often ranks first
