"""Workflow actions on the claims list: submit for review, publish (after a confirmation page),
retract (with its reason)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse

from ..services import RETRACTION_REASON_MAX_LENGTH, claim_transition
from .publishing import publish_with_confirmation


class RetractionForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        max_length=RETRACTION_REASON_MAX_LENGTH,
        help_text="Readers see this beside the retracted claim, with the time of the retraction.",
    )


def _run_transition(modeladmin, request, queryset, action, done, reason=""):
    moved, refused = 0, []
    for claim in queryset:
        try:
            claim_transition(claim=claim, action=action, user=request.user, reason=reason)
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


@admin.action(description="Retract selected claims (asks for the reason)", permissions=["publish"])
def retract(modeladmin, request, queryset):
    """First a page asking why (readers are told), then the retraction of each selected claim."""
    form = RetractionForm(request.POST if "confirm_retraction" in request.POST else None)
    if form.is_valid():
        _run_transition(modeladmin, request, queryset, "retract", "retracted", reason=form.cleaned_data["reason"])
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": "Retract claims",
        "opts": modeladmin.model._meta,
        "claims": queryset,
        "form": form,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "select_across": request.POST.get("select_across", "0"),
        "index": request.POST.get("index", "0"),
    }
    return TemplateResponse(request, "admin/claims/claim/retract_confirmation.html", context)
