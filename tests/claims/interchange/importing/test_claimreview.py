"""ClaimReview import, case by case, on our own messy fixtures (see fixtures/README.md)."""

from datetime import date
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied

from claims.interchange.importing.claimreview import ClaimReviewImporter
from claims.models import Claim, Review
from sources.models import Actor, Outlet, Source

FIXTURES = Path(__file__).parent / "fixtures"


def run(name, *, dry_run=False, user=None, **options):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return ClaimReviewImporter(user=user, filename=name, **options).run(text, dry_run=dry_run)


def review(url):
    return Review.objects.select_related("claim").get(url=url)


def speakers(claim):
    return [link.speaker_display for link in claim.attributions.all()]


def test_single_object_creates_outlet_source_claimant_claim_and_review(db):
    result = run("single_object.jsonld")
    assert result.counts["created"] == 1 and not result.skipped
    imported = review("https://checkdesk.example/fact-checks/drone-count-2025-07")
    numbers = (imported.rating_value, imported.best_rating, imported.worst_rating)
    assert (imported.rating, numbers) == ("mostly_true", (4, 5, 1))
    assert (imported.alternate_name, imported.author_name, imported.language) == ("Mostly true", "Check Desk", "en")
    assert imported.status == "published" and imported.date_published == date(2025, 7, 8)
    claim = imported.claim
    assert claim.statement == "Russia launched 728 drones at Ukraine in a single night."
    assert (claim.status, claim.provenance, claim.verdict, claim.value) == ("draft", "imported", "mostly_true", None)
    assert speakers(claim) == ["Ukrainian Air Force"]
    source = claim.attributions.get().source
    assert (source.url, source.title, source.outlet.name) == (
        "https://checkdesk.example/fact-checks/drone-count-2025-07",
        "Yes, 728 drones: the air force's count holds up",
        "Check Desk",
    )
    assert source.outlet.kind == "fact_checker"
    assert Actor.objects.get(name="Ukrainian Air Force").kind == "organisation"


def test_importing_the_same_reviews_twice_leaves_one_of_each(db):
    first = run("single_object.jsonld")
    second = run("single_object.jsonld")
    assert first.counts["created"] == 1 and second.counts["unchanged"] == 1
    counts = [model.objects.count() for model in (Review, Claim, Source, Outlet)]
    assert counts == [1, 1, 1, 1]


def test_a_changed_rating_updates_the_review(db, tmp_path):
    run("single_object.jsonld")
    changed = (FIXTURES / "single_object.jsonld").read_text().replace('"ratingValue": 4', '"ratingValue": 5')
    changed = changed.replace('"Mostly true"', '"True"')
    result = ClaimReviewImporter().run(changed)
    assert result.counts["updated"] == 1
    assert review("https://checkdesk.example/fact-checks/drone-count-2025-07").rating == "true"
    assert Review.objects.count() == 1


def test_a_reimport_never_edits_the_source_an_editor_corrected(db):
    """An import uses sources that exist as they are (references.py's promise): the editor's
    corrections stay, while the review follows what the publisher changed."""
    run("single_object.jsonld")
    source = Source.objects.get(url="https://checkdesk.example/fact-checks/drone-count-2025-07")
    source.byline, source.published = "Oksana Editor", date(2025, 7, 9)  # corrected in the admin
    source.save()
    changed = (FIXTURES / "single_object.jsonld").read_text()
    changed = changed.replace('"datePublished": "2025-07-08"', '"datePublished": "2025-07-10"')
    changed = changed.replace(
        '"author": {"@type": "Organization"',
        '"author": [{"@type": "Person", "name": "Ivan Checker"}, {"@type": "Organization"',
    )
    changed = changed.replace('"url": "https://checkdesk.example/"},', '"url": "https://checkdesk.example/"}],')
    result = ClaimReviewImporter().run(changed)
    assert result.counts["updated"] == 1, result.skipped
    source.refresh_from_db()
    assert (source.byline, source.published) == ("Oksana Editor", date(2025, 7, 9))
    imported = review("https://checkdesk.example/fact-checks/drone-count-2025-07")
    assert (imported.date_published, imported.author.name) == (date(2025, 7, 10), "Ivan Checker")


