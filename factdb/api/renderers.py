"""
``ORJSONRenderer``: DRF's JSON renderer, backed by orjson.

orjson writes dates, datetimes (UTC as ``Z``, as DRF does), UUIDs, dicts and lists in
C, which matters on list endpoints that return hundreds of claims per request. Naive
datetimes are UTC: that is how Django stores them in SQLite, and how raw rows read
for the hot path (``claims.api.payloads``) hand them over.
Anything else (lazy translation strings, Decimals from ordinary serializers) goes
through DRF's own encoder, so the output is the same as DRF's, only faster.
"""

import orjson
from rest_framework.renderers import JSONRenderer
from rest_framework.utils.encoders import JSONEncoder

_fallback = JSONEncoder()


def _default(obj):
    return _fallback.default(obj)


class ORJSONRenderer(JSONRenderer):
    """Compact UTF-8 JSON; ``Accept: application/json; indent=2`` pretty-prints."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        options = orjson.OPT_UTC_Z | orjson.OPT_NAIVE_UTC | orjson.OPT_NON_STR_KEYS
        if self.get_indent(accepted_media_type, renderer_context or {}):
            options |= orjson.OPT_INDENT_2
        return orjson.dumps(data, default=_default, option=options)
