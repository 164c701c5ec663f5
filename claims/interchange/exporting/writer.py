"""What every claim file format (``csv``, ``xlsx``, ``json``, ``claimreview``) shares: the writer interface."""

# Rows per block handed to the response: large enough to keep the per-block overhead
# low, small enough that memory stays flat.
ROWS_PER_BLOCK = 500


def plain_decimal(value):
    """ "12000" for Decimal("12000.0000"), "1.5" for Decimal("1.5000"): no exponent, no padding."""
    return format(value.normalize(), "f")


class ClaimFileWriter:
    """Turns claims into the bytes of one file format.

    ``chunks(claims, about)`` yields the file in blocks as ``claims`` (an iterator) is
    consumed, and counts what it wrote in ``about.row_count``. ``base_url`` is the
    site's address, for formats that link back to it.
    """

    format = ""
    extension = ""
    content_type = "application/octet-stream"

    def __init__(self, *, base_url=""):
        self.base_url = base_url

    def chunks(self, claims, about):
        raise NotImplementedError
