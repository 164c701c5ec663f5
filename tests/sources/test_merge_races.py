"""Two reviewers confirming merges of the same speaker at the same moment, on PostgreSQL (issue 16).

``merging.merge`` locks both rows and plans again under the lock: whichever confirm comes
second finds the duplicate gone and says so; nothing is moved twice, no request fails.
"""

import pytest
from django.contrib.auth.models import Group

from claims.chains import LinkData
from claims.models import Attribution
from claims.roles import REVIEWERS
from sources.models import Actor
from tests.factories import ClaimFactory, make_actor, make_source
from tests.races import admin_session, race
from tests.rendered_forms import page_form

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

ROUNDS = 4


def confirm_form(session, url):
    """The preview's confirm form as rendered: what pressing *Merge* posts."""
    page = session.get(url)
    assert page.status_code == 200

    class Page:  # page_form reads a response's content
        content = page.content

    form = page_form(Page, containing="expected_moves")
    return {name: value for name, value in form.form_values()}


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_two_reviewers_merging_one_duplicate_at_once(race_server, django_user_model, round_):
    sessions = []
    for name in ("rita", "ruth"):
        user = django_user_model.objects.create_user(username=name, password=f"pw-{name}", is_staff=True)
        user.groups.add(Group.objects.get(name=REVIEWERS))
        sessions.append(admin_session(race_server, user))
    kept, duplicate = make_actor("UNICEF"), make_actor("Unicef (duplicate)")
    other = make_actor("UNICEF Ukraine")
    for n in range(3):
        ClaimFactory()(statement=f"Claim {n}", links=[LinkData(make_source(), duplicate, "said", "origin", 1)])
    into_kept = f"{race_server.url}/admin/sources/actor/{duplicate.pk}/merge-into/{kept.pk}/"
    into_other = f"{race_server.url}/admin/sources/actor/{duplicate.pk}/merge-into/{other.pk}/"
    forms = [confirm_form(sessions[0], into_kept), confirm_form(sessions[1], into_other)]

    first, second = race(
        lambda: sessions[0].post(into_kept, data=forms[0], headers={"Referer": into_kept}),
        lambda: sessions[1].post(into_other, data=forms[1], headers={"Referer": into_other}),
        delays=[0, 0.02 * round_],
    )
    assert all(response.status_code == 200 for response in (first, second)), (first, second)  # after redirects
    merged = [response for response in (first, second) if "3 row(s) moved" in response.text]
    refused = [response for response in (first, second) if "Nothing was merged" in response.text]
    assert len(merged) == 1 and len(refused) == 1
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    survivors = set(
        Attribution.objects.filter(claim__statement__startswith="Claim ").values_list("actor_id", flat=True)
    )
    assert len(survivors) == 1 and survivors <= {kept.pk, other.pk}
    assert Actor.history.filter(id=duplicate.pk, history_type="-").count() == 1
