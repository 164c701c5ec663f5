"""
``ObtainTokenView``: ``POST /api/v1/auth/token/`` with a username and password answers the
user's API token.

DRF's own view switches throttling off, which would let a script try passwords as fast
as the server answers. Here every client address may ask ``FACTDB_API_TOKEN_RATE`` times
(default 10 a minute), whether the password was right or not; beyond that, 429 with
``Retry-After``. Wrong passwords also count toward the sign-in lockout the admin has
(django-axes, ``factdb.lockout``): a username locked out from an address gets 429 here too.
"""

from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


class TokenRequestThrottle(SimpleRateThrottle):
    """Token requests per client address (signed in or not), at the ``token`` rate."""

    scope = "token"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class ObtainTokenView(ObtainAuthToken):
    """The user's token for their username and password (throttled per client address)."""

    throttle_classes = [TokenRequestThrottle]
    # DRF's view names its own parsers; this one takes the API's (deeply nested JSON is a 400).
    parser_classes = api_settings.DEFAULT_PARSER_CLASSES

    def get_serializer_context(self):
        # authenticate() gets Django's request, which the lockout middleware reads its verdict from.
        return {**super().get_serializer_context(), "request": self.request._request}
