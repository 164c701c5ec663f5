"""Workflow actions on the claims list: submit for review, publish (after a confirmation page), retract."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError

from ..services import claim_transition
from .publishing import publish_with_confirmation


def _run_transition(modeladmin, request, queryset, action, done):
    moved, refused = 0, []
    for claim in queryset:
        try:
            claim_transition(claim=claim, action=action, user=request.user)
            moved += 1
        except (ValidationError, PermissionDenied) as error:
            refused.append(" ".join(getattr(error, "messages", [str(error)])))
    if moved:
        modeladmin.message_user(request, f"{moved} claim{'s' if moved != 1 else ''} {done}.", messages.SUCCESS)
    for reason in refused:
        modeladmin.message_user(request, reason, messages.ERROR)


@admin.action(description="Submit selected claims for review", permissions=["change"])
def submit_for_review(modeladmin, request, queryset):
    _run_transition(modeladmin, request, queryset, "submit", "submitted for review")


@admin.action(description="Return selected claims to draft", permissions=["change"])
def return_to_draft(modeladmin, request, queryset):
    _run_transition(modeladmin, request, queryset, "return_to_draft", "returned to draft")


@admin.action(description="Publish selected claims…", permissions=["publish"])
def publish(modeladmin, request, queryset):
    return publish_with_confirmation(modeladmin, request, queryset)


@admin.action(description="Retract selected claims", permissions=["publish"])
def retract(modeladmin, request, queryset):
    _run_transition(modeladmin, request, queryset, "retract", "retracted")
