"""Tests for `claims.extraction.figures`: what a number counts, its hedge and its value, in a sentence."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def figures(text):
    return [(candidate.value, candidate.unit, candidate.qualifier) for candidate in extract_figures(text)]


def test_an_amount_written_out_in_words_is_one_figure_of_money():
    text = "The council approved one billion, two hundred million, and forty thousand rand for roads."
    assert figures(text) == [(Decimal("1200040000"), "ZAR", "exact")]


def test_poll_shares_written_as_pairs():
    text = "Among early voters, the mayor is ahead 64/31 in the latest poll."
    assert figures(text) == [(Decimal(64), "percent", "exact"), (Decimal(31), "percent", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor holds a one-point lead.", (Decimal(1), "percentage points", "exact")),
        ("The senator has an almost three-point edge.", (Decimal(3), "percentage points", "approx")),
        ("The Greens kept only one seat.", (Decimal(1), "seats", "exact")),
    ],
)
def test_one_and_point_leads_are_counted(text, expected):
    assert figures(text) == [expected]


def test_one_alone_is_still_a_pronoun():
    assert figures("It was one of the wettest springs.") == []


def test_plus_after_a_number_is_more_than_not_a_noun():
    assert figures("The 500-plus nurses on shift walked out.") == [(Decimal(500), "nurses", "more_than")]


def test_the_first_number_of_a_list_takes_the_lists_scale_and_unit():
    text = "Output at the two fields fell by 0.05 and 0.3 million barrels per day, respectively."
    assert figures(text)[-2:] == [
        (Decimal(50000), "barrels per day", "exact"),
        (Decimal(300000), "barrels per day", "exact"),
    ]


def test_a_bare_number_goes_on_counting_the_last_count_of_its_size():
    text = "Heathrow handled 79.2 million passengers last year. Gatwick grew to 40.9 million."
    assert figures(text)[-1] == (Decimal(40900000), "passengers", "exact")


def test_a_bare_number_of_another_size_takes_no_unit_from_an_earlier_sentence():
    text = "The airport added three gates. Freight rose to 2.6 billion."
    assert figures(text)[-1][1] != "gates"


def test_a_span_of_time_is_never_carried_to_a_bare_number():
    text = "He was jailed for seven years. The fine was set at 9."
    assert figures(text)[-1][1] != "years"


def test_crore_alone_is_rupees():
    assert figures("The court imposed a fine of ?12.5 crore on the firm.") == [(Decimal(125000000), "INR", "exact")]


def test_a_names_possessive_is_not_the_unit():
    assert figures("The rescue involved four Spain's coast guard boats.") == [(Decimal(4), "boats", "exact")]


def test_up_to_after_a_change_is_exact():
    assert figures("Exports rose by 0.2 million tonnes up to 4.1 million.")[-1] == (
        Decimal(4100000),
        "tonnes",
        "exact",
    )


def test_a_count_named_as_numbers_or_traffic_gives_a_bare_number_its_unit():
    assert figures("The report showed an increase in visitor numbers to 3.1 million.") == [
        (Decimal(3100000), "visitors", "exact")
    ]
    assert figures("Record numbers rose to 3.1 million.")[0][1] != "records"


def test_people_still_listed_as_missing():
    text = "Six people died and about 30 were injured, with 12 still listed as missing."
    assert figures(text)[-1] == (Decimal(12), "missing", "exact")


def test_a_magnitude_written_with_a_hyphen_and_what_the_quake_killed():
    assert figures("A magnitude-6.8 quake killed more than 900 in 1988.") == [
        (Decimal("6.8"), "magnitude", "exact"),
        (Decimal(900), "people", "more_than"),
    ]


def test_a_revised_magnitude_is_a_magnitude():
    assert figures("The quake measured 5.4-magnitude before it was revised to 5.2.")[-1] == (
        Decimal("5.2"),
        "magnitude",
        "exact",
    )


def test_an_amount_restated_in_full_in_brackets_keeps_its_currency():
    text = "Parliament approved a budget of N412 billion (412,305,119,800), officials said."
    assert [unit for _, unit, _ in figures(text)] == ["NGN", "NGN"]


def test_naira_in_digits_before_a_comma():
    assert figures("It proposed N7,415,228,330,002, as against N6,100,000,000,000 last year.")[0][1] == "NGN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was jailed for four and a half years.", (Decimal("4.5"), "years", "exact")),
        ("The talks ran three and half hours.", (Decimal("3.5"), "hours", "exact")),
    ],
)
def test_and_a_half_after_a_number_word(text, expected):
    assert figures(text) == [expected]


def test_a_list_of_durations_shares_its_unit():
    text = "The two bankers received 28 and 41 months respectively."
    assert [unit for _, unit, _ in figures(text)][-2:] == ["months", "months"]


def test_an_adverb_after_one_is_not_what_it_counts():
    assert all(unit != "shortlies" for _, unit, _ in figures("Only one arrived shortly before noon."))


def test_a_span_written_as_a_plural_possessive_is_counted():
    assert figures("The court sentenced him to four years' imprisonment.") == [(Decimal(4), "years", "exact")]


def test_a_price_in_pence():
    assert figures("The stock closed at 118.20 pence.") == [(Decimal("118.2"), "pence", "exact")]


def test_what_a_verb_of_harm_did_outranks_the_state_counted_before():
    text = "Four guards were killed and nine wounded, while the rebels said they had killed 30."
    assert figures(text)[-1] == (Decimal(30), "killed", "exact")


def test_a_share_that_is_the_size_of_a_fall():
    assert figures("Arrivals were down a quarter from last year.") == [(Decimal(25), "percent", "exact")]


def test_new_taiwan_dollars():
    assert figures("The court ordered damages of NT$3.5 billion.") == [(Decimal(3500000000), "TWD", "exact")]


def test_gunmen_are_a_plural():
    assert figures("Police said four gunmen opened fire.") == [(Decimal(4), "gunmen", "exact")]


def test_a_share_of_a_counted_group():
    assert figures("Almost half of the 1,500 nurses polled said they would quit.")[0] == (
        Decimal(50),
        "percent",
        "approx",
    )


def test_a_duration_after_by_is_the_size_of_a_change():
    assert figures("The new line cut journey times by 25 minutes.") == [(Decimal(25), "minutes", "exact")]


def test_gas_in_bcm_and_petrol_in_pence():
    assert figures("The pipeline carries 38 bcm of gas.") == [(Decimal(38), "billion cubic metres", "exact")]
    assert figures("Diesel hit 182.4p a litre.") == [(Decimal("182.4"), "pence", "exact")]


def test_a_bare_number_takes_the_unit_of_the_count_of_its_size():
    text = "The firm employs about 9,000 people in 25 countries, including 2,000 in Spain."
    assert figures(text)[-1] == (Decimal(2000), "people", "exact")


def test_part_of_a_whole_owned_by_a_name():
    text = "Officials said 11 people died. The alliance holds 88 of the assembly's 170 seats."
    assert figures(text)[-2:] == [(Decimal(88), "seats", "exact"), (Decimal(170), "seats", "exact")]


def test_a_crowd_estimated_after_a_comma_is_people():
    assert figures("The crowd, put at 15,000 by police, marched on.") == [(Decimal(15000), "people", "exact")]


def test_a_count_named_after_the_last_one_outranks_it():
    text = "Some 80 bodies were found, bringing the death toll to at least 310."
    assert figures(text)[-1] == (Decimal(310), "deaths", "at_least")


def test_wire_scales_bln_and_mln():
    assert figures("Sales rose to 4.3 bln euros and it sold 1.6 mln shares.") == [
        (Decimal(4300000000), "EUR", "exact"),
        (Decimal(1600000), "shares", "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index gained 0.8% to 7,204.1 points.", [(Decimal("0.8"), "percent"), (Decimal("7204.1"), "points")]),
        ("Growth is seen at 2% to 3% next year.", [(Decimal(2), "percent")]),
    ],
)
def test_a_percentage_and_a_level_in_another_unit_are_no_range(text, expected):
    assert [(value, unit) for value, unit, _ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed one guard at the depot.", (Decimal(1), "guards")),
        ("In the clash one ranger was wounded, the park said.", (Decimal(1), "rangers")),
        ("The vaccine would avert one case for every 40 people.", (Decimal(1), "cases")),
    ],
)
def test_one_among_the_harmed_or_in_a_rate_is_a_count(text, expected):
    assert figures(text)[0][:2] == expected


def test_a_hedge_after_a_percentage():
    assert figures("Half the towns lost ten percent or more of their shops.")[-1] == (
        Decimal(10),
        "percent",
        "at_least",
    )


def test_a_ranked_group_never_lends_its_unit():
    assert figures("Of the 12 biggest ports, Adria grew 8% to 3.1m.")[-1][1] != "ports"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll reached 19, with one hiker still missing.", (Decimal(1), "hikers")),
        ("The ministry confirmed one death in the outbreak.", (Decimal(1), "deaths")),
        ("The motion failed by one vote.", (Decimal(1), "votes")),
    ],
)
def test_one_missing_one_death_and_a_margin_of_one_are_counts(text, expected):
    assert figures(text)[-1][:2] == expected


def test_one_opening_a_sentence_stays_a_determiner():
    assert figures("One passenger later sued the airline.") == []


def test_a_share_with_its_percentage_in_brackets():
    assert figures("Just under a quarter (24 per cent) of the nurses had left.")[0] == (
        Decimal(25),
        "percent",
        "approx",
    )


def test_one_percent_is_a_figure():
    assert figures("Sales saw a one percent increase.") == [(Decimal(1), "percent", "exact")]


def test_a_magnitude_written_before_the_number_outranks_a_later_noun():
    from claims.extraction import extract_figures

    text = "It was the strongest since a magnitude-8.1 quake three years ago."
    assert [(c.value, c.unit) for c in extract_figures(text)][0] == (Decimal("8.1"), "magnitude")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The number of voters has grown to 5,000.", "voters"),
        ("Officials said the total number of cases has shot up to 41,642.", "cases"),
        ("The survey was published in June and asked 13,800 adults.", "adults"),  # control: a counted noun
    ],
)
def test_a_verb_after_the_counted_noun_is_not_what_is_counted(text, unit):
    [figure] = extract_figures(text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "It said the number of wounded has risen to around 4,000.",
        "The study was published in a journal and analyzed over 13,800 U.S. adults.",
    ],
)
def test_has_and_was_are_never_units(text):
    assert all(candidate.unit not in ("has", "was") for candidate in extract_figures(text))


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Floods closed nine of the county's rural clinics.", "clinics"),
        ("Strikes shut more than a dozen of the city's busiest bus depots.", "depots"),
    ],
)
def test_a_part_of_an_owners_things_counts_the_things_not_the_owner(sentence, unit):
    [candidate] = extract_figures(sentence)
    assert candidate.unit == unit


def test_the_end_of_a_range_that_says_when_says_when_too():
    # Sixteenth round: "In the next three to four years, the Metro can …" dates; "four years" is no claim either.
    assert extract_figures("In the next four to five years, the port will handle more ships.") == []


def test_a_hedged_conversion_of_an_exact_amount_keeps_its_own_hedge():
    # Sixteenth round: "179.9 billion yuan (about 26.02 billion U.S. dollars)": the rate makes the conversion rough.
    found = extract_figures("Sales reached 88.4 billion yuan (about $12.3 billion) in the quarter.")
    assert [(c.unit, c.qualifier) for c in found] == [("CNY", "exact"), ("USD", "approx")]


def test_a_part_out_of_a_definite_group_written_in_words():
    # Seventeenth round: "Four out of the seven districts" counts districts, as "four of the seven districts" does.
    text = "Four out of the seven districts ran short of water."
    assert ("Four out of the seven districts", "districts") in [(c.quote, c.unit) for c in extract_figures(text)]


def test_a_count_of_figures_lends_its_unit_to_no_later_number():
    # "figures" say a count without saying of what: the bare numbers after count the deaths.
    text = "The three hospitals' mortality figures are: Westport, 212 deaths - 19 more than the predicted 193."
    found = [(c.quote, c.unit) for c in extract_figures(text)]
    assert ("19 more", "deaths") in found and ("193", "deaths") in found, found


def test_pieces_of_a_named_kind_are_no_placeholder():
    # "pieces" stand for what the text counted before, unless their kind is named after them.
    text = "Police arrested 14 dealers in the raid. Seized from them were six pieces of sealed plastic."
    assert [(c.quote, c.unit) for c in extract_figures(text)][-1] == ("six pieces", "pieces")
