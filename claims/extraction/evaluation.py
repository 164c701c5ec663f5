"""
Scoring extracted figures against curated gold figures.

Pure functions, no I/O: a management command (or a test) loads the gold, runs
`extract_figures()`, and calls `evaluate()` and `format_report()`.

A candidate *matches* a gold figure when their values are equal and their units are
compatible (same unit, same counted noun before " per ", same currency, a measure and
its abbreviation such as km/kilometres, or synonyms such as troops/soldiers). Pairs
are formed greedily in gold order, preferring the candidate that also agrees on
`value_max` and qualifier. Over matched pairs we measure
accuracy of the value (including `value_max`), the qualifier, the exact unit, and the
origin speaker (names compared case- and article-insensitively, or through the
`SpeakerDirectory`).
"""

import re
import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .chains import ChainLink
from .extractor import FigureCandidate, extract_figures
from .spans import clean_name
from .speakers import SpeakerDirectory, normalise_speaker
from .units import read_measure, singularise

__all__ = [
    "GoldFigure", "EvaluationReport", "evaluate", "units_compatible",
    "origin_matches", "format_report", "benchmark_extraction", "gold_from_dicts",
]  # fmt: skip

# Units an editor treats as the same count.
UNIT_SYNONYMS = (
    frozenset({"troop", "soldier", "fighter", "force", "serviceman", "personnel"}),
    frozenset({"person", "people", "civilian", "resident"}),
    frozenset({"death", "fatality", "casualty"}),
)


@dataclass(frozen=True)
class GoldFigure:
    """A curated figure: what should have been found, and who said it."""

    value: Decimal
    value_max: Decimal | None
    qualifier: str
    unit: str
    origin: str | None = None


@dataclass(frozen=True)
class EvaluationReport:
    """Counts from comparing candidates with gold; the rates are properties."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    value_correct: int = 0
    qualifier_correct: int = 0
    unit_correct: int = 0
    origin_correct: int = 0
    missed: tuple[GoldFigure, ...] = field(default=(), compare=False)
    spurious: tuple[FigureCandidate, ...] = field(default=(), compare=False)
    # Matched pairs whose origin speaker is not the gold one.
    misattributed: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)

    def __add__(self, other: "EvaluationReport") -> "EvaluationReport":
        return EvaluationReport(
            gold=self.gold + other.gold,
            found=self.found + other.found,
            matched=self.matched + other.matched,
            value_correct=self.value_correct + other.value_correct,
            qualifier_correct=self.qualifier_correct + other.qualifier_correct,
            unit_correct=self.unit_correct + other.unit_correct,
            origin_correct=self.origin_correct + other.origin_correct,
            missed=self.missed + other.missed,
            spurious=self.spurious + other.spurious,
            misattributed=self.misattributed + other.misattributed,
        )

    @property
    def precision(self) -> float:
        """Share of candidates that match a gold figure (1.0 when none were found)."""
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of gold figures that were found (1.0 when there is no gold)."""
        return self.matched / self.gold if self.gold else 1.0

    def _over_matched(self, correct: int) -> float:
        return correct / self.matched if self.matched else 1.0

    @property
    def value_accuracy(self) -> float:
        """Share of matched pairs whose value and `value_max` agree."""
        return self._over_matched(self.value_correct)

    @property
    def qualifier_accuracy(self) -> float:
        """Share of matched pairs whose qualifier agrees."""
        return self._over_matched(self.qualifier_correct)

    @property
    def unit_accuracy(self) -> float:
        """Share of matched pairs whose unit is exactly the gold unit."""
        return self._over_matched(self.unit_correct)

    @property
    def origin_accuracy(self) -> float:
        """Share of matched pairs whose origin speaker is the gold origin."""
        return self._over_matched(self.origin_correct)


def _noun_key(unit: str) -> str:
    base = unit.split(" per ")[0].strip()
    measure = read_measure(" " + base, 0)  # "km" is "kilometres", "bps" "basis points"
    if measure and measure[1] == len(base) + 1:
        base = measure[0]
    return " ".join(singularise(word) for word in base.lower().split())


def units_compatible(found: str, gold: str) -> bool:
    """Whether two units count the same thing ("soldiers" ~ "troops", "USD" ~ "usd")."""
    if found.lower().strip() == gold.lower().strip():
        return True
    left, right = _noun_key(found), _noun_key(gold)
    if left == right:
        return True
    return any(left in group and right in group for group in UNIT_SYNONYMS)


REPORT_TAIL = re.compile(r"\s+(?:data|figures|statistics|numbers)$")


