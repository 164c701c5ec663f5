import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim, ClaimRelation, Review
from claims.seeding import load_seeds
from sources.models import Actor, Outlet, Source
from tests.conftest import SEEDS_DIR

REQUIRED_FIGURES = {
    ("12000", "approx", "troops"),
    ("1000", "magnitude", "troops"),
    ("4000", "approx", "soldiers"),
    ("5000", "approx", "workers"),
    ("1000", "exact", "workers"),
    ("6000", "exact", "workers"),
    ("2", "exact", "visits"),
    ("6", "approx", "coffins"),
    ("170", "more_than", "sanctions per month"),
    ("0", "exact", "sanctions"),
    ("100", "more_than", "missiles"),
    ("10000000000", "magnitude", "USD"),
    ("477", "exact", "drones"),
    ("60", "more_than", "missiles"),
    ("3", "exact", "sites"),
}


def test_seed_counts(seeded):
    assert Claim.objects.count() == 17
    assert Source.objects.count() == 4
    assert Outlet.objects.count() == 7
    assert Actor.objects.count() == 13
    figures = {(str(c.value.normalize() if c.value else c.value), c.qualifier, c.unit) for c in Claim.objects.all()}
    figures = {(f"{int(float(v))}" if v else v, q, u) for v, q, u in figures}
    assert figures >= REQUIRED_FIGURES
    assert Claim.objects.filter(quote__contains="155").count() == 0, "a calibre is not a claim"
    assert Review.objects.filter(status="published").exists()
    assert Claim.objects.filter(verdict="true", value=6000).exists()
    assert Claim.objects.filter(status="published").count() >= 10


def test_every_seed_claim_has_a_chain(seeded):
    for claim in Claim.objects.with_chain():
        assert claim.chains, claim
        assert all(chain.origin.role == "origin" for chain in claim.chains)


def test_loading_twice_changes_nothing(seeded):
    counts = {m: m.objects.count() for m in (Claim, Source, Actor, Outlet, Review, ClaimRelation)}
    history = {m: m.history.count() for m in (Claim, Source, Actor, Review)}
    report = load_seeds(SEEDS_DIR)
    assert report.changed() == 0
    assert counts == {m: m.objects.count() for m in counts}
    assert history == {m: m.history.count() for m in history}


def test_worker_total_is_the_sum_of_its_parts(seeded):
    total = Claim.objects.get(value=6000, unit="workers")
    parts = Claim.objects.filter(relations_from__to_claim=total, relations_from__kind="part_of")
    assert sorted(int(p.value) for p in parts) == [1000, 5000]
    assert sum(p.value for p in parts) == total.value


def test_nbc_chain_is_two_links_in_the_hills_story(seeded):
    claim = Claim.objects.with_chain().get(quote="over 100 Hellfire missiles")
    links = list(claim.attributions.order_by("position"))
    assert [(link.actor.name, link.role, link.verb, link.position) for link in links] == [
        ("NBC News", "relay", "reported", 1),
        ("Anonymous sources (NBC News)", "origin", "citing", 2),
    ]
    assert {link.source.outlet.name for link in links} == {"The Hill"}
    assert links[1].source_count == 6


def test_lawmakers_briefed_by_spy_agency(seeded):
    claim = Claim.objects.get(value=4000)
    links = list(claim.attributions.order_by("position"))
    assert [(link.actor.slug, link.role) for link in links] == [
        ("south-korean-lawmakers", "relay"),
        ("national-intelligence-service", "origin"),
    ]


def test_load_seeds_command_reports_and_refuses_broken_seeds(db, tmp_path, capsys):
    call_command("load_seeds")
    assert "Claim: 17 created" in capsys.readouterr().out
    for name in ("outlets", "actors", "sources", "metrics"):
        (tmp_path / f"{name}.json").write_text((SEEDS_DIR / f"{name}.json").read_text())
    (tmp_path / "claims.json").write_text(
        '[{"uid": "00000000-0000-4000-8000-000000000999", "statement": "x", '
        '"chains": [{"source": "nope", "links": [{"actor": "the-hill", "verb": "said", "role": "origin"}]}]}]'
    )
    before = Claim.objects.count()
    with pytest.raises(CommandError, match="Unknown source"):
        call_command("load_seeds", path=str(tmp_path))
    assert Claim.objects.count() == before
