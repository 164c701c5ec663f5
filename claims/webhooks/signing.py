"""How a delivery is signed, and how a receiver checks it (docs/webhooks.md shows the same).

The signature is HMAC-SHA256, keyed with the subscription's secret, over
``"<timestamp>.<body>"``: the timestamp is signed with the body, so a receiver that
refuses old timestamps cannot be replayed an old message.
"""

import hashlib
import hmac


def signature(secret, timestamp, body):
    """``sha256=<hex>`` for ``body`` (bytes) sent at ``timestamp`` (Unix seconds)."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret, timestamp, body, header):
    return hmac.compare_digest(signature(secret, timestamp, body), header or "")
