"""Tests for `claims.extraction.linking`: clauses of one sentence joined into one chain (invented sentences)."""

from claims.extraction import extract_figures


def _chains(text, outlet="Harbour"):
    return {c.quote: [link.name for link in c.chain] for c in extract_figures(text, outlet=outlet)}


def test_an_outlets_credit_line_citing_an_agency_relays_the_speaker_before_it():
    # Wire copy rewritten by an outlet: "…, X said on Monday, Harbour reports citing Coastline Radio."
    # The agency carried X's words; X is the origin.
    text = "Floods have displaced 4,200 families, the regional disaster office said on Monday, Harbour reports citing Coastline Radio."
    assert _chains(text)["4,200 families"] == ["Harbour", "Coastline Radio", "the regional disaster office"]


def test_a_credit_line_with_no_speech_tag_before_it_still_names_the_origin_cited():
    text = "Rebels shot down 3 drones, the Harbour Web site reported, citing unnamed militia officers."
    assert _chains(text, outlet="Wire")["3 drones"][-1] == "unnamed militia officers"
