"""
Pending revisions in the API: what reviewers read in a claim's detail, and how they decide.

``pending_revision`` is added to a claim's detail only for users who may view every
claim (editors, reviewers); anonymous and reader clients read the published claim
alone. It is built per request from the revision's row, never stored in the payload
cache, which holds the published claim (``payload_cache``).
"""

from rest_framework import serializers

from ..models import ClaimRevision, RevisionStatus
from ..querysets import can_view_all_claims
from ..revision_diff import revision_diff


class FieldChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    published = serializers.CharField(help_text="As the public reads it now.")
    proposed = serializers.CharField()


class PublishedProposedSerializer(serializers.Serializer):
    published = serializers.ListField(child=serializers.CharField())
    proposed = serializers.ListField(child=serializers.CharField())


class PendingRevisionSerializer(serializers.Serializer):
    """An editor's change to a published claim, waiting for a reviewer (documentation only)."""

    id = serializers.IntegerField()
    proposed_by = serializers.CharField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    base_version = serializers.IntegerField(help_text="The claim's version the change was based on.")
    fields = serializers.DictField(help_text="Each changed field's proposed value, as written.")
    changes = FieldChangeSerializer(many=True, help_text="Each changed field, published → proposed, as read.")
    figure = serializers.DictField(allow_null=True, help_text="The figure as read, published and proposed.")
    chain = PublishedProposedSerializer(allow_null=True, help_text="Each source's chain as one line; null: unchanged.")
    sources = serializers.ListField(
        allow_null=True, help_text="The proposed chain links (source, actor ids); null: unchanged."
    )
    tags = PublishedProposedSerializer(allow_null=True, help_text="Tag names; null: unchanged.")


def _pair(values):
    return None if values is None else {"published": values[0], "proposed": values[1]}


def pending_revision_payload(claim_id, user):
    """``{"pending_revision": …}`` for users who may view every claim (None when there is none); ``{}`` for others."""
    if not can_view_all_claims(user):
        return {}
    revision = (
        ClaimRevision.objects.select_related("claim", "proposed_by")
        .filter(claim_id=claim_id, status=RevisionStatus.PENDING)
        .first()
    )
    if revision is None:
        return {"pending_revision": None}
    diff = revision_diff(revision, revision.claim)
    return {
        "pending_revision": {
            "id": revision.pk,
            "proposed_by": revision.proposed_by.get_username() if revision.proposed_by else None,
            "created_at": revision.created_at,
            "updated_at": revision.updated_at,
            "base_version": revision.base_version,
            "fields": revision.fields,
            "changes": [
                {"field": change.name, "published": change.published, "proposed": change.proposed}
                for change in diff.changes
            ],
            "figure": _pair(diff.figure),
            "chain": _pair(diff.chain),
            "sources": revision.links,
            "tags": _pair(diff.tags),
        }
    }
