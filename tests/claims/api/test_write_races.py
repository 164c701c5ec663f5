"""Editors and reviewers writing one claim at the same moment through the API, on PostgreSQL.

Each test races real requests against the live server (``tests.races``) ``ROUNDS`` times
and collects every round that lost a write; none may. On the code before claim_save
locked the row first and wrote only editable fields, the PATCH-vs-retract race ended
published in most rounds (issue 14).
"""

import pytest
from django.contrib.auth.models import Group
from rest_framework.authtoken.models import Token

from claims.models import Claim, ClaimStatus, Metric
from claims.roles import REVIEWERS
from claims.services import claim_set_rank, claim_transition
from tests.factories import ClaimFactory, make_actor, make_source
from tests.races import api_session, race

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

ROUNDS = 20


@pytest.fixture
def newsroom(race_server, django_user_model):
    """Two API sessions, a published claim with its chain, and the claims URL.

    Both are reviewers: an editor's change to a published claim waits as a pending revision
    (claims.revisions) and never touches the claim, so the race these tests guard is between
    an edit that applies at once and a workflow step or verdict taken meanwhile."""
    sessions = {}
    for name, group in (("eddie", REVIEWERS), ("rita", REVIEWERS)):
        user = django_user_model.objects.create_user(username=name, password=f"pw-{name}")
        user.groups.add(Group.objects.get(name=group))
        sessions[name] = api_session(Token.objects.create(user=user).key)
    source, speaker = make_source(title="Front-line report"), make_actor("Regional governor")
    claim = ClaimFactory()(
        value=1, unit="drones", statement="One drone", source=source, actor=speaker, status="published"
    )
    return {
        "editor": sessions["eddie"],
        "reviewer": sessions["rita"],
        "claims": f"{race_server.url}/api/v1/claims/",
        "claim": claim,
        "sources": [{"id": source.pk, "chain": [{"actor": speaker.slug, "verb": "said"}]}],
    }


def republish(claim):
    """Put the claim back where a round starts, published (as a trusted system caller)."""
    claim = Claim.objects.get(pk=claim.pk)
    if claim.status == ClaimStatus.RETRACTED:
        claim_transition(claim=claim, action="publish", user=None)


def editor_status_changes(claim, since):
    """History records after ``since`` (a history id) where the editor's save changed the status (an edit never may)."""
    records = list(claim.history.order_by("history_date", "history_id").select_related("history_user"))
    return [
        (before.status, after.status)
        for before, after in zip(records, records[1:], strict=False)
        if after.history_id > since
        and after.history_user
        and after.history_user.username == "eddie"
        and after.status != before.status
    ]


@pytest.mark.parametrize(
    "step, start, end",
    [("retract", ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED), ("publish", ClaimStatus.DRAFT, ClaimStatus.PUBLISHED)],
)
def test_a_patch_never_undoes_a_workflow_step_taken_meanwhile(newsroom, step, start, end):
    claim, lost = newsroom["claim"], []
    for round_ in range(ROUNDS):
        if start == ClaimStatus.PUBLISHED:
            republish(claim)
        else:
            # A fresh draft each round: a published claim cannot go back to draft.
            claim = ClaimFactory()(value=1, unit="drones", statement="One drone", status=start)
        since = claim.history.latest().history_id
        patch, workflow = race(
            lambda claim=claim, round_=round_: newsroom["editor"].patch(
                f"{newsroom['claims']}{claim.pk}/",
                json={"statement": f"One drone (edit {round_})", "sources": newsroom["sources"]},
            ),
            lambda claim=claim: newsroom["reviewer"].post(
                f"{newsroom['claims']}{claim.pk}/{step}/", json={"reason": "Misread."}
            ),
        )
        assert patch.status_code == 200, patch.text[:500]
        assert workflow.status_code == 200, workflow.text[:500]
        stored = Claim.objects.get(pk=claim.pk)
        changes = editor_status_changes(stored, since)
        if stored.status != end or changes:
            lost.append((round_, stored.status, changes))
    assert not lost, f"{len(lost)} of {ROUNDS} rounds lost the {step}: {lost}"


def test_if_match_on_publish_is_checked_under_the_lock(newsroom):
    """A reviewer publishes the version they read; an editor's PATCH in between makes it a 412."""
    unseen, refused = [], 0
    for round_ in range(ROUNDS):
        claim = ClaimFactory()(value=1, unit="drones", statement=f"One drone ({round_})", status="in_review")
        patch, publish = race(
            lambda claim=claim: newsroom["editor"].patch(f"{newsroom['claims']}{claim.pk}/", json={"value": 999999}),
            lambda claim=claim: newsroom["reviewer"].post(
                f"{newsroom['claims']}{claim.pk}/publish/", headers={"If-Match": f'"{claim.version}"'}
            ),
        )
        assert patch.status_code == 200, patch.text[:500]
        assert publish.status_code in (200, 412), publish.text[:500]
        if publish.status_code == 412:
            refused += 1
            assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW
            continue
        published = claim.history.filter(history_change_reason="publish").get()
        if published.value != 1:
            unseen.append((round_, published.value))
    assert not unseen, f"{len(unseen)} of {ROUNDS} rounds published a figure the reviewer never read: {unseen}"


def test_two_claims_made_preferred_at_once_one_wins_the_other_is_told_which(newsroom):
    metric = Metric.objects.create(name="Drones shot down", slug="drones-shot-down", unit="drones")
    make = ClaimFactory()
    first = make(value=1, unit="drones", statement="First estimate", metric=metric)
    second = make(value=2, unit="drones", statement="Second estimate", metric=metric)
    wrong = []
    for round_ in range(ROUNDS):
        for claim in (first, second):
            claim_set_rank(claim=claim, rank="normal")
        answers = race(
            *(
                lambda claim=claim: newsroom["editor"].patch(
                    f"{newsroom['claims']}{claim.pk}/", json={"rank": "preferred"}
                )
                for claim in (first, second)
            )
        )
        codes = sorted(answer.status_code for answer in answers)
        preferred = list(Claim.objects.filter(metric=metric, rank="preferred").values_list("statement", flat=True))
        if codes != [200, 400] or len(preferred) != 1:
            wrong.append((round_, codes, preferred))
            continue
        refusal = next(answer for answer in answers if answer.status_code == 400).json()
        assert preferred[0] in refusal["rank"][0], refusal
    assert not wrong, f"{len(wrong)} of {ROUNDS} rounds did not end in one 200 and one 400: {wrong}"
