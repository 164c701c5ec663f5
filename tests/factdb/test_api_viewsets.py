"""Base viewsets: a response's payload is freed as soon as the response is sent."""

import gc
import io
import sys

from django.core.handlers.wsgi import WSGIHandler

from tests.factories import bulk_claims


def wsgi_get(app, path, query):
    """One GET through the WSGI handler, as gunicorn makes it (read the body, then close)."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
    }
    statuses = []
    result = app(environ, lambda status, headers, exc_info=None: statuses.append(status))
    try:
        body = b"".join(result)
    finally:
        result.close()
    return statuses[0], body


def test_a_page_of_claims_is_freed_without_the_garbage_collector(db, direct_wsgi_calls):
    # DRF's view and response point at each other; unless the viewset drops those links
    # when the response closes, every dict of the page lives until a collector pass
    # (ReleaseAfterResponseMixin). A page of 150 claims is well over a thousand dicts.
    bulk_claims(150)
    app = WSGIHandler()
    wsgi_get(app, "/api/v1/claims/", "page_size=150")  # warm up: imports, caches
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            status, body = wsgi_get(app, "/api/v1/claims/", "page_size=150")
            assert status.startswith("200") and body.count(b'"uid"') == 150
        left_for_the_collector = gc.collect() / 3
    finally:
        gc.enable()
    assert left_for_the_collector < 300, f"{left_for_the_collector:.0f} objects per request waited for the collector"
