"""Tests for `claims.extraction.saying`: ", saying …", ", adding that …" and "He continued: …"."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "…, X said, adding that …": X sources what precedes and what follows "adding"
        ("Some 4,100 ballots were spoiled in 12 wards, Returning Officer Ruth Oyelaran said, adding that 31 "
         "recounts were pending in five wards where polling was suspended as per tribunal orders.",
         "Some 4,100 ballots", "Returning Officer Ruth Oyelaran"),
        ("Some 4,100 ballots were spoiled in 12 wards, Returning Officer Ruth Oyelaran said, adding that 31 "
         "recounts were pending in five wards where polling was suspended as per tribunal orders.",
         "five wards", "Returning Officer Ruth Oyelaran"),
        # "adding" a count that a passive verb follows is reported speech
        ("“Nine died,” Mayor Tove Lind told the Courier, adding 14 rescuers, including six divers, were hurt.",
         "14 rescuers", "Mayor Tove Lind"),
        # a speaker, a verb of speech or reasoning and a colon: what follows is theirs
        ("Minister Iker Sola spoke first. He continued: When we began, output was 1.8 million tonnes.",
         "1.8 million tonnes", "Minister Iker Sola"),
        ("The tribunal observed: “A penalty of 2,000 dollars is far too low.”", "2,000 dollars", "The tribunal"),
    ],
)  # fmt: skip
def test_adding_and_colon_speech_keep_the_speaker(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Farmers planted 40,000 hectares, adding 12 tractors to the co-operative fleet which was expanded.",
        "Prices increased: 5 percent in March.",
    ],
)
def test_adding_an_object_and_a_colon_without_a_verb_of_speech_name_no_speaker(text):
    assert {candidate.origin.name for candidate in extract_figures(text, outlet="Wire")} == {"Wire"}


def test_a_person_described_then_named_between_commas_speaks_through_saying():
    text = "However, a senior fire chief, Odile Marchetti Roux, gave a higher count, saying 31 homes had burned."
    assert origin_of(text, "31 homes") == "Odile Marchetti Roux"
    # a description that is no title names nobody
    text = "However, a small village, Saint Aubin Vieux, gave a warm welcome, saying 31 homes were open."
    assert origin_of(text, "31 homes") == "Wire"


def test_a_described_side_with_an_adverb_says_what_follows_saying():
    text = "The militants swiftly rejected the navy's figure, saying only two fighters had died."
    assert origin_of(text, "two fighters") == "The militants"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an opening time phrase is no speaker: the clause's subject after it goes on with "saying"
        ("Until now organisers had declined to give a figure, saying only that 'well over 3,000' came.", "3,000",
         "organisers"),
        ("So far the regulator has refused to comment, saying 14 complaints are under review.", "14 complaints",
         "the regulator"),
    ],
)  # fmt: skip
def test_saying_after_an_opening_time_phrase(text, quote, speaker):
    assert [c.origin.name for c in extract_figures(text, outlet="Wire") if c.quote.endswith(quote)] == [speaker]


@pytest.mark.parametrize("verb", ["stating", "insisting", "stressing", "asserting"])
def test_more_participles_go_on_with_the_subject(verb):
    text = f'Oxfam visited the camp, {verb} they "treated 140 people".'
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("140 people", "Oxfam")]


def test_an_absolute_clause_of_speakers_saying_gives_them_what_follows():
    # ", rescue officials saying …": a group with its own participle of speech, not the sentence's subject.
    text = "The count from the landslide remains unclear, rescue officials saying at least 57 homes were buried."
    assert origin_of(text, "at least 57 homes") == "rescue officials"


@pytest.mark.parametrize(
    "text",
    [
        "The dock unions responded by saying that 3,400 jobs had gone since the port was sold.",
        "The mill owners reacted to the strike call by stating that 3,400 jobs were at risk.",
    ],
)
def test_a_reply_made_by_saying_is_the_subjects(text):
    speaker = text.split(" re")[0]
    assert origin_of(text, "3,400 jobs") == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "emphasizing that …" goes on with the tag before it, as "stressing that …" does.
        (
            '"Most road deaths involve motorcycles," Inspector Tom Vale added, emphasizing that a total of 630 riders died.',
            "a total of 630 riders",
            "Inspector Tom Vale",
        ),
        # "adding" before a clause with no "that": a short subject, then its verb.
        (
            '"Discomfort is likely this week," the advisory said, adding maximum temperature may rise by 2-3 degrees.',
            "2-3 degrees",
            "the advisory",
        ),
        # "said adding …" with its comma left out.
        (
            '"Demand continues to grow," Ravi Menon said adding refill demand saw a 200 per cent jump.',
            "200 per cent",
            "Ravi Menon",
        ),
    ],
)
def test_a_tag_goes_on_in_a_participle_of_speech(text, quote, speaker):
    assert origin_of(text, quote) == speaker
