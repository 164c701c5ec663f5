"""What every claim file format (``csv``, ``xlsx``, ``json``, ``claimreview``) shares: the writer interface."""

# Rows per block handed to the response: large enough to keep the per-block overhead
# low, small enough that memory stays flat.
ROWS_PER_BLOCK = 500


# Up to this many characters, a Decimal's text holds fewer digits than the decimal context's
# precision (28), so ``normalize()`` would not round it (figures have at most 24 digits).
_EXACT_TEXT_LENGTH = 26


def plain_decimal(value):
    """ "12000" for Decimal("12000.0000"), "1.5" for Decimal("1.5000"): no exponent, no padding.

    Written as ``format(value.normalize(), "f")`` would write it; a value whose text has no
    exponent only loses the zeros after its decimal point, which is twice as fast (sheets
    write four figures a row).
    """
    text = str(value)
    if len(text) > _EXACT_TEXT_LENGTH or "E" in text:
        return format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


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
