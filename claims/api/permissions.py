"""
Who may do what on the claims endpoint.

Reading is open to everyone (what they read is narrowed by ``claims.visibility``).
Creating needs ``claims.add_claim`` and changing ``claims.change_claim``, like the
admin. Workflow actions need a signed-in user; ``claims.services.claim_transition``
then checks the permission each step needs (publishing and retracting need
``claims.publish_claim``, so editors get 403 there).
"""

from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions

WORKFLOW_ACTIONS = frozenset(
    {"submit", "return_to_draft", "publish", "retract", "publish_revision", "discard_revision"}
)


class ClaimPermissions(DjangoModelPermissions):
    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        if getattr(view, "action", None) in WORKFLOW_ACTIONS:
            return bool(request.user and request.user.is_authenticated)
        return super().has_permission(request, view)
