"""Importing claim sheets: dry run, all-or-nothing with errors by row and column, history, round trip."""

import io
import uuid

import pytest
from django.core.exceptions import PermissionDenied

from claims.interchange.importing.claim_file import PENDING_REVIEW, ClaimFileImporter
from claims.interchange.importing.readers import read_sheet
from claims.models import Claim, Metric, Review, Tag
from sources.models import Actor, Outlet, Source
from tests.claims.sheet_data import HOSTILE_STATEMENT
from tests.claims.sheet_files import by_uid, csv_rows, export

# Columns that belong to one database: the row id and the time of the last change.
LOCAL_COLUMNS = ("ID", "Last change (UTC)")


def import_sheet(data, name="sheet.csv", *, dry_run=False, user=None):
    rows = read_sheet(io.BytesIO(data if isinstance(data, bytes) else data.encode()), name)
    return ClaimFileImporter(user=user, filename=name).run(rows, dry_run=dry_run)


def sheet_without_local_columns(data):
    rows = by_uid(csv_rows(data))
    return {uid: {k: v for k, v in row.items() if k not in LOCAL_COLUMNS} for uid, row in rows.items()}


def empty_the_database():
    Claim.objects.all().delete()
    Source.objects.all().delete()
    Actor.objects.all().delete()
    Outlet.objects.all().delete()
    Metric.objects.all().delete()
    Tag.objects.all().delete()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_into_an_empty_database_gives_the_same_sheet(sheet_claims, fmt):
    before = export("csv")
    data = export(fmt)
    empty_the_database()
    result = import_sheet(data, f"claims.{fmt}")
    assert not result.errors, [str(error) for error in result.errors]
    assert result.counts["create"] == 7
    assert sheet_without_local_columns(export("csv")) == sheet_without_local_columns(before)


def test_reimporting_an_unchanged_export_changes_nothing(sheet_claims):
    versions = dict(Claim.objects.values_list("uid", "version"))
    result = import_sheet(export("xlsx"), "claims.xlsx")
    assert result.counts == {"unchanged": 7}
    assert dict(Claim.objects.values_list("uid", "version")) == versions


def test_hostile_statements_survive_the_round_trip(sheet_claims):
    data = export("csv")
    assert f"'{HOSTILE_STATEMENT}" in data.decode("utf-8-sig").replace('""', '"')
    empty_the_database()
    import_sheet(data)
    assert Claim.objects.filter(statement=HOSTILE_STATEMENT, quote="+1 drone", place="@SUM(A1:A9)").exists()


def test_dry_run_shows_each_rows_plan_and_writes_nothing(sheet_claims, editor):
    uid = sheet_claims.approx.uid
    data = (
        "UID,Statement,Value,Qualifier,Unit,Tags\n"
        f'{uid},"North Korea sent roughly 12,000 troops to Kursk.",13000,approx,troops,Kursk\n'
        ",A new claim typed into the sheet,5,exact,drones,New tag\n"
    )
    result = import_sheet(data, dry_run=True, user=editor)
    assert not result.errors
    changed, created = result.plans
    # The claim is published and the importer an editor: the change would wait for a reviewer.
    assert (changed.row, changed.action, changed.changes) == (2, "change", ["Value: 12000 → 13000", PENDING_REVIEW])
    assert (created.row, created.action) == (3, "create")
    assert "new tag “New tag”" in created.changes
    assert result.summary().startswith("Dry run, nothing was written. 1 claims would be created, 1 changed")
    assert Claim.objects.get(uid=uid).value == 12000
    assert Claim.objects.count() == 7 and not Tag.objects.filter(name="New tag").exists()


def test_a_bad_row_names_row_and_column_and_nothing_is_written(sheet_claims, editor):
    data = (
        "UID,Statement,Value,Value max,Qualifier,Unit,Period start\n"
        f"{sheet_claims.approx.uid},Changed statement,12000,,approx,troops,\n"
        ",A good new claim,5,,exact,drones,\n"
        ",Bad number,lots,,exact,drones,\n"
        ",Bad range,5000,4000,range,workers,2025-13-01\n"
    )
    result = import_sheet(data, user=editor)
    assert [str(error) for error in result.errors] == [
        "Row 4, column “Value”: “lots” is not a number.",
        "Row 5, column “Period start”: “2025-13-01” is not a date; write it as YYYY-MM-DD.",
    ]
    assert result.summary().startswith("Nothing was imported: 2 errors.")
    assert Claim.objects.count() == 7
    assert Claim.objects.get(uid=sheet_claims.approx.uid).statement != "Changed statement"


