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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .chains import ChainLink
from .extractor import FigureCandidate, extract_figures
from .measures import read_measure
from .spans import clean_name
from .speakers import PERSON_TITLES, SpeakerDirectory, normalise_speaker
from .units import singularise

__all__ = [
    "GoldFigure", "EvaluationReport", "evaluate", "units_compatible",
    "origin_matches", "format_report", "benchmark_extraction", "gold_from_dicts", "ScoringRules", "STRICT",
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
    missed: tuple[GoldFigure, ...] = field(default=(), compare=False)
    spurious: tuple[FigureCandidate, ...] = field(default=(), compare=False)
    # Matched pairs whose origin speaker is not the gold one.
    misattributed: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)
    # Matched pairs whose unit, or whose qualifier, is not the gold one.
    mismeasured: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)
    misqualified: tuple[tuple[FigureCandidate, GoldFigure], ...] = field(default=(), compare=False)
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
            missed=self.missed + other.missed,
            spurious=self.spurious + other.spurious,
            misattributed=self.misattributed + other.misattributed,
            mismeasured=self.mismeasured + other.mismeasured,
            misqualified=self.misqualified + other.misqualified,
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


SPEAKER_FILLER = frozenset(["the", "a", "an", "of", "in", "for", "and", "its", "their", "new", "recent", "latest"])
PRONOUN_SPEAKERS = frozenset(["he", "she", "it", "they", "we", "i", "his", "her"])


# British and American spellings of one name: "Ministry of Defence" ~ "Ministry of Defense",
# "Labour" ~ "Labor", "Organisation" ~ "Organization".
SPELLINGS = (
    (re.compile(r"ense$"), "ence"),
    (re.compile(r"(?<=[a-z]{2})our$"), "or"),
    (re.compile(r"isation$"), "ization"),
)


def _spelled_one_way(word: str) -> str:
    for pattern, spelling in SPELLINGS:
        word = pattern.sub(spelling, word)
    return word


# A company's legal form is no part of which company it is: "Fauji Fertilizer Ltd" ~ "Fauji Fertilizer Company"
# ("company" stays a word: "the Cupertino-based company" is the company a cue "the company" names).
LEGAL_FORMS = frozenset(
    ["ltd", "limited", "co", "inc", "incorporated", "corp", "plc", "llc", "bhd", "berhad"]
    + ["pvt", "pty", "gmbh", "ag", "sa", "nv", "spa", "ab", "asa", "oyj", "kk"]
)


def _speaker_words(name: str) -> frozenset[str]:
    words = re.findall(r"[\w-]+", name.lower())
    return frozenset(
        _spelled_one_way(singularise(word)) for word in words if word not in SPEAKER_FILLER and word not in LEGAL_FORMS
    )


def _same_body(left: frozenset[str], right: frozenset[str]) -> bool:
    short, long = sorted((left, right), key=len)
    return bool(short) and not (short & PRONOUN_SPEAKERS) and short <= long


# An annotator's description after a name: "Ismail Shafeeu (Maldives education minister)".
GLOSS = re.compile(r"\s*\([^()]*\)\s*$")
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gen|Col|Lt|Capt|Sgt|Sir|Dame)\.?\s+(?=[A-Z])")


# Titles before a surname: "Judge Jackson", "CEC Awal" (a title's acronym), "Finance Minister Okafor".
LEADING_TITLES = re.compile(r"^(?:(?:[A-Z]{2,5}|[A-Z][a-z]+)\.?\s+)+(?=[A-Z][\w'’-]+$)")


def _without_titles(short: str) -> str:
    titles = LEADING_TITLES.match(short)
    if not titles:
        return short
    words = titles.group().split()
    return short[titles.end() :] if all(w.isupper() or w.lower().rstrip(".") in PERSON_TITLES for w in words) else short


def _is_surname_of(short: str, long: str) -> bool:
    """ "Cooper", "Ms. Pouilly" or "Judge Jackson" names "Governor Roy Cooper", "Cécile Pouilly
    (spokesperson)" or "Amy Berman Jackson"."""
    short = _without_titles(HONORIFIC.sub("", short.strip()))
    words = GLOSS.sub("", long).split()
    return " " not in short and short[:1].isupper() and len(words) >= 2 and words[-1].strip(",.") == short


