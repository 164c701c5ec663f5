"""Tests for `claims.extraction.epithets`: bodies called "the watchdog" or "the regulator" (invented texts)."""

from claims.extraction import extract_figures


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_the_watchdog_takes_up_the_body_the_text_opened_with():
    text = (
        "The Public Audit Office’s work saved taxpayers £2.3bn last year, the watchdog has said.\n\n"
        "The office beat its target by some £500m, it said."
    )
    assert origins(text) == [("£2.3bn", "The Public Audit Office"), ("some £500m", "The Public Audit Office")]


def test_the_regulator_is_the_body_whose_name_says_so_not_the_last_sentence_opener():
    text = (
        "Bills rose this month, the Power Regulatory Commission said.\n\n"
        "The March tariffs came after the regulator raised the fuel levy to 4.51 shillings per unit."
    )
    assert origins(text)[-1] == ("4.51 shillings per unit", "the Power Regulatory Commission")
