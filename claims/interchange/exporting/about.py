"""What a sheet records about itself, so it can be reproduced: query, time, user, rows."""

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass
class ClaimFileAbout:
    """The facts a sheet carries besides its rows (XLSX's "About this sheet", JSON's ``about``).

    ``row_count`` is counted while the rows are written, so streaming needs no extra
    COUNT query and the figure matches the file exactly.
    """

    title: str = "Claims"
    query: str = ""
    user: object = None
    produced_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    source_url: str = ""
    row_count: int = 0

    @property
    def produced_at_utc(self):
        """``produced_at`` as a naive UTC datetime to the second (spreadsheets have no time zones)."""
        return self.produced_at.astimezone(UTC).replace(tzinfo=None, microsecond=0)

    @property
    def produced_by(self):
        user = self.user
        if user is None:
            return "command line"
        if not getattr(user, "is_authenticated", False):
            return "anonymous"
        return user.get_username()

    def as_pairs(self):
        """``(label, value)`` pairs in the order a reader wants them."""
        return [
            ("Title", self.title),
            ("Query", self.query or "(none: every claim the user may read)"),
            ("Produced at (UTC)", self.produced_at_utc),
            ("Produced by", self.produced_by),
            ("Rows", self.row_count),
            ("Address", self.source_url),
        ]
