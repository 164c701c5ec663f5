"""
``ORJSONRenderer``: DRF's JSON renderer, backed by orjson.

orjson writes dates, datetimes (UTC as ``Z``, as DRF does), UUIDs, dicts and lists in
C, which matters on list endpoints that return hundreds of claims per request. Naive
datetimes are UTC: that is how Django stores them in SQLite, and how raw rows read
for the hot path (``claims.api.payloads``) hand them over.
Anything else (lazy translation strings, Decimals from ordinary serializers) goes
through DRF's own encoder, so the output is the same as DRF's, only faster.

orjson refuses strings holding a lone surrogate (``"\ud800"``), which JSON allows a
client to send escaped and which error messages may quote back ("“\ud800” is not a
valid choice"). Such data is written by the standard library instead, with the
surrogate escaped as it came.
"""

import json

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
        indent = self.get_indent(accepted_media_type, renderer_context or {})
        if indent:
            options |= orjson.OPT_INDENT_2
        try:
            return orjson.dumps(data, default=_default, option=options)
        except orjson.JSONEncodeError:
            # Lone surrogates (see above): ASCII output escapes them.
            separators = None if indent else (",", ":")
            text = json.dumps(
                data, cls=JSONEncoder, ensure_ascii=True, allow_nan=False, indent=indent or None, separators=separators
            )
            return text.encode("ascii")