def test_dry_run_writes_nothing(db):
    result = run("list.jsonld", dry_run=True)
    assert result.counts["created"] == 2
    assert not Review.objects.exists() and not Claim.objects.exists() and not Outlet.objects.exists()


def test_a_list_of_reviews(db):
    result = run("list.jsonld")
    assert result.counts["created"] == 2
    assert review("https://verifica.example/es/misiles-60").rating == "true"  # "Verdadero", no number
    falso = review("https://verifica.example/es/drones-500")
    assert (falso.rating, falso.rating_value, falso.date_published) == ("false", 1, date(2025, 6, 30))
    assert Outlet.objects.filter(name="Verifica Ejemplo").count() == 1


def test_a_graph_finds_the_claim_review_among_other_objects(db):
    result = run("graph.jsonld")
    assert result.counts["created"] == 1 and not result.skipped
    imported = review("https://factfinder.example/checks/workers")
    assert (imported.rating, imported.author_name) == ("mixed", "Fact Finder")
    assert speakers(imported.claim) == ["National Intelligence Service"]


def test_html_page_imports_its_claim_review_block_and_reports_the_broken_one(db):
    result = run("page.html")
    assert result.counts["created"] == 1
    (skipped,) = result.skipped
    assert skipped.where == "block 4" and "not valid JSON" in skipped.reason
    imported = review("https://rumourpatrol.example/checks/hellfire")
    assert imported.claim.statement == "The Pentagon's pause held back more than 100 Hellfire missiles."
    assert imported.rating == "unproven"  # the words decide over the number
    assert imported.author_name == "Rumour Patrol"  # the publisher, not the two reporters
    assert imported.explanation == "Two outlets report it, citing the same anonymous officials."
    source = imported.claim.attributions.get().source
    assert source.byline == "Dana Reporter, Sam Editor"


def test_fact_check_tools_response(db):
    result = run("fact_check_tools.json")
    assert result.counts["created"] == 3 and not result.skipped
    kyiv = review("https://kyivchecks.example/en/nk-troops-12000")
    assert (kyiv.rating, kyiv.author_name, kyiv.date_published) == ("mostly_true", "Kyiv Checks", date(2024, 10, 20))
    assert speakers(kyiv.claim) == ["Ukrainian intelligence"]
    site_only = review("https://dronewatch.example/checks/477")
    assert site_only.author_name == "dronewatch.example"
    assert site_only.claim.attributions.count() == 0  # no claimant given
    assert review("https://verifica.example/es/477-drones").language == "es"


def test_missing_item_reviewed_author_imports_without_a_claimant(db):
    result = run("missing_author.jsonld")
    (record,) = result.imported
    assert record.action == "created"
    assert any("no claimant" in note for note in record.notes)
    claim = review("https://checkdesk.example/fact-checks/sanctions-count").claim
    assert claim.attributions.count() == 0 and claim.verdict == "true"


def test_author_as_a_list_of_people(db):
    run("author_list.jsonld")
    imported = review("https://truthlab.example/checks/war-chest")
    assert (imported.author_name, imported.rating) == ("Truth Lab", "misleading")
    assert imported.claim.attributions.get().source.byline == "Ana Analyst, Ben Checker"
    assert speakers(imported.claim) == ["A finance ministry official"]
    assert Actor.objects.get(name="A finance ministry official").kind == "person"


def test_author_as_an_organisation(db):
    run("author_organization.jsonld")
    imported = review("https://checkpoint.example/reviews/kcna-parade")
    assert (imported.author_name, imported.rating) == ("Checkpoint", "false")
    assert Outlet.objects.get(name="Checkpoint").homepage == "https://checkpoint.example/"


def test_an_existing_speaker_is_found_by_alias(db):
    Actor.objects.create(name="KCNA", slug="kcna", kind="media", aliases="Korean Central News Agency")
    run("author_organization.jsonld")
    assert speakers(review("https://checkpoint.example/reviews/kcna-parade").claim) == ["KCNA"]
    assert Actor.objects.count() == 1


