"""Tests for `claims.extraction.unnamed_officials`: "the official" takes up the official left unnamed (invented)."""

from claims.extraction import extract_figures
from claims.extraction.unnamed_officials import UnnamedOfficial


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_the_official_is_the_unnamed_official_who_spoke_last_not_a_person_named_before():
    text = (
        "“We kept the bridge open all night,” said Dana Whitlow, a spokeswoman for the port authority. "
        "A harbour official said the ferries ran late. "
        "About 3,000 passengers were stranded, the official said."
    )
    assert origins(text) == [("About 3,000 passengers", "A harbour official")]


def test_the_described_official_is_the_unnamed_one_though_a_person_spoke_since():
    text = (
        "Two soldiers were hurt, a military official said. "
        "Colonel Ana Ferreira said the patrol was ambushed near the river. "
        "Four rebels were killed, the military official added."
    )
    assert origins(text)[-1] == ("Four rebels", "a military official")


def test_another_description_or_a_person_since_leaves_the_unnamed_official_out():
    official = UnnamedOfficial()
    official.note("a military official")
    assert official.taken_up([]) == "a military official"
    assert official.taken_up(["security"]) is None  # "the security official" is someone else
    official.person_spoke()
    assert official.taken_up([]) is None  # "the official" may be the person named since
    assert official.taken_up(["military"]) == "a military official"
