"""A subject of one capitalised word that is a name (`claims.extraction.one_word_names`).

The sentences are invented: a name the verb does not vouch for, a company named in "'s", and the look-alikes
that stay with the outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.one_word_names import company_in_s, names_by_one_word


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name whose verb no list names: a capital inside it, or a clause about it, says it is a name
        (
            "ZenPay provides bursaries ranging between Sh20,000 and Sh45,000 per term for fees.",
            [("between Sh20,000 and Sh45,000", "ZenPay")],
        ),
        (
            "Kestrelgate, which runs the loan scheme, provides bursaries of up to Sh45,000 per term.",
            [("up to Sh45,000", "Kestrelgate")],
        ),
        # a name in "-s" before a singular verb is one company, not a plural noun
        (
            "Brewing group Tollers has hiked its interim dividend by nearly 12 percent.",
            [("nearly 12 percent", "Tollers")],
        ),
        # a company named for its founder, in "'s", that changes its own dividend
        (
            "Hartley's dropped its final dividend by 9.5 per cent to 4.2p.",
            [("9.5 per cent", "Hartley's"), ("4.2p", "Hartley's")],
        ),
        # "would have recorded": the modal and its "have" pad the verb
        (
            "Excluding currency effects, software maker Orbitec would have recorded a 7 percent rise in sales.",
            [("7 percent", "Orbitec")],
        ),
    ],
)
def test_a_one_word_name_gives_the_figure_of_its_own_clause(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- Cargo movements: 41,220, +3.1%;",  # a label before a colon, no verb
        "Prices rose 4 percent in March.",  # what happened to a quantity
        "Software maker Orbitec rescued 40 stranded hikers.",  # a deed
        "Last year Ruritania exported 40,000 tonnes of rice.",  # a country, with no description before it
    ],
)
def test_look_alikes_stay_with_the_outlet(text):
    assert all(origin == "Wire" for _, origin in origins(text))


def test_the_capital_inside_a_name_and_the_pronouns():
    assert names_by_one_word("iiNet declared …", 0, 5)
    assert not names_by_one_word("They declared …", 0, 4)
    assert not names_by_one_word("Funding allocated to schools rose", 0, 7)  # any first word has a capital
    assert company_in_s("Hartley's has cut its dividend", 0, 9)
    assert not company_in_s("Hartley's profit fell", 0, 9)
    assert not company_in_s("Britain's revised figures showed …", 0, 9)  # an owner, not a company in "'s"
