"""manage.py export_claims: the API's filters, a file or standard output, errors as CommandError."""

import pytest
from django.core.management import CommandError, call_command

from tests.claims.sheet_files import csv_rows, json_document, xlsx_workbook


def test_filtered_xlsx_to_a_file(sheet_claims, tmp_path):
    path = tmp_path / "kursk.xlsx"
    call_command("export_claims", "tag=kursk", "--format", "xlsx", "-o", str(path), "--title", "Kursk")
    workbook = xlsx_workbook(path.read_bytes())
    assert workbook["Claims"].max_row == 3
    about = dict(workbook["About this sheet"].iter_rows(max_row=6, values_only=True))
    assert (about["Title"], about["Query"], about["Rows"], about["Produced by"]) == (
        "Kursk",
        "tag=kursk",
        2,
        "command line",
    )


def test_without_a_user_only_published_claims(sheet_claims, tmp_path):
    path = tmp_path / "all.csv"
    call_command("export_claims", "-o", str(path))
    assert {row["Status"] for row in csv_rows(path.read_bytes())} == {"Published"}


def test_as_a_user_with_a_query_string(sheet_claims, editor, tmp_path):
    path = tmp_path / "drafts.json"
    call_command("export_claims", "--query", "status=draft", "--user", "eddie", "--format", "json", "-o", str(path))
    document = json_document(path.read_bytes())
    assert [claim["uid"] for claim in document["claims"]] == [str(sheet_claims.draft.uid)]
    assert document["about"]["produced_by"] == "eddie"


def test_to_standard_output(sheet_claims, capfdbinary):
    call_command("export_claims", "unit=troops", "status=published")
    rows = csv_rows(capfdbinary.readouterr().out)
    assert [row["UID"] for row in rows] == [str(sheet_claims.approx.uid)]


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["value_min=lots"], "value_min: Enter a number."),
        (["valu_min=5"], "valu_min: Unknown filter"),
        (["kursk"], "name=value pairs"),
        (["--user", "nobody"], "No user “nobody”."),
    ],
)
def test_bad_input_is_a_command_error(db, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_claims", *arguments)
