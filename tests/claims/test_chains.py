import pytest
from django.core.exceptions import ValidationError

from claims.chains import LinkData, validate_chain
from tests.factories import make_actor, make_source


@pytest.fixture
def parts(db):
    return {
        "hill": make_source(title="Hill story"),
        "nyt": make_source(title="NYT story"),
        "nbc": make_actor("NBC News", kind="media"),
        "anon": make_actor("Anonymous", kind="anonymous"),
        "nis": make_actor("NIS", kind="agency"),
    }


def link(source, actor, role, position, verb="said", count=None):
    return LinkData(source=source, actor=actor, verb=verb, role=role, position=position, source_count=count)


def test_relay_then_origin_is_valid(parts):
    validate_chain(
        [link(parts["hill"], parts["nbc"], "relay", 1), link(parts["hill"], parts["anon"], "origin", 2, count=6)]
    )


def test_each_source_has_its_own_chain(parts):
    validate_chain([link(parts["hill"], parts["nis"], "origin", 1), link(parts["nyt"], parts["nis"], "origin", 1)])


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda p: [link(p["hill"], p["nbc"], "relay", 1)], "exactly one origin"),
        (
            lambda p: [link(p["hill"], p["nbc"], "origin", 1), link(p["hill"], p["nis"], "origin", 2)],
            "exactly one origin",
        ),
        (
            lambda p: [link(p["hill"], p["nis"], "origin", 1), link(p["hill"], p["nbc"], "relay", 2)],
            "must be the last link",
        ),
        (lambda p: [link(p["hill"], p["nbc"], "relay", 1), link(p["hill"], p["nis"], "origin", 1)], "share a position"),
        (lambda p: [link(p["hill"], p["nis"], "origin", 1, count=6)], "only anonymous sources"),
    ],
)
def test_broken_chains_are_refused_with_a_reason(parts, build, message):
    with pytest.raises(ValidationError) as error:
        validate_chain(build(parts))
    assert any(message in m for m in error.value.messages)
    assert "Hill story" in " ".join(error.value.messages)
