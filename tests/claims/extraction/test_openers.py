"""Who opens a sentence (`claims.extraction.openers`): a name or body a later "it said" may go back to.

The sentences are invented. The participle cases fail on the code before: only a list of participles
("Excluding", "Citing" …) was refused, so any other one ("Detailing", "Giving") opening a sentence was read as
a body's name and became the speaker of every "it said" that followed.
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.openers import leading_subject


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Giving details of the results of the three main papers, it said 4,500 candidates passed.",
        "Detailing figures for each region, the board said 4,500 candidates passed.",
        "Outlining plans for the new term, the minister said 300 schools would reopen.",
        "Breaking down the results by district, the agency said turnout rose.",
    ],
)
def test_an_opening_participle_is_no_subject(sentence):
    assert leading_subject(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Vueling has cancelled 112 flights.", "Vueling"),
        ("Boeing delivers 40 jets a month.", "Boeing"),
        ("Boeing said deliveries rose.", "Boeing"),
        ("Beijing reported 40 new cases.", "Beijing"),
    ],
)
def test_a_name_ending_in_ing_before_its_verb_opens_the_sentence(sentence, subject):
    span = leading_subject(sentence)
    assert span and sentence[span[0] : span[1]] == subject


def test_it_said_after_an_opening_participle_goes_back_to_the_body():
    text = (
        "The Examinations Board has withheld the results of 1,200 candidates.\n\n"
        "Giving details of the results of the three main papers, it said 4,500 candidates passed Mathematics."
    )
    assert ("4,500 candidates", "The Examinations Board") in origins(text)


def test_a_body_with_its_abbreviation_in_brackets_is_the_later_it():
    # "The … Board (WAEB) has withheld …": the bracketed abbreviation glosses the name; before, the opener was
    # refused and "It said" fell back to the outlet.
    text = (
        "The Regional Examinations Board (REB) has withheld the results of 1,200 candidates.\n\n"
        "It said the candidates, making up 4 per cent of those who sat, would have to wait."
    )
    assert ("4 per cent", "The Regional Examinations Board") in origins(text)


@pytest.mark.parametrize(
    "opening",
    [
        "THE Coastal Ports Authority (CPA) handled 2 million tonnes in May.",  # a first word set in capitals
        "The Coastal Ports Authority (CPA) on Monday reported a rise in traffic.",  # a time before the verb
    ],
)
def test_a_body_with_its_abbreviation_opens_the_text_for_a_later_it(opening):
    origin = dict(origins(f"{opening}\n\nIt said 1,200 ships called."))["1,200 ships"]
    assert origin.lower() in ("the coastal ports authority", "coastal ports authority")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description before a name whose noun is no known body ("rival"), then a time before the verb
        (
            "Search rival Binglo earlier this week posted a 35 per cent rise in revenue.",
            [("35 per cent", "Binglo")],
        ),
        # a description with an abbreviated place, then a bare weekday before the verb
        (
            "U.S. software maker Macrohard Tuesday booked a profit of $3.2 billion for its quarter.",
            [("$3.2 billion", "Macrohard")],
        ),
    ],
)
def test_a_described_name_acts_past_a_time_before_its_verb(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Investors sent Tollard shares up 4 percent.", "Tollard"),  # a word in -s after the name: no verb here
        ("Coast guard crews in Port Haven rescued 12 people.", "Port Haven"),  # a preposition is no description
    ],
)
def test_a_described_name_needs_a_description_and_a_past_verb(sentence, name):
    found = leading_subject(sentence)
    assert found is None or sentence[found[0] : found[1]] != name


def test_an_article_and_a_describing_word_before_a_name_open_it():
    sentence = "The opposition Freedom Alliance claimed victory in the northern provinces."
    found = leading_subject(sentence)
    assert found is not None and sentence[found[0] : found[1]] == "Freedom Alliance"
