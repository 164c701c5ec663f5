"""The metrics' live-conflict flag: every write keeps it, the desk and the metric list read it.

Each test starts from two metrics whose claims agree and a quiet one; it makes or removes
a conflict the way an editor would, then looks at the desk as a reviewer does: the metric
is listed (or gone) at once, and the desk never asks the claims which metrics conflict
(no query of it reads the explanations or the relations a conflict depends on).
"""

import copy
from datetime import date
from decimal import Decimal

import lxml.html
import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.batch_create import NewClaim, claims_create_many
from claims.chains import LinkData
from claims.models import Claim, ClaimRelation, ConflictExplanation, Metric
from claims.roles import REVIEWERS
from claims.services import claim_save, claim_set_rank, claim_transition
from tests.factories import ClaimFactory, make_actor, make_source
from tests.rendered_forms import page_form, submit
from tests.shared_records import records_for_module

pytestmark = pytest.mark.django_db

DESK = reverse("admin:index")
# The whole desk, whatever the data (tests/claims/admin/test_desk.py pins it for growing data).
DESK_QUERIES = 18


def build():
    user = Group.objects.get(name=REVIEWERS).user_set.create(username="flag-rita", is_staff=True)
    make = ClaimFactory()

    def estimate(metric, value, qualifier="exact", **fields):
        return make(
            metric=metric, value=value, qualifier=qualifier, unit="troops", status="published",
            period_start=date(2024, 1, 1), period_end=date(2024, 12, 31), user=user, **fields,
        )  # fmt: skip

    troops = Metric.objects.create(name="Troops sent", slug="troops-sent")
    losses = Metric.objects.create(name="Losses in Kursk", slug="losses-kursk")
    quiet = Metric.objects.create(name="Quiet metric", slug="quiet")
    return {
        "user": user,
        "troops": troops,
        "losses": losses,
        "quiet": quiet,
        # About 12,000 (10,800–13,200) and 11,500 agree; 3,000 would not.
        "about": estimate(troops, 12000, "approx"),
        "close": estimate(troops, 11500),
        "losses_claim": estimate(losses, 3000),
    }


@pytest.fixture(scope="module")
def world_shared(django_db_setup, django_db_blocker):
    yield from records_for_module(django_db_blocker, build)


@pytest.fixture
def world(world_shared, db, client):
    world = copy.deepcopy(world_shared)
    client.force_login(world["user"])
    world["client"] = client
    return world


def desk_conflicts(client):
    """The names the desk lists under "Metrics with a live conflict", checking how it found them."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DESK)
    assert response.status_code == 200
    sql = [query["sql"] for query in queries.captured_queries]
    scans = [query for query in sql if "claims_conflictexplanation" in query or "claims_claimrelation" in query]
    assert not scans, "the desk asked the claims which metrics conflict:\n" + "\n".join(scans)
    assert len(sql) == DESK_QUERIES, "\n".join(sql)
    [found] = lxml.html.fromstring(response.content.decode()).xpath("//section[@id='desk-conflicts']")
    names = [" ".join(li.text_content().split()) for li in found.xpath(".//ul[@class='desk-items']/li")]
    assert int(found.xpath(".//a[@class='desk-total']")[0].text_content()) == len(names)
    return sorted(names)


def assert_flags_exact():
    """Every flag is what asking the metric's claims says (one definition of a conflict)."""
    for metric in Metric.objects.all():
        assert metric.has_live_conflict == Claim.objects.filter(metric=metric).conflicting().exists(), metric.name


def test_no_metric_starts_in_conflict(world):
    assert desk_conflicts(world["client"]) == []
    assert_flags_exact()


def test_a_service_edit_that_makes_a_conflict_is_on_the_desk_at_once(world):
    close = world["close"]
    close.value = Decimal(3000)
    claim_save(claim=close, user=world["user"])
    assert desk_conflicts(world["client"]) == ["Troops sent"]
    close.value = Decimal(11000)  # within "about 12,000" again
    claim_save(claim=close, user=world["user"])
    assert desk_conflicts(world["client"]) == []
    assert_flags_exact()


def test_an_edit_in_the_admin_form_as_rendered_is_on_the_desk_at_once(world):
    client, close = world["client"], world["close"]
    page = client.get(reverse("admin:claims_claim_change", args=[close.pk]))
    response = submit(client, page, page_form(page, containing='name="value"'), value="3000")
    assert response.status_code == 302, response.content.decode()[:3000]
    assert desk_conflicts(client) == ["Troops sent"]
    assert_flags_exact()


def test_an_explanation_takes_the_metric_off_the_desk_and_its_deletion_puts_it_back(world):
    client, about, close = world["client"], world["about"], world["close"]
    close.value = Decimal(3000)
    claim_save(claim=close, user=world["user"])
    add = reverse("admin:claims_conflictexplanation_add") + f"?claim_a={about.pk}&claim_b={close.pk}"
    page = client.get(add)
    form = page_form(page, containing='name="note"')
    response = submit(client, page, form, reason="different_scope", note="Troops against workers.")
    assert response.status_code == 302, response.content.decode()[:3000]
    assert desk_conflicts(client) == []
    ConflictExplanation.objects.get().delete()
    assert desk_conflicts(client) == ["Troops sent"]
    assert_flags_exact()


