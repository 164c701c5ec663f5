"""The worker's side of webhooks: fan an event out to subscriptions, then deliver each, signed.

Both are Django tasks (``django.tasks``) run by ``manage.py db_worker``. A failed delivery
is enqueued again with ``run_after`` (exponential backoff) until it succeeds or has had
``FACTDB_WEBHOOK_MAX_ATTEMPTS`` tries; every attempt is a line in the delivery's log.
"""

import json
import time
import urllib.error
import urllib.request
from datetime import timedelta
from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import QueryDict
from django.tasks import task
from django.utils import timezone

from ..api.payloads import ApiLinks, ClaimPayloads
from ..models import PUBLIC_STATUSES, Claim, DeliveryStatus, WebhookDelivery, WebhookEvent, WebhookSubscription
from ..selectors import filtered_claims
from .signing import signature
from .targets import RefusedTarget, check_target, delivery_opener

# How much of a receiver's answer is read (and at most 200 characters of it are logged).
RESPONSE_LIMIT = 64 * 1024
USER_AGENT = "factdb-webhooks/1"


@task
def dispatch_event(*, event, claim_id, occurred_at):
    """Create a delivery for each active subscription of ``event`` whose filter the claim matches.

    ``unpublished`` goes instead to the subscriptions that were told about the claim before:
    it is no longer public, so its content is not sent and no filter can be read against it.
    """
    subscriptions = WebhookSubscription.objects.filter(active=True, **{f"on_{event}": True})
    if event == WebhookEvent.UNPUBLISHED:
        claim = Claim.objects.exclude(status__in=PUBLIC_STATUSES).filter(pk=claim_id).first()
        told = WebhookDelivery.objects.filter(claim_id=claim_id).exclude(event=WebhookEvent.UNPUBLISHED)
        subscriptions = subscriptions.filter(pk__in=told.values("subscription"))
        payload = withdrawn_claim_payload(claim) if claim else None
    else:
        claim = Claim.objects.public().filter(pk=claim_id).first()
        payload = claim_payload(claim_id) if claim else None
    if claim is None:  # public again (or no longer), or deleted, by the time the worker reads it
        return 0
    created = []
    for subscription in subscriptions:
        if event != WebhookEvent.UNPUBLISHED and not matches(subscription, claim):
            continue
        delivery = WebhookDelivery(subscription=subscription, event=event, claim=claim, payload={})
        delivery.payload = {
            "event": event,
            "delivery": str(delivery.uid),
            "occurred_at": occurred_at,
            "claim": payload,
        }
        delivery.save()
        created.append(delivery.pk)
    for pk in created:
        deliver.enqueue(delivery_id=pk)
    return len(created)


def _publisher_request():
    """A request as the API's anonymous reader makes it, with links under ``FACTDB_PUBLISHER_URL``."""
    origin = settings.FACTDB_PUBLISHER_URL.rstrip("/")
    return SimpleNamespace(version="v1", build_absolute_uri=lambda path: origin + path)


def claim_payload(claim_id):
    """The claim as an anonymous API reader sees it, with absolute links when the site's URL is set."""
    # As the API renders it: on PostgreSQL the rows hold dates and decimals, not text.
    return json.loads(json.dumps(ClaimPayloads(_publisher_request()).for_ids([claim_id])[0], cls=DjangoJSONEncoder))


def withdrawn_claim_payload(claim):
    """What is said of a claim taken back to review: which one it was, nothing it says."""
    claims_url = ApiLinks(_publisher_request()).prefix("claim")
    return {"id": claim.pk, "uid": str(claim.uid), "api_url": f"{claims_url}{claim.pk}/"}


def matches(subscription, claim):
    """Whether ``claim`` is among the public claims the subscription's filter selects.

    The filter is read as the API reads it for an anonymous reader; unless it names a
    status, the claim's own status is added, so a retraction matches the same filter
    its publication did.
    """
    if not subscription.filter:
        return True
    params = QueryDict(subscription.filter, mutable=True)
    if "status" not in params:
        params["status"] = claim.status
    try:
        return filtered_claims(params, None).filter(pk=claim.pk).exists()
    except ValidationError:  # saved before a filter changed; the admin shows the error on save
        return False


def backoff(attempt):
    """Seconds to wait after failed try number ``attempt``: base, 5×base, 25×base, …"""
    return settings.FACTDB_WEBHOOK_BACKOFF_SECONDS * 5 ** (attempt - 1)


_opener = delivery_opener()


@task
def deliver(*, delivery_id):
    """POST the delivery's payload, signed; record the answer; retry later when it failed."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update().select_related("subscription").filter(pk=delivery_id).first()
        )
        if delivery is None or delivery.status in {DeliveryStatus.DELIVERED, DeliveryStatus.FAILED}:
            return None
        delivery.attempts += 1
        delivery.last_attempt_at = timezone.now()
        delivery.save(update_fields=["attempts", "last_attempt_at"])
    code, error = post(delivery)
    now = timezone.now()
    delivery.response_code = code
    delivery.error = error[:500]
    line = f"{now:%Y-%m-%d %H:%M:%S} attempt {delivery.attempts}: " + (f"HTTP {code}" if code else "no answer")
    delivery.log += line + (f" — {error[:200]}" if error else "") + "\n"
    if code is not None and 200 <= code < 300:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = now
        delivery.next_retry_at = None
    elif delivery.attempts < settings.FACTDB_WEBHOOK_MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.RETRYING
        delivery.next_retry_at = now + timedelta(seconds=backoff(delivery.attempts))
    else:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_retry_at = None
    delivery.save(
        update_fields=["status", "response_code", "error", "log", "delivered_at", "next_retry_at", "last_attempt_at"]
    )
    if delivery.status == DeliveryStatus.RETRYING:
        deliver.using(run_after=delivery.next_retry_at).enqueue(delivery_id=delivery.pk)
    return delivery.status


def post(delivery):
    """Send the delivery once: ``(HTTP status or None, error text)``."""
    subscription = delivery.subscription
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    request = urllib.request.Request(
        subscription.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Factdb-Event": delivery.event,
            "X-Factdb-Delivery": str(delivery.uid),
            "X-Factdb-Timestamp": timestamp,
            "X-Factdb-Signature": signature(subscription.secret, timestamp, body),
        },
    )
    try:
        check_target(subscription.url)
        with _opener.open(request, timeout=settings.FACTDB_WEBHOOK_TIMEOUT) as response:
            response.read(RESPONSE_LIMIT)
            return response.status, ""
    except urllib.error.HTTPError as error:
        answer = error.read(RESPONSE_LIMIT).decode("utf-8", "replace")
        return error.code, " ".join(answer.split())[:200]
    except RefusedTarget as error:
        return None, f"refused: {error}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return None, str(reason) or type(reason).__name__


def redeliver(delivery):
    """A new delivery of the same message (a fresh delivery id), enqueued now."""
    copy = WebhookDelivery(
        subscription=delivery.subscription, event=delivery.event, claim=delivery.claim_id and delivery.claim, payload={}
    )
    copy.payload = {**delivery.payload, "delivery": str(copy.uid)}
    copy.save()
    transaction.on_commit(lambda: deliver.enqueue(delivery_id=copy.pk))
    return copy