def test_textual_ratings_we_do_not_map_are_imported_not_mapped_never_skipped(db):
    result = run("textual_rating.jsonld")
    assert review("https://checkdesk.example/fact-checks/missing-context").rating == "misleading"
    assert not result.skipped and result.counts["created"] == 2
    waiting = review("https://checkdesk.example/fact-checks/ask-the-ministry")
    assert (waiting.rating, waiting.rating_mapped) == ("", False)
    assert waiting.alternate_name == "We asked the ministry and are waiting for its answer"
    assert waiting.rating_display == "Not mapped: “We asked the ministry and are waiting for its answer”"
    assert waiting.claim.verdict == ""  # a rating we do not map gives the claim no verdict
    (record,) = [r for r in result.imported if r.url == waiting.url]
    assert any("is not mapped onto our scale" in note for note in record.notes)


def test_rating_of_minus_one_is_no_number(db):
    result = run("rating_minus_one.jsonld")
    imported = review("https://vingt.example/monde/troupes-nord-coreennes")
    assert (imported.rating, imported.rating_value, imported.alternate_name) == ("false", -1, "really_false")
    assert not result.skipped
    waiting = Review.objects.get(alternate_name="à suivre")
    assert (waiting.rating, waiting.rating_value) == ("", -1)


def test_non_english_reviews(db):
    result = run("non_english.jsonld")
    assert result.counts["created"] == 2
    ukrainian = review("https://perevirka.example/ua/12000-viyskovykh")
    assert (ukrainian.rating, ukrainian.language, ukrainian.author_name) == ("true", "uk", "Перевірка")
    assert ukrainian.claim.statement == "КНДР відправила до Курської області 12 тисяч військових."
    korean = review("https://factcheck-kr.example/2025/07/4000")
    assert (korean.rating, korean.language) == ("mostly_true", "ko")
    assert speakers(korean.claim) == ["국가정보원"]
    assert Outlet.objects.get(name="팩트체크 예시").slug  # a slug even for a name with no Latin letters


def test_broken_json_is_reported_not_raised(db):
    result = run("broken.jsonld")
    assert not result.imported
    (skipped,) = result.skipped
    assert skipped.where == "document" and skipped.reason.startswith("not valid JSON")


def test_relative_review_url_needs_the_page_address(db):
    text = (
        (FIXTURES / "author_organization.jsonld")
        .read_text()
        .replace('"https://checkpoint.example/reviews/kcna-parade"', '"/reviews/kcna-parade"')
    )
    skipped = ClaimReviewImporter().run(text).skipped
    assert "is relative" in skipped[0].reason
    result = ClaimReviewImporter(base_url="https://checkpoint.example/news/").run(text)
    assert result.imported[0].url == "https://checkpoint.example/reviews/kcna-parade"


def test_importing_needs_permission_to_publish_reviews(db, editor):
    with pytest.raises(PermissionDenied, match="permission"):
        run("single_object.jsonld", user=editor)
    assert not Review.objects.exists()


def test_history_records_the_importing_user(db, reviewer):
    run("single_object.jsonld", user=reviewer)
    claim = Claim.objects.get()
    assert claim.history.first().history_user == reviewer
    assert claim.created_by == reviewer


def test_our_own_export_imports_into_an_empty_database(sheet_claims):
    from tests.claims.sheet_files import export

    document = export("claimreview", base_url="https://factdb.example/")
    uids = {str(sheet_claims.relayed.uid), str(sheet_claims.figureless.uid)}
    statements = {sheet_claims.relayed.statement, sheet_claims.figureless.statement}
    Claim.objects.all().delete()
    result = ClaimReviewImporter().run(document.decode())
    assert result.counts["created"] == 2 and not result.skipped
    assert {str(uid) for uid in Claim.objects.values_list("uid", flat=True)} == uids
    assert set(Claim.objects.values_list("statement", flat=True)) == statements
    assert set(Claim.objects.values_list("verdict", flat=True)) == {"mostly_true", "false"}
