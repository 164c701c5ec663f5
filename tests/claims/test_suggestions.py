"""Suggested claims: from a source's text to draft claims with their chains."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from claims.models import Attribution, Claim
from claims.suggestions import (
    actor_directory, create_suggested_claims, guess_actor_kind, suggest_claims, suggest_from_text,
)  # fmt: skip
from sources.models import Actor
from tests.factories import make_actor, make_outlet, make_source

TEXT = (
    "Kim may send thousands more troops within weeks, the spy agency said. "
    "Lawmakers briefed by the agency said about 4,000 soldiers were wounded. "
    "In the south, 300 schools were closed, Harbour News reported, citing six sources."
)


@pytest.fixture
def agency(db):
    return make_actor("National Intelligence Service", kind="agency", aliases="the spy agency\nNIS")


@pytest.fixture
def source(db):
    return make_source(outlet=make_outlet("Wire Daily"), title="Kim's troops", text=TEXT)


def chains(claims):
    return {claim.quote: claim.chains[0].display() for claim in claims}


def test_directory_reads_names_and_aliases_in_one_query(agency, django_assert_num_queries):
    with django_assert_num_queries(1):
        directory = actor_directory()
    assert directory.match("the spy agency") == (agency.pk, "National Intelligence Service")
    assert directory.match("NIS") == (agency.pk, "National Intelligence Service")


def test_speakers_match_existing_actors_by_alias(agency, source):
    suggestions = suggest_claims(source)
    thousands = next(s for s in suggestions if s.candidate.quote == "thousands more troops")
    origin = thousands.links[-1].actor
    assert (origin.actor_id, origin.name, origin.is_new) == (agency.pk, "National Intelligence Service", False)


def test_chains_are_built_across_sentences(agency, source):
    """ "the agency" in the second sentence is the spy agency of the first."""
    suggestions = suggest_claims(source)
    soldiers = next(s for s in suggestions if s.candidate.unit == "soldiers")
    assert [(link.actor.name, link.role, link.verb) for link in soldiers.links] == [
        ("Wire Daily", "relay", "reported"),
        ("Lawmakers", "relay", "said"),
        ("National Intelligence Service", "origin", "briefed"),
    ]
    assert soldiers.links[1].actor.is_new and soldiers.links[1].actor.kind == "group"


def test_unknown_speakers_are_proposed_with_a_kind(agency, source):
    schools = next(s for s in suggest_claims(source) if s.candidate.unit == "schools")
    assert [(link.actor.name, link.actor.kind, link.actor.is_new, link.source_count) for link in schools.links] == [
        ("Wire Daily", "media", True, None),
        ("Harbour News", "media", True, None),
        ("Anonymous sources (Harbour News)", "anonymous", True, 6),
    ]
    assert schools.statement == "6 anonymous sources: 300 schools"


@pytest.mark.parametrize(
    "name, kind",
    [
        ("six sources", "anonymous"),
        ("people familiar with the matter", "anonymous"),
        ("officials in both countries", "group"),
        ("South Korean lawmakers", "group"),
        ("analysts at TD Cowen", "group"),
        ("the health ministry", "agency"),
        ("the Central Election Commission", "agency"),
        ("Korean Central Television", "media"),
        ("Pfizer", "organisation"),
        ("the regional governor", "person"),
        ("Gov. John Bel Edwards", "person"),
        ("the Pentagon's undersecretary for policy", "person"),
    ],
)
def test_guess_actor_kind(name, kind):
    assert guess_actor_kind(name) == kind


def test_drafts_are_created_with_their_chains(agency, source, editor):
    created = create_suggested_claims(source, suggest_claims(source), user=editor)
    assert len(created) == 3
    claims = Claim.objects.filter(pk__in=[c.pk for c in created]).with_chain()
    assert {c.status for c in claims} == {"draft"}
    assert {c.provenance for c in claims} == {"suggested"}
    assert {c.created_by for c in claims} == {editor}
    soldiers = next(c for c in claims if c.unit == "soldiers")
    assert (soldiers.value, soldiers.qualifier, soldiers.quote) == (Decimal(4000), "approx", "about 4,000 soldiers")
    assert soldiers.extracted_sentence == "Lawmakers briefed by the agency said about 4,000 soldiers were wounded."
    assert soldiers.statement == "National Intelligence Service: ≈ 4,000 soldiers"
    assert chains(claims) == {
        "thousands more troops": "Wire Daily ← National Intelligence Service",
        "about 4,000 soldiers": "Wire Daily ← Lawmakers ← National Intelligence Service",
        "300 schools": "Wire Daily ← Harbour News ← six anonymous sources",
    }
    assert soldiers.history.first().history_user == editor


def test_new_actors_are_created_once_and_the_outlet_actor_is_tied_to_the_outlet(agency, source):
    create_suggested_claims(source, suggest_claims(source))
    outlet_actor = Actor.objects.get(outlet=source.outlet)
    assert (outlet_actor.name, outlet_actor.kind) == ("Wire Daily", "media")
    assert Actor.objects.get(name="Anonymous sources (Harbour News)").kind == "anonymous"
    assert Actor.objects.filter(name="Wire Daily").count() == 1


def test_the_outlets_existing_actor_is_used(agency, source):
    newsroom = make_actor("Wire Daily newsroom", kind="media", outlet=source.outlet)
    suggestion = suggest_claims(source)[0]
    assert suggestion.links[0].actor.actor_id == newsroom.pk
    create_suggested_claims(source, [suggestion])
    assert Attribution.objects.get(position=1).actor == newsroom


def test_running_again_creates_nothing(agency, source):
    create_suggested_claims(source, suggest_claims(source))
    again = suggest_claims(source)
    assert all(s.duplicate_of is not None for s in again)
    assert create_suggested_claims(source, again) == []
    assert Claim.objects.count() == 3


def test_a_claim_with_an_edited_quote_or_corrected_figure_still_counts_as_there(agency, source):
    create_suggested_claims(source, suggest_claims(source))
    Claim.objects.filter(quote="about 4,000 soldiers").update(quote="4,000 soldiers were wounded")
    Claim.objects.filter(quote="300 schools").update(value=Decimal(310), qualifier="approx")
    assert [s.duplicate_of is not None for s in suggest_claims(source)] == [True, True, True]


def test_the_same_figure_said_twice_about_different_things_is_kept(db):
    text = "Thousands of troops died, officials said. Kim may send thousands more, the agency said."
    source = make_source(text=text)
    first, second = suggest_claims(source)
    create_suggested_claims(source, [first])
    repeat_first, still_new = suggest_claims(source)
    assert repeat_first.duplicate_of is not None
    assert still_new.duplicate_of is None
    assert (still_new.candidate.value, still_new.candidate.unit) == (first.candidate.value, first.candidate.unit)


def test_claims_of_other_sources_are_not_duplicates(agency, source):
    other = make_source(outlet=source.outlet, text=TEXT)
    create_suggested_claims(other, suggest_claims(other))
    assert all(s.duplicate_of is None for s in suggest_claims(source))


def test_a_refused_claim_writes_nothing(db):
    source = make_source(text="Officials said 12 troops left. The bank said it holds 1,000,000,000,000,000,000,000,000 coins.")
    suggestions = suggest_claims(source)
    with pytest.raises(ValidationError, match="1,000,000,000,000,000,000,000,000 coins"):
        create_suggested_claims(source, suggestions)
    assert Claim.objects.count() == 0
    assert Actor.objects.count() == 0


def test_a_source_without_text_has_no_suggestions(db):
    assert suggest_claims(make_source(text="  ")) == []


def test_text_other_than_the_stored_text_can_be_used(source):
    [suggestion] = suggest_from_text(source, "About 12 drones were shot down, the air force said.")
    assert suggestion.candidate.quote == "About 12 drones"
    assert suggestion.chain_display == "Wire Daily * ← Air force *"
