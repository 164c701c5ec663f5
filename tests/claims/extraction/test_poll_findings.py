"""Tests for `claims.extraction.poll_findings`: figures given "in" a poll are the poll's (invented sentences)."""

from claims.extraction import extract_figures


def _origins(text: str) -> dict[str, str]:
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Harbour News")}


def test_figures_in_the_latest_poll_are_the_polls():
    found = _origins(
        "Labour's support has climbed by 2 points to 31% in the latest Harbour Research poll published today."
    )
    assert found["31%"] == "the latest Harbour Research poll"
    assert found["2 points"] == "the latest Harbour Research poll"


def test_in_the_survey_opening_the_sentence():
    found = _origins(
        "In the survey on mayoral candidates, Ortiz was preferred by 41% of voters, followed by Lee at 38%."
    )
    assert found["41%"] == "the survey on mayoral candidates"
    assert found["38%"] == "the survey on mayoral candidates"


def test_the_poll_has_a_party_at_a_share():
    found = _origins("The Harbour Weekly poll has the Greens at 12%, up by one point.")
    assert found["12%"] == "The Harbour Weekly poll"


def test_an_election_called_a_poll_stays_the_outlets():
    assert _origins("The party won 45 seats in the poll.")["45 seats"] == "Harbour News"
    assert _origins("The party took 38% of the vote in the 2019 poll.")["38%"] == "Harbour News"


def test_a_named_speaker_keeps_the_figure():
    found = _origins("Support rose to 31% in the new poll, Ana Ruiz said.")
    assert found["31%"] == "Ana Ruiz"


def test_the_poll_a_figure_is_compared_with_is_no_speaker():
    # Seen on real news: "… from the +36 in the previous survey" made "the previous survey" a speaker, and every
    # later "The pollster said" took it up instead of the pollster named before.
    text = (
        "The Harbour Research Centre said trust in Ruritania stood at 31%. Trust in Arcadia was down five points "
        "from 36% in the previous survey. The pollster said trust in Arcadia reached 54% in 2017."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["36%"] == "Wire"
    assert origins["54%"] != "the previous survey"


def test_a_poll_named_by_its_pollster_and_its_paper_has_six_words_before_poll():
    # "the latest <pollster>/ <paper's three-word name> poll": six words between the determiner and "poll".
    origins = _origins("The Greens rose two points to 14% in the latest Quill/ Harbour Sunday Evening Star poll.")
    assert origins["14%"] == "the latest Quill/ Harbour Sunday Evening Star poll"


def test_a_pollster_for_a_paper_heading_its_shares():
    found = _origins(
        "Harbour Research for the Weekly Star have topline figures of LAB 34%(+2), CON 30%(-1), GRN 9%(nc)."
    )
    assert found["34%"] == "Harbour Research for the Weekly Star"
    assert found["9%"] == "Harbour Research for the Weekly Star"
    found = _origins("Northpoll in the Sunday Courier meanwhile has the Greens at 12%, up 2 points.")
    assert found["12%"] == "Northpoll in the Sunday Courier"


def test_a_party_in_parliament_is_no_pollster():
    found = _origins("Labour in the Senate has 41 seats, down from 44.")
    assert found["41 seats"] == "Harbour News"
