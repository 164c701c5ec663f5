"""ClaimReview import when the database refuses a record: that record is rolled back whole,
reported as skipped with the database's reason, and the other records import.

``shared_publisher.jsonld`` holds three reviews; the second ("shelters") and third
("ferries") come from the same fact-checker, Second Look. The tests make the database
refuse the second one after its outlet, source, speaker, claim and their history were
written, so the third must create Second Look again, not point at a rolled-back row.
"""

import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django.db.models.signals import pre_save

from claims.interchange.importing import review_records
from claims.interchange.importing.claimreview import ClaimReviewImporter
from claims.models import Attribution, Claim, Review
from sources.models import Actor, Outlet, Source

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_PUBLISHER = (FIXTURES / "shared_publisher.jsonld").read_text(encoding="utf-8")
SHELTERS = "https://secondlook.example/checks/shelters"
SHELTERS_STATEMENT = "The region opened 40 new shelters this month."
SHELTERS_SPEAKER = "Regional governor Ivan Petrenko"
FERRIES = "https://secondlook.example/checks/ferries"


@contextmanager
def before_inserting_the_review(url, action):
    """Call ``action(review)`` once, just before the importer inserts the review with
    ``url``: after validation, after the record's other rows were written."""

    def receiver(sender, instance, **kwargs):
        if instance.pk is None and instance.url == url:
            pre_save.disconnect(receiver, sender=Review)  # the action's own save is not ours
            action(instance)

    pre_save.connect(receiver, sender=Review, weak=False)
    try:
        yield
    finally:
        pre_save.disconnect(receiver, sender=Review)


def rows_written_so_far():
    """Which of the shelters record's rows exist right now."""
    return {
        "outlet": Outlet.objects.filter(name="Second Look").exists(),
        "source": Source.objects.filter(url=SHELTERS).exists(),
        "speaker": Actor.objects.filter(name=SHELTERS_SPEAKER).exists(),
        "claim": Claim.objects.filter(statement=SHELTERS_STATEMENT).exists(),
        "claim history": Claim.history.filter(statement=SHELTERS_STATEMENT).exists(),
        "attribution": Attribution.objects.filter(actor__name=SHELTERS_SPEAKER).exists(),
    }


def assert_nothing_of_the_shelters_record_remains():
    # Its outlet is shared with the ferries record, which creates it again (checked there).
    remaining = {name: exists for name, exists in rows_written_so_far().items() if name != "outlet"}
    assert not any(remaining.values()), remaining
    assert not Source.history.filter(url=SHELTERS).exists()
    assert not Actor.history.filter(name=SHELTERS_SPEAKER).exists()


def assert_the_other_records_imported(result):
    assert [record.url for record in result.imported] == ["https://deskone.example/checks/border-crossings", FERRIES]
    ferries = Review.objects.select_related("claim").get(url=FERRIES)
    source = ferries.claim.attributions.get().source
    # Second Look was created again for the ferries record: the first one was rolled back.
    assert (source.url, source.outlet.name) == (FERRIES, "Second Look")
    assert Outlet.objects.filter(name="Second Look").count() == 1
    ferries_notes = result.imported[1].notes
    assert "new outlet “Second Look”" in ferries_notes
    assert not any(SHELTERS_SPEAKER in note for note in ferries_notes)  # not the rolled-back record's news


def test_a_duplicate_review_the_database_refuses_rolls_back_that_record_only(db):
    # Stands in for another import saving the same review between our look-up and our
    # insert. On one connection its row is rolled back with ours; the PostgreSQL test
    # below commits it from a second connection, as a real concurrent import would.
    written = {}

    def someone_else_saves_it(review):
        written.update(rows_written_so_far())
        Review.objects.bulk_create([Review(claim=review.claim, url=review.url, rating="false", status="published")])

    with before_inserting_the_review(SHELTERS, someone_else_saves_it):
        result = ClaimReviewImporter(filename="shared_publisher.jsonld").run(SHARED_PUBLISHER)

    assert all(written.values()), written  # the refusal came after the record's other rows
    (skipped,) = result.skipped
    assert skipped.where == "document, item 2"
    assert skipped.reason.startswith("the database refused it (")
    assert "importing again finds it" in skipped.reason
    assert_nothing_of_the_shelters_record_remains()
    assert not Review.objects.filter(url=SHELTERS).exists()
    assert_the_other_records_imported(result)
    assert Review.objects.count() == Claim.objects.count() == 2


