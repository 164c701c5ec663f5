"""One-word subjects that act (`claims.extraction.short_subjects`). The sentences are invented."""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.short_subjects import one_word_acts


@pytest.mark.parametrize(
    ("sentence", "name", "acts"),
    [
        ("Ruritania has targeted a 45 per cent cut.", "Ruritania", True),  # a country decides a target
        ("Okonjo set aside N4.2 billion for roads.", "Okonjo", True),  # a minister's surname sets money aside
        ("Freedonia raised fuel prices to Rs210.", "Freedonia", True),  # a price fixed
        ("It has paid an interim dividend of Rs12 a share.", "It", True),  # "It" posts results
        ("Harlow sentenced Pike to two years.", "Harlow", True),  # a judge's surname
        ("Funding allocated to schools rose 5%.", "Funding", False),  # a participle, no body
        ("Okonjo raised $26,000 for the clinic.", "Okonjo", False),  # a deed
        ("Freedonia set a bold growth target of 6 percent.", "Freedonia", True),  # a target set is decided
        ("Okonjo set a record of 9.8 seconds.", "Okonjo", False),  # a record set is a deed
        ("It rose 5% in May.", "It", False),  # what happened to a quantity
    ],
)
def test_one_word_acts(sentence, name, acts):
    assert one_word_acts(sentence, name, len(name)) is acts


def test_a_country_that_has_set_a_target_is_its_source():
    # `openers.leading_subject`: "has" after one capitalised word is an auxiliary, not "Aid groups said"
    text = "Freedonia has set an ambitious target of 40GW of wind power by 2030."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("40GW", "Freedonia")]
