"""Content negotiation that answers an unknown ``?format=`` with 400 listing the formats.

DRF answers ``?format=pdf`` with 404 "Not found.", which reads as if the endpoint
did not exist; the client asked for a format the endpoint does not give.
"""

from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.settings import api_settings

# Enough of an unknown format to recognise it; the rest is not echoed back.
SHOWN_FORMAT_LENGTH = 40


class FormatListingNegotiation(DefaultContentNegotiation):
    def filter_renderers(self, renderers, format):
        matching = [renderer for renderer in renderers if renderer.format == format]
        if matching:
            return matching
        known = ", ".join(dict.fromkeys(renderer.format for renderer in renderers))
        shown = format if len(format) <= SHOWN_FORMAT_LENGTH else f"{format[:SHOWN_FORMAT_LENGTH]}…"
        raise ValidationError(
            {api_settings.URL_FORMAT_OVERRIDE: [f"Unknown format “{shown}”. This endpoint gives: {known}."]}
        )
