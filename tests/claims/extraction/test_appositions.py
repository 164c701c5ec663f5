"""Tests for `claims.extraction.appositions`: the person an apposition names (invented sentences)."""

import pytest

from claims.extraction import extract_figures


def origins(text):
    return [candidate.origin.name for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Acting Union Chairman, the Velsk Labour Minister Tomas Brandt, told reporters that 40 members left.",
            "the Velsk Labour Minister Tomas Brandt",
        ),
        (
            "The party chairman, the deputy prime minister Jan Roth, said 40 members left.",
            "the deputy prime minister Jan Roth",
        ),
    ],
)
def test_a_bare_post_then_the_person_holding_it(text, speaker):
    # a post without a name, then an apposition naming its holder after another office: the person speaks
    assert origins(text) == [speaker]


def test_a_name_before_its_post_still_speaks():
    assert origins("Jan Roth, the deputy prime minister, said 40 members left.") == ["Jan Roth"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a post written in title case between commas glosses the name before it
        ("Ana Petrova, Deputy Prosecutor, said that 40 people were fined.", "Ana Petrova"),
        ("Jan Roth, Chief Executive, said sales rose 4 percent.", "Jan Roth"),
        # ... and a name after a description is still the speaker
        ("The city's mayor, Vitali Marek, said 40 people were fined.", "Vitali Marek"),
    ],
)
def test_a_name_before_its_post_in_title_case_speaks(text, speaker):
    assert origins(text) == [speaker]
