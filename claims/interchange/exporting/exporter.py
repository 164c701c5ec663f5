"""``ClaimFileExporter``: one selection of claims, written in any sheet format.

The API, the saved sheets, the admin and ``manage.py export_claims`` all hand it a
queryset they have already limited to what the user may read (and filtered), so the
same selection comes out the same way everywhere.
"""

from django.http import StreamingHttpResponse
from django.utils.text import slugify

from .about import ClaimFileAbout
from .claimreview import ClaimReviewWriter
from .csv import CsvWriter
from .json import JsonWriter
from .records import iter_claim_records
from .xlsx import XlsxWriter

WRITERS = {writer.format: writer for writer in (CsvWriter, XlsxWriter, JsonWriter, ClaimReviewWriter)}
EXPORT_FORMATS = tuple(WRITERS)
# How many claims are loaded (with their chains, tags and reviews) per round trip.
CHUNK_SIZE = 2000


class ClaimFileExporter:
    """Writes ``queryset`` as a claim sheet in ``format`` (csv, xlsx, json, claimreview)."""

    def __init__(
        self,
        queryset,
        format,
        *,
        title="Claims",
        query="",
        user=None,
        source_url="",
        base_url="",
        chunk_size=CHUNK_SIZE,
    ):
        if format not in WRITERS:
            raise ValueError(f"Unknown export format “{format}”; use one of: {', '.join(EXPORT_FORMATS)}.")
        self.writer = WRITERS[format](base_url=base_url)
        self.queryset = queryset
        self.chunk_size = chunk_size
        self.about = ClaimFileAbout(title=title, query=query, user=user, source_url=source_url)

    @classmethod
    def for_request(cls, queryset, format, request, *, title="Claims", query=""):
        """An exporter answering a web request: reader, address and site come from the request."""
        return cls(
            queryset,
            format,
            title=title,
            query=query,
            user=request.user,
            source_url=request.build_absolute_uri(),
            base_url=request.build_absolute_uri("/"),
        )

    @property
    def content_type(self):
        return self.writer.content_type

    @property
    def filename(self):
        stem = slugify(self.about.title) or "claims"
        return f"{stem}-{self.about.produced_at:%Y-%m-%d}.{self.writer.extension}"

    def chunks(self):
        """The file, as an iterator of byte blocks; the claims are read as it is consumed."""
        return self.writer.chunks(iter_claim_records(self.queryset, self.chunk_size), self.about)

    def write_to(self, file):
        """Write the whole file to a binary file object; return the number of rows."""
        for block in self.chunks():
            file.write(block)
        return self.about.row_count

    def response(self, *, attachment=True):
        """A ``StreamingHttpResponse`` that sends the file as it is written."""
        response = StreamingHttpResponse(self.chunks(), content_type=self.content_type)
        disposition = "attachment" if attachment else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{self.filename}"'
        return response
