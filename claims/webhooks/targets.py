"""Where a delivery may go: http(s) only, and not into the server's own network unless allowed.

A subscription's URL is chosen by a user; without this a webhook could make the server
POST to its database, its cloud metadata address or a service on the same host.
The address is checked when the delivery is made (a name may resolve differently later).
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings


class RefusedTarget(Exception):
    pass


def check_target(url):
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise RefusedTarget(f"not an http(s) URL: {url[:100]}")
    if settings.FACTDB_WEBHOOK_ALLOW_PRIVATE:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except OSError as error:
        raise RefusedTarget(f"cannot resolve {parts.hostname}: {error}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            raise RefusedTarget(
                f"{parts.hostname} is a private address ({address}); set FACTDB_WEBHOOK_ALLOW_PRIVATE to allow it"
            )
