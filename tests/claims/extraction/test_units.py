"""Tests for `claims.extraction.units`: counted nouns, plurals, rates, percent."""

import pytest

from claims.extraction.units import (
    is_time_unit,
    pluralise,
    read_counted_noun,
    read_measure,
    read_percent,
    read_price_per,
    read_rate,
    singularise,
)  # fmt: skip


@pytest.mark.parametrize(
    ("after", "subject", "unit"),
    [
        (" military construction workers to Donetsk", "military construction workers", "workers"),
        (" land mine removal workers.", "land mine removal workers", "workers"),
        (" Storm Shadow missiles, CBS said", "Storm Shadow missiles", "missiles"),
        (" troops died", "troops", "troops"),
        (" main radar sites on Monday", "main radar sites", "sites"),
        (" police officers will", "police officers", "officers"),
        (" people were killed", "people", "people"),
        (" Kh-59 missiles", "Kh-59 missiles", "missiles"),
    ],
)
def test_head_noun_is_the_unit_and_modifiers_stay_in_the_subject(after, subject, unit):
    noun = read_counted_noun(after, 0)
    assert (noun.subject, noun.unit) == (subject, unit)
    assert after[noun.start : noun.end] == subject


def test_no_noun_after_a_verb_or_preposition():
    assert read_counted_noun(" were killed", 0) is None
    assert read_counted_noun(" of them", 0) is None


def test_singular_head_when_the_figure_is_one():
    assert read_counted_noun(" Ukrainian soldier was killed", 0, singular=True).unit == "soldiers"
    assert read_counted_noun(" person died", 0, singular=True).unit == "people"


@pytest.mark.parametrize(
    ("word", "plural"),
    [("soldier", "soldiers"), ("person", "people"), ("casualty", "casualties"), ("church", "churches")],
)
def test_pluralise(word, plural):
    assert pluralise(word) == plural
    assert singularise(plural) == word


@pytest.mark.parametrize(
    ("after", "period"),
    [
        (" a month", "month"),
        (" per day", "day"),
        (" each year", "year"),
        (" annually", "year"),
        (" per second", "second"),
    ],
)
def test_rates(after, period):
    assert read_rate(after, 0)[0] == period


@pytest.mark.parametrize(
    ("after", "unit"),
    [("%", "percent"), (" percent", "percent"), (" per cent", "percent"), (" percentage points", "percentage points")],
)
def test_percent(after, unit):
    assert read_percent(after, 0)[0] == unit


def test_time_units():
    assert is_time_unit("years") and is_time_unit("Month") and not is_time_unit("missiles")


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" mph winds", "mph"),
        (" miles per hour", "mph"),
        (" km/h", "km/h"),
        ("°C in Seville", "degrees celsius"),
        ("C in Seville", "degrees celsius"),
        (" degrees Celsius", "degrees celsius"),
        (" degrees Fahrenheit", "degrees fahrenheit"),
        (" km of road", "kilometres"),
        (" mm of rain", "millimetres"),
        (" sq km", "square kilometres"),
        (" MW of capacity", "megawatts"),
        (" basis points to 4.46%", "basis points"),
        (" bps", "basis points"),
    ],
)
def test_units_of_measure(after, unit):
    assert read_measure(after, 0)[0] == unit


@pytest.mark.parametrize("after", [" C-130s", " degrees", " hours", " kmart"])
def test_not_units_of_measure(after):
    assert read_measure(after, 0) is None


def test_price_per():
    assert read_price_per(" a barrel on Monday", 0) == ("barrel", 9)
    assert read_price_per(" per share", 0) == ("share", 10)
    assert read_price_per(" in cash", 0) is None


@pytest.mark.parametrize("after", [" a month earlier", " a year ago", " a year before the war"])
def test_a_point_in_time_is_not_a_rate(after):
    assert read_rate(after, 0) is None


def test_points_are_percentage_points_among_percentages():
    text = "Labour is on 34%, down three points"
    assert read_percent(text, text.index(" points")) == ("percentage points", len(text))
    text = "The index rose 2%, adding 300 points"
    assert read_percent(text, text.index(" points")) is None
    assert read_percent("They won by 12 points", 14) is None


def test_a_capitalised_name_ending_in_s_modifies_the_head():
    noun = read_counted_noun(" Windows devices were hit", 0)
    assert (noun.subject, noun.unit) == ("Windows devices", "devices")


@pytest.mark.parametrize(
    ("after", "subject", "unit"),
    [
        (" 155mm artillery shells to Ukraine", "155mm artillery shells", "shells"),
        (" 737 MAX jets in May", "737 MAX jets", "jets"),
        (" T-72 tanks were lost", "T-72 tanks", "tanks"),
        (" A320neo jets", "A320neo jets", "jets"),
    ],
)
def test_a_calibre_or_model_between_the_figure_and_its_noun(after, subject, unit):
    noun = read_counted_noun(after, 0)
    assert (noun.subject, noun.unit) == (subject, unit)


def test_diseases_ending_in_s_are_not_plurals():
    noun = read_counted_noun(" measles cases have been confirmed", 0)
    assert (noun.subject, noun.unit) == ("measles cases", "cases")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (" GigaWatt of wind", "gigawatts"),
        (" megawatts", "megawatts"),
        (" foot yacht", "feet"),
        (" degree target", "degrees"),
        (" degree", "degrees"),
        (" magnitude quake", "magnitude"),
    ],
)
def test_measures_written_out_and_singular(text, unit):
    assert read_measure(text, 0)[0] == unit


def test_pp_is_percentage_points():
    assert read_percent("2.4 pp higher", 3)[0] == "percentage points"
