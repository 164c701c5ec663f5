"""Tests for `claims.extraction.ones`: when "one" counts (sixth round)."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def figures(text):
    return [(candidate.quote, candidate.value, candidate.unit) for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court sentenced three men, including a former mayor, to one month in prison for contempt.",
            ("one month", Decimal(1), "months"),
        ),
        ("Average waits rose to 40 minutes, an increase of one minute.", ("one minute", Decimal(1), "minutes")),
        ("Two independents won one seat each.", ("one seat", Decimal(1), "seats")),
    ],
)
def test_one_that_counts(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text", ["The plant opened one year ago.", "It was one of the worst storms."])
def test_one_that_dates_or_points(text):
    assert figures(text) == []


# Seventh round: "one" closing a list of counts counts as its siblings do.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The clash killed four rebels and one guard, police said.", "one guard"),
        ("Those stopped included 12 Cubans, two Peruvians, one Chilean and one of unknown nationality.", "one Chilean"),
    ],
)
def test_one_closing_a_list_of_counts_is_a_count(text, quote):
    assert quote in [c.quote for c in extract_figures(text)]


def test_one_after_a_list_of_other_things_stays_a_pronoun():
    assert [c.value for c in extract_figures("Prices rose 5 percent, and one trader said demand was weak.")] == [5]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Detectives had earlier arrested one other suspect in Lagos.", "suspects"),
        ("The coast guard rescued one fisherman off the cape.", "fishermen"),
    ],
)
def test_one_person_arrested_or_rescued_is_a_count(text, unit):
    assert [(c.value, c.unit) for c in extract_figures(text)] == [(1, unit)]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("By noon on Friday one body was pulled from the hull.", "one body"),
        ("Crowds were calm, though one arrest was made near the bridge.", "one arrest"),
        ("Engineers say one runway has been reopened to traffic.", "one runway"),
    ],
)
def test_one_as_the_subject_of_a_passive_inside_a_sentence_counts(sentence, quote):
    assert quote in [candidate.quote for candidate in extract_figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "One bridge was damaged beyond repair.",  # a capitalised opener stays a determiner
        "She said one guest who was invited never came.",  # a relative clause's subject
    ],
)
def test_one_before_a_passive_that_is_a_determiner_is_no_figure(sentence):
    assert not any(candidate.value == 1 for candidate in extract_figures(sentence))


# Seventeenth round: "one" as one place's share of a tally by place counts as its siblings do.
@pytest.mark.parametrize(
    "text",
    [
        "The floods killed four people in Marlow County, one in Deer Creek and two in Holt.",
        "Rescuers still seek five hikers, three in the Alder Range and one in Pine Hollow.",
    ],
)
def test_one_in_a_tally_by_place(text):
    assert ("one", Decimal(1)) in [(quote, value) for quote, value, _ in figures(text)]


@pytest.mark.parametrize(
    "text",
    ["She was one in a million, fans said.", "Analysts at Norbank, and one in Paris, disagreed."],
)
def test_one_in_that_is_no_tally(text):
    assert all(value != 1 for _, value, _ in figures(text))


# Twenty-fourth round: "one seat short of a majority": a margin by which a mark was missed, counted in seats.
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The alliance ended one seat short of a majority in the assembly.", "one seat", "seats"),
        ("The striker finished one goal shy of the league record.", "one goal", "goals"),
    ],
)
def test_one_short_of_a_mark(text, quote, unit):
    assert (quote, Decimal(1), unit) in figures(text)


# Twenty-ninth round: "one each in A and B" closing a tally by place (gold in eight studied sets), and "one count
# of fraud" among charges (gold in five).
@pytest.mark.parametrize(
    "text",
    [
        "Cases rose to 14: eight in Harlow, four in Fenton and one each in Marsh End and Tilby.",
        "The squad sent three riders to Lyon, two each to Nice and Metz and one each to Brest and Laval.",
    ],
)
def test_one_each_is_a_count(text):
    assert ("one", Decimal(1)) in [(quote[:3], value) for quote, value, _ in figures(text)]


def test_one_count_of_a_charge_is_a_count():
    text = "The trader admitted two counts of forgery and one count of money laundering."
    assert ("one count", Decimal(1), "counts") in figures(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greens are down one to 9% in the latest poll.",
        "Labour has dropped one point to 14% since the last survey.",
        "The confirmed toll stood at 12, up one from 11 the day before.",
        "The Liberals are up one, at 21%.",
    ],
)
def test_a_change_of_one_counts(sentence):
    # Thirtieth round: poll movements and running tolls (gold in unseen56 and unseen77).
    assert 1 in [f.value for f in extract_figures(sentence)]


def test_one_after_down_that_is_no_change_is_refused():
    assert 1 not in [f.value for f in extract_figures("She walked down one flight of stairs with 12 bags.")]


def values(text):
    return [candidate.value for candidate in extract_figures(text)]


def test_a_difference_of_one_is_a_figure():
    assert Decimal(1) in values("The Liberals took one more seat than at the last count.")
    assert values("She asked one more time for the file, and 40 pages arrived.") == [Decimal(40)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Of the new deaths, three were reported from Kessa while one from Ombari district.", "one"),
        ("So far six died in Lorna, four from North Vale, and one from the Tarsh region.", "one"),
        ("The patrol rescued 14 fishermen, including one child.", "one child"),
        ("Seventeen passengers were hurt, including one critically.", "one"),
        ("The army confirmed the deaths of one officer and three rebels.", "one officer"),
        ("The team won two gold, one silver and four bronze medals.", "one silver"),
    ],
)
def test_one_in_a_tally_by_origin_after_including_or_opening_a_pair_counts(text, quote):
    assert quote in [candidate.quote for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Several orders were issued, including one affecting the harbour.",
        "Costs rose sharply, including one-off costs of £4m.",
        "Nine officers were hurt, including one who was thrown from his horse.",
        "It is one of the oldest towns and two people still live there.",
    ],
)
def test_one_that_names_a_member(text):
    assert Decimal(1) not in values(text)
