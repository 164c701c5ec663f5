"""
Writes on claims: one function per action, each in one transaction.

The admin, the API, importers and the extractor all call these, so a claim and its
chain are validated the same way everywhere and history is written with the user.
One module per concept: ``editing`` (what a claim says, its rank), ``chain`` (who said
it, and the date of the statement that follows), ``workflow`` (publishing, retracting,
assigning), ``reviews`` (reviews and the verdict). Callers import from here.
"""

from .chain import attribution_of, chain_replace, links_from_claim, stated_on_refresh
from .editing import (
    CONTENT_FIELDS,
    EDITABLE_FIELDS,
    ConcurrentEditError,
    check_preferred_is_free,
    claim_save,
    claim_set_rank,
)
from .reviews import VERDICT_REASON, refresh_verdict, review_save, signed_by_someone_else, signed_review_message
from .workflow import (
    ASSIGN_REASON,
    IMPORTED_RETRACTION_REASON,
    MAX_REASON_LENGTH,
    NOT_EDITS,
    REASON_REQUIRED,
    RETRACTION_REASON_MAX_LENGTH,
    STATUS_PATHS,
    TRANSITION_EVENTS,
    TRANSITIONS,
    check_transition,
    claim_assign,
    claim_move_to,
    claim_transition,
    clean_reason,
    four_eyes_blocked,
    reason_limit,
)

__all__ = [
    "ASSIGN_REASON",
    "CONTENT_FIELDS",
    "EDITABLE_FIELDS",
    "IMPORTED_RETRACTION_REASON",
    "MAX_REASON_LENGTH",
    "NOT_EDITS",
    "REASON_REQUIRED",
    "RETRACTION_REASON_MAX_LENGTH",
    "STATUS_PATHS",
    "TRANSITIONS",
    "TRANSITION_EVENTS",
    "VERDICT_REASON",
    "ConcurrentEditError",
    "attribution_of",
    "chain_replace",
    "check_preferred_is_free",
    "check_transition",
    "claim_assign",
    "claim_move_to",
    "claim_save",
    "claim_set_rank",
    "claim_transition",
    "clean_reason",
    "four_eyes_blocked",
    "links_from_claim",
    "reason_limit",
    "refresh_verdict",
    "review_save",
    "signed_by_someone_else",
    "signed_review_message",
    "stated_on_refresh",
]