ACRONYM = re.compile(r"\b[A-Z](?:&?[A-Z]){1,5}\b")
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
ACRONYM_FILLER = frozenset(["of", "for", "and", "the", "on", "de", "des", "du", "la", "le"])


def _initials(words: list[str]) -> str:
    """Each capitalised word's initial, an acronym word whole ("US"), "&" as itself; else a gap."""
    letters = []
    for word in words:
        bare = word.strip(",.()")
        letters.append(
            bare if ACRONYM.fullmatch(bare) or bare == "&" else word[0] if NAME_WORD.fullmatch(bare) else " "
        )
    return "".join(letters)


def _initials_spell(acronym: str, name: str) -> bool:
    """Whether consecutive words of ``name`` spell ``acronym``: "Sudan Liberation Army" (SLA),
    "Procter & Gamble" (P&G), "US Department of Agriculture" (USDA), and "Research in Motion"
    (RIM), where a short lowercase word gives its initial too."""
    words = name.split()
    kept = [word for word in words if word.lower() not in ACRONYM_FILLER]
    if acronym in _initials(kept):
        return True
    lifted = [
        word[0].upper() + word[1:] if len(word) <= 3 and word.isalpha() and word.islower() else word for word in words
    ]
    return acronym in _initials(lifted)


def _is_acronym_of(short: str, long: str) -> bool:
    """ "SLA statement" and "the rebels with the Sudan Liberation Army" name one body."""
    # An acronym the other name holds as a word, or inside one, spells nothing: "UN" is no
    # acronym of "UN Environment Programme", nor "US" of "the USDA".
    inner = ACRONYM.findall(long)
    return any(
        _initials_spell(acronym, long) and not any(acronym in word for word in inner)
        for acronym in ACRONYM.findall(short)
    )


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
    # "the study" ~ "a decade-long global study", "security officials in Nuristan" ~ "Security
    # officials in eastern province Nuristan": every word of one is in the other.
    gold_words = _speaker_words(gold)
    if gold_words and any(_same_body(gold_words, _speaker_words(name)) for name in names):
        return True
    # "Ismail Shafeeu (education minister)" ~ "Education Minister Dr. Ismail Shafeeu": the
    # annotator's gloss in brackets is no part of a person's full name.
    named = GLOSS.sub("", gold)
    if named != gold and len(named.split()) >= 2:
        if any(_same_body(_speaker_words(named), _speaker_words(name)) for name in names):
            return True
    # "Cooper" ~ "North Carolina Governor Roy Cooper": a surname names the person.
    if any(_is_surname_of(short, long) for name in names for short, long in ((name, gold), (gold, name))):
        return True
    # "SLA statement" ~ "the Sudan Liberation Army": an acronym names the body it abbreviates.
    if any(_is_acronym_of(short, long) for name in names for short, long in ((name, gold), (gold, name))):
        return True
    # "the South Korean intelligence agency" ~ "South Korean intelligence agency said"
    return any(
        len(short.split()) >= 2 and f" {short} " in f" {long} "
        for key in keys
        for short, long in ((gold_key, key), (key, gold_key))
    )


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
) -> EvaluationReport:
    """Compare `candidates` with `gold` for one text (add reports to combine texts)."""
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
    return EvaluationReport(
        gold=len(gold),
        found=len(candidates),
        matched=len(pairs),
        value_correct=sum(rules.values_agree(c, g) and rules.maxima_agree(c, g) for c, g in pairs),
        qualifier_correct=len(pairs) - len(misqualified),
        unit_correct=len(pairs) - len(mismeasured),
        origin_correct=sum(g.origin is not None for _, g in pairs) - len(misattributed),
        origin_scored=sum(g.origin is not None for _, g in pairs),
        missed=tuple(missed),
        spurious=tuple(unmatched),
        misattributed=misattributed,
        mismeasured=mismeasured,
        misqualified=misqualified,
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