def test_a_dry_run_reports_the_refused_record_too(db):
    def someone_else_saves_it(review):
        Review.objects.bulk_create([Review(claim=review.claim, url=review.url, rating="false", status="published")])

    with before_inserting_the_review(SHELTERS, someone_else_saves_it):
        result = ClaimReviewImporter().run(SHARED_PUBLISHER, dry_run=True)
    assert result.summary() == ("Dry run, nothing was written. 2 reviews created, 0 updated, 0 unchanged, 1 skipped.")
    assert not Review.objects.exists() and not Claim.objects.exists() and not Outlet.objects.exists()


@pytest.mark.postgres
def test_a_value_only_postgresql_refuses_rolls_back_that_record_only(db, monkeypatch):
    # A NUL character passes model validation, and PostgreSQL refuses it (DataError) when
    # the review, the record's last row, is inserted. The importer drops control
    # characters; switching that off lets the database's own refusal through.
    monkeypatch.setattr(review_records, "CONTROL_CHARACTERS", review_records.re.compile(r"(?!)"))
    text = SHARED_PUBLISHER.replace("The regional register lists 12.", "The regional register lists 12.\\u0000")
    result = ClaimReviewImporter().run(text)
    (skipped,) = result.skipped
    assert skipped.where == "document, item 2"
    assert skipped.reason == "the database refused it (PostgreSQL text fields cannot contain NUL (0x00) bytes)"
    assert_nothing_of_the_shelters_record_remains()
    assert_the_other_records_imported(result)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_review_another_import_commits_meanwhile_is_skipped_and_kept():
    theirs = Claim.objects.create(statement="Forty shelters opened (their import).", provenance="imported")

    def other_import_commits_it(review):
        def insert():
            try:
                Review.objects.create(claim=theirs, url=review.url, rating="false", status="published")
            finally:
                connection.close()  # this thread's own connection

        thread = threading.Thread(target=insert)
        thread.start()
        thread.join()

    with before_inserting_the_review(SHELTERS, other_import_commits_it):
        result = ClaimReviewImporter().run(SHARED_PUBLISHER)

    (skipped,) = result.skipped
    assert 'duplicate key value violates unique constraint "review_url_unique_when_set"' in skipped.reason
    assert Review.objects.get(url=SHELTERS).claim == theirs  # the other import's review stands
    assert_nothing_of_the_shelters_record_remains()
    assert_the_other_records_imported(result)
    # Importing again finds their review and brings it to what this feed says.
    again = ClaimReviewImporter().run(SHARED_PUBLISHER)
    assert not again.skipped
    assert [record.action for record in again.imported] == ["unchanged", "updated", "unchanged"]
    shelters = Review.objects.get(url=SHELTERS)
    assert (shelters.claim, shelters.alternate_name, shelters.explanation) == (
        theirs,
        "False",
        "The regional register lists 12.",
    )


def test_nul_and_other_control_characters_are_dropped(db):
    text = SHARED_PUBLISHER.replace("The regional register lists 12.", "The regional\\u0000 register\\u0007 lists 12.")
    result = ClaimReviewImporter().run(text)
    assert not result.skipped and len(result.imported) == 3
    assert Review.objects.get(url=SHELTERS).explanation == "The regional register lists 12."


def test_a_long_file_name_fits_the_history_reason(db):
    # simple-history keeps the reason in a varchar(100): PostgreSQL refused longer ones,
    # so an upload or a path with a long name imported nothing at all.
    path = "/srv/imports/" + "fact-checks-of-the-week/" * 5 + "second-look-shelters-and-ferries.jsonld"
    result = ClaimReviewImporter(filename=path).run(SHARED_PUBLISHER)
    assert not result.skipped and len(result.imported) == 3
    reason = Claim.history.get(statement=SHELTERS_STATEMENT, history_type="+").history_change_reason
    assert len(reason) == 100
    assert reason.startswith("imported from …") and reason.endswith("/second-look-shelters-and-ferries.jsonld")
