"""Admin for the claims app, one module per model family; actions in ``actions``."""

from . import (  # noqa: F401  (registers the ModelAdmins)
    claim,
    conflict,
    metric,
    review,
    sheet,
    source,  # noqa: F401  (the source admin with "Suggest claims")
    webhook,
)
