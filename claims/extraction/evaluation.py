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
origin speaker (the names compared by `origin_names.origin_matches`, or through the
`SpeakerDirectory`).
"""

import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .chains import ChainLink
from .extractor import FigureCandidate, extract_figures
from .measures import read_measure
from .origin_names import origin_matches
from .speakers import SpeakerDirectory
from .units import singularise

__all__ = [
    "GoldFigure", "EvaluationReport", "evaluate", "units_compatible",
    "origin_matches", "format_report", "benchmark_extraction", "gold_from_dicts", "ScoringRules", "STRICT",
]  # fmt: skip

# Units an editor treats as the same count.
UNIT_SYNONYMS = (
    frozenset({"troop", "soldier", "fighter", "force", "serviceman", "personnel"}),
    frozenset({"person", "people", "civilian", "resident"}),
    # A count of deaths, however the sentence words it: "12 deaths", "12 dead", "12 people died", "12 killed".
    frozenset({"death", "fatality", "casualty", "dead", "died", "killed"}),
    # The text's "terrorists" (or "insurgents"), written "militants" by the annotators of ten real-news sets.
    frozenset({"militant", "terrorist", "insurgent"}),
)


@dataclass(frozen=True)
class GoldFigure:
    """A curated figure: what should have been found, and who said it."""

    value: Decimal
    value_max: Decimal | None
    qualifier: str
    unit: str
    origin: str | None = None
    # Other names of the same speaker: the policy's cue ("he", "the report") beside its chain's last link.
    origin_names: tuple[str, ...] = ()
    # Where the annotator's quote stands in the text: a candidate there is preferred.
    spans: tuple[tuple[int, int], ...] = ()
    quote: str = ""


@dataclass(frozen=True)
class ScoringRules:
    """How a candidate is paired with and compared to a gold figure.

    `STRICT` is the project's own corpora: values *and* units must agree to pair, and the
    unit must be the gold unit exactly. The shared annotation policy (`policy.POLICY`)
    pairs by value alone and compares units and qualifiers more loosely.
    """

    values_agree: Callable[[FigureCandidate, GoldFigure], bool]
    units_agree: Callable[[str, str], bool]
    qualifiers_agree: Callable[[str, str], bool]
    pair_needs_unit: bool = True
    maxima_agree: Callable[[FigureCandidate, GoldFigure], bool] = lambda candidate, gold: (
        candidate.value_max == gold.value_max
    )
    # Whether a candidate counts at all (the policy neither credits nor penalises "thousands").
    counts: Callable[[FigureCandidate], bool] = lambda candidate: True


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
    # Matched pairs whose gold names a speaker (the policy leaves unattributed figures out).
    origin_scored: int = 0
    # Matched pairs whose gold names no speaker: the origin score leaves them out, so a rule that
    # names a speaker for every figure could only raise it; `overattributed` counts that cost.
    unattributed: int = 0
    missed: tuple[GoldFigure, ...] = field(default=(), compare=False)
    spurious: tuple[FigureCandidate, ...] = field(default=(), compare=False)
    # Matched pairs whose origin speaker is not the gold one.
    misattributed: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)
    # Matched pairs whose unit, or whose qualifier, is not the gold one.
    mismeasured: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)
    misqualified: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)
    # Matched pairs whose gold names no speaker but whose candidate names one (not the outlet).
    overattributed: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)
    # Numbers the extractor refused, each with its rule and sentence: (number, rule, sentence).
    excluded: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)

    def __add__(self, other: "EvaluationReport") -> "EvaluationReport":
        return EvaluationReport(
            gold=self.gold + other.gold,
            found=self.found + other.found,
            matched=self.matched + other.matched,
            value_correct=self.value_correct + other.value_correct,
            qualifier_correct=self.qualifier_correct + other.qualifier_correct,
            unit_correct=self.unit_correct + other.unit_correct,
            origin_correct=self.origin_correct + other.origin_correct,
            origin_scored=self.origin_scored + other.origin_scored,
            unattributed=self.unattributed + other.unattributed,
            missed=self.missed + other.missed,
            spurious=self.spurious + other.spurious,
            misattributed=self.misattributed + other.misattributed,
            mismeasured=self.mismeasured + other.mismeasured,
            misqualified=self.misqualified + other.misqualified,
            overattributed=self.overattributed + other.overattributed,
            excluded=self.excluded + other.excluded,
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
        """Share of matched pairs with a gold speaker whose origin speaker is that speaker."""
        return self.origin_correct / self.origin_scored if self.origin_scored else 1.0

    @property
    def overattribution(self) -> float:
        """Share of matched pairs the gold leaves unattributed to which a speaker was given (0.0 when none).

        The policy's "when unsure, the outlet is the origin": an editor shown a speaker the text never
        names has to notice and remove it. Lower is better."""
        return len(self.overattributed) / self.unattributed if self.unattributed else 0.0


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


def _gold_origin_matches(origin: ChainLink | None, gold: GoldFigure, directory: SpeakerDirectory | None) -> bool:
    if gold.origin is None:
        return True
    return any(origin_matches(origin, name, directory) for name in (gold.origin, *gold.origin_names))


STRICT = ScoringRules(
    values_agree=lambda candidate, gold: candidate.value == gold.value,
    units_agree=lambda found, gold: found.lower() == gold.lower(),
    qualifiers_agree=lambda found, gold: found == gold,
)


def _pair_score(candidate: FigureCandidate, gold: GoldFigure, rules: ScoringRules) -> tuple:
    at_quote = any(
        start <= candidate.start < end or candidate.start <= start < candidate.end for start, end in gold.spans
    )
    return (
        at_quote,
        rules.units_agree(candidate.unit, gold.unit),
        rules.maxima_agree(candidate, gold) + rules.qualifiers_agree(candidate.qualifier, gold.qualifier),
    )


def evaluate(
    candidates: Sequence[FigureCandidate],
    gold: Sequence[GoldFigure],
    directory: SpeakerDirectory | None = None,
    rules: ScoringRules = STRICT,
    outlet: str | None = None,
) -> EvaluationReport:
    """Compare `candidates` with `gold` for one text (add reports to combine texts).

    `outlet` is the text's publisher: a candidate whose origin is the outlet names no speaker."""
    candidates = [candidate for candidate in candidates if rules.counts(candidate)]
    unmatched = list(candidates)
    pairs: list[tuple[FigureCandidate, GoldFigure]] = []
    missed: list[GoldFigure] = []
    # Figures whose candidate stands at the annotator's quote are paired first, so that
    # another figure of the same value elsewhere does not take it.
    placed = [figure for figure in gold if figure.spans]
    for figure in placed:
        at_quote = [
            candidate
            for candidate in unmatched
            if rules.values_agree(candidate, figure) and _pair_score(candidate, figure, rules)[0]
        ]
        if at_quote:
            best = max(at_quote, key=lambda candidate: _pair_score(candidate, figure, rules))
            unmatched.remove(best)
            pairs.append((best, figure))
    paired = {id(figure) for _, figure in pairs}
    for figure in gold:
        if id(figure) in paired:
            continue
        options = [
            candidate
            for candidate in unmatched
            if rules.values_agree(candidate, figure)
            and (not rules.pair_needs_unit or units_compatible(candidate.unit, figure.unit))
        ]
        if not options:
            missed.append(figure)
            continue
        best = max(options, key=lambda candidate: _pair_score(candidate, figure, rules))
        unmatched.remove(best)
        pairs.append((best, figure))
    misattributed = tuple((c, g) for c, g in pairs if not _gold_origin_matches(c.origin, g, directory))
    mismeasured = tuple((c, g) for c, g in pairs if not rules.units_agree(c.unit, g.unit))
    misqualified = tuple((c, g) for c, g in pairs if not rules.qualifiers_agree(c.qualifier, g.qualifier))
    overattributed = tuple(
        (c, g) for c, g in pairs if g.origin is None and c.origin is not None and c.origin.name not in ("", outlet)
    )
    return EvaluationReport(
        gold=len(gold),
        found=len(candidates),
        matched=len(pairs),
        value_correct=sum(rules.values_agree(c, g) and rules.maxima_agree(c, g) for c, g in pairs),
        qualifier_correct=len(pairs) - len(misqualified),
        unit_correct=len(pairs) - len(mismeasured),
        origin_correct=sum(g.origin is not None for _, g in pairs) - len(misattributed),
        origin_scored=sum(g.origin is not None for _, g in pairs),
        unattributed=sum(g.origin is None for _, g in pairs),
        missed=tuple(missed),
        spurious=tuple(unmatched),
        misattributed=misattributed,
        mismeasured=mismeasured,
        misqualified=misqualified,
        overattributed=overattributed,
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
        ("speaker where none", f"{report.overattribution:.1%}"),
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
