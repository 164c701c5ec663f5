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
