"""Runs every entry of the annotated corpus (`corpus.json`) through `extract_figures()`."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from claims.extraction import SpeakerDirectory, extract_figures
from claims.extraction.evaluation import EvaluationReport, evaluate, gold_from_dicts
from claims.extraction.speakers import normalise_speaker

CORPUS = json.loads((Path(__file__).parent / "corpus.json").read_text(encoding="utf-8"))
DIRECTORY = SpeakerDirectory([(actor_id, name, aliases) for actor_id, name, aliases in CORPUS["speakers"]])
ENTRIES = CORPUS["entries"]


def expected_chain(figure: dict, entry: dict) -> list[tuple]:
    links = figure.get("chain", entry.get("chain", []))
    return [(normalise_speaker(link[0]), link[1], link[2], link[3] if len(link) > 3 else None) for link in links]


def test_corpus_is_large_and_covers_silence():
    assert len(ENTRIES) >= 80
    assert sum(1 for entry in ENTRIES if not entry["figures"]) >= 15
    assert len({entry["id"] for entry in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_corpus_entry(entry):
    candidates = extract_figures(entry["text"], outlet=entry["outlet"], speakers=DIRECTORY)
    found = [
        (
            candidate.value,
            candidate.value_max,
            candidate.qualifier,
            candidate.unit,
            [(normalise_speaker(link.name), link.role, link.verb, link.source_count) for link in candidate.chain],
        )
        for candidate in candidates
    ]
    expected = [
        (
            Decimal(figure["value"]),
            Decimal(figure["value_max"]) if figure["value_max"] is not None else None,
            figure["qualifier"],
            figure["unit"],
            expected_chain(figure, entry),
        )
        for figure in entry["figures"]
    ]
    assert found == expected
    for candidate in candidates:
        assert entry["text"][candidate.start : candidate.end] == candidate.quote
        assert 0 < candidate.confidence <= 1


def test_corpus_scores_with_the_evaluation_functions():
    report = EvaluationReport()
    for entry in ENTRIES:
        candidates = extract_figures(entry["text"], outlet=entry["outlet"], speakers=DIRECTORY)
        gold = gold_from_dicts(
            {**figure, "origin": (figure.get("chain") or entry.get("chain") or [[None]])[-1][0]}
            for figure in entry["figures"]
        )
        report += evaluate(candidates, gold, DIRECTORY)
    assert report.precision == 1.0
    assert report.recall == 1.0
    assert report.origin_accuracy == 1.0
