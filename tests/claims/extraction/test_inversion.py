"""Tests for `claims.extraction.inversion`: a speaker written after its verb (invented sentences)."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an inverted tag whose speaker is an indefinite statement or spokesman, then when it was said
        (
            "Troops have killed 14 gunmen in the hills, says a military statement issued in Quetta on Friday.",
            "14 gunmen",
            "a military statement issued in Quetta",
        ),
        (
            "Rail traffic fell by 9 percent, said a statement from the transport ministry.",
            "9 percent",
            "a statement from the transport ministry",
        ),
        ("Exports fell 4 percent in May, said the ministry on Tuesday.", "4 percent", "the ministry"),
    ],
)
def test_an_indefinite_statement_or_a_time_after_the_verb(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_an_indefinite_that_is_no_statement_or_spokesman_is_no_speaker():
    assert origin_of("Sales rose 12%, said a lot of people.", "12%") == "Wire"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an inverted tag closed by where it was said: a filing, a notice, and the exchange it went to
        (
            '"Net revenue grew 12 per cent to Rs 880 crore in the quarter," said the lender in a stock exchange filing.',
            "12 per cent",
            "the lender",
        ),
        (
            '"Sales fell 6 per cent in the half," said the retailer in a filing on the NSE on Friday.',
            "6 per cent",
            "the retailer",
        ),
        (
            '"Fares will rise 4% from March," said the operator in a notice to passengers.',
            "4%",
            "the operator",
        ),
    ],
)
def test_an_inverted_tag_closed_by_the_filing_it_was_made_in(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an acronym in brackets glosses the inverted speaker and stands between it and the stop
        ("Sales of used cars fell 4.2 percent in March, said the Motor Traders Federation (MTF).", "4.2 percent",
         "the Motor Traders Federation"),
        ("The harvest came to 81,000 tonnes, said the Grain Board (GB) on Tuesday.", "81,000 tonnes", "the Grain Board"),
    ],
)  # fmt: skip
def test_an_inverted_tag_glossed_by_an_acronym(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a relative clause on the inverted speaker runs to the stop
        ("“Our patrols seized 140 kilos of heroin,” said a customs officer who asked not to be named.",
         "140 kilos", "a customs officer"),
        ("Prices rose 9 percent in June, said Maria Lopez, who chairs the retailers' association.", "9 percent",
         "Maria Lopez"),
    ],
)  # fmt: skip
def test_an_inverted_speaker_described_by_a_relative_clause(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Nine insurgents died in the raid, said army on Tuesday.", "Nine insurgents", "army"),
        ("About 70 homes were flooded, said interior ministry.", "About 70 homes", "interior ministry"),
    ],
)  # fmt: skip
def test_an_inverted_body_without_its_article(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_an_inverted_lowercase_word_is_no_body():
    assert origin_of("The side won 3 games, said coach.", "3 games") == "Wire"


def test_a_titled_person_after_a_bodys_acronym_closes_the_sentence():
    text = (
        "KARACHI: Some 41,000 homes were flooded in the delta, said Provincial Flood Relief Board (PFRB) "
        "chairman Tariq Mehmood Awan."
    )
    expected = "Provincial Flood Relief Board (PFRB) chairman Tariq Mehmood Awan"
    assert origin_of(text, "Some 41,000 homes") == expected


def test_a_bodys_acronym_then_when_it_spoke_names_the_body_only():
    text = "Home sales rose 3 percent in May, said the Federation of Estate Agents (FEA) on Wednesday."
    assert origin_of(text, "3 percent") == "the Federation of Estate Agents"


def test_a_person_of_a_long_named_body_closes_the_sentence():
    text = "Some 23 districts were under water, said Lena Ruiz of the River Flood Forecasting and Warning Centre."
    assert origin_of(text, "Some 23 districts") == "Lena Ruiz of the River Flood Forecasting and Warning Centre"


def test_an_inverted_speaker_then_the_event_where_they_spoke():
    text = '"Our crews have planted 4,000 trees this year," said Okafor during the ceremony.'
    assert origin_of(text, "4,000 trees") == "Okafor"


def test_a_title_then_the_name_after_an_inverted_verb():
    # "says <title> of <body>, <Name>.": the person named after the title speaks.
    text = "Exports will shrink by 4% next year, says head of the EU trade office in Riga, Lena van Dorn."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Baltic Wire")}
    assert found["4%"] == "Lena van Dorn"


def test_a_name_particle_is_no_description():
    text = "Exports will shrink by 4% next year, says Lena van Dorn."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Baltic Wire")}
    assert found["4%"] == "Lena van Dorn"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the title keeps its article, and the body it heads runs long before the person's name
        (
            "From 2019 to March, thefts fell by 12.4 percent, said the head of the National Office of Crime"
            " Statistics of the Interior Ministry, Laura Pinto.",
            "12.4 percent",
            "Laura Pinto",
        ),
        # when it was said, as a clause on the speaker, closes the sentence
        (
            '"Sales rose by 8.1 per cent to Sh50 billion," said Acme chief executive officer Tom Smith when he'
            " released the results on Friday.",
            "8.1 per cent",
            "Tom Smith",
        ),
    ],
)
def test_a_titled_person_after_the_verb_with_a_long_title_or_a_closing_when(text, quote, speaker):
    assert origin_of(text, quote) == speaker


# "…, said the <title>, <Name>.": the person named after the title speaks, however long the title.
def test_a_short_title_then_the_name():
    text = "Burglaries fell by 18.2 percent, from 40.5 to 33.1 per day, said the head of the Crime Office, Ana Ruiz."
    assert origin_of(text, "18.2 percent") == origin_of(text, "33.1 per day") == "Ana Ruiz"


def test_a_long_title_then_the_name():
    text = (
        "From 2019 to March 3, thefts decreased by 12.4 percent, from 80.5 to 70.5 per day, said the director of the "
        "Coordinating Office of the Regional Northern Harbour Public Safety Authority, Tomas Brandt."
    )
    assert origin_of(text, "12.4 percent") == "Tomas Brandt"


def test_a_body_then_an_outlet_is_left_alone():
    text = "Burglaries fell 18.2 percent, said the ministry, Harbour Wire Service."
    assert origin_of(text, "18.2 percent") == "the ministry"


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        # a tag in the present tense inverts as one in the past does
        ("At least 14 hikers were rescued from the ridge, say the mountain wardens.", "the mountain wardens"),
        ("The comet is some 40 kilometres wide, writes The Herald.", "The Herald"),
    ],
)
def test_a_present_tense_tag_after_the_figure_names_its_speaker(sentence, origin):
    (candidate,) = extract_figures(sentence, outlet="Wire")
    assert candidate.origin.name == origin
