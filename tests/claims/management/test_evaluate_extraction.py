"""``manage.py evaluate_extraction``: metrics against the corpus, or a text against seed data."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

WIRE = Path(__file__).parent / "wire"  # a multi-item wire text of our own, with seed-like gold


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("evaluate_extraction", *args, "--repeat", "2", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def metrics(output):
    rows = {}
    for line in output.splitlines():
        label, _, value = line.rpartition("  ")
        if value.strip().endswith("%"):
            rows[label.strip()] = float(value.strip().rstrip("%"))
    return rows


def test_default_compares_with_the_corpus_gold():
    output, _ = run()
    assert output.startswith("corpus.json: ")
    rates = metrics(output)
    assert set(rates) == {
        "precision", "recall", "value accuracy", "qualifier accuracy", "unit accuracy", "origin accuracy",
        "speaker where none",
    }  # fmt: skip
    assert rates["recall"] == 100.0 and rates["precision"] == 100.0
    assert "speed: median" in output and "ms to extract from a 10 KB text" in output


def test_a_text_against_seed_data():
    output, errors = run("--text", str(WIRE / "story.txt"), "--seeds", str(WIRE / "seeds"), "--details")
    assert "story.txt against" in output and "2 items" in output
    assert metrics(output) == {
        "precision": 100.0, "recall": 100.0, "value accuracy": 100.0,
        "qualifier accuracy": 100.0, "unit accuracy": 100.0, "origin accuracy": 100.0,
        "speaker where none": 0.0,
    }  # fmt: skip
    assert "gold figures              5" in output
    assert "not in the text, not scored: “A story the text does not carry”" in errors


def test_details_list_misses_and_spurious(tmp_path):
    text = tmp_path / "story.txt"
    text.write_text(
        "Floods sweep the river delta as rains continue\nAbout 12 bridges collapsed, the agency said.\n",
        encoding="utf-8",
    )
    output, _ = run("--text", str(text), "--seeds", str(WIRE / "seeds"), "--details")
    assert "missed:   40000 approx residents (Regional officials)" in output
    assert "spurious: 'About 12 bridges'" in output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--text", "story.txt"], "--text FILE and --seeds \\[DIR\\] go together"),
        (["--corpus", "missing.json"], "No such corpus file: missing.json"),
        (["--text", "missing.txt", "--seeds", "seeds"], "No such file: missing.txt"),
        (["--text", str(WIRE / "story.txt"), "--seeds", "/nowhere"], "Missing seed file"),
    ],
)
def test_clear_errors(args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)


def test_a_text_without_any_seed_title_is_an_error(tmp_path):
    text = tmp_path / "other.txt"
    text.write_text("Nothing here matches.", encoding="utf-8")
    with pytest.raises(CommandError, match="None of the seed sources' titles appear"):
        run("--text", str(text), "--seeds", str(WIRE / "seeds"))


def test_a_corpus_of_policy_records_with_exclusions_listed(tmp_path):
    """Records annotated under the shared policy; --details lists each refused number and its rule."""
    corpus = tmp_path / "records.json"
    record = {
        "url": "https://example.org/a", "title": "Storm", "outlet": "Harbour Post",
        "text": "On June 3, nearly 900 homes flooded, the agency said. Mayor Ruiz, 52, asked for help.",
        "figures": [{"quote": "nearly 900 homes", "value": 900, "value_max": None, "unit": "homes flooded",
                     "qualifier": "almost", "attributed_to": "the agency",
                     "attribution_chain": ["Harbour Post", "the agency"], "note": None}],
    }  # fmt: skip
    corpus.write_text(json.dumps({"records": [record]}), encoding="utf-8")
    output, _ = run("--corpus", str(corpus), "--details")
    assert output.startswith("records.json: 1 records")
    rates = metrics(output)
    assert rates["recall"] == 100.0 and rates["qualifier accuracy"] == 100.0 and rates["origin accuracy"] == 100.0
    assert "excluded: '3' (date)" in output
    assert "excluded: '52' (age)" in output


def test_details_list_found_figures_with_a_wrong_unit_or_hedge(tmp_path):
    """A figure found with the wrong unit or hedge is listed, so the two rates can be studied."""
    corpus = tmp_path / "records.json"
    record = {
        "url": "https://example.org/b", "title": "Vote", "outlet": "Harbour Post",
        "text": "Some 400 ballots were spoiled, the commission said.",
        "figures": [{"quote": "Some 400 ballots", "value": 400, "value_max": None, "unit": "votes",
                     "qualifier": "at_least", "attributed_to": "the commission",
                     "attribution_chain": ["Harbour Post", "the commission"], "note": None}],
    }  # fmt: skip
    corpus.write_text(json.dumps({"records": [record]}), encoding="utf-8")
    output, _ = run("--corpus", str(corpus), "--details")
    assert "unit:     'Some 400 ballots' counts 'ballots', not 'votes'" in output
    assert "hedge:    'Some 400 ballots' is 'approx', not 'at_least'" in output


def test_details_list_a_speaker_given_where_the_text_names_none(tmp_path):
    """The origin score leaves unattributed figures out; a speaker proposed for one is counted and listed."""
    corpus = tmp_path / "records.json"
    text = "Harbour police said 40 homes were searched. Some 300 people live on the quay."
    record = {
        "url": "https://example.org/c", "title": "Quay", "outlet": "Harbour Post", "text": text,
        "figures": [
            {"quote": "40 homes", "value": 40, "value_max": None, "unit": "homes searched", "qualifier": "exact",
             "attributed_to": None, "attribution_chain": ["Harbour Post"], "note": "the annotator read no cue"},
            {"quote": "Some 300 people", "value": 300, "value_max": None, "unit": "people", "qualifier": "about",
             "attributed_to": None, "attribution_chain": ["Harbour Post"], "note": None},
        ],
    }  # fmt: skip
    corpus.write_text(json.dumps({"records": [record]}), encoding="utf-8")
    output, _ = run("--corpus", str(corpus), "--details")
    assert metrics(output)["speaker where none"] == 50.0  # police for the 40; the outlet for the 300
    assert "speaker:  '40 homes' said by 'Harbour police'; the text names no one" in output
    assert "'Some 300 people' said by" not in output


REALNEWS = Path(__file__).parents[1] / "extraction" / "realnews"


def test_a_second_annotator_scored_in_the_extractors_place():
    output, _ = run(
        "--corpus", str(REALNEWS / "unseen44.json"),
        "--second-annotator", str(REALNEWS / "agreement" / "unseen44.json"), "--details",
    )  # fmt: skip
    assert output.startswith("second annotator agreement/unseen44.json against unseen44.json\n")
    rates = metrics(output)
    assert rates["recall"] > 95 and rates["origin accuracy"] > 90
    assert "speed:" not in output  # nothing of the extractor's ran


def test_a_second_annotator_needs_the_first_as_corpus(tmp_path):
    with pytest.raises(CommandError, match="goes with --corpus"):
        run("--second-annotator", str(REALNEWS / "agreement" / "unseen44.json"))
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"records": []}), encoding="utf-8")
    with pytest.raises(CommandError, match="no record for"):
        run("--corpus", str(REALNEWS / "unseen44.json"), "--second-annotator", str(other))
