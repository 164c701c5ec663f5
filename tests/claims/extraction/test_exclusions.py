"""Tests for `claims.extraction.exclusions`: numbers that are not figure claims."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures
from claims.extraction.exclusions import why_not_a_figure
from claims.extraction.figures import read_figures
from claims.extraction.numbers import find_numbers


def reason(sentence, number_text):
    """The rule that refuses `number_text`, as `evaluate_extraction --details` lists it."""
    assert any(token.text == number_text for token in find_numbers(sentence))
    rejected = []
    read_figures(sentence, [], None, rejected)
    return next((rejection.rule for rejection in rejected if rejection.text == number_text), None)


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("It happened on June 21.", "21", "date"),
        ("It happened on 21 June.", "21", "date"),
        ("It began in February 2022.", "2022", "year"),
        ("Prices fell from 2022 to 2024.", "2022", "year"),
        ("The talks start at 5 p.m. sharp.", "5", "time"),
        ("They fired 155 mm Howitzer shells.", "155", "calibre"),
        ("They fired Kh-59 missiles.", "59", "name or model"),
        ("Pilots flew F-16 jets.", "16", "name or model"),
        ("The Boeing 737 jets landed.", "737", "name or model"),
        ("It was a 12-day war.", "12", "number-word adjective"),
        ("It was a three-year war.", "three", "number-word adjective"),
        ("The Group of Seven met.", "Seven", "name or model"),
        ("He lives at No. 10 now.", "10", "name or model"),
        ("The two leaders met.", "two", "relational"),
        ("She is one of his critics.", "one", "pronoun-like"),
        ("Half of them, 1/2 really.", "1", "fraction"),
        ("He won a 2-1 vote.", "1", "score or range end"),
        ("It is free for children under 12 here.", "12", "age"),
        ("People aged 65 and over were invited.", "65", "age"),
        ("Sales rose in the second half of the year.", "half", "period of a whole"),
        ("Three men, aged 34, 41 and 52, were charged.", "41", "age"),
        ("Three men, aged 34, 41 and 52, were charged.", "52", "age"),
        ("Voters aged 18 to 29 made up 16%.", "29", "age"),
        ("Boeing delivered 48 737 MAX jets.", "737", "name or model"),
        ("President Okoro, 58, arrived on Monday.", "58", "age"),
        ("Calls can be made by dialling 116123.", "116123", "phone number"),
        ("Crews reached a depot at 220 Marsh Lane at dawn.", "220", "address"),
        ("She finished in 2:09:31 on Sunday.", "31", "time"),
        ("Rovers won a 4-1 derby on Saturday.", "4", "score"),
        ("The 20 hottest summers all came after 1990.", "20", "ranking"),
        ("Sales of the iPad 11 began.", "11", "name or model"),
        ("He was charged under sections 302, 307 and 120 of the code.", "307", "part of a name"),
        ("See page 14 of the report.", "14", "part of a name"),
        ("Polling ran on Sept. 4 and 5 in the city.", "5", "date"),
        ("Peace talks ended in the past 36 hours.", "36", "when, not how much"),
        ("The treaty expired five years ago.", "five", "when, not how much"),
    ],
)
def test_reasons(sentence, number, expected):
    assert reason(sentence, number) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The junta dispatched some 7,500 troops.",
        "Those 6,000 workers could leave soon.",
        "Syria's three main airbases were hit.",
        "Two soldiers were wounded.",
        "The company hired 2000 engineers.",
        "Ice sheets now add 0.4 millimetres a year to sea levels.",  # a measure, not a calibre
        "Up to 250 mm of rain fell.",
        "It killed 40 people (12 of them children).",  # a part, not a conversion
    ],
)
def test_real_figures_pass(sentence):
    assert all(why_not_a_figure(sentence, token) is None for token in find_numbers(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began more than three years ago.",
        "He may send more within the next two months.",
        "Talks resumed a week later.",
        "The 20-year strategic partnership was signed.",
        "She paused before one coffin and laid both hands on the lid.",
        "Ties between the two countries go back decades.",
        "CBS News reported the delay, citing six sources.",
        "She told multiple outlets that the review had ended.",
        "There is no doubt about it, and there were no comments.",
        "The bill passed the Senate by a vote of 51-49.",
        "Veterans of World War Two met at No. 10 Downing Street in the 1990s.",
        "The COVID-19 pandemic began in 2020, after the 9/11 era.",
    ],
)
def test_traps_yield_nothing(sentence):
    assert extract_figures(sentence, outlet="Wire") == []


def test_number_word_adjectives_produce_no_candidate_at_any_confidence():
    assert extract_figures("A 45-year-old man led the 12-day visit, a 24-hour trip.") == []


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("A 45-year-old man led the 300-member delegation.", "300-member", "300", "members"),
        ("The six-party alliance met.", "six-party", "6", "parties"),
        ("Profits saw a seven-fold rise.", "seven-fold", "7", "times"),
        ("A 6.1-magnitude quake struck.", "6.1-magnitude", "6.1", "magnitude"),
    ],
)
def test_counts_inside_descriptors_are_figures(sentence, quote, value, unit):
    [candidate] = extract_figures(sentence)
    assert (candidate.quote, str(candidate.value), candidate.unit) == (quote, value, unit)


def test_a_descriptor_count_is_never_the_unit_of_a_later_number():
    [house, needed] = extract_figures("They won 301 seats in the 545-member house, above the 273 needed.")[1:]
    assert (house.unit, needed.unit) == ("members", "seats")


@pytest.mark.parametrize(
    "sentence, quote",
    [
        ("Sales reached EUR 640 million last year.", "EUR 640 million"),
        ("The fine was Rs 12 crore.", "Rs 12 crore"),
        ("The count gave Okafor 44% of the vote.", "44%"),
    ],
)
def test_a_capitalised_word_before_money_or_a_percentage_is_not_a_model_name(sentence, quote):
    assert [c.quote for c in extract_figures(sentence)] == [quote]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The judge jailed him for nine years.", "nine years"),
        ("The crew spent four days adrift.", "four days"),
        ("Strikes went on for 14 days in May.", "14 days"),
    ],
)
def test_durations_that_are_the_claim_are_figures(sentence, quote):
    assert [c.quote for c in extract_figures(sentence)] == [quote]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The toll rose to 3,112.", "3,112"),
        ("Police put the crowd at 4,000 while organisers claimed 30,000.", "30,000"),
        ("By evening 61,402 had passed the gates.", "61,402"),
    ],
)
def test_a_number_with_nothing_counted_after_it_is_still_a_candidate(sentence, quote):
    assert quote in [c.quote for c in extract_figures(sentence)]


def test_a_decimal_after_a_singular_reference_and_a_comma_is_a_figure():
    assert [c.quote for c in extract_figures("In Grade 7, 3.4 lakh pupils passed.")] == ["3.4 lakh pupils"]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # a capitalised number word after a dateline opens the sentence
        ("LAGOS: Eleven miners were trapped on Friday.", "Eleven"),
        ("Quito — Nine people drowned.", "Nine"),
        # "the" with a count of a plural noun
        ("Fans filled the five host stadiums.", "five"),
    ],
)
def test_counts_not_refused(sentence, number):
    assert reason(sentence, number) is None


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The two sides met.", "two"),
        ("The three of them left.", "three"),
        ("In a speech, Seven chiefs spoke.", "Seven"),
    ],
)
def test_pointing_words_still_refused(sentence, number):
    assert reason(sentence, number) is not None


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Scientists said 2019 was the wettest year on record.", "2019"),
        ("The agency listed 2021 as a turning point.", "2021"),
        ("Both candidates campaigned hard with polling day three weeks away.", "three"),
    ],
)
def test_years_before_a_verb_and_spans_until_an_event_are_refused(sentence, number):
    assert reason(sentence, number) in ("year", "when, not how much")


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Among the voters polled, Garcia leads 58/39 and Ortiz trails Lee 41/55.", "41"),
        ("Two countries – Chile and Peru – cut tariffs on Monday.", "Two"),
    ],
)
def test_poll_shares_and_named_pairs_are_counts(sentence, number):
    assert reason(sentence, number) is None


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Profit rose to a five-quarter high.", "five"),
        ("Growth was the weakest in at least six quarters.", "six"),
    ],
)
def test_spans_of_quarters_that_say_when_are_refused(sentence, number):
    assert reason(sentence, number) is not None


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Output peaked in the Persian year of 1396, officials recalled.", "1396", "year"),
        ("The guests, aged from 30 to 81 years old, arrived by coach.", "81", "age"),
        ("The screening covered adults 40 years and older.", "40", "age"),
        ("Hearings resumed on the 14 and 15 March sessions.", "14", "date"),
        ("Exports reached a nine year high in the spring.", "nine", "number-word adjective"),
        ("Rainfall was the highest for 30 years in the valley.", "30", "when, not how much"),
        ("Yields beat the five years' average of the district.", "five", "when, not how much"),
        ("The 10 wettest summers all came after 1990.", "10", "ranking"),
        ("The top 10 clubs spent $1.2 billion on transfers.", "10", "ranking"),  # digits "10": a list's name
        ("The club finished in the top four again.", "four", "ranking"),  # a place, no counted noun
        ("A total of 8,100 students scored GPA 5.00 this year.", "5.00", "name or model"),  # no currency code
    ],
)
def test_more_reasons(sentence, number, expected):
    assert reason(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Rents for the top 10 percent of flats rose 2 percent.", "10"),
        ("The 15 largest banks hold 70 percent of deposits.", "15"),
        ("Pupils in Band C-2,40,118 and Band D-1,05,332 passed.", "2,40,118"),
        ("The fund will shrink in 2027 - 640 billion rubles, the ministry said.", "640 billion"),
        ("Oman raised output by 12 thousand barrels, and Qatar 9 thousand barrels.", "9 thousand"),
        ("The raid killed the mayor and his two drivers, police said.", "two"),
        ("At least one of the 12 dams failed, engineers said.", "one"),
    ],
)
def test_no_rule_refuses(sentence, number):
    assert reason(sentence, number) is None


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The 2.4 million estimate came from the union.", "2.4 million"),  # "est…" is no time zone
        ("The region has 7 ethnic groups.", "7"),
        ("All the six accused were acquitted.", "six"),
    ],
)
def test_no_rule_refuses_these_either(sentence, number):
    assert reason(sentence, number) is None


def test_a_length_in_feet_inside_a_descriptor():
    [candidate] = extract_figures("The navy sent a 90-foot cutter.")
    assert (candidate.value, candidate.unit) == (90, "feet")


def test_may_the_verb_is_no_month_after_a_list_of_numbers():
    assert reason("Police held 12 and 15 may be charged later.", "12") is None


def test_the_age_someone_died_at():
    assert reason("The former mayor died at 91 on Sunday.", "91") == "age"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Nurses were short of N95 masks all winter.", "95"),
        ("She won the 400m final in Rome.", "400m"),
        ("Traffic stopped between junctions 9 and 10 of the M6.", "9"),
    ],
)
def test_a_name_an_event_or_a_reference(sentence, number):
    assert reason(sentence, number) in ("name or model", "part of a name")


def test_the_whole_of_a_part_is_a_figure():
    # Every real-news annotator counts the whole of "N of the M" (the shared policy: every numeral stating a quantity).
    quotes = {c.quote: c.unit for c in extract_figures("The party won 116 of the 270 contested seats.")}
    assert quotes.get("270 contested seats") == "seats"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Police arrested nine men. All nine were released on bail.", "nine"),
        ("The two districts with the highest rainfall were evacuated.", "two districts"),
        ("Poles and Germans were the two largest groups of workers.", "two largest groups"),
    ],
)
def test_all_n_and_a_defined_pair_are_counts(text, quote):
    assert quote in [c.quote for c in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Output reached 290 million tonnes in the 2021-’22 crop year.",
        "One in four children ages 12 to 15 were vaccinated.",
    ],
)
def test_a_year_end_and_ages_are_not_figures(text):
    assert [c.quote for c in extract_figures(text) if c.quote in ("22", "12 to 15", "15")] == []


def test_a_list_items_bullet_does_not_make_its_first_word_a_name():
    # Added after the held-out check: poll write-ups list results as bullets.
    assert [c.quote for c in extract_figures("- Forty-two percent back the bill.")] == ["Forty-two percent"]


# Seventh round: an age set off after the person it belongs to.
@pytest.mark.parametrize(
    "text",
    [
        "The Olympic sprint champion, 31, suffered a hamstring injury.",
        "The judge told the former banker (58) to report to prison.",
        "She also sentenced Paul Harding (61), to two years in jail.",
        # a modal after the age; a child's age under sixteen
        "The driver, 52, will appear in court on Monday.",
        "The woman, 38, could face up to ten years in jail.",
        "A second boy, 9, was taken to hospital with burns.",
    ],
)
def test_an_age_set_off_after_a_person_is_no_figure(text):
    assert [c.quote for c in extract_figures(text) if c.unit != "years"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seats went to Labour (45), the Tories (30) and others.", 45),
        ("Turnout rose in March, 30, 40 and 50 percent in three rounds.", 40),
        ("The district recorded 45 deaths, 30 of them children.", 30),
    ],
)
def test_a_count_set_off_by_commas_or_brackets_stays(text, value):
    assert value in [c.value for c in extract_figures(text)]


def test_seats_in_brackets_after_a_party_of_two_words_stay():
    text = "Move Forward won 151 seats, Palang Pracharat (40), United Thai Nation (36) and Democrat Party (25)."
    assert {40, 36, 25} <= {c.value for c in extract_figures(text)}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Under the plan, Kaltara 450MW and Selong 120MW start next year.", [450, 120]),
        ("The Dogger 1.2GW farm and Rhyl 90MW are online.", [Decimal("1.2"), 90]),
    ],
)
def test_a_power_unit_after_a_name_is_a_capacity(text, values):
    figures = extract_figures(text)
    assert [figure.value for figure in figures] == values
    assert {figure.unit for figure in figures} <= {"megawatts", "gigawatts"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # The Spanish agencies' dateline: "City, date (AGENCY).- "
        ("Quito, Mar 3 (EFE).- Nine miners were trapped when the shaft collapsed.", "Nine miners"),
        # A full stop the splitter kept after an abbreviation still ends the sentence.
        ("The ferry capsized at about 4.30 p.m. Twelve crew members were rescued by fishermen.", "Twelve crew members"),
    ],
)
def test_a_number_word_opening_a_sentence_after_a_dateline_or_a_kept_stop_counts(text, quote):
    assert quote in [candidate.quote for candidate in extract_figures(text)]


def test_a_capitalised_number_word_inside_a_sentence_is_still_a_name():
    assert reason("Leaders of the Group of Seven met in Rome.", "Seven") == "name or model"


@pytest.mark.parametrize(
    "text",
    [
        # Age bands that shares are reported of: no count.
        "Turnout among 25 to 34-year olds rose to 61%.",
        "Some 22 percent of 12-17 year-olds said so.",
        "Deaths fell in the 15-24 year-old age group, to 300.",
        "A fifth of infants age 0-2 years were underweight, 20 percent.",
        "Pensions go to widows who are at least 60 years of age, 4,000 of them.",
    ],
)
def test_age_bands_and_years_of_age_are_ages(text):
    ages = {0, 2, 12, 15, 17, 24, 25, 34, 60}
    assert not [c.quote for c in extract_figures(text) if c.value in ages]


def test_a_decimal_measure_after_a_place_is_a_list_item_not_a_model():
    text = "Sowing has covered 3.2 mt in Bihar, in Odisha 1.85 mt and in Assam 0.6 mt."
    assert [c.value for c in extract_figures(text)] == [Decimal(3200000), Decimal(1850000), Decimal(600000)]


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, Ecuador - Four climbers were rescued on Sunday.",
        "HARARE (Xinhua) - Nine miners died in a shaft collapse.",
        "CAPE POINT (June 3, 2011)--Eleven fishermen were found alive.",
    ],
)
def test_a_number_word_opening_the_sentence_after_a_hyphen_dateline_is_a_count(text):
    assert [c.qualifier for c in extract_figures(text)] == ["exact"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("On March 4, 63 passengers were hurt when the ferry struck a pier.", Decimal(63)),
        ("Her margin grew from 1,210 on Oct. 9 to 1,288 by Friday.", Decimal(1288)),
    ],
)
def test_a_number_after_a_month_and_day_that_cannot_be_a_day_is_no_date(text, value):
    # Sixteenth round: "On January 2, 52 people died", "from 3,330 on Nov. 17 to 3,377": no list of days.
    assert value in [c.value for c in extract_figures(text)]


def test_the_other_few_are_the_rest_of_a_count():
    # Sixteenth round: "The other two men … were in a car", "while the other two are said to reside …": counted.
    found = extract_figures("Four lorries were seized; the other three drivers fled into the hills.")
    assert [(c.value, c.unit) for c in found] == [(Decimal(4), "lorries"), (Decimal(3), "drivers")]


def test_a_count_too_large_for_an_age_after_dead_at_is_kept():
    # Seventeenth round: "put the number of dead at 52,340" is a count; "died at 83" stays an age.
    assert [c.value for c in extract_figures("Monitors put the number of dead at 52,340.")] == [52340]
    assert extract_figures("The novelist died at 83.") == []


def test_a_weekday_before_a_count_names_no_model():
    # Nineteenth round: "said on Tuesday 109 militants were killed" was read as a name and its number.
    from decimal import Decimal

    from claims.extraction import extract_figures

    text = "The ministry said on Thursday 212 fishermen were rescued off the coast."
    assert [(c.quote, c.value) for c in extract_figures(text)] == [("212 fishermen", Decimal(212))]


def test_type_and_a_digit_is_a_class_not_a_count():
    # Round 21: "type 2 diabetes", "Type 1 fibres" name a class.
    assert [c.value for c in extract_figures("Cases of type 2 diabetes were found in 900 patients.")] == [900]


def values(text):
    return [candidate.value for candidate in extract_figures(text)]


def test_the_big_six_is_a_name():
    assert Decimal(6) not in values("The regulator capped the bills set by the big six suppliers at 1,200 pounds.")
