"""Admin for the claims app, one module per model family; actions in ``actions``."""

from . import claim, conflict, metric, review, sheet  # noqa: F401  (registers the ModelAdmins)
from . import source  # noqa: F401  (the source admin with "Suggest claims")
