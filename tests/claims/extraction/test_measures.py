"""Tests for `claims.extraction.measures`: rates, prices, percentages, units of measure."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures
from claims.extraction.measures import is_poll_pair, read_measure, read_percent, read_price_per, read_rate


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


def test_oil_output_in_barrels_per_day():
    assert read_measure(" bpd in May", 0)[0] == "barrels per day"
    assert read_measure(" b/d", 0)[0] == "barrels per day"


@pytest.mark.parametrize(
    ("sentence", "number", "pair"),
    [
        ("In the latest poll Garcia leads 58/39 among likely voters.", "58", True),
        ("In the latest poll Garcia leads 58/39 among likely voters.", "39", True),
        ("The office is open 24/7 for voters.", "24", False),  # a small second number: no share
        ("The memorial to 9/11 drew voters.", "9", False),
        ("The score was 58/39 in the final.", "58", False),  # nothing says it is a vote
    ],
)
def test_poll_pairs(sentence, number, pair):
    assert is_poll_pair(sentence, sentence.index(number)) is pair


@pytest.mark.parametrize("text", ["Turnout was 38pc in the city.", "Turnout was 38 pc in the city."])
def test_pc_is_percent(text):
    [figure] = extract_figures(text)
    assert (figure.value, figure.unit) == (38, "percent")


@pytest.mark.parametrize("text", ["Ozone stood at 60 parts per million.", "Ozone stood at 60ppm."])
def test_parts_per_million(text):
    [figure] = extract_figures(text)
    assert (figure.value, figure.unit) == (60, "ppm")


def test_a_bare_number_after_a_named_percentage_is_a_percentage():
    from claims.extraction import extract_figures

    text = "The pass percentage among girls was 91.25, up from 88.40 last year."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [("91.25", "percent"), ("88.40", "percent")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deficit will rise to 6.7pct of GDP this year.", "6.7"),  # wire style, glued
        ("The economy should shrink by minus 1.9pct this year.", "-1.9"),
    ],
)
def test_pct_glued_to_the_number_is_percent(text, value):
    [figure] = extract_figures(text)
    assert (figure.value, figure.unit) == (Decimal(value), "percent")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mustard output should rise to 9.5 mt from 9.25 mt last season.", ["9500000", "9250000"]),
        ("Wheat output was the 103.6 mt recorded last year.", ["103600000"]),
    ],
)
def test_mt_after_a_small_number_is_million_tonnes(text, value):
    # Indian business papers write "million tonnes" as "mt" once they have named the crop.
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(Decimal(v), "tonnes") for v in value]


def test_mt_after_a_large_number_is_metric_tonnes():
    [figure] = extract_figures("The port handled 5,000 mt of rice in May.")
    assert (figure.value, figure.unit) == (Decimal(5000), "tonnes")


def test_megawatts_in_lower_case_and_a_tonne_after_a_number():
    from claims.extraction import extract_figures

    found = [
        (c.quote, c.unit)
        for c in extract_figures("The utility cut supply by 850 mw, and the harvest reached 48.6 million tonne.")
    ]
    assert found == [("850 mw", "megawatts"), ("48.6 million tonne", "tonnes")]


def test_a_ratio_to_one():
    from claims.extraction import extract_figures

    found = [(c.quote, c.unit) for c in extract_figures("Applicants outnumber places 12:1, and the mayor leads 3:1.")]
    assert found == [("12:1", "ratio"), ("3:1", "ratio")]


def test_terawatts_written_as_a_symbol_measure_the_figure_not_the_noun_after_it():
    # "the 2TW mark": terawatts, as "3GW" is gigawatts; "mark" is no counted noun.
    found = [(c.quote, c.unit) for c in extract_figures("Wind and solar passed the 2TW mark and may exceed 3 TW soon.")]
    assert [unit for _, unit in found] == ["terawatts", "terawatts"]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        # A rate hyphenated into an adjective is still the rate, not a "number-word adjective".
        ("Ontario posted a 4.3-per-cent fall in its grain harvest.", "4.3-per-cent", Decimal("4.3"), "percent"),
        ("Most economists now expect a 75-basis-point increase.", "75-basis-point", Decimal(75), "basis points"),
    ],
)
def test_a_rate_hyphenated_as_an_adjective(text, quote, value, unit):
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)] == [(quote, value, unit)]


def test_percent_glued_to_its_number():
    # Seventeenth round: "24.1percent", a space lost in copy, is still a percentage.
    assert ("17.4percent", "percent") in [(c.quote, c.unit) for c in extract_figures("Turnout fell 17.4percent.")]


def test_quintal_in_the_singular_after_a_number_is_a_measure():
    # Nineteenth round: "7,883 quintal of flattened rice" (unseen37, unseen43) counted the sentence's subject.
    from claims.extraction import extract_figures

    text = "Relief stores were stocked with 4,210 quintal of wheat flour and 950 tarpaulins."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [
        ("4,210 quintal", "quintals"),
        ("950 tarpaulins", "tarpaulins"),
    ]


def test_inches_glued_in_a_bracketed_conversion():
    # Round 21: "an 18mm (0.7in) rise": "in" glued to a number before a closing bracket is inches.
    found = [(c.quote, c.unit) for c in extract_figures("Tides rose 25mm (1.0in) along the coast.")]
    assert ("1.0in", "inches") in found


def test_kilogrammes_spelled_the_british_way_are_kilograms():
    # Round 22: "258 kilogrammes (kg) of syabu" kept "kilogrammes", which no gold "kg" matched.
    found = [(c.quote, c.unit) for c in extract_figures("Customs impounded 96 kilogrammes of ivory at the port.")]
    assert found == [("96 kilogrammes", "kilograms")]


def test_the_plural_kgs_is_kilograms():
    # Twenty-fifth round: "37.4 kgs of gold" (unseen43, unseen63) was no measure, and a bare number took
    # the litres of its neighbour in a list of seizures.
    from claims.extraction import extract_figures

    text = "Customs seized 2,400 litres of diesel, 615 kgs of cloves and 18.6 Kgs of silver."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [
        ("2,400 litres", "litres"),
        ("615 kgs", "kilograms"),
        ("18.6 Kgs", "kilograms"),
    ]


def test_a_measure_written_as_a_descriptor_is_the_measure():
    # "a 11.4-km line" (unseen34: four figures) and "278.995-kg hashish" (unseen12: two) counted "kms" and "kgs".
    from claims.extraction import extract_figures

    text = "The council opened a 12.3-km tramway and police found a 45.5-kg haul of resin."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [("12.3-km", "kilometres"), ("45.5-kg", "kilograms")]


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        ("The state faces a shortage of 9,000 Mw this summer.", "9,000 Mw", "megawatts"),
        ("Police recovered 212 gm of heroin from the car.", "212 gm", "grams"),
        ("Inspectors seized 8,240 litre of liquor at the border.", "8,240 litre", "litres"),
        ("Customs seized 12.5 carat of diamonds at the airport.", "12.5 carat", "carats"),
        ("The highest temperature of 38.4 C was recorded in the valley.", "38.4 C", "degrees celsius"),
        ("The temperature also hit 36 C in the port town.", "36 C", "degrees celsius"),
    ],
)
def test_singular_and_abbreviated_measures(sentence, quote, unit):
    assert [(c.quote, c.unit) for c in extract_figures(sentence)] == [(quote, unit)]


def test_a_small_mw_is_a_magnitude_and_a_capital_c_outside_temperatures_is_a_name():
    assert read_measure("A 6.1 Mw quake struck.", 5) is None
    assert read_measure("Team 4 C won.", 6) is None


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        # Round 32: the singular after a number, as Indian and Chinese papers write land areas.
        ("Maize was sown on 41.5 lakh hectare by the end of June.", "41.5 lakh hectare", "hectares"),
        ("The county lost 12,300 hectare of paddy to the floods.", "12,300 hectare", "hectares"),
        ("Each farmer leases 2.5 acre (one bigha) from the trust.", "2.5 acre", "acres"),
        # the plural and the split spelling of megawatts
        ("The new plant adds 640 MWs to a grid that needs 3,100 MWs.", "640 MWs", "megawatts"),
        ("The shortfall in the province touched 950 Mega Watts on Sunday.", "950 Mega Watts", "megawatts"),
    ],
)
def test_singular_areas_and_spelt_out_megawatts_are_measures(sentence, quote, unit):
    units = {candidate.quote: candidate.unit for candidate in extract_figures(sentence)}
    assert units[quote] == unit
