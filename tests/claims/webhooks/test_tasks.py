"""Deliveries made by the real worker (``manage.py db_worker``) to a real receiver on loopback."""

import io
import json
import time

import pytest

from claims.interchange.importing.claim_file import ClaimFileImporter
from claims.interchange.importing.readers import read_sheet
from claims.models import Claim, DeliveryStatus, Review, WebhookDelivery, WebhookSubscription
from claims.services import claim_save, claim_transition, review_save
from claims.webhooks.signing import verify
from claims.webhooks.tasks import backoff, redeliver
from tests.claims.sheet_files import export

from .receiver import Receiver, free_port

pytestmark = pytest.mark.django_db(transaction=True)

STATEMENT = "Ukraine's air force said Russia launched 477 drones and 60 missiles overnight."


def subscribe(url, **fields):
    return WebhookSubscription.objects.create(name="Partner desk", url=url, secret="s3cret-partner", **fields)


def test_publishing_delivers_a_signed_message(make_claim, receiver, run_worker):
    subscribe(receiver.url)
    claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="in_review")
    claim_transition(claim=claim, action="publish", user=None)
    assert receiver.received == []  # the editor's request only enqueued it
    run_worker()

    [(headers, body)] = receiver.received
    assert headers["X-Factdb-Event"] == "published"
    assert verify("s3cret-partner", headers["X-Factdb-Timestamp"], body, headers["X-Factdb-Signature"])
    assert not verify("another-secret", headers["X-Factdb-Timestamp"], body, headers["X-Factdb-Signature"])
    message = json.loads(body)
    assert message["event"] == "published"
    assert message["delivery"] == headers["X-Factdb-Delivery"]
    assert message["claim"]["statement"] == STATEMENT
    assert message["claim"]["status"] == "published"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == (DeliveryStatus.DELIVERED, 1, 200)


def test_each_event_reaches_only_subscribers_of_it(make_claim, reviewer, receiver, run_worker):
    subscribe(receiver.url, on_published=False, on_verdict=False)  # changes and retractions only
    claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    claim.statement = STATEMENT.replace("477", "about 477")
    claim_save(claim=claim, user=None)
    review_save(review=Review(claim=claim, rating="false", status="published", reviewer=reviewer), user=reviewer)
    claim_transition(claim=claim, action="retract", user=None, reason="The figure was the air force's estimate.")
    run_worker()
    assert [headers["X-Factdb-Event"] for headers, _ in receiver.received] == ["changed", "retracted"]


def test_verdict_event(make_claim, reviewer, receiver, run_worker):
    subscribe(receiver.url, on_published=False, on_changed=False, on_retracted=False)
    claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    review_save(review=Review(claim=claim, rating="false", status="published", reviewer=reviewer), user=reviewer)
    run_worker()
    [(headers, body)] = receiver.received
    assert headers["X-Factdb-Event"] == "verdict"
    assert json.loads(body)["claim"]["verdict"] == "false"


def test_filter_selects_claims(make_claim, receiver, run_worker):
    subscribe(receiver.url, filter="unit=troops")
    make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    make_claim(
        statement="Seoul said some 12,000 troops were sent to Russia.", value=12000, unit="troops", status="published"
    )
    run_worker()
    assert [json.loads(body)["claim"]["figure"]["unit"] for _, body in receiver.received] == ["troops"]


def test_drafts_are_never_sent(make_claim, receiver, run_worker):
    subscribe(receiver.url)
    claim = make_claim(statement=STATEMENT, value=477, unit="drones")
    claim.statement = "A draft nobody outside may read."
    claim_save(claim=claim, user=None)
    run_worker()
    assert receiver.received == []


def test_receiver_down_then_up_is_retried_with_backoff(make_claim, fast_retries, run_worker):
    down = Receiver(free_port())  # nothing listens on its port yet
    subscribe(down.url)
    make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == (DeliveryStatus.RETRYING, 1, None)
    assert "refused" in delivery.error.lower()
    assert delivery.next_retry_at is not None

    run_worker()  # the retry is not due yet
    assert WebhookDelivery.objects.get().attempts == 1

    down.start()
    try:
        time.sleep(1.2)
        run_worker()
    finally:
        down.stop()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_code) == (DeliveryStatus.DELIVERED, 2, 200)
    assert len(down.received) == 1
    assert delivery.log.count("attempt") == 2


def test_gives_up_after_the_last_attempt(make_claim, fast_retries, run_worker):
    fast_retries.FACTDB_WEBHOOK_BACKOFF_SECONDS = 0.3  # waits 0.3 s, then 1.5 s
    failing = Receiver(status=500).start()
    try:
        subscribe(failing.url)
        make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
        for attempt in range(1, 4):
            run_worker()
            if attempt < 3:  # wait until the next attempt is due
                time.sleep(backoff(attempt) + 0.1)
    finally:
        failing.stop()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == (DeliveryStatus.FAILED, 3, 500)
    assert len(failing.received) == 3


