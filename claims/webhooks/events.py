"""The hook ``claims.services`` calls: enqueue a webhook event once the write has committed."""

import functools
import logging

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


def claim_event(event, claim_id):
    """Tell subscribers of ``event`` (a ``WebhookEvent`` value) about the claim, after commit.

    Nothing happens when the transaction rolls back. One event per claim and kind is sent
    per transaction (an edit that also replaces the chain is one "changed"). The editor's
    request only adds a task row; the worker does the rest.
    """
    key = (event, claim_id)
    connection = transaction.get_connection()
    if any(getattr(callback, "webhook_event", None) == key for _, callback, _ in connection.run_on_commit):
        return
    callback = functools.partial(_enqueue, event, [claim_id], timezone.now().isoformat())
    callback.webhook_event = key
    transaction.on_commit(callback, robust=True)


def claim_events(event, claim_ids):
    """``claim_event`` for a batch of new claims (an import): one callback and one check of the subscriptions.

    Asking for each claim on its own would add a callback per claim and scan the
    transaction's callbacks for each, quadratic in the batch; the batch's claims are new,
    so none can already be waiting.
    """
    claim_ids = list(claim_ids)
    if claim_ids:
        transaction.on_commit(functools.partial(_enqueue, event, claim_ids, timezone.now().isoformat()), robust=True)


def _enqueue(event, claim_ids, occurred_at):
    from ..models import WebhookSubscription
    from .tasks import dispatch_event

    try:
        if WebhookSubscription.objects.filter(active=True, **{f"on_{event}": True}).exists():
            for claim_id in claim_ids:
                dispatch_event.enqueue(event=event, claim_id=claim_id, occurred_at=occurred_at)
    except Exception:  # the claims are saved; a lost notification must not turn the write into an error page
        logger.exception("Could not enqueue the %s webhook event of claims %s", event, claim_ids[:20])
