"""Tests for `claims.extraction.gold`: corpus and seed gold, segmenting, benchmark text."""

from decimal import Decimal

from claims.extraction.gold import benchmark_text, corpus_texts, evaluate_texts, seed_texts, segment_by_titles

SEEDS = {
    "outlets": [{"slug": "wire", "name": "Wire Daily"}, {"slug": "post", "name": "Harbour Post"}],
    "actors": [
        {"slug": "agency", "name": "Delta Emergency Agency", "aliases": ["the emergency agency"]},
        {"slug": "officials", "name": "Regional officials", "aliases": []},
    ],
    "sources": [
        {"key": "floods", "outlet": "wire", "title": "Floods sweep the delta"},
        {"key": "ports", "outlet": "post", "title": "Ports closed"},
        {"key": "absent", "outlet": "post", "title": "Not in this text"},
    ],
    "claims": [
        {"value": "18", "qualifier": "at_least", "unit": "people",
         "chains": [{"source": "floods", "links": [{"actor": "agency"}]}]},
        {"value": "4", "qualifier": "exact", "unit": "ports",
         "chains": [{"source": "ports", "links": [{"actor": "officials"}]}]},
        {"statement": "no figure", "chains": [{"source": "floods", "links": [{"actor": "officials"}]}]},
    ],
}  # fmt: skip
TEXT = (
    "FLOODS SWEEP THE   DELTA\nAt least 18 people died, the emergency agency said.\n"
    "Related\nPorts closed\nFour ports closed, regional officials said.\n"
)


def test_segment_by_titles_cuts_at_each_title_whatever_the_case_and_spacing():
    pieces = segment_by_titles(TEXT, {"a": "Floods sweep the delta", "b": "Ports closed", "c": "Absent"})
    assert list(pieces) == ["a", "b"]
    assert pieces["a"].startswith("FLOODS") and pieces["a"].endswith("Related\n")
    assert pieces["b"] == "Ports closed\nFour ports closed, regional officials said.\n"
    assert segment_by_titles("nothing", {"a": "Ports closed"}) == {}


def test_seed_texts_give_each_piece_its_outlet_gold_and_the_actor_directory():
    texts, directory, missing = seed_texts(TEXT, SEEDS)
    assert [(t.outlet, [(g.value, g.unit, g.origin) for g in t.gold]) for t in texts] == [
        ("Wire Daily", [(Decimal(18), "people", "Delta Emergency Agency")]),
        ("Harbour Post", [(Decimal(4), "ports", "Regional officials")]),
    ]
    assert missing == ["Not in this text"]
    assert directory.match("the emergency agency") == (1, "Delta Emergency Agency")
    report = evaluate_texts(texts, directory)
    assert (report.recall, report.precision, report.origin_accuracy) == (1.0, 1.0, 1.0)


def test_corpus_origin_is_the_figure_origin_or_the_last_link_of_a_chain():
    corpus = {
        "speakers": [[3, "Ukrainian Air Force", ["the air force"]]],
        "entries": [
            {"id": "a", "text": "t", "outlet": "Wire", "chain": [["Wire", "relay"], ["the air force", "origin"]],
             "figures": [{"value": "5", "value_max": None, "qualifier": "exact", "unit": "jets"},
                         {"value": "6", "value_max": None, "qualifier": "exact", "unit": "jets", "origin": "Kyiv"},
                         {"value": "7", "value_max": None, "qualifier": "exact", "unit": "jets",
                          "chain": [["Wire", "origin"]]}]},
        ],
    }  # fmt: skip
    [text], directory = corpus_texts(corpus)
    assert [figure.origin for figure in text.gold] == ["the air force", "Kyiv", "Wire"]
    assert directory.match("the air force") == (3, "Ukrainian Air Force")


def test_benchmark_text_repeats_to_the_size_asked():
    sample = benchmark_text(["Some 40 jets were lost.", "  "], 1000)
    assert len(sample.encode()) == 1000
    assert sample.startswith("Some 40 jets were lost.\n\nSome 40 jets")
    assert benchmark_text([], 1000) == ""
