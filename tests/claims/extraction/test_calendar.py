"""Tests for `claims.extraction.calendar`: years before 1800 named without the word "year" (seventh round)."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    "text",
    [
        "Carbon dioxide in the air has risen 31 percent since 1750.",
        "The Industrial Revolution, which lasted from 1760 to 1840, began in Britain.",
        "The cathedral was rebuilt between 1675 and 1710 by the city.",
    ],
)
def test_an_early_year_after_since_or_in_a_span_of_years_is_no_figure(text):
    assert [c.quote for c in extract_figures(text) if c.unit != "percent"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Since 1500 troops arrived, the town has been calm.", 1500),  # a plural noun follows: a count
        ("The crowd grew from 1200 to 1500 people by noon.", 1200),  # nothing says years
    ],
)
def test_a_count_of_that_size_stays_a_count(text, value):
    assert value in [c.value for c in extract_figures(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The slowdown forecast for 2031 means lower prices for exporters.",
        "If 2029 proves as dry as feared, harvests will fail.",
        "Turnout fell sharply against 2014 polls, officials noted.",
    ],
)
def test_a_year_before_a_verb_it_is_the_subject_of_is_a_year(sentence):
    assert not any(candidate.value > 2000 for candidate in extract_figures(sentence))


def test_a_day_of_the_month_bracketed_after_the_day_is_a_date():
    # Sixteenth round: "the daily fatality number went up to 29 yesterday (25)", as Sri Lankan papers date it.
    assert [c.value for c in extract_figures("Rescuers found 14 bodies yesterday (12) near the dam.")] == [14]


@pytest.mark.parametrize(
    "text",
    [
        "Output is now 12 per cent below 2005 levels.",
        "That is a rise of 4% over 2019 emissions.",
        "The fair has grown from its modest 1965 beginnings.",
    ],
)
def test_a_year_before_what_its_measure_is_compared_against_is_a_year(text):
    # Sixteenth round: "61 per cent above 1990 levels", "over 2016 emissions", "its humble 1970 beginnings".
    assert all(c.value < 1000 for c in extract_figures(text))


@pytest.mark.parametrize(
    "text", ["Parts of the valley saw 1900mm of rain in 2023.", "The park will supply 2010MW by 2030."]
)
def test_four_digits_glued_to_a_measure_are_no_year(text):
    # Seventeenth round: "1900mm", "2010MW" measure; a year never has a unit glued to it.
    assert [c.quote for c in extract_figures(text)][:1] in (["1900mm"], ["2010MW"])


@pytest.mark.parametrize(
    "text", ["The coastal farm reached a capacity of 2015 MW last spring.", "Output stood at 1920 GW overall."]
)
def test_four_digits_before_a_spaced_power_unit_are_no_year(text):
    # Eighteenth round: "a capacity of 2043 MW" was read as a year after "of"; a capital
    # power unit after a space measures the number.
    assert [c.value for c in extract_figures(text)][:1] in ([2015], [1920])


@pytest.mark.parametrize(
    "text", ["The minister will unveil 2035 targets in May.", "Ministers agreed 2040 goals for the fleet."]
)
def test_a_goal_year_before_targets_is_no_count(text):
    # Seventeenth round: "2035 targets" is the year a goal is set for.
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    "text", ["Three lorries were stopped by 6:00am on Friday.", "The hall opened at 2:30pm for the 40 guests."]
)
def test_a_clock_time_glued_to_am_or_pm_is_no_figure(text):
    # Eighteenth round: "till 8:00am" gave its hour as a figure; "8:00 am" (spaced) never did.
    assert [c.value for c in extract_figures(text)] in ([3], [40])


@pytest.mark.parametrize(
    "sentence",
    [
        "At 2215 hours on Sunday, the patrol found a dinghy drifting off the point.",
        "A fisherman called it in at 0330 hours on Monday.",
    ],
)
def test_a_twenty_four_hour_clock_is_no_figure(sentence):
    assert extract_figures(sentence) == []


def test_hours_given_are_still_a_span():
    [candidate] = extract_figures("Volunteers gave 1500 hours of their time to the clean-up.")
    assert (candidate.value, candidate.unit) == (1500, "hours")


# Round 21: a number before an era is a year of any size; "B.C." before a noun is British Columbia.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The fort was built in 212 B.C. by the king's engineers.", []),
        ("Farmers settled the valley around 4500 BCE, and 60 graves remain.", [60]),
        ("More than 300 B.C. firefighters were sent north.", [300]),
    ],
)
def test_a_number_before_an_era_is_a_year(text, kept):
    assert [candidate.value for candidate in extract_figures(text)] == kept


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("The tremor was felt at 04.15 WITA across the island, damaging 61 homes.", ["61 homes"]),
        ("Power returned at 19.20 WIB to 14,000 homes.", ["14,000 homes"]),
        ("By 12 noon the rescuers had reached 35 villagers.", ["35 villagers"]),
        ("The guard noticed the gap around 06:45h and called 3 colleagues.", ["3 colleagues"]),
        ("The tally closed at 4: 15pm, with 890 ballots still unopened.", ["890 ballots"]),
    ],
)
def test_a_clock_with_a_zone_noon_or_an_hour_mark_is_no_figure(text, left):
    assert [c.quote for c in extract_figures(text)] == left
