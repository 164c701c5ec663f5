"""A count of people whose verb says they died takes the verb into its unit (`deaths_after`)."""

import pytest

from claims.extraction.deaths_after import death_unit
from claims.extraction.extractor import extract_figures


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Eight villagers died when the bridge over the Marla river gave way.", "villagers died"),
        ("Officials said 14 people have died of cholera in the district since June.", "people died"),
        ("Of the 30 guards posted at the depot, 11 were killed and four were hurt.", "guards killed"),
        ("At least 27 miners lost their lives in the blast at Tovek.", "miners died"),
        ("Some 70 hikers were found dead after the storm, rescuers said.", "hikers died"),
    ],
)
def test_a_count_of_the_dead_takes_the_verb(text, unit):
    figures = extract_figures(text)
    assert unit in {figure.unit for figure in figures}


@pytest.mark.parametrize(
    "text",
    [
        "Two gunmen killed a guard at the gate.",  # the killers, not the dead
        "Some 40 nurses treated the wounded overnight.",
        "The fund paid $40 million, and 12 people were injured.",
    ],
)
def test_other_counts_keep_their_unit(text):
    assert not any(figure.unit.endswith((" killed", " died")) for figure in extract_figures(text))


def test_money_and_the_harmed_are_never_the_dead():
    assert death_unit("spent USD 40 died", 10, "USD") is None
    assert death_unit("12 dead were killed", 7, "dead") is None
