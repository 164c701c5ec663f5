"""The verbs and objects `acting` reads (`claims.extraction.acting_verbs`): a budget's figure taken off it, a sum in
a currency's small coins. The sentences are invented; each gave the outlet before."""

import pytest

from claims.extraction.acting_verbs import AMOUNT_NOUNS, TARGET_OBJECT
from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum taken off a budget changes the budget: the body that takes it fixes it
        ("The ministry is cutting $4.5 million from the allocation for libraries.", [("$4.5 million", "The ministry")]),
        ("The council slashed $300,000 off the grants budget.", [("$300,000", "The council")]),
        # a currency's small coin is a sum, not things counted
        ("The Energy Regulatory Board (ERB) has given approval to lower the tariff by 35 paisas per unit.",
         [("35 paisas", "The Energy Regulatory Board (ERB)")]),
    ],
)  # fmt: skip
def test_a_budget_cut_and_a_sum_in_small_coins_are_the_subject_s_own(text, expected):
    assert origins(text) == expected


def test_what_is_no_budget_cut():
    assert not TARGET_OBJECT.match(" $4.5 million from the sale of its shares")  # proceeds, no budget
    assert "paisas" in AMOUNT_NOUNS and "students" not in AMOUNT_NOUNS


def test_a_cut_in_a_count_is_a_deed():
    assert {origin for _, origin in origins("The airline cut 1,200 jobs from its payroll.")} == {"Wire"}
