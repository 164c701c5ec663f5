"""Tests for `claims.extraction.media`: speakers named through reports, data and footage."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.media import medium_owner, reports_shown


@pytest.mark.parametrize(
    ("phrase", "owner"),
    [
        ("footage aired on Korean Central Television", "Korean Central Television"),
        ("a New York Times analysis of restrictions", "New York Times"),
        ("a Reuters/Ipsos poll", "Reuters/Ipsos"),
        ("the ministry's latest figures", "the ministry"),
        ("preliminary results published by the commission", "the commission"),
    ],
)
def test_medium_owner(phrase, owner):
    start, end = medium_owner(phrase, 0, len(phrase))
    assert phrase[start:end] == owner


def test_a_plain_name_has_no_medium():
    assert medium_owner("Ukrainian officials", 0, 19) is None


def owners(sentence):
    return [sentence[clause.owner_start : clause.owner_end] for clause in reports_shown(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Exports fell 7%, Commerce Department figures showed.", ["Commerce Department"]),
        ("Output shrank 2.1%, government data showed on Monday.", ["government"]),
        ("Imports rose, customs data showed.", ["customs"]),
        ("Spending will rise, finance ministry documents show.", ["finance ministry"]),
        ("A Gallup poll of 1,015 adults found that 58% agree.", ["Gallup"]),
        ("Data from the health ministry showed 2,450 new infections.", ["the health ministry"]),
        ("A poll by Gallup published on Thursday found that 39% approve.", ["Gallup"]),
        ("Six in 10 agree, a survey by YouGov found.", ["YouGov"]),
        (
            "Arrests fell 31%, data compiled by U.S. Customs and Border Protection showed.",
            ["U.S. Customs and Border Protection"],
        ),
        ("A poll conducted by Ipsos for Reuters found 38% approve.", ["Ipsos"]),
        ("A study published in The Lancet found that 1.2 million died.", ["The Lancet"]),
        ("A report by Amnesty International released on Wednesday said 300 were killed.", ["Amnesty International"]),
        ("The survey, conducted by Gallup in May, found that 54% were disengaged.", ["Gallup"]),
    ],
)
def test_owned_reports_name_their_owner(sentence, expected):
    assert owners(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout was 48%, provisional results showed.",
        "Official results showed the alliance won.",
        "At most 500 tonnes left, shipping data showed.",
        "Under 10 percent agreed, a poll found.",
        "Officials said the report was published on Monday.",
    ],
)
def test_reports_without_an_owner_name_nobody(sentence):
    assert reports_shown(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("The poll of 1,004 adults has a margin of error of 4 points.", "The poll"),
        ("The report was published on Monday.", "The report"),
        ("But the survey found that 8% were undecided.", "the survey"),
    ],
)
def test_a_report_named_before_is_taken_up(sentence, reference):
    """The chain resolves the reference to the earlier report's owner (or drops it)."""
    [clause] = reports_shown(sentence)
    assert clause.taken_up and sentence[clause.owner_start : clause.owner_end] == reference


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pollster named before the poll owns it, not whoever commissioned it
        ("Most voters back the plan, an Ipsos poll commissioned by the Pension Fund has revealed.", ["Ipsos"]),
        # a time between "released" and "by"
        (
            "Exports grew 4 percent, provisional data released on Friday by the statistics agency showed.",
            ["the statistics agency"],
        ),
        # a named piece of research with an aside, owned by the name before it
        (
            "Ofcom’s new Media Nations Report, launched at an event in Leeds today, shows that 61 per cent stream daily.",
            ["Ofcom"],
        ),
    ],
)
def test_report_owners_of_real_prose(sentence, expected):
    assert owners(sentence) == expected


def test_according_to_a_report_with_no_article():
    phrase = "NDTV report"
    start, end = medium_owner(phrase, 0, len(phrase))
    assert phrase[start:end] == "NDTV"


def test_a_later_reference_goes_back_to_the_owner_not_to_a_document_speaking_for_itself():
    # The survey's owner is the pollster that ran it, not the fund that spoke since; the survey speaks for
    # itself, its owner relaying it (see `chains`).
    from claims.extraction import extract_figures

    text = (
        "Voters back the plan, a Kantar poll commissioned by the Pension Fund has revealed. "
        '"The results of our poll show real support," the fund said. '
        "The survey also found that 41% would pay more."
    )
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == "41%"]
    assert [link.name for link in candidate.chain] == ["Wire", "Kantar", "The survey"]


def test_a_report_taken_up_after_according_to_goes_to_its_owner():
    from claims.extraction import extract_figures

    text = "Labour won 411 seats and the Conservatives 121, according to BBC report. Turnout was 60%, the report said."
    assert [[link.name for link in c.chain] for c in extract_figures(text, outlet="Wire")] == [
        ["Wire", "BBC"], ["Wire", "BBC"], ["Wire", "BBC", "the report"],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a document with its sample, "of 2,000 adults", before its verb
        ("A poll of 1,500 renters found 38% had moved twice.", "38%", "A poll"),
        ("A study of more than 900 nurses showed that 12 percent had left.", "12 percent", "A study"),
        # "the survey", an aside between commas, then its verb
        ("The survey of 1,500 renters, carried out in March, found 38% had moved twice.", "38%", "The survey"),
    ],
)  # fmt: skip
def test_a_document_speaks_past_its_sample_and_an_aside(text, quote, speaker):
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    assert candidate.origin.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Research's survey published in March 2021 indicated that 44 percent backed the plan.",
        "A Marlow Research poll released in early June showed 44 percent backed the plan.",
        "Marlow Research's poll published in 2019 found 44 percent backed the plan.",
    ],
)
def test_published_in_a_date_says_when_not_who(text):
    # "published in The Lancet" names a publisher; "published in March 2021" only says when.
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "Marlow Research"


