"""A subject's own clause whatever its verb (`claims.extraction.acting_by_default`).

The sentences are invented. Each credited case gave the outlet before the default (no verb of fixing by name);
the refusals pin the deeds, changes of quantity and look-alikes the default must leave with the outlet.
"""

import pytest

from claims.extraction.acting_subjects import names_someone, opening_subject
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party named by its members in the plural
        (
            "The Conservatives have been floating a shortfall well above the $6-billion promised.",
            [("$6-billion", "The Conservatives")],
        ),
        # an office in capitals before a name of three words, or a name with its nickname in brackets
        (
            "Finance Minister Tan Wei Ming will be issuing a warrant to halt some RM2 billion of unused funds.",
            [("some RM2 billion", "Finance Minister Tan Wei Ming")],
        ),
        (
            "President Ana Maria Lopes (Anita) has also pledged some Rp40 million for each damaged house.",
            [("some Rp40 million", "President Ana Maria Lopes (Anita)")],
        ),
        (
            "Eastport High Court Judge Amir Hadi Abdul Rahman has sentenced the former minister to a total of 40 years"
            " in jail.",
            [("a total of 40 years", "Eastport High Court Judge Amir Hadi Abdul Rahman")],
        ),
        # a place's formal name with its head before "of": its government
        (
            "The Regional District of Eastmoor declared a local emergency with a relief budget of $2.5 million.",
            [("$2.5 million", "The Regional District of Eastmoor")],
        ),
        # "he" after an opening phrase, "it" after a linking adverb
        (
            "Finance Minister Jo Doe presented the budget. Among the new measures, he has floated an outlay of Rs 4,000"
            " crore for roads.",
            [("Rs 4,000 crore", "Finance Minister Jo Doe")],
        ),
        (
            "Not counting one-off charges, Northwind Traders brought in $0.41 per share.",
            [("$0.41 per share", "Northwind Traders")],
        ),
    ],
)
def test_subjects_of_every_shape_give_the_figure_of_their_own_clause(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines notched 1,200 new cases on Monday.",  # a place in the plural, no party
        "The Netherlands notched a 2.1% rise in output.",
        "The Liberals won 54 seats.",  # what a party won
        "Among the new cases, he counted 40 children.",  # a deed counted
    ],
)
def test_places_and_parties_counted_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} == {"Wire"}


def test_a_one_word_name_before_a_relative_clause_keeps_its_own_goal():
    # "Kestrel, which …, maintained its goal": a company named in one word, then a relative clause, then its verb
    text = "Kestrel, which trades on the Warsaw exchange, maintained its 2025 goal for core earnings of 600 million zlotys."
    assert origins(text) == [("600 million zlotys", "Kestrel")]


def test_a_name_in_ing_and_a_pronoun_after_an_opening_phrase_are_subjects():
    # "Boeing, which …, posted": a name that ends in -ing is no opening participle ("Including special items,")
    text = "Aerolinx, which flies from the airport, posted a loss of $40 million."
    assert opening_subject(text) == (0, len("Aerolinx"))
    # "Among the highlights, he has proposed …": the pronoun after an opening phrase names someone, as "He" does
    assert names_someone("he") and names_someone("she")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator met on Monday. Further, it has also proposed to cut the tariff to Rs. 4.10 per unit.",
            [("Rs. 4.10 per unit", "The regulator")],
        ),
        (
            "Northbank posted its results on Friday. It also declared an interim dividend of 29 sen per share.",
            [("29 sen", "Northbank")],
        ),
    ],
)
def test_it_that_proposes_or_declares_a_figure_stands_for_the_body_before(text, expected):
    assert origins(text) == expected


def test_a_dummy_it_stays_with_the_outlet():
    assert origins("The levy is new. It is estimated at 40 percent.") == [("estimated at 40 percent", "Wire")]


def test_a_second_verb_after_a_deed_gives_its_own_figure():
    # the deed counted after the first verb stays the outlet's; the sum after "and is preparing" is the body's
    text = (
        "The Disaster Relief Agency has delivered nearly 52,000 hygiene kits to flooded districts and is "
        "preparing P120 million in cash aid for displaced families."
    )
    assert origins(text) == [("nearly 52,000 hygiene kits", "Wire"), ("P120 million", "The Disaster Relief Agency")]


def test_a_second_object_after_and_is_no_second_verb():
    text = "The Disaster Relief Agency has delivered 52,000 hygiene kits and blankets to 300 families."
    assert all(origin == "Wire" for _, origin in origins(text))
