"""The claims app's models, one concept per module."""

from .attribution import Attribution, Role, Verb
from .claim import PUBLIC_STATUSES, Claim, ClaimRank, ClaimStatus, DeprecationReason, Provenance
from .conflict import ConflictExplanation, ConflictReason
from .import_run import ImportKind, ImportRun
from .metric import Metric
from .relation import ClaimRelation, RelationKind
from .review import RATING_VALUES, Rating, Review, ReviewStatus
from .revision import ClaimRevision, RevisionStatus
from .sheet import ClaimSheet, ClaimSheetItem
from .tag import Tag
from .webhook import DeliveryStatus, WebhookDelivery, WebhookEvent, WebhookSubscription

__all__ = [
    "PUBLIC_STATUSES",
    "RATING_VALUES",
    "Attribution",
    "Claim",
    "ClaimRank",
    "ClaimRelation",
    "ClaimRevision",
    "ClaimSheet",
    "ClaimSheetItem",
    "ClaimStatus",
    "ConflictExplanation",
    "ConflictReason",
    "DeliveryStatus",
    "DeprecationReason",
    "ImportKind",
    "ImportRun",
    "Metric",
    "Provenance",
    "Rating",
    "RelationKind",
    "Review",
    "ReviewStatus",
    "RevisionStatus",
    "Role",
    "Tag",
    "Verb",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSubscription",
]
