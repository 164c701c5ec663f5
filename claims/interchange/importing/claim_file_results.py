"""What importing a sheet did, or in a dry run would do: a plan per row and the errors by row and column."""

from collections import Counter
from dataclasses import dataclass, field

CREATE, CHANGE, UNCHANGED = "create", "change", "unchanged"


@dataclass
class RowError:
    """What is wrong with one cell (or a whole row, when ``column`` is empty)."""

    row: int
    column: str  # the column's label, as in the header
    message: str

    def __str__(self):
        if self.column:
            return f"Row {self.row}, column “{self.column}”: {self.message}"
        return f"Row {self.row}: {self.message}"


@dataclass
class RowPlan:
    """What importing one row does (or, in a dry run, would do)."""

    row: int
    uid: str
    statement: str
    action: str  # create, change or unchanged
    changes: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # what the user should know, though nothing changes for it


@dataclass
class ClaimFileImportResult:
    plans: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    ignored_headers: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def written(self):
        return not self.dry_run and not self.errors

    @property
    def counts(self):
        return Counter(plan.action for plan in self.plans)

    def summary(self):
        counts = self.counts
        verb = "would be" if self.dry_run or self.errors else "were"
        text = f"{counts[CREATE]} claims {verb} created, {counts[CHANGE]} changed, {counts[UNCHANGED]} left unchanged."
        if self.errors:
            text = f"Nothing was imported: {len(self.errors)} errors. " + text
        elif self.dry_run:
            text = "Dry run, nothing was written. " + text
        return text


class RowInvalid(Exception):
    """Raised inside a row's savepoint to roll that row back; carries its errors."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors
