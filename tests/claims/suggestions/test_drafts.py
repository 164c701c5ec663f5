"""Suggested claims as drafts: chains, statements, duplicates, and all-or-nothing writes."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from claims.models import Claim
from claims.suggestions import create_suggested_claims, suggest_claims, suggest_from_text
from sources.models import Actor
from tests.factories import make_source


def chains(claims):
    return {claim.quote: claim.chains[0].display() for claim in claims}


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
    other = make_source(outlet=source.outlet, text=source.text)
    create_suggested_claims(other, suggest_claims(other))
    assert all(s.duplicate_of is None for s in suggest_claims(source))


def test_a_refused_claim_writes_nothing(db):
    import dataclasses
    from decimal import Decimal

    source = make_source(text="Officials said 12 troops left. The bank said it holds 1,000 coins.")
    first, second = suggest_claims(source)
    # The extractor proposes no figure the database cannot hold (at most 20 digits); an
    # editor's correction could: the second claim is refused after the first was written.
    too_large = dataclasses.replace(second.candidate, value=Decimal(10) ** 24)
    suggestions = [first, dataclasses.replace(second, candidate=too_large)]
    with pytest.raises(ValidationError, match="1,000 coins"):
        create_suggested_claims(source, suggestions)
    assert Claim.objects.count() == 0
    assert Actor.objects.count() == 0


def test_a_source_without_text_has_no_suggestions(db):
    assert suggest_claims(make_source(text="  ")) == []


def test_text_other_than_the_stored_text_can_be_used(source):
    [suggestion] = suggest_from_text(source, "About 12 drones were shot down, the air force said.")
    assert suggestion.candidate.quote == "About 12 drones"
    assert suggestion.chain_display == "Wire Daily * ← Air force *"
