"""Reading exported claim sheets back, as a user's spreadsheet or script would."""

import csv
import io
import json

from openpyxl import load_workbook

from claims.interchange.exporting.exporter import ClaimFileExporter
from claims.models import Claim


def export(fmt, queryset=None, **options):
    """The bytes of a sheet of ``queryset`` (default: every claim) in format ``fmt``."""
    queryset = Claim.objects.order_by("id") if queryset is None else queryset
    return b"".join(ClaimFileExporter(queryset, fmt, **options).chunks())


def csv_rows(data):
    """CSV bytes as a list of dicts keyed by header label, read with the csv module."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def xlsx_workbook(data):
    return load_workbook(io.BytesIO(data))


def xlsx_rows(data):
    """The "Claims" sheet as a list of dicts keyed by header label (typed values)."""
    sheet = xlsx_workbook(data)["Claims"]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def json_document(data):
    return json.loads(data)


def by_uid(rows, key="UID"):
    return {row[key]: row for row in rows}