def _bare_speaker(name: str) -> str:
    """A speaker's name without a lowercase description before it or a report noun after it."""
    start, end = clean_name(name, 0, len(name))
    return normalise_speaker(REPORT_TAIL.sub("", name[start:end]))


def origin_matches(origin: ChainLink | None, gold: str | None, directory: SpeakerDirectory | None = None) -> bool:
    """Whether a candidate's origin link names the gold origin speaker."""
    if gold is None:
        return True
    if origin is None:
        return False
    gold_key = normalise_speaker(gold)
    names = [origin.name] + ([origin.actor_name] if origin.actor_name else [])
    keys = [normalise_speaker(name) for name in names]
    if gold_key in keys:
        return True
    # Annotators write "public broadcaster RTV" or "RTV", "customs data" or "customs": one speaker.
    if _bare_speaker(gold) in {_bare_speaker(name) for name in names}:
        return True
    if directory is not None:
        gold_actor = directory.match(gold)
        if gold_actor and (gold_actor[0] == origin.actor_id or gold_actor == directory.match(origin.name)):
            return True
    # "the South Korean intelligence agency" ~ "South Korean intelligence agency said"
    return any(
        len(short.split()) >= 2 and f" {short} " in f" {long} "
        for key in keys
        for short, long in ((gold_key, key), (key, gold_key))
    )


def _pair_score(candidate: FigureCandidate, gold: GoldFigure) -> int:
    return (candidate.value_max == gold.value_max) + (candidate.qualifier == gold.qualifier)


def evaluate(
    candidates: Sequence[FigureCandidate],
    gold: Sequence[GoldFigure],
    directory: SpeakerDirectory | None = None,
) -> EvaluationReport:
    """Compare `candidates` with `gold` for one text (add reports to combine texts)."""
    unmatched = list(candidates)
    pairs: list[tuple[FigureCandidate, GoldFigure]] = []
    missed: list[GoldFigure] = []
    for figure in gold:
        options = [
            candidate
            for candidate in unmatched
            if candidate.value == figure.value and units_compatible(candidate.unit, figure.unit)
        ]
        if not options:
            missed.append(figure)
            continue
        best = max(options, key=lambda candidate: _pair_score(candidate, figure))
        unmatched.remove(best)
        pairs.append((best, figure))
    misattributed = tuple((c, g) for c, g in pairs if not origin_matches(c.origin, g.origin, directory))
    return EvaluationReport(
        gold=len(gold),
        found=len(candidates),
        matched=len(pairs),
        value_correct=sum(c.value == g.value and c.value_max == g.value_max for c, g in pairs),
        qualifier_correct=sum(c.qualifier == g.qualifier for c, g in pairs),
        unit_correct=sum(c.unit.lower() == g.unit.lower() for c, g in pairs),
        origin_correct=len(pairs) - len(misattributed),
        missed=tuple(missed),
        spurious=tuple(unmatched),
        misattributed=misattributed,
    )


def format_report(report: EvaluationReport, title: str = "Figure extraction") -> str:
    """A small plain-text table of the report's counts and rates."""
    rows = [
        ("gold figures", str(report.gold)),
        ("candidates", str(report.found)),
        ("matched", str(report.matched)),
        ("precision", f"{report.precision:.1%}"),
        ("recall", f"{report.recall:.1%}"),
        ("value accuracy", f"{report.value_accuracy:.1%}"),
        ("qualifier accuracy", f"{report.qualifier_accuracy:.1%}"),
        ("unit accuracy", f"{report.unit_accuracy:.1%}"),
        ("origin accuracy", f"{report.origin_accuracy:.1%}"),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [title, "-" * (width + 10)]
    lines += [f"{label:<{width}}  {value:>7}" for label, value in rows]
    return "\n".join(lines)


def benchmark_extraction(text: str, repeat: int = 20, **options: object) -> float:
    """The median milliseconds `extract_figures(text, **options)` takes, after a warm-up."""
    extract_figures(text, **options)  # type: ignore[arg-type]
    timings: list[float] = []
    for _ in range(max(1, repeat)):
        began = time.perf_counter()
        extract_figures(text, **options)  # type: ignore[arg-type]
        timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings)


def gold_from_dicts(records: Iterable[dict]) -> list[GoldFigure]:
    """`GoldFigure`s from JSON-like records (values as strings or numbers)."""
    return [
        GoldFigure(
            value=Decimal(str(record["value"])),
            value_max=Decimal(str(record["value_max"])) if record.get("value_max") is not None else None,
            qualifier=record["qualifier"],
            unit=record["unit"],
            origin=record.get("origin"),
        )
        for record in records
    ]
