"""
Gold figures to score the extractor against: an annotated corpus, or seed data and a text.

Pure functions over already-parsed JSON (no Django, no file reading), so the
`evaluate_extraction` command and the tests feed them the same way.

* `corpus_texts()` reads an annotated corpus (`tests/claims/extraction/corpus.json`,
  `heldout.json`): each entry is one text with its outlet and gold figures. A figure's
  origin is its ``origin`` field, else the last link of its (or its entry's) chain.
* `policy_texts()` reads records annotated under the shared annotation policy
  (`tests/claims/extraction/realnews/`), scored by `policy.POLICY`.
* `seed_texts()` takes a text holding one or more published items (a wire story and
  the related items an aggregator prints under it) and the seed data: the text is cut
  at each seed source's title, each piece is scored with that source's outlet and its
  seed claims as gold, and the seed actors form the speaker directory, so that "the
  spy agency" reaches the National Intelligence Service through its alias.
"""

import re
from dataclasses import dataclass, replace

from .evaluation import STRICT, EvaluationReport, GoldFigure, ScoringRules, evaluate, gold_from_dicts
from .extractor import extract_figures
from .figures import Rejection
from .policy import POLICY, is_policy_corpus, policy_gold
from .speakers import SpeakerDirectory

__all__ = [
    "GoldText",
    "corpus_texts",
    "policy_texts",
    "seed_texts",
    "segment_by_titles",
    "evaluate_texts",
    "benchmark_text",
]


@dataclass(frozen=True)
class GoldText:
    """One text to score: a label, its outlet and the figures it should yield."""

    label: str
    text: str
    outlet: str | None
    gold: tuple[GoldFigure, ...]
    rules: ScoringRules = STRICT


def _origin_of(figure: dict, entry: dict) -> str | None:
    if figure.get("origin"):
        return figure["origin"]
    chain = figure.get("chain") or entry.get("chain") or []
    return chain[-1][0] if chain else None


def corpus_texts(corpus: dict) -> tuple[list[GoldText], SpeakerDirectory]:
    """The entries of an annotated corpus, and the directory of its ``speakers``.

    A corpus of the shared annotation policy's records (``{"records": [...]}``, see
    `policy`) is read as such and scored by the policy's rules.
    """
    if is_policy_corpus(corpus):
        return policy_texts(corpus["records"]), SpeakerDirectory(())
    directory = SpeakerDirectory(tuple(speaker) for speaker in corpus.get("speakers", []))
    texts = [
        GoldText(
            label=entry["id"],
            text=entry["text"],
            outlet=entry.get("outlet"),
            gold=tuple(gold_from_dicts({**figure, "origin": _origin_of(figure, entry)} for figure in entry["figures"])),
        )
        for entry in corpus["entries"]
    ]
    return texts, directory


def policy_texts(records: list[dict]) -> list[GoldText]:
    """The records of a corpus annotated under the shared policy, scored by its rules."""
    return [
        GoldText(
            label=record.get("title") or record["url"],
            text=record["text"],
            outlet=record.get("outlet"),
            gold=policy_gold(record),
            rules=POLICY,
        )
        for record in records
    ]


def _title_pattern(title: str) -> re.Pattern:
    # Titles are matched word for word, whatever the spacing or case in between.
    return re.compile(r"\s+".join(re.escape(word) for word in title.split()), re.IGNORECASE)


def segment_by_titles(text: str, titles: dict[str, str]) -> dict[str, str]:
    """Cut `text` at each title found in it: ``{key: piece}`` for ``titles = {key: title}``.

    A piece runs from its title to the next title found (or the end of the text); keys
    whose title is not in the text are left out.
    """
    starts = []
    for key, title in titles.items():
        match = _title_pattern(title).search(text) if title.strip() else None
        if match:
            starts.append((match.start(), key))
    starts.sort()
    if not starts:
        return {}
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return {key: text[start:end] for (start, key), end in zip(starts, ends, strict=True)}


def seed_texts(text: str, seeds: dict) -> tuple[list[GoldText], SpeakerDirectory, list[str]]:
    """Score pieces of `text` against seed claims.

    `seeds` holds the parsed seed files (``outlets``, ``actors``, ``sources``,
    ``claims``). Returns the pieces, the directory of seed actors, and the titles of
    seed sources that were not found in the text.
    """
    actors = {row["slug"]: (number, row) for number, row in enumerate(seeds["actors"], start=1)}
    directory = SpeakerDirectory((number, row["name"], row.get("aliases", [])) for number, row in actors.values())
    outlets = {row["slug"]: row["name"] for row in seeds["outlets"]}
    sources = {row["key"]: row for row in seeds["sources"]}
    pieces = segment_by_titles(text, {key: row["title"] for key, row in sources.items()})

    gold: dict[str, list[dict]] = {key: [] for key in pieces}
    for claim in seeds["claims"]:
        if claim.get("value") in (None, ""):
            continue  # a figureless claim has nothing to extract
        for chain in claim.get("chains", []):
            if chain["source"] in gold and chain["links"]:
                origin = actors[chain["links"][-1]["actor"]][1]["name"]
                gold[chain["source"]].append({**claim, "origin": origin})
    texts = [
        GoldText(
            label=sources[key]["title"],
            text=pieces[key],
            outlet=outlets.get(sources[key]["outlet"]),
            gold=tuple(gold_from_dicts(gold[key])),
        )
        for key in sorted(pieces, key=lambda key: text.find(pieces[key]))
    ]
    missing = [row["title"] for key, row in sources.items() if key not in pieces]
    return texts, directory, missing


def evaluate_texts(texts: list[GoldText], directory: SpeakerDirectory) -> EvaluationReport:
    """Run the extractor on every text and add up its report against the gold."""
    report = EvaluationReport()
    for item in texts:
        rejected: list[Rejection] = []
        candidates = extract_figures(item.text, outlet=item.outlet, speakers=directory, rejected=rejected)
        excluded = tuple((r.text, r.rule, _sentence_around(item.text, r.start)) for r in rejected)
        report += replace(evaluate(candidates, item.gold, directory, item.rules, outlet=item.outlet), excluded=excluded)
    return report


def _sentence_around(text: str, position: int, reach: int = 80) -> str:
    return " ".join(text[max(0, position - reach) : position + reach].split())


def benchmark_text(texts: list[str], size: int) -> str:
    """About `size` bytes of text made of `texts`, repeated as needed, for timing."""
    joined = "\n\n".join(text for text in texts if text.strip())
    if not joined:
        return ""
    repeated = (joined + "\n\n") * (size // max(1, len(joined.encode())) + 1)
    return repeated.encode()[:size].decode(errors="ignore")
