"""Tests for `claims.extraction.stray_commas`: a comma alone between the opening subject and its verb."""

from claims.extraction import extract_figures


def origins(text):
    """Each candidate's quote and origin name (the outlet is "Wire")."""
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}


def test_a_body_with_its_acronym_and_a_day_before_a_comma_speaks():
    found = origins("Bureau of Farm Statistics (BFS) yesterday, said rice output fell 7.4 per cent in March.")
    assert found["7.4 per cent"] == "Bureau of Farm Statistics"


def test_a_titled_person_before_a_comma_speaks():
    found = origins(
        "Coast Guard of Ruritania (CGR) commander Admiral Tomas Reyes Jr., said the storm sank 12 fishing boats."
    )
    assert found["12 fishing boats"] != "Wire"


def test_a_clause_before_the_comma_is_no_speaker():
    found = origins("Rent arrears continued to slowly rise, said Lettings Watch, with 310 tenants behind.")
    assert found["310 tenants"] == "Lettings Watch"


def test_a_participle_after_the_comma_has_no_subject():
    found = origins("The new levy, expected to hit renters hardest, is expected to raise £4 billion.")
    assert found["£4 billion"] == "Wire"
