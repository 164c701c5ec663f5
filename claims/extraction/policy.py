"""
The shared annotation policy's records, and how candidates are scored against them.

Real-news corpora (`tests/claims/extraction/realnews/`) are annotated under the team's
figure annotation policy, not in the project's own corpus format: each record is
``{url, title, outlet, topic, text, figures}`` and each figure ``{quote, value,
value_max, unit, qualifier, attributed_to, attribution_chain, note}``. The policy's
"Scoring" section is followed:

* A gold figure is **found** when an unused candidate has the same value (the one at the
  annotator's quote preferred, then the one whose unit and qualifier agree). Shares are
  fractions in the policy ("a third" → 0.333) and percentages in the product (33.33
  percent): a candidate in percent whose value is a hundred times the gold fraction, to
  the policy's three decimals, has the same value.
* **Qualifier** agreement maps the policy's words onto the extractor's codes
  (`QUALIFIER_CODES`): ``about`` and ``almost`` (nearly, approaching, just under) are the
  extractor's ``approx``; ``up_to`` is ``up_to`` or ``at_most`` ("a maximum of"); the
  other words are the codes of the same name.
* **Unit** agreement: the two units share a content word ("militants killed" and
  "militants"; "USD per share" and "USD"); a policy "share of …" is a percentage.
* **Origin** is scored only where the gold has an ``attributed_to``: the candidate's
  origin speaker must name the same body as the cue or as the chain's last link
  ("He" → "Adamu Garba").
* Vague magnitudes with no numeral ("thousands") are not annotated, and the extractor's
  ``magnitude`` candidates are neither credited nor penalised.
"""

import re
from decimal import Decimal

from .currencies import CURRENCY_CODES, CURRENCY_NAMES
from .evaluation import UNIT_SYNONYMS, GoldFigure, ScoringRules, units_compatible
from .hedges import APPROX, AT_MOST, MAGNITUDE
from .measures import read_measure
from .units import singularise

__all__ = ["POLICY", "QUALIFIER_CODES", "is_policy_corpus", "policy_gold", "policy_units_agree"]

# The policy's qualifier words, and the extractor codes that say the same.
QUALIFIER_CODES = {
    "exact": frozenset({"exact"}),
    "about": frozenset({APPROX}),
    "almost": frozenset({APPROX}),
    "more_than": frozenset({"more_than"}),
    "at_least": frozenset({"at_least"}),
    "up_to": frozenset({"up_to", AT_MOST}),
    "less_than": frozenset({"less_than"}),
    "range": frozenset({"range"}),
}
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "per",
        "and",
        "or",
        "from",
        "with",
        "as",
        "into",
        "than",
        "its",
        "their",
        "his",
        "her",
    ]
)
SHARE_PRECISION = Decimal("0.0015")  # the policy writes "a third" as 0.333


def is_policy_corpus(corpus: object) -> bool:
    """Whether parsed JSON is a corpus of policy records (``{"records": [...]}``)."""
    return isinstance(corpus, dict) and isinstance(corpus.get("records"), list)


# American "-er" for British "-re": metric units, and the nouns that are spelt so ("centers", "theaters").
METRIC_ER = re.compile(r"^((?:kilo|centi|milli)?met|lit|cent|theat|fib|calib)er$")


def _content_word(word: str) -> str:
    """A unit word in one spelling: "rubles" is RUB, "cm" is "centimetre", "GW" "gigawatt"."""
    code = CURRENCY_NAMES.get(singularise(word.lower()))
    if word.upper() in CURRENCY_CODES or code:
        return (code or word).lower()
    measure = read_measure(" " + word, 0)
    if measure and measure[1] == len(word) + 1:
        word = measure[0]
    # American spellings: "kilometers" is "km" ("kilometres"), "liters" "litres", "centers" "centres".
    word = METRIC_ER.sub(r"\1re", singularise(word.lower()))
    # One count under two names ("terrorists" and "militants killed"): the synonym group's first name.
    return next((min(group) for group in UNIT_SYNONYMS if word in group), word)


def _content_words(unit: str) -> set[str]:
    # Punctuation is no part of a word: "firefighters, soldiers and rescue workers" names firefighters.
    words = re.sub(r"[-(),;:/]", " ", unit).split()
    found = {_content_word(word) for word in words if word.lower() not in FUNCTION_WORDS}
    # "km/h" is one measure before its slash splits it: the one "kph gusts" names.
    return found | _measures_named(" ".join(words)) | _measures_named(unit)


def _measures_named(unit: str) -> set[str]:
    """The units of measure a unit names, in one spelling, as single words: "TWh wind generation" and
    "terawatt hours" both name "terawatt-hours"; "parts per million greenhouse gas" and "ppm" name "ppm"."""
    named = set()
    for start in [0, *(match.end() for match in re.finditer(r"\s", unit))]:
        measure = read_measure(" " + unit[start:], 0)
        if measure:
            named.add(measure[0].replace(" ", "-"))
    return named


def policy_units_agree(found: str, gold: str) -> bool:
    """Whether two units share a content word (a policy "share of X" is a percentage)."""
    if units_compatible(found, gold):
        return True
    gold_words = _content_words(gold)
    if "share" in gold_words:
        gold_words.add("percent")
    if gold_words & {"multiplier", "multiple"}:  # "multiple of 2021 cases", as annotators write it too
        gold_words.add(_content_word("times"))  # "doubled": a multiplier of 2, which the extractor counts in "times"
    return bool(_content_words(found) & gold_words)


def _same_number(found: Decimal | None, gold: Decimal | None, unit: str) -> bool:
    if found is None or gold is None:
        return found is gold
    if found == gold:
        return True
    return unit.startswith("percent") and abs(gold) <= 1 and abs(found / 100 - gold) < SHARE_PRECISION


POLICY = ScoringRules(
    values_agree=lambda candidate, gold: _same_number(candidate.value, gold.value, candidate.unit),
    maxima_agree=lambda candidate, gold: _same_number(candidate.value_max, gold.value_max, candidate.unit),
    units_agree=policy_units_agree,
    qualifiers_agree=lambda found, gold: found in QUALIFIER_CODES.get(gold, frozenset({gold})),
    pair_needs_unit=False,
    counts=lambda candidate: candidate.qualifier != MAGNITUDE,
)


def _spans(text: str, quote: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], text.find(quote)
    while start >= 0 and quote:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return tuple(spans)


def policy_gold(record: dict) -> tuple[GoldFigure, ...]:
    """The gold figures of one policy record."""
    figures = []
    for figure in record["figures"]:
        chain = figure.get("attribution_chain") or []
        cue = figure.get("attributed_to")
        figures.append(
            GoldFigure(
                value=Decimal(str(figure["value"])),
                value_max=Decimal(str(figure["value_max"])) if figure.get("value_max") is not None else None,
                qualifier=figure["qualifier"],
                unit=figure["unit"],
                origin=(chain[-1] if chain else cue) if cue else None,
                origin_names=(cue,) if cue else (),
                spans=_spans(record["text"], figure["quote"]),
                quote=figure["quote"],
            )
        )
    return tuple(figures)
