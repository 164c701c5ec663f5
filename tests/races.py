"""Race real requests against the live server: threads released together, each with its own HTTP session.

The live server (pytest-django's ``live_server``) answers each request in its own
thread with its own database connection, as gunicorn's workers would; on PostgreSQL
the requests really overlap. ``race()`` starts its calls at the same instant (a
barrier) and returns each one's result, or the exception it raised.
"""

import threading
import time

import requests
from django.test import Client

RACE_TIMEOUT = 30  # seconds: a request stuck on a lock longer than this is a failure


def race(*calls, delays=()):
    """Run ``calls`` at the same moment in threads; their results in order (an exception is returned).

    ``delays`` (seconds, one per call) holds calls back after the start: a test sweeping
    them over its rounds meets the interleavings where one request lands inside the
    other, whatever their speeds on this machine.
    """
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)
    delays = list(delays) + [0] * (len(calls) - len(delays))

    def run(index, call):
        barrier.wait()
        time.sleep(delays[index])
        try:
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - handed back to the test, which asserts on it
            results[index] = error

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(RACE_TIMEOUT)
    return results


def api_session(token):
    """An HTTP session sending ``Authorization: Token …`` (a REST API client)."""
    session = requests.Session()
    session.headers["Authorization"] = f"Token {token}"
    session.request = _with_timeout(session.request)
    return session


def admin_session(live_server, user):
    """An HTTP session logged into the admin as ``user`` (its session cookie, as after the login form)."""
    client = Client()
    client.force_login(user)
    session = requests.Session()
    session.cookies.set("sessionid", client.cookies["sessionid"].value)
    session.request = _with_timeout(session.request)
    session.get(f"{live_server.url}/admin/")  # sets the CSRF cookie, as a browser's first page would
    return session


def _with_timeout(request):
    def bounded(method, url, **kwargs):
        kwargs.setdefault("timeout", RACE_TIMEOUT)
        return request(method, url, **kwargs)

    return bounded
