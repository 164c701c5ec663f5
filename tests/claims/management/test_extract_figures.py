"""``manage.py extract_figures``: from a file or standard input, or into drafts on a source."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim
from tests.factories import make_actor, make_outlet, make_source

TEXT = "Some 12,000 troops were sent, according to officials. Over 60 missiles were fired, the spy agency said.\n"


def run(*args, stdin=None, monkeypatch=None):
    out = io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command("extract_figures", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def agency(db):
    return make_actor("National Intelligence Service", kind="agency", aliases="the spy agency")


def test_file_to_json(article, agency):
    data = json.loads(run(str(article), "--outlet", "The Hill", "--json"))
    assert data["count"] == 2
    troops, missiles = data["candidates"]
    assert (troops["value"], troops["qualifier"], troops["unit"], troops["figure"]) == (
        "12000",
        "approx",
        "troops",
        "≈ 12,000 troops",
    )
    assert [link["name"] for link in troops["chain"]] == ["The Hill", "officials"]
    assert missiles["chain"][-1]["actor_id"] == agency.pk


def test_standard_input_to_a_table(db, monkeypatch):
    output = run("-", stdin=TEXT, monkeypatch=monkeypatch)
    lines = output.splitlines()
    assert lines[0].split()[:3] == ["#", "figure", "quote"]
    assert "≈ 12,000 troops" in lines[1] and "Some 12,000 troops" in lines[1] and "officials (new)" in lines[1]
    assert "> 60 missiles" in lines[2]


def test_no_figures(db, monkeypatch):
    assert run(stdin="The war began in 2022.", monkeypatch=monkeypatch).strip() == "No figure claims found."


def test_source_text_is_extracted_with_its_outlet(agency):
    source = make_source(outlet=make_outlet("Wire Daily"), text=TEXT)
    data = json.loads(run("--source", str(source.pk), "--json"))
    assert data["outlet"] == "Wire Daily"
    assert [c["chain"][0]["name"] for c in data["candidates"]] == ["Wire Daily", "Wire Daily"]
    assert [c["already_in_source"] for c in data["candidates"]] == [None, None]


def test_create_drafts_on_a_source_once(agency, editor):
    source = make_source(outlet=make_outlet("Wire Daily"), text=TEXT)
    output = run("--source", str(source.pk), "--create-drafts", "--user", editor.username)
    assert "Created 2 draft claims on source" in output and "0 already there" in output
    claims = Claim.objects.all()
    assert {(c.status, c.provenance, c.created_by) for c in claims} == {("draft", "suggested", editor)}
    output = run("--source", str(source.pk), "--create-drafts")
    assert "Created 0 draft claims" in output and "2 already there" in output
    assert Claim.objects.count() == 2


def test_a_files_text_can_go_into_a_source_without_text(article, db):
    source = make_source(text="")
    run(str(article), "--source", str(source.pk), "--create-drafts")
    assert Claim.objects.in_source(source).count() == 2


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt"], "No such file: missing.txt"),
        (["--source", "999"], "No source with id 999."),
        (["--create-drafts"], "--create-drafts needs --source ID"),
    ],
)
def test_clear_errors(db, args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)


def test_a_source_without_text_is_an_error(db):
    source = make_source(title="Empty page", text="")
    with pytest.raises(CommandError, match=f"Source {source.pk} \\(“Empty page”\\) has no text"):
        run("--source", str(source.pk))


def test_outlet_and_source_do_not_mix(db):
    source = make_source(text=TEXT)
    with pytest.raises(CommandError, match="--outlet cannot be combined with --source"):
        run("--source", str(source.pk), "--outlet", "The Hill")