def test_the_database_refusing_a_figure_names_the_column(sheet_claims, editor):
    data = "Statement,Value,Value max,Qualifier,Unit\nBad range,5000,4000,range,workers\nNo qualifier,5,,,drones\n"
    result = import_sheet(data, user=editor)
    assert [str(error) for error in result.errors] == [
        "Row 2, column “Value max”: value_max cannot be below value.",
        "Row 3, column “Qualifier”: A figure needs a qualifier (exact, approximately, more than …).",
    ]
    assert Claim.objects.count() == 7


@pytest.mark.parametrize(
    "cell, message",
    [
        ("not json", "Not valid JSON"),
        (
            '[{"outlet": {"name": "X"}, "title": "T", "links": [{"actor": {"name": "A"}, "verb": "shouted"}]}]',
            "unknown verb “shouted”",
        ),
        (
            '[{"outlet": {"name": "X"}, "title": "T", "links": [{"actor": {"name": "A"}, "role": "relay"}]}]',
            "the chain needs exactly one origin",
        ),
    ],
)
def test_bad_chain_data_is_an_error_in_that_column(db, cell, message):
    data = f'Statement,Chain data\nA claim,"{cell.replace(chr(34), chr(34) * 2)}"\n'
    (error,) = import_sheet(data).errors
    assert error.row == 2 and error.column == "Chain data" and message in error.message
    assert not Claim.objects.exists() and not Outlet.objects.exists()


def test_import_records_history_like_an_edit(sheet_claims, reviewer):
    # A reviewer's import applies at once (an editor's change to a published claim waits as a
    # pending revision: tests/claims/interchange/importing/test_claim_file_revisions.py).
    data = f'UID,Place\n{sheet_claims.approx.uid},"Kursk, Russia"\n'
    result = import_sheet(data, "kursk.csv", user=reviewer)
    assert result.written and result.plans[0].changes == ["Place: (empty) → Kursk, Russia"]
    latest = Claim.objects.get(uid=sheet_claims.approx.uid).history.first()
    assert latest.history_user == reviewer
    assert latest.history_change_reason == "imported from kursk.csv"
    assert latest.place == "Kursk, Russia"


def test_editors_cannot_publish_or_add_verdicts_through_a_sheet(sheet_claims, editor):
    data = f"UID,Status,Verdict\n{sheet_claims.draft.uid},published,\n{sheet_claims.approx.uid},,false\n"
    errors = [str(error) for error in import_sheet(data, user=editor).errors]
    assert errors == [
        "Row 2, column “Status”: You do not have permission to publish claims.",
        "Row 3, column “Verdict”: A verdict adds a published review, which needs permission to publish reviews.",
    ]
    assert Claim.objects.get(uid=sheet_claims.draft.uid).status == "draft"


def test_reviewers_publish_and_add_verdicts(sheet_claims, reviewer):
    data = (
        "UID,Status,Verdict,Review date,Review URL\n"
        f"{sheet_claims.draft.uid},published,,,\n"
        f"{sheet_claims.approx.uid},,false,2025-07-20,https://factdb.example/reviews/troops\n"
    )
    result = import_sheet(data, user=reviewer)
    assert [plan.changes for plan in result.plans] == [
        ["Status: draft → published"],
        ["Verdict: (empty) → false (new published review)"],
    ]
    assert Claim.objects.get(uid=sheet_claims.draft.uid).status == "published"
    review = Review.objects.get(url="https://factdb.example/reviews/troops")
    assert (review.claim_id, review.rating, review.reviewer) == (sheet_claims.approx.pk, "false", reviewer)
    assert Claim.objects.get(uid=sheet_claims.approx.uid).verdict == "false"


def test_the_same_uid_twice_is_an_error(sheet_claims):
    uid = sheet_claims.approx.uid
    (error,) = import_sheet(f"UID,Place\n{uid},A\n{uid},B\n").errors
    assert str(error) == "Row 3, column “UID”: The same claim is already on row 2."