def test_it_opening_a_sentence_on_a_document_verb_sources_its_figure():
    text = "The Westmoor rent survey covers lettings in the county. It suggested the average rent was £940 a month."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("£940 a month", "The Westmoor rent survey")
    ]


def test_a_body_named_for_its_field_is_no_report():
    # "statistics" is the agency's field: the agency speaks, no report of Lisbon's
    text = "Lisbon's statistics agency said retail sales rose 3.2 percent in March."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("3.2 percent", "Lisbon's statistics agency")
    ]


def test_a_document_with_a_participle_of_showing_speaks_for_what_follows():
    # "…, despite official data showing …": the data give the figure, not the outlet, and "despite" is no part of it.
    text = "Ministers praised the scheme, despite official data showing enrolment below 12 percent in rural schools."
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == "below 12 percent"]
    assert candidate.origin.name == "official data"


def test_a_closing_shows_with_the_datas_owner_after_it():
    text = (
        "With 18,000 riders per kilometre a day, the tram line is now the busiest in the region, "
        "shows data collected by the tram operator."
    )
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert found["18,000 riders"] == "the tram operator"


def test_data_released_today_by_a_body_names_the_body():
    text = "Rail journeys rose to 1.7bn last year, figures released today by the Transport Office show."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("1.7bn", "the Transport Office")
    ]


def test_a_month_joined_by_and_is_no_part_of_a_reports_owner():
    # Seen on real news: "… a 0.2% fall in February and Rightmove's survey … indicated …" made a new
    # speaker "February and Rightmove".
    sentence = "Asking prices fell 0.3% in April and Homefinder's survey of new listings indicated a 1.4% rise."
    origins = [candidate.origin.name for candidate in extract_figures(sentence, outlet="Wire")]
    assert origins[-1] == "Homefinder"
    assert "April and Homefinder" not in origins


def test_a_speech_verb_is_no_word_of_the_document_it_introduces():
    # "The notice said the interim figures showed …": the notice speaks, relaying its figures; "said" is no
    # part of the figures' name.
    text = "The notice said the interim figures showed that 2,300 homes were reconnected."
    [candidate] = extract_figures(text, outlet="Wire")
    assert [link.name for link in candidate.chain] == ["Wire", "The notice", "the interim figures"]


def test_a_sentence_adverb_before_a_document_owns_nothing():
    for adverb in ("Meanwhile", "Separately"):
        text = f"{adverb} figures also showed that ferry trips totalled 12,400 in May."
        [candidate] = extract_figures(text, outlet="Wire")
        assert adverb not in [link.name for link in candidate.chain]


def test_a_report_in_the_progressive_still_shows():
    # "a preliminary report from the board is showing that …": the report's owner gives the figure.
    text = "The minister said a preliminary report from the Harbour Tourism Board is showing that visitors spent $2.1 billion."
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "the Harbour Tourism Board"


def test_a_briefing_from_someone_which_said_is_their_report():
    text = "The premier said he received a briefing from Housing Minister Ada Lorne which said that 30 families a day seek shelter."
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "Housing Minister Ada Lorne"


def test_a_study_for_a_body_speaks_for_itself_inside_according_to():
    # "According to firm M, a study for the Finance Commission found …": the study is the source, M relays it.
    text = "According to consultancy Brightline, a study for the 9th Grid Commission found losses of 4,500 crore."
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name == "a study for the 9th Grid Commission"


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("Reports indicate that 40 shops were looted overnight.", "Reports"),
        ("Early reports indicate that about 300 homes lost power.", "Early reports"),
    ],
)
def test_reports_in_the_plural_show_as_a_report_does(sentence, origin):
    # "Unconfirmed reports indicate that …": reports unnamed are the source, as "the report indicates" is.
    (candidate,) = extract_figures(sentence, outlet="Wire")
    assert candidate.origin.name == origin


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        # a document in the perfect, or named as studies or research, shows what follows as in the present
        ("Clinical studies have shown that 12 percent of adults snore.", "Clinical studies"),
        ("Research by the Harbour Institute has found that 40 percent of ferries run late.", "the Harbour Institute"),
        ("New research from the Tenants Union shows that rents rose 9 per cent.", "the Tenants Union"),
    ],
)
def test_a_document_shows_in_the_perfect_and_as_studies_or_research(sentence, origin):
    (candidate,) = extract_figures(sentence, outlet="Wire")
    assert candidate.origin.name == origin


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        # a chart, a breakdown or voting returns that a body posted or produced: the body gives what they show
        (
            "A pie chart produced by the Statistics Bureau showed a 12 per cent drop in exports.",
            "the Statistics Bureau",
        ),
        ("A breakdown released later by the Water Board showed 30 per cent of pipes leaked.", "the Water Board"),
        ("Voting returns posted by the county clerk showed Ms Ortiz with 41 percent.", "the county clerk"),
    ],
)
def test_a_chart_or_breakdown_a_body_put_out_shows_for_it(sentence, origin):
    (candidate,) = extract_figures(sentence, outlet="Wire")
    assert candidate.origin.name == origin
