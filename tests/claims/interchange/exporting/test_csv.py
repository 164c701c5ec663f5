"""CSV sheets read back with the csv module."""

from claims.models import Claim
from tests.claims.sheet_data import HOSTILE_TEXTS
from tests.claims.sheet_files import by_uid, csv_rows, export


def test_csv_has_the_header_and_one_row_per_claim(sheet_claims):
    data = export("csv")
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, so Excel reads "≈" and "←"
    rows = csv_rows(data)
    assert len(rows) == Claim.objects.count() == 7
    assert list(rows[0])[:5] == ["ID", "UID", "Statement", "Quote", "Figure"]
    approx = by_uid(rows)[str(sheet_claims.approx.uid)]
    assert (approx["Figure"], approx["Value"], approx["Qualifier"], approx["Unit"]) == (
        "≈ 12,000 troops",
        "12000",
        "approximately",
        "troops",
    )


def test_figureless_claims_have_empty_figure_cells(sheet_claims):
    row = by_uid(csv_rows(export("csv")))[str(sheet_claims.figureless.uid)]
    assert [row[label] for label in ("Figure", "Value", "Value max", "Qualifier", "Unit")] == ["", "", "", "", ""]


def test_hostile_text_is_quoted_and_negative_numbers_are_not(sheet_claims):
    rows = by_uid(csv_rows(export("csv")))
    hostile = rows[str(sheet_claims.hostile.uid)]
    for label, text in [
        ("Statement", HOSTILE_TEXTS["statement"]),
        ("Quote", "+1 drone"),
        ("Subject", "-2+3 drones"),
        ("Place", "@SUM(A1:A9)"),
    ]:
        assert hostile[label] == "'" + text
    assert rows[str(sheet_claims.negative.uid)]["Value"] == "-2.5"


def test_multi_source_cells_hold_one_value_per_line(sheet_claims):
    row = by_uid(csv_rows(export("csv")))[str(sheet_claims.relayed.uid)]
    assert row["Attribution chain"] == "NBC News ← six anonymous sources\nThe Hill ← NBC News ← six anonymous sources"
    assert row["Source titles"].splitlines() == [
        "Pentagon pauses Hellfire deliveries",
        "Pentagon halts munitions to Ukraine",
    ]


def test_text_starting_with_a_tab_or_carriage_return_is_quoted(make_claim):
    # Spreadsheets read a leading tab or carriage return as the start of a formula too.
    claim = make_claim(statement="\t=cmd|' /C calc'!A0", quote="\r+1 drone", value=1, unit="drones")
    [row] = csv_rows(export("csv", Claim.objects.filter(pk=claim.pk)))
    assert row["Statement"] == "'\t=cmd|' /C calc'!A0"
    assert row["Quote"] == "'\r+1 drone"


def test_a_journalist_reads_words_every_origin_and_the_interval(sheet_claims):
    # Opened as a spreadsheet user would: the csv module, the header's labels.
    rows = by_uid(csv_rows(export("csv")))
    approx, relayed = rows[str(sheet_claims.approx.uid)], rows[str(sheet_claims.relayed.uid)]
    assert (approx["Qualifier"], approx["Status"]) == ("approximately", "Published")
    assert (approx["Interval low"], approx["Interval high"]) == ("10800", "13200")
    assert (relayed["Qualifier"], relayed["Verdict"]) == ("more than", "Mostly true")
    assert (relayed["Interval low"], relayed["Interval high"]) == ("100", "")  # no upper end
    # One origin per source, beside its chain.
    assert relayed["Origin speakers"].splitlines() == ["six anonymous sources", "six anonymous sources"]
    assert len(relayed["Origin speakers"].splitlines()) == len(relayed["Attribution chain"].splitlines())
    assert rows[str(sheet_claims.draft.uid)]["Status"] == "Draft"
    assert rows[str(sheet_claims.negative.uid)]["Interval low"] == "-2.5"


def test_the_machine_readable_chain_comes_after_every_readable_column(sheet_claims):
    header = list(csv_rows(export("csv"))[0])
    assert header[-1] == "Chain data"
    assert header.index("Interval low") == header.index("Unit") + 1
