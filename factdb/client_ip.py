"""
Which address a request comes from, as the trusted proxies in front of factdb saw it.

``X-Forwarded-For`` is written by whoever sends the request: a client can put any
address in it. Only the entries the deployment's own proxies appended can be trusted,
so ``FACTDB_TRUSTED_PROXIES`` says how many proxies stand in front of factdb (0, the
default: none, use the connection's address). With one proxy (nginx, a load balancer),
the client is the last address in the header, the one that proxy appended; with two,
the one before it. Throttles (DRF's ``NUM_PROXIES``, set from the same setting) and the
login lockout (django-axes, through ``client_ip``) identify clients the same way.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's address: ``REMOTE_ADDR``, or the address the outermost trusted proxy saw.

    Same rule as DRF's ``BaseThrottle.get_ident`` with ``NUM_PROXIES``; a forwarded entry
    that is not an address falls back to the connection's address.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.FACTDB_TRUSTED_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not proxies or not forwarded:
        return remote
    addresses = [address.strip() for address in forwarded.split(",")]
    candidate = addresses[-min(proxies, len(addresses))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
