"""Tests for `claims.extraction.borrowed`: the units a bare number borrows, and their bounds."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures
from claims.extraction.borrowed import carried_unit, count_named, nearest_in_size, rupees_alone
from claims.extraction.numbers import find_numbers


def token(text):
    [found] = find_numbers(text)
    return found


def test_the_last_count_is_carried_to_a_number_of_its_size_only():
    assert carried_unit(token("41.2 million"), "passengers", Decimal(79200000)) == "passengers"
    assert carried_unit(token("2.5 billion"), "places", Decimal(3)) is None


def test_spans_and_measures_are_never_carried():
    assert carried_unit(token("12"), "years", Decimal(10)) is None
    assert carried_unit(token("12"), "kilometres", Decimal(10)) is None


def test_the_count_of_its_size_in_the_sentence():
    counts = [("people", Decimal(12000)), ("countries", Decimal(30))]
    assert nearest_in_size(counts, token("3,000")) == "people"
    assert nearest_in_size(counts, token("40")) is None  # the last count is of its size already


def test_a_count_named_as_numbers():
    sentence = "Officials reported a rise in visitor numbers to "
    assert count_named(sentence, len(sentence)) == "visitors"
    sentence = "Record numbers rose to "
    assert count_named(sentence, len(sentence)) is None


def test_crore_and_lakh_alone_are_rupees():
    assert rupees_alone(token("?44.09 crore"), "?44.09 crore")
    assert not rupees_alone(token("44.09 million"), "44.09 million")


def test_crore_and_lakh_alone_are_rupees_only_in_a_sentence_of_money():
    sentence = "The tribunal ordered a penalty of ?3.7 crore."
    assert rupees_alone(find_numbers(sentence)[0], sentence)
    sentence = "The ferry service carried a daily average of 4.6 lakh on weekdays."
    assert not rupees_alone(find_numbers(sentence)[0], sentence)


def test_lakh_counted_without_money_is_no_rupee():
    from claims.extraction import extract_figures

    [figure] = extract_figures("The bus network's daily ridership climbed to 6.3 lakh in March.")
    assert figure.value == Decimal(630000) and figure.unit != "INR"


def test_a_bare_amount_in_millions_goes_on_in_the_currency_of_the_last_amount():
    from claims.extraction import extract_figures

    text = "The champions were paid 41.2 million euros. The total prize pool of the event was 312.5 million."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [
        ("41.2 million euros", "EUR"),
        ("312.5 million", "EUR"),
    ]


def test_a_bare_amount_without_a_scale_takes_no_currency_from_another_sentence():
    from claims.extraction import extract_figures

    text = "The champions were paid 41.2 million euros. Their coach has 312 wins."
    assert [(c.quote, c.unit) for c in extract_figures(text)][1] == ("312 wins", "wins")
    text = "The champions were paid 41.2 million euros. Gate receipts reached 310,500 by Sunday."
    assert "EUR" not in [c.unit for c in extract_figures(text)][1:]


# Seventeenth round: a bare number compared as a count's past level ("down from six a year ago") counts
# what the sentence counts, not the span of time that bounds it; a duration compared still takes its span.
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Only five ferry crossings ran later than two hours in June, down from nine a year ago.", "nine", "crossings"),
        ("Some 14 trains waited more than three hours in May, up from eight last year.", "eight", "trains"),
        ("The queue averaged five hours in April, up from four a year earlier.", "four", "hours"),
    ],
)
def test_a_past_level_compared_takes_the_count_not_the_span(text, quote, unit):
    assert (quote, unit) in [(c.quote, c.unit) for c in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The hosts finished with 12 gold, 9 silver and 15 bronze medals.",
        "The squad collected 4 gold and 7 bronze medals on the last day.",
    ],
)
def test_a_list_of_kinds_shares_the_noun_after_its_last_kind(text):
    # "12 gold, 9 silver and 15 bronze medals": each number counts medals of its kind.
    assert {c.unit for c in extract_figures(text)} == {"medals"}


def test_casualty_states_and_pro_forms_are_no_list_of_kinds():
    text = "Officials listed 9 dead, 3 missing and 2,000 others sheltering in schools."
    assert "schools" not in {c.unit for c in extract_figures(text)}
    text = "Of 5,400 applicants, 5,100 local and 300 foreign ones were accepted."
    assert [c.unit for c in extract_figures(text) if c.quote.startswith("5,100")] != ["ones"]


def test_figures_name_a_count_across_a_decimal_point():
    sentence = "In March, passenger figures increased slightly (+0.4%) to 6.1 million."
    assert [(c.quote, c.unit) for c in extract_figures(sentence)][-1] == ("6.1 million", "passengers")


def test_a_word_that_joins_clauses_is_no_counted_noun_before_numbers():
    # Round 32: "where numbers were up" named a count of "wheres".
    sentence = "Ferry trips grew fastest in the north, where numbers were up by nine percent to 3.4 million."
    units = {candidate.quote: candidate.unit for candidate in extract_figures(sentence)}
    assert units["3.4 million"] != "wheres"
