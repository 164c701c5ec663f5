"""
How far two annotators agree: the ceiling the extractor is measured under.

A second annotator annotates the texts of a real-news set blind, under the same policy, and
their records are scored against the first annotator's gold exactly as the extractor's
candidates are (`evaluation.evaluate` with the policy's rules). Where two careful people
differ on who a figure comes from, no extractor can be expected to agree with both, so this
number says how much of the extractor's origin gap is the extractor's.

A figure the second annotator left unattributed has the outlet as its origin, as the
extractor's does.
"""

from decimal import Decimal

from .chains import ChainLink
from .evaluation import EvaluationReport, evaluate
from .extractor import FigureCandidate
from .policy import POLICY, QUALIFIER_CODES, policy_gold

__all__ = ["AnnotationMismatch", "annotator_report"]


class AnnotationMismatch(ValueError):
    """The second annotation does not annotate the same texts as the first."""


def _extractor_code(qualifier: str) -> str:
    codes = QUALIFIER_CODES.get(qualifier, frozenset({qualifier}))
    return qualifier if qualifier in codes else min(codes)


def _as_candidates(record: dict) -> list[FigureCandidate]:
    text, outlet = record["text"], record.get("outlet") or ""
    candidates, searched_from = [], {}
    for figure in record["figures"]:
        quote = figure["quote"]
        start = text.find(quote, searched_from.get(quote, 0))
        if start < 0:
            start = text.find(quote)
        searched_from[quote] = start + 1
        names = figure.get("attribution_chain") if figure.get("attributed_to") else None
        chain = tuple(ChainLink(name=name, verb="", role="") for name in (names or [outlet]))
        candidates.append(
            FigureCandidate(
                value=Decimal(str(figure["value"])),
                value_max=Decimal(str(figure["value_max"])) if figure.get("value_max") is not None else None,
                qualifier=_extractor_code(figure["qualifier"]),
                unit=figure["unit"],
                subject="",
                quote=quote,
                start=start,
                end=start + len(quote),
                sentence="",
                sentence_start=0,
                chain=chain,
                confidence=1.0,
            )
        )
    return candidates


def annotator_report(first: dict, second: dict) -> EvaluationReport:
    """The second annotator's records scored against the first's gold, text by text.

    Both are policy corpora (``{"records": [...]}``); records are paired by ``url`` and must
    hold the same text.
    """
    by_url = {record["url"]: record for record in second["records"]}
    report = EvaluationReport()
    for record in first["records"]:
        other = by_url.get(record["url"])
        if other is None:
            raise AnnotationMismatch(f"the second annotation has no record for {record['url']}")
        if other["text"] != record["text"]:
            raise AnnotationMismatch(f"the second annotation's text differs for {record['url']}")
        report += evaluate(_as_candidates(other), policy_gold(record), rules=POLICY, outlet=other.get("outlet"))
    return report
