"""Fixtures for the claims tests: a set of claims that exercises every sheet column."""

import pytest

from .sheet_data import build_sheet_claims


@pytest.fixture
def sheet_claims(db, reviewer):
    """Published, draft, figureless, ranged, relayed and hostile claims (see ``sheet_data``)."""
    return build_sheet_claims(reviewer)
