"""The receiver's check in docs/webhooks.md, run on real deliveries (so the docs cannot drift)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from claims.models import WebhookSubscription
from claims.services import claim_transition

DOCS = Path(settings.BASE_DIR) / "docs" / "webhooks.md"


def documented_verifier():
    text = DOCS.read_text()
    [code] = [block for block in re.findall(r"```python\n(.*?)```", text, re.S) if "def verify_factdb_webhook" in block]
    namespace = {}
    exec(compile(code, str(DOCS), "exec"), namespace)  # noqa: S102 - our own documentation
    return namespace["verify_factdb_webhook"]


@pytest.mark.django_db(transaction=True)
def test_the_documented_check_accepts_a_real_delivery_and_nothing_else(make_claim, receiver, run_worker):
    verify = documented_verifier()
    WebhookSubscription.objects.create(name="Partner", url=receiver.url, secret="partner-secret-0123456789")
    claim = make_claim(statement="Kyiv said 477 drones were launched overnight", value=477, unit="drones")
    claim_transition(claim=claim, action="publish", user=None)
    run_worker()
    [(headers, body)] = receiver.received

    assert verify("partner-secret-0123456789", headers, body)
    assert not verify("another-secret-0123456789", headers, body)
    assert not verify("partner-secret-0123456789", headers, body.replace(b"477", b"478"))
    old = {**headers, "X-Factdb-Timestamp": str(int(headers["X-Factdb-Timestamp"]) - 3600)}
    assert not verify("partner-secret-0123456789", old, body)  # replayed an hour later
