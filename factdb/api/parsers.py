"""
``JSONParser``: DRF's JSON parser, answering 400 to JSON nested too deeply.

Python's JSON decoder gives up on arrays or objects nested about a thousand deep
with ``RecursionError``, which DRF's parser does not catch (it catches
``ValueError``), so ``[[[[…]]]]`` was a 500. No request body of this API nests more
than a few levels. ``NaN`` and ``Infinity`` tokens stay refused (DRF's strict JSON),
as do invalid UTF-8 and integers of more than 4,300 digits (Python's limit).
"""

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - the body is nested too deeply.") from None
