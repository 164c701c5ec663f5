"""Tests for `claims.extraction.named_places`: a place written with its kind is where a count was made.

The names are invented; `test_acting_subjects` has the sentences whose source this changes.
"""

import pytest

from claims.extraction.named_places import names_place


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Norvale district", True),
        ("The Kessa region", True),
        ("Ostrava County", True),
        ("The Oxford Police District", False),  # a body noun: a police body
        ("Kerala State Electricity Board", False),
        ("the state", False),  # a government taken up again, no proper name
        ("Denver’s Regional Transportation District", False),
    ],
)
def test_a_proper_name_then_a_kind_of_place_names_a_place(name, expected):
    assert names_place(name) is expected
