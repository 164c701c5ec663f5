"""The hook in ``claims.services``: the editor's request only enqueues, after commit."""

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from claims.models import WebhookDelivery, WebhookSubscription
from claims.services import claim_save, claim_transition

from .receiver import Receiver, free_port

LIST = "/api/v1/claims/"
STATEMENT = "Ukraine's air force said Russia launched 477 drones and 60 missiles overnight."


@pytest.mark.django_db(transaction=True)
def test_a_slow_receiver_does_not_slow_the_publish_request(reviewer_api, make_claim, run_worker):
    slow = Receiver(delay=1).start()  # answers after the request has: nothing may wait for it
    try:
        WebhookSubscription.objects.create(name="Slow partner", url=slow.url)
        claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="in_review")
        response = reviewer_api.post(f"{LIST}{claim.pk}/publish/")
        assert response.status_code == 200, response.content
        # Answered before anything was sent (no clock: a loaded machine must not decide it).
        assert slow.received == [], "the publish request waited for the receiver"
        assert DBTaskResult.objects.count() == 1  # the event waits for the worker
        run_worker()
        assert len(slow.received) == 1
    finally:
        slow.stop()


@pytest.mark.django_db(transaction=True)
def test_a_receiver_that_is_down_does_not_fail_the_request(reviewer_api, make_claim, run_worker, fast_retries):
    WebhookSubscription.objects.create(name="Down partner", url=Receiver(free_port()).url)
    claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="in_review")
    response = reviewer_api.post(f"{LIST}{claim.pk}/publish/")
    assert response.status_code == 200
    assert response.json()["status"] == "published"
    run_worker()
    assert WebhookDelivery.objects.get().status == "retrying"


@pytest.mark.django_db(transaction=True)
def test_nothing_is_enqueued_when_the_write_rolls_back(make_claim):
    WebhookSubscription.objects.create(name="Partner", url="http://127.0.0.1:9/hook")
    claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="in_review")
    with pytest.raises(RuntimeError), transaction.atomic():
        claim_transition(claim=claim, action="publish", user=None)
        raise RuntimeError("the editor's request failed after the publish")
    assert DBTaskResult.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_one_event_per_claim_and_kind_per_transaction(make_claim):
    WebhookSubscription.objects.create(name="Partner", url="http://127.0.0.1:9/hook")
    claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    DBTaskResult.objects.all().delete()
    claim.statement = STATEMENT.replace("477", "about 477")
    from claims.services import links_from_claim

    claim_save(claim=claim, user=None, links=links_from_claim(claim)[:1])  # the claim and its chain
    assert DBTaskResult.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_without_subscriptions_nothing_is_enqueued(make_claim):
    make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    assert DBTaskResult.objects.count() == 0