def test_a_claim_moved_to_another_metric_refreshes_both(world):
    close = world["close"]
    close.value = Decimal(3000)
    claim_save(claim=close, user=world["user"])
    assert desk_conflicts(world["client"]) == ["Troops sent"]
    close.metric, close.value = world["losses"], Decimal(9000)  # away from the troops, against 3,000 losses
    claim_save(claim=close, user=world["user"])
    assert desk_conflicts(world["client"]) == ["Losses in Kursk"]
    assert_flags_exact()


def test_workflow_steps_and_ranks_that_take_a_claim_out_of_play(world):
    close, user = world["close"], world["user"]
    close.value = Decimal(3000)
    claim_save(claim=close, user=user)
    claim_transition(claim=close, action="retract", user=user, reason="Wrong figure.")
    assert desk_conflicts(world["client"]) == []
    claim_transition(claim=close, action="publish", user=user)
    assert desk_conflicts(world["client"]) == ["Troops sent"]
    claim_set_rank(claim=Claim.objects.get(pk=close.pk), rank="deprecated", reason="superseded", user=user)
    assert desk_conflicts(world["client"]) == []
    assert_flags_exact()


def test_a_part_of_relation_and_a_deleted_claim(world):
    close = world["close"]
    close.value = Decimal(3000)
    claim_save(claim=close, user=world["user"])
    relation = ClaimRelation.objects.create(from_claim=close, to_claim=world["about"], kind="part_of")
    assert desk_conflicts(world["client"]) == []  # a part and its whole do not conflict
    relation.delete()
    assert desk_conflicts(world["client"]) == ["Troops sent"]
    Claim.objects.get(pk=close.pk).delete()
    assert desk_conflicts(world["client"]) == []
    assert_flags_exact()


def test_claims_created_in_a_batch(world):
    link = LinkData(source=make_source(), actor=make_actor(), verb="said", role="origin", position=1)
    claim = Claim(
        statement="Only 500 troops", metric=world["losses"], value=Decimal(500), qualifier="exact", unit="troops",
        period_start=date(2024, 3, 1), period_end=date(2024, 3, 31),
    )  # fmt: skip
    claims_create_many(new_claims=[NewClaim(claim=claim, links=[link])], user=world["user"])
    assert desk_conflicts(world["client"]) == ["Losses in Kursk"]
    assert_flags_exact()


def test_a_metric_saved_from_a_form_loaded_before_the_conflict_keeps_the_flag(world):
    troops = Metric.objects.get(pk=world["troops"].pk)  # not in conflict yet
    close = world["close"]
    close.value = Decimal(3000)
    claim_save(claim=close, user=world["user"])
    troops.description = "Renamed while a claim changed."
    troops.save()
    assert desk_conflicts(world["client"]) == ["Troops sent"]


def test_the_metric_list_filter_lists_what_the_desk_counts(world):
    client, close = world["client"], world["close"]
    close.value = Decimal(3000)
    claim_save(claim=close, user=world["user"])
    changelist = reverse("admin:claims_metric_changelist")
    live = client.get(changelist + "?conflict=live").context["cl"].result_list
    none = client.get(changelist + "?conflict=none").context["cl"].result_list
    assert [metric.name for metric in live] == desk_conflicts(client) == ["Troops sent"]
    assert sorted(metric.name for metric in none) == ["Losses in Kursk", "Quiet metric"]


def test_the_command_finds_and_repairs_flags_that_raw_writes_left_wrong(world, capsys):
    Claim.objects.filter(pk=world["close"].pk).update(value=Decimal(3000))  # no signal, no refresh
    with pytest.raises(CommandError, match="1 of 3 metrics have a wrong live-conflict flag"):
        call_command("recompute_metric_conflicts", "--check")
    assert desk_conflicts(world["client"]) == []  # --check writes nothing
    call_command("recompute_metric_conflicts")
    assert "fixed: metric" in capsys.readouterr().out
    assert desk_conflicts(world["client"]) == ["Troops sent"]
    call_command("recompute_metric_conflicts", "--check")
    assert_flags_exact()


def test_the_claim_the_metric_keeps_as_its_example_of_a_conflict_is_always_in_one(world):
    """The next write looks at that claim first; it must be in a live conflict while the flag is up."""
    about, close, troops = world["about"], world["close"], world["troops"]
    far = ClaimFactory()(
        metric=troops, value=50000, unit="troops", period_start=date(2024, 6, 1), period_end=date(2024, 6, 30)
    )  # against both: two conflicts

    def example():
        troops.refresh_from_db()
        return troops.has_live_conflict, troops.live_conflict_claim

    flagged, claim = example()
    assert flagged and claim in (about.pk, close.pk, far.pk)
    assert Claim.objects.filter(pk=claim).conflicting().exists()
    for other in (about, close):
        ConflictExplanation.objects.create(claim_a=other, claim_b=far, reason="other", note="Explained.")
        flagged, claim = example()
        assert flagged == (other == about) and (claim is None) == (other == close)
        if claim is not None:
            assert Claim.objects.filter(pk=claim).conflicting().exists()
    assert desk_conflicts(world["client"]) == []
    assert_flags_exact()
