"""Tests for `claims.extraction.relays`: outlets between the outlet and the speaker."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.relays import interview_relays, is_news_outlet, relay_clauses
from claims.extraction.speech import subject_before


@pytest.mark.parametrize(
    "name",
    [
        "Reuters",
        "the BBC",
        "the Financial Times",
        "Bloomberg News",
        "The Associated Press",
        "state television",
        "the Interfax news agency",
        "Nikkei Asia",
        "local media",
        "CNN's",
    ],
)
def test_news_outlets(name):
    assert is_news_outlet(name)


@pytest.mark.parametrize(
    "name", ["reporters", "parliament", "Congress", "a news conference", "lawmakers", "the agency", "employees", ""]
)
def test_audiences_that_are_not_outlets(name):
    assert not is_news_outlet(name)


def links(sentence):
    return [[(link.name, link.verb) for link in clause.links] for clause in relay_clauses(sentence, subject_before)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Grain exports will rise, Deputy Minister Pavel Orlov was quoted as saying by the Interfax news agency.",
            [[("the Interfax news agency", "reported"), ("Deputy Minister Pavel Orlov", "said")]],
        ),
        (
            "Grain exports will rise, Pavel Orlov was quoted by TASS as saying.",
            [[("TASS", "reported"), ("Pavel Orlov", "said")]],
        ),
        (
            "RIA quoted the regional governor as saying that 14 people had died.",
            [[("RIA", "reported"), ("the regional governor", "said")]],
        ),
        ("The agency will lay off 1,300 staff, as first reported by Politico.", [[("Politico", "reported")]]),
        # An opening relay is the first link of the clause after it: see `with_opening_relay`.
        ("As first reported by Politico, the agency will lay off 1,300 staff.", []),
    ],
)
def test_relay_clauses(sentence, expected):
    assert links(sentence) == expected


def test_quoted_as_saying_points_to_what_follows():
    [clause] = relay_clauses("RIA quoted the governor as saying that 14 people had died.", subject_before)
    assert clause.forward


@pytest.mark.parametrize(
    ("sentence", "outlets"),
    [
        ("In an interview with the BBC, the mayor said 120 homes were lost.", ["the BBC"]),
        ("Speaking to CNN, the mayor said 120 homes were lost.", ["CNN"]),
        ("The mayor said in remarks to reporters that 120 homes were lost.", []),
        ("It lost $2 billion, according to a person who spoke to Bloomberg.", ["Bloomberg"]),
    ],
)
def test_interview_relays(sentence, outlets):
    assert [link.name for link in interview_relays(sentence)] == outlets


def test_a_programme_of_an_outlet_relays_as_the_outlet():
    from claims.extraction.attribution import find_attributions

    [clause] = find_attributions("The firm will close 45 stores, its chief executive told the BBC's Today programme.")
    assert [link.name for link in clause.links] == ["the BBC", "its chief executive"]


def test_cited_as_estimating_is_a_relay_of_the_estimate():
    from claims.extraction import extract_figures

    text = "Local radio cited the governor’s office as estimating the crowd at 20,000 people."
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "Local radio", "the governor’s office"]


def test_quoted_as_indicating_is_quoted_as_saying():
    sentence = "The weekly newsletter quoted traders as indicating exports totaled 2.3 million bpd."
    assert [clause[-1][0] for clause in links(sentence)] == ["traders"]


def test_a_medium_named_by_its_kind_relays_the_speaker_before_it():
    from claims.extraction import extract_figures

    assert is_news_outlet("the outlet") and is_news_outlet("the daily")
    text = "Fans said 9,000 came to the parade, while police put the crowd at 4,500, the outlet reported."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][-1] == ("4,500", "police")


def _chains(text):
    from claims.extraction import extract_figures

    return {c.quote: [link.name for link in c.chain] for c in extract_figures(text, outlet="Harbour News")}


def test_an_opening_relay_passes_on_the_speaker_of_its_clause():
    found = _chains(
        "As reported by the Valley Courier on 12.05.2021, the mayor has clarified that the levy will not rise "
        "by 300 per cent."
    )
    assert found["300 per cent"] == ["Harbour News", "the Valley Courier", "the mayor"]
    found = _chains("As reported by the Valley Courier, the mayor said the levy would rise by 12 per cent.")
    assert found["12 per cent"] == ["Harbour News", "the Valley Courier", "the mayor"]


def test_an_opening_relay_with_no_speaker_after_it_is_the_source():
    found = _chains("As reported by the Valley Courier on Monday, the levy is as follows: 40 dollars a home.")
    assert found["40 dollars"] == ["Harbour News", "the Valley Courier"]
    found = _chains("As first reported by Politico, the agency will lay off 1,300 staff.")
    assert found["1,300 staff"][:2] == ["Harbour News", "Politico"]


def test_a_relay_quoting_a_speaker_with_a_role_in_commas_hands_the_next_quotation_to_the_speaker():
    text = (
        '"The worst phase of the search is now," Tass quoted Ivan Petrov, head of the rescue team, as saying. '
        '"We hope to finish in four to six days."'
    )
    origins = {c.quote: [link.name for link in c.chain] for c in extract_figures(text, outlet="Daily")}
    assert origins["four to six days"] == ["Daily", "Tass", "Ivan Petrov"]
