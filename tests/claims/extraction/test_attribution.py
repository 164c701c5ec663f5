"""Tests for `claims.extraction.attribution`: speakers and chains inside a sentence."""

import pytest

from claims.extraction.attribution import find_attributions


def links(sentence):
    return [[(link.name, link.verb) for link in clause.links] for clause in find_attributions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 900 troops left, according to Nordic officials.", [[("Nordic officials", "according_to")]]),
        ("According to the ministry, 40 people died.", [[("the ministry", "according_to")]]),
        ("Crowds gathered, the regional governor said last week.", [[("the regional governor", "said")]]),
        ("The agency estimated that 300 died.", [[("The agency", "estimated")]]),
        ("Russian media reported after the visit that 500 would go.", [[("Russian media", "reported")]]),
        ("The workers may leave, the agency told lawmakers on Friday.", [[("the agency", "told")]]),
        ("'We lost 20,' said Colonel Ana Ruiz, a spokeswoman.", [[("Colonel Ana Ruiz", "said")]]),
        (
            "The list includes 100 missiles, NBC News reported on Tuesday, citing six sources.",
            [[("NBC News", "reported"), ("six sources", "citing")]],
        ),
        (
            "Regional lawmakers briefed by the spy agency said 4,000 had gone.",
            [[("Regional lawmakers", "said"), ("the spy agency", "briefed")]],
        ),
        (
            "Recruiting has begun, the lawmakers said, citing the intelligence service.",
            [[("the lawmakers", "said"), ("the intelligence service", "citing")]],
        ),
        (
            "Reuters, citing three people familiar with the matter, said 400 tanks were lost.",
            [[("Reuters", "said"), ("three people familiar with the matter", "citing")]],
        ),
        (
            "Kim bowed to the coffins, according to footage aired on Korean Central Television.",
            [[("Korean Central Television", "according_to")]],
        ),
        (
            "Actions stalled, according to a New York Times analysis of trade records.",
            [[("New York Times", "according_to")]],
        ),
        (
            "Many died, according to US, Ukrainian, and South Korean officials.",
            [[("US, Ukrainian, and South Korean officials", "according_to")]],
        ),
    ],
)
def test_patterns(sentence, expected):
    assert links(sentence) == expected


def test_direction_of_clauses():
    [forward] = find_attributions("The ministry said on Monday that 40 people died.")
    [backward] = find_attributions("Forty people died, the ministry said on Monday.")
    assert forward.forward and not backward.forward


def test_quotation_clause_sources_only_the_quotation():
    [clause] = find_attributions("'Just ask Iran,' Kelly added, referring to the bombing of three sites.")
    assert clause.closes_quote


@pytest.mark.parametrize(
    "sentence",
    [
        "An estimated 5,000 people fled.",
        "It was reported that prices rose.",
        "There were 300 reported cases.",
        "The report was published on Monday.",
    ],
)
def test_no_speaker(sentence):
    assert find_attributions(sentence) == []


def test_link_offsets_are_exact():
    sentence = "Prices rose, the central bank said, citing two economists."
    for clause in find_attributions(sentence):
        for link in clause.links:
            assert sentence[link.start : link.end] == link.name
