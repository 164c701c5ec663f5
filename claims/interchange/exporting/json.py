"""The claim sheet as JSON: ``{"claims": [...], "about": {...}}``, streamed row by row."""

from decimal import Decimal

import orjson

from ..columns import COLUMNS, sheet_row
from .writer import ROWS_PER_BLOCK, ClaimFileWriter, plain_decimal


def _json_default(value):
    # Figures are Decimals stored exactly: written as strings, like the API, so no
    # reader rounds 12000.0001 to a float.
    if isinstance(value, Decimal):
        return plain_decimal(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def json_bytes(value):
    """``value`` as compact JSON (dates in ISO 8601, Decimals as strings)."""
    return orjson.dumps(value, default=_json_default, option=orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z)


class JsonWriter(ClaimFileWriter):
    """Writes the sheet's rows as objects keyed by column key, then what produced them.

    ``about`` comes last because its row count is only known once every row is out.
    """

    format = "json"
    extension = "json"
    content_type = "application/json"

    def chunks(self, claims, about):
        parts = [b'{"claims":[']
        for claim in claims:
            if about.row_count:
                parts.append(b",\n")
            parts.append(json_bytes(sheet_row(claim)))
            about.row_count += 1
            if about.row_count % ROWS_PER_BLOCK == 0:
                yield b"".join(parts)
                parts = []
        about_data = {
            "title": about.title,
            "query": about.query,
            "produced_at": about.produced_at_utc,
            "produced_by": about.produced_by,
            "row_count": about.row_count,
            "address": about.source_url,
            "columns": [{"key": column.key, "label": column.label} for column in COLUMNS],
        }
        parts.extend([b'],\n"about":', json_bytes(about_data), b"}\n"])
        yield b"".join(parts)
