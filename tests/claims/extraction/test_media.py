"""Tests for `claims.extraction.media`: speakers named through reports, data and footage."""

import pytest

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
