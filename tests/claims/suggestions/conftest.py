"""A source whose text names a known agency by alias, a new group, an outlet and anonymous sources."""

import pytest

from tests.factories import make_actor, make_outlet, make_source

TEXT = (
    "Kim may send thousands more troops within weeks, the spy agency said. "
    "Lawmakers briefed by the agency said about 4,000 soldiers were wounded. "
    "In the south, 300 schools were closed, Harbour News reported, citing six sources."
)


@pytest.fixture
def agency(db):
    return make_actor("National Intelligence Service", kind="agency", aliases="the spy agency\nNIS")


@pytest.fixture
def source(db):
    return make_source(outlet=make_outlet("Wire Daily"), title="Kim's troops", text=TEXT)
