"""The attribution inline saves a chain as a whole: reordered and extended in one save."""

import pytest

from claims.chains import LinkData
from claims.models import Claim
from tests.factories import make_actor, make_outlet, make_source
from tests.rendered_forms import rendered_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def hill_claim(make_claim):
    """“The Hill ← six anonymous sources”: one origin, at position 1."""
    source = make_source(outlet=make_outlet("The Hill"), title="Pentagon weighs more troops")
    anonymous = make_actor("anonymous sources", kind="anonymous")
    links = [LinkData(source=source, actor=anonymous, verb="citing", role="origin", position=1, source_count=6)]
    return make_claim(statement="Up to 1,000 more troops", links=links)


def change_url(claim):
    return f"/admin/claims/claim/{claim.pk}/change/"


def row_index(data, prefix, attribution):
    return next(
        key.split("-")[1] for key, value in data.items() if key.endswith("-id") and value == [str(attribution.pk)]
    )


def test_the_origin_moves_to_2_and_a_relay_takes_1_in_one_save_of_the_rendered_form(reviewer_client, hill_claim):
    origin = hill_claim.attributions.get()
    nbc = make_actor("NBC News")
    data = rendered_form(reviewer_client.get(change_url(hill_claim)), "claim_form")
    data.set(f"attributions-{row_index(data, 'attributions', origin)}-position", 2)
    data.add_inline_row(
        "attributions", source=origin.source_id, actor=nbc.pk, verb="reported", role="relay", position=1
    )

    response = reviewer_client.post(change_url(hill_claim), data)

    assert response.status_code == 302, response.context["errors"] if response.context else response
    chain = [
        (a.position, a.actor.name, a.role)
        for a in Claim.objects.get(pk=hill_claim.pk).attributions.order_by("position")
    ]
    assert chain == [(1, "NBC News", "relay"), (2, "anonymous sources", "origin")]


def test_the_change_page_reads_the_chain_as_one_line(reviewer_client, hill_claim):
    response = reviewer_client.get(change_url(hill_claim))
    assert "The Hill ← six anonymous sources" in response.content.decode()


def test_two_links_on_one_position_are_refused_beside_the_chain_and_nothing_is_written(reviewer_client, hill_claim):
    origin = hill_claim.attributions.get()
    data = rendered_form(reviewer_client.get(change_url(hill_claim)), "claim_form")
    data.add_inline_row(
        "attributions", source=origin.source_id, actor=make_actor().pk, verb="said", role="relay", position=1
    )

    response = reviewer_client.post(change_url(hill_claim), data)

    assert response.status_code == 200
    assert "two links share a position" in response.content.decode()
    assert list(hill_claim.attributions.values_list("position", "role")) == [(1, "origin")]