def test_a_new_uid_creates_a_claim_with_it(db):
    uid = uuid.uuid4()
    import_sheet(f"UID,Statement,Value,Qualifier,Unit\n{uid},Imported,1,exact,drones\n")
    claim = Claim.objects.get(uid=uid)
    assert (claim.provenance, claim.status, claim.figure_display) == ("imported", "draft", "1 drones")


def test_users_without_permission_to_change_claims_are_refused(db, django_user_model):
    reader = django_user_model.objects.create_user("reader")
    with pytest.raises(PermissionDenied):
        import_sheet("Statement\nx\n", user=reader)


def test_new_claims_the_database_refuses_are_an_error_and_nothing_is_written(db, monkeypatch):
    # Another editor saves a claim with a row's UID between our look-up and our insert:
    # only the database can refuse that. It used to end the import with a 500. The new
    # claims are inserted together, so which row it was is not known (the racing claim is
    # rolled back with them here; saved by someone else, its row would be named).
    from claims import batch_create

    taken = uuid.uuid4()
    data = (
        "UID,Statement,Value,Qualifier,Unit\n"
        ",A good new claim,5,exact,drones\n"
        f"{taken},Claimed twice at once,7,exact,drones\n"
    )
    check = batch_create._check_new_claims

    def someone_else_saves_it_after_the_check(new_claims, user):
        errors = check(new_claims, user)
        Claim.objects.bulk_create([Claim(uid=taken, statement="Saved by someone else meanwhile.")])
        return errors

    monkeypatch.setattr(batch_create, "_check_new_claims", someone_else_saves_it_after_the_check)
    result = import_sheet(data, "claims.csv")
    (error,) = result.errors
    assert str(error).startswith("Row 2: The database refused the new claims (")
    assert result.summary().startswith("Nothing was imported: 1 errors.")
    assert not Claim.objects.exists()


def test_a_long_file_name_fits_the_history_reason(db):
    name = "newsroom-exports/" * 6 + "kursk-claims.csv"
    result = import_sheet("Statement,Value,Qualifier,Unit\nA claim,5,exact,drones\n", name)
    assert not result.errors
    reason = Claim.history.get().history_change_reason
    assert len(reason) <= 100 and reason.endswith("/kursk-claims.csv")


def test_reimporting_an_export_whose_tag_slug_is_not_its_names_slug(sheet_claims):
    """A tag renamed in the admin keeps its slug; re-importing our own export once crashed (a
    500 from the admin) creating a second tag of that name."""
    tag = Tag.objects.exclude(claims=None).first()
    tag.name, tag.slug = "Kursk offensive", "kursk-2024"
    tag.save()
    tags = Tag.objects.count()
    result = import_sheet(export("csv"))
    assert not result.errors, [str(error) for error in result.errors]
    assert result.counts == {"unchanged": 7} and Tag.objects.count() == tags


def test_a_new_metric_whose_slug_is_taken_gets_another_slug(sheet_claims):
    """Once a 500: the metric was created with its name's slug, which another metric had."""
    Metric.objects.create(name="Another metric", slug="shells-fired")
    result = import_sheet("Statement,Value,Qualifier,Unit,Metric\nNew,5,exact,shells,Shells fired\n")
    assert not result.errors, [str(error) for error in result.errors]
    metric = Claim.objects.get(statement="New").metric
    assert (metric.name, metric.slug) == ("Shells fired", "shells-fired-2")


def test_tags_are_found_by_name_then_by_their_names_slug(sheet_claims):
    Tag.objects.create(name="Ceasefire talks", slug="ceasefire")
    result = import_sheet(
        "Statement,Value,Qualifier,Unit,Tags\nNew,5,exact,shells,CEASEFIRE TALKS\nOld,6,exact,shells,Ceasefire\n"
    )
    assert not result.errors, [str(error) for error in result.errors]
    assert {
        claim.statement: [tag.slug for tag in claim.tags.all()] for claim in Claim.objects.filter(unit="shells")
    } == {
        "New": ["ceasefire"],
        "Old": ["ceasefire"],
    }
