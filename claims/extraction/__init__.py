"""
Figure extraction: news English in, candidate figure claims out.

Pure Python (standard library only, no Django), so it can run anywhere: in the admin
action that suggests draft claims, in the API, in management commands and in tests.

    from claims.extraction import extract_figures, SpeakerDirectory

    directory = SpeakerDirectory([(7, "National Intelligence Service", ["the spy agency"])])
    for candidate in extract_figures(text, outlet="The Hill", speakers=directory):
        print(candidate.quote, candidate.value, candidate.qualifier, candidate.unit)

Modules, one concept each: `sentences` (splitting with offsets), `numbers` (digits,
words, scale words, money), `hedges` (qualifiers and ranges), `units` (counted nouns
and rates), `exclusions` (what is not a figure claim), `figures` (reading one
sentence's figures, with `context` for what a bare number counts), `attribution`
(speakers in a sentence; with `spans` for clause and name reading, `speech` for verb
clauses, `saying` for ", saying …" and "He continued: …", `media` for reports and footage
and `relays` for outlets a statement reached us through: "told Reuters", "quoted by
Interfax"),
`speakers` (directory, anonymous sources, speakers named again), `listings` (lines
listed under a sourced lead-in), `chains`
(`ChainLink` and building a chain), `extractor` (`extract_figures`), `evaluation`
(scoring against gold figures) and `gold` (gold from an annotated corpus or the seeds).
"""

from .chains import ChainLink
from .extractor import FigureCandidate, extract_figures
from .hedges import QUALIFIERS
from .speakers import SpeakerDirectory

__all__ = ["extract_figures", "FigureCandidate", "ChainLink", "SpeakerDirectory", "QUALIFIERS"]
