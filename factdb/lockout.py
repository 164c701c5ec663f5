"""
Login lockout (django-axes): a username tried from one address is locked for a cool-off
after ``FACTDB_LOGIN_FAILURE_LIMIT`` wrong passwords, on the admin login and on
``POST /api/v1/auth/token/`` alike (both authenticate with the request).

Clients are identified by ``factdb.client_ip.client_ip`` (the trusted-proxy rule).
"""

from axes.backends import AxesStandaloneBackend
from django.http import JsonResponse
from django.shortcuts import render

LOCKOUT_TEMPLATE = "admin/lockout.html"


class LoginLockoutBackend(AxesStandaloneBackend):
    """Axes' backend, except for ``authenticate()`` calls without a request.

    Every login over the web passes the request (the admin's login form, the token
    endpoint); code running on the server (``manage.py shell``, the test client's
    ``login()``) does not, and is not a guess from the internet, so it is not counted.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """429 with ``Retry-After``: JSON for the API, the admin's page for a person."""
    from axes.helpers import get_client_username, get_cool_off

    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    message = "Too many failed sign-ins for this username from your address. " + (
        f"Try again in {minutes} minute{'s' if minutes != 1 else ''}." if minutes else "Ask an administrator."
    )
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=429)
    else:
        context = {"message": message, "username": get_client_username(request, credentials) or ""}
        response = render(request, LOCKOUT_TEMPLATE, context, status=429)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