def test_unpublishing_tells_only_the_subscribers_who_were_told_of_the_claim(make_claim, receiver, run_worker, reviewer):
    """A partner that mirrors published claims must learn that one was taken down; one that
    never heard of it hears nothing, and nothing the claim says is sent once it is not public."""
    told = subscribe(receiver.url)
    other = Receiver().start()
    try:
        WebhookSubscription.objects.create(name="Sport desk", url=other.url, filter="unit=goals")
        claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="in_review")
        claim_transition(claim=claim, action="publish", user=reviewer)
        run_worker()
        claim_transition(claim=claim, action="unpublish", user=reviewer, reason="The source is in doubt.")
        run_worker()
        assert other.received == []
    finally:
        other.stop()

    assert [headers["X-Factdb-Event"] for headers, _ in receiver.received] == ["published", "unpublished"]
    message = json.loads(receiver.received[1][1])
    assert message["event"] == "unpublished"
    assert message["claim"] == {"id": claim.pk, "uid": str(claim.uid), "api_url": f"/api/v1/claims/{claim.pk}/"}
    assert WebhookDelivery.objects.get(event="unpublished").subscription == told


def test_redeliver_sends_the_same_message_again(make_claim, receiver, run_worker):
    subscribe(receiver.url)
    make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    run_worker()
    first = WebhookDelivery.objects.get()
    redeliver(first)
    run_worker()
    assert len(receiver.received) == 2
    bodies = [json.loads(body) for _, body in receiver.received]
    assert bodies[0]["claim"] == bodies[1]["claim"]
    assert bodies[0]["delivery"] != bodies[1]["delivery"]
    assert WebhookDelivery.objects.filter(status=DeliveryStatus.DELIVERED).count() == 2


def test_private_addresses_are_refused_unless_allowed(make_claim, receiver, run_worker, settings):
    settings.FACTDB_WEBHOOK_ALLOW_PRIVATE = False
    subscribe(receiver.url)
    make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert receiver.received == []
    assert "private address" in delivery.error
    assert delivery.status == DeliveryStatus.RETRYING


def test_a_name_that_resolves_public_then_private_is_refused(make_claim, receiver, run_worker, settings, monkeypatch):
    """DNS rebinding: a partner's name answers a public address when it is checked and the
    loopback when it is dialled. The delivery must go to the address that was checked, or nowhere."""
    import socket

    settings.FACTDB_WEBHOOK_ALLOW_PRIVATE = False
    answers = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1", "127.0.0.1"])
    resolve = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        return resolve(next(answers) if host == "hooks.partner.example" else host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    subscribe(f"http://hooks.partner.example:{receiver.port}/hooks/factdb")
    make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert receiver.received == [], "the POST reached the loopback address"
    assert "private address (127.0.0.1)" in delivery.error
    assert delivery.status == DeliveryStatus.RETRYING


@pytest.mark.postgres
def test_the_worker_command_delivers_from_its_own_process(make_claim, receiver):
    """``manage.py db_worker`` as the README starts it, in a process of its own."""
    import os
    import subprocess
    import sys

    from django.conf import settings as django_settings
    from django.db import connection

    database = connection.settings_dict
    environment = {
        **os.environ,
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
    }
    worker = subprocess.Popen(
        [sys.executable, str(django_settings.BASE_DIR / "manage.py"), "db_worker", "--no-reload", "--interval", "0.2"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        subscribe(receiver.url)
        make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
        deadline = time.monotonic() + 30
        while not receiver.received and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        worker.terminate()
        _, errors = worker.communicate(timeout=30)
        wait_for_other_sessions_to_end(connection)
    assert len(receiver.received) == 1, errors.decode()[-2000:]
    assert WebhookDelivery.objects.get().status == DeliveryStatus.DELIVERED


def wait_for_other_sessions_to_end(connection, timeout=10):
    """PostgreSQL ends a session a moment after its process exits; the test database can
    only be dropped once the worker's session is gone."""
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.1)


def test_claims_an_import_publishes_are_announced_like_published_ones(make_claim, superuser, receiver, run_worker):
    # A sheet import writes its new claims in one batch (claims_create_many), not through
    # claim_transition: before, a claim imported as published reached no subscriber.
    subscribe(receiver.url, on_changed=False)
    claim = make_claim(statement=STATEMENT, value=477, unit="drones", status="published")
    data = export("csv", Claim.objects.filter(pk=claim.pk))
    claim.delete()
    run_worker()
    assert receiver.received == []

    result = ClaimFileImporter(user=superuser, filename="claims.csv").run(read_sheet(io.BytesIO(data), "claims.csv"))
    assert result.counts["create"] == 1, [str(error) for error in result.errors]
    run_worker()

    [(headers, body)] = receiver.received
    message = json.loads(body)
    assert (headers["X-Factdb-Event"], message["claim"]["statement"]) == ("published", STATEMENT)
    assert message["claim"]["id"] == Claim.objects.get(uid=claim.uid).pk
