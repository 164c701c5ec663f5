"""Tests for `claims.extraction.evaluation`: scoring, report table, benchmark."""

from decimal import Decimal

from claims.extraction import SpeakerDirectory, extract_figures
from claims.extraction.evaluation import (
    EvaluationReport,
    GoldFigure,
    benchmark_extraction,
    evaluate,
    format_report,
    units_compatible,
)  # fmt: skip

TEXT = (
    "Some 12,000 troops were sent, according to Nordic officials. "
    "Over 60 missiles and 477 drones were fired, the air force said. "
    "The war began three years ago."
)
DIRECTORY = SpeakerDirectory([(3, "Ukrainian Air Force", ["the air force"])])


def gold(value, qualifier, unit, origin, value_max=None):
    return GoldFigure(Decimal(value), value_max, qualifier, unit, origin)


def test_perfect_match():
    candidates = extract_figures(TEXT, outlet="Wire", speakers=DIRECTORY)
    report = evaluate(
        candidates,
        [
            gold(12000, "approx", "troops", "Nordic officials"),
            gold(60, "more_than", "missiles", "Ukrainian Air Force"),
            gold(477, "exact", "drones", "the air force"),
        ],
        DIRECTORY,
    )
    assert (report.precision, report.recall) == (1.0, 1.0)
    assert report.origin_accuracy == report.qualifier_accuracy == report.unit_accuracy == 1.0


def test_misses_spurious_and_wrong_fields():
    candidates = extract_figures(TEXT, outlet="Wire")
    report = evaluate(
        candidates,
        [
            gold(12000, "exact", "soldiers", "Wire"),  # matches (synonym unit), wrong qualifier/origin
            gold(60, "more_than", "missiles", "the air force"),
            gold(5, "exact", "tanks", None),  # missed
        ],
    )
    assert (report.gold, report.found, report.matched) == (3, 3, 2)
    assert report.precision == 2 / 3 and report.recall == 2 / 3
    assert report.qualifier_accuracy == 0.5
    assert report.unit_accuracy == 0.5
    assert report.origin_accuracy == 0.5
    assert [figure.unit for figure in report.missed] == ["tanks"]
    assert [candidate.unit for candidate in report.spurious] == ["drones"]


def test_a_speaker_given_where_the_gold_names_none_is_counted_not_scored_as_origin():
    candidates = extract_figures(TEXT, outlet="Wire", speakers=DIRECTORY)
    report = evaluate(
        candidates,
        [
            gold(12000, "approx", "troops", None),
            gold(60, "more_than", "missiles", None),
            gold(477, "exact", "drones", None),
        ],
        DIRECTORY,
        outlet="Wire",
    )
    assert report.origin_scored == 0 and report.origin_accuracy == 1.0
    assert report.unattributed == 3
    assert [candidate.origin.name for candidate, _ in report.overattributed] == [
        "Nordic officials", "the air force", "the air force",
    ]  # fmt: skip
    assert report.overattribution == 1.0
    # The outlet as origin names no one.
    quiet = evaluate(
        extract_figures("The war cost 4,000 lives.", outlet="Wire"), [gold(4000, "exact", "lives", None)], outlet="Wire"
    )
    assert (quiet.unattributed, quiet.overattributed, quiet.overattribution) == (1, (), 0.0)
    assert (report + quiet).overattribution == 0.75


def test_reports_add_up():
    one = EvaluationReport(gold=2, found=2, matched=1, value_correct=1)
    two = EvaluationReport(gold=1, found=2, matched=1, value_correct=0)
    total = one + two
    assert (total.gold, total.found, total.matched, total.value_accuracy) == (3, 4, 2, 0.5)
    assert EvaluationReport().precision == 1.0


def test_units_compatible():
    assert units_compatible("troops", "soldiers")
    assert units_compatible("sanctions per month", "sanctions")
    assert units_compatible("USD", "usd")
    assert units_compatible("kilometres", "km")  # a measure and its abbreviation
    assert units_compatible("basis points", "bps")
    assert not units_compatible("kilometres", "km/h")
    assert not units_compatible("drones", "missiles")
    # Annotators of ten real-news sets wrote "militants" where the text says "terrorists": one count.
    assert units_compatible("terrorists", "militants")
    assert units_compatible("insurgents", "militants")
    assert not units_compatible("terrorists", "civilians")


def test_format_report_is_a_small_table():
    table = format_report(EvaluationReport(gold=4, found=5, matched=4, value_correct=4), title="Seed")
    lines = table.splitlines()
    assert lines[0] == "Seed"
    assert any(line.startswith("precision") and line.endswith("80.0%") for line in lines)
    assert any(line.startswith("recall") and line.endswith("100.0%") for line in lines)


def test_benchmark_returns_median_milliseconds():
    assert benchmark_extraction("Some 12,000 troops were sent.", repeat=3, outlet="Wire") >= 0
