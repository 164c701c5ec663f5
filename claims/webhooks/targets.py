"""Where a delivery may go: http(s) only, and not into the server's own network unless allowed.

A subscription's URL is chosen by a user; without this a webhook could make the server
POST to its database, its cloud metadata address or a service on the same host.

The address is checked when the delivery is made (a name may resolve differently later), and
the connection goes to the address that was checked: a name is resolved once per delivery and
the socket dials that address (TLS still verifies the name). Resolving twice, once to check and
once to connect, let a name with a zero TTL answer a public address to the check and the
loopback to the connection (DNS rebinding).
"""

import http.client
import ipaddress
import socket
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings


class RefusedTarget(Exception):
    pass


def check_target(url):
    """Refuse a URL that is not http(s), or whose name resolves to a private address."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise RefusedTarget(f"not an http(s) URL: {url[:100]}")
    checked_addresses(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))


def checked_addresses(host, port):
    """The addresses to dial for ``host``: resolved once, refused when any answer is not global."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise RefusedTarget(f"cannot resolve {host}: {error}") from None
    if not infos:
        raise RefusedTarget(f"cannot resolve {host}: no address")
    if not settings.FACTDB_WEBHOOK_ALLOW_PRIVATE:
        for info in infos:
            address = ipaddress.ip_address(info[4][0].split("%")[0])
            if not address.is_global:
                raise RefusedTarget(
                    f"{host} is a private address ({address}); set FACTDB_WEBHOOK_ALLOW_PRIVATE to allow it"
                )
    return [info[4][0] for info in infos]


class _CheckedConnectionMixin:
    """Dial the checked address of the URL's host (``http.client`` would resolve it again)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = self._connect_checked

    def _connect_checked(self, address, timeout, source_address=None):
        host, port = address
        failure = None
        for ip in checked_addresses(host, port):  # each in turn, as socket.create_connection does
            try:
                return socket.create_connection((ip, port), timeout, source_address)
            except OSError as error:
                failure = error
        raise failure


class CheckedHTTPConnection(_CheckedConnectionMixin, http.client.HTTPConnection):
    pass


class CheckedHTTPSConnection(_CheckedConnectionMixin, http.client.HTTPSConnection):
    pass  # wraps the socket with server_hostname=the URL's host: the certificate is still checked


class _CheckedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(CheckedHTTPConnection, req)


class _CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(CheckedHTTPSConnection, req, context=self._context)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer like any other non-2xx: never followed to another host


def delivery_opener():
    """An opener that only speaks http(s) to checked addresses, never follows a redirect and
    ignores the environment's proxies (a proxy would be dialled instead of the partner)."""
    opener = urllib.request.OpenerDirector()  # not build_opener: it adds file:, ftp: and data: handlers
    for handler in (
        urllib.request.ProxyHandler({}),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _CheckedHTTPHandler(),
        _CheckedHTTPSHandler(),
        _NoRedirect(),
    ):
        opener.add_handler(handler)
    return opener
