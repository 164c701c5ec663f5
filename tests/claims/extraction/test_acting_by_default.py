"""A subject's own clause whatever its verb (`claims.extraction.acting_by_default`).

The sentences are invented. Each credited case gave the outlet before the default (no verb of fixing by name);
the refusals pin the deeds, changes of quantity and look-alikes the default must leave with the outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb no list names, the figure in the subject's own clause after it
        (
            "The insurer models second-quarter revenue of $3.4 billion to $3.5 billion.",
            [("$3.4 billion to $3.5 billion", "The insurer")],
        ),
        (
            "For the first half, Northwind Traders brought in $2.2 billion in revenue.",
            [("$2.2 billion", "Northwind Traders")],
        ),
        ("Analysts were modelling $7.4 billion.", [("$7.4 billion", "Analysts")]),
        (
            "The ministry also took down its harvest outlook, which now calls for 41 million tonnes.",
            [("41 million tonnes", "The ministry")],
        ),
        ("The regulator has floated a cap of 12 per cent on fees.", [("12 per cent", "The regulator")]),
    ],
)
def test_a_subject_gives_the_figure_of_its_own_clause(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The coastguard airlifted 40 people to safety.",  # a deed counted right after its verb
        "The brigade deployed 300 firefighters to the valley.",
        "The party took 41% of the vote.",  # a share won
        "House prices nationally have climbed by 2.1% since May.",  # a noun in -s read as a verb
        "Seven firefighters battled the blaze for 12 hours.",  # a subject that counts
        "The insurer has 4,000 branches.",  # what it holds
        "The county council gained 3 seats.",  # what happened to a quantity
        "Parliament will get Sh40 billion in the budget.",  # what it receives
        "The board models revenue of $3 billion.”",  # the end of a quotation: its speaker is the quotation's
        "The insurer’s revenue surged to $3 billion.",  # a possessive: the subject is the revenue
    ],
)
def test_deeds_changes_and_look_alikes_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} == {"Wire"}
