"""
The workflow buttons on the claim page, each leading to a page that confirms the step.

The claim page offers the steps its status allows and the user may take: submit a
draft for review; publish a claim in review (or republish a retracted one); return
it to draft; unpublish a published claim back to review, or retract it. Unpublishing
and retracting say why: the reason is kept in the claim's history. Every step goes
through ``claim_transition``, which refuses what the workflow, the user's permissions
or four-eyes publishing forbid, with the reason shown on the page.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse

from ..models import ClaimStatus
from ..services import TRANSITIONS, claim_transition, reason_limit


class Step:
    """One workflow button: its label, what it does, and whether it asks why."""

    def __init__(self, action, label, effect, asks_reason=False):
        self.action, self.label, self.effect, self.asks_reason = action, label, effect, asks_reason


STEPS = {
    "submit": Step("submit", "Submit for review", "A reviewer will check it before it is published."),
    "return_to_draft": Step("return_to_draft", "Return to draft", "It goes back to its editors."),
    "publish": Step("publish", "Publish", "Anyone will be able to read it, in the API and in claim sheets."),
    "unpublish": Step(
        "unpublish",
        "Unpublish",
        "It goes back to review: the public no longer sees it until a reviewer publishes it again.",
        asks_reason=True,
    ),
    "retract": Step(
        "retract",
        "Retract",
        "It is withdrawn as wrong: readers still find it, marked retracted, with when and why.",
        asks_reason=True,
    ),
}
# What the claim page offers in each status (drafts are reviewed before they are published).
PAGE_STEPS = {
    ClaimStatus.DRAFT: ["submit"],
    ClaimStatus.IN_REVIEW: ["publish", "return_to_draft"],
    ClaimStatus.PUBLISHED: ["unpublish", "retract"],
    ClaimStatus.RETRACTED: ["publish"],
}


class StepForm(forms.Form):
    reason = forms.CharField(required=False, widget=forms.TextInput(attrs={"size": 80}))

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, **kwargs)
        limit = reason_limit(step.action)
        self.fields["reason"].max_length = limit
        self.fields["reason"].validators.append(MaxLengthValidator(limit))
        self.fields["reason"].widget.attrs["maxlength"] = str(limit)
        self.fields["reason"].help_text = (
            f"Readers see it beside the retracted claim (at most {limit} characters)."
            if step.action == "retract"
            else f"Kept in the claim's history (at most {limit} characters)."
        )
        self.fields["reason"].required = step.asks_reason
        if not step.asks_reason:
            self.fields["reason"].widget = forms.HiddenInput()


def page_steps(claim, user):
    """The workflow buttons the claim page shows ``user`` for ``claim``."""
    return [STEPS[action] for action in PAGE_STEPS.get(claim.status, []) if user.has_perm(TRANSITIONS[action][2])]


class ClaimWorkflowAdminMixin:
    change_form_template = "admin/claims/claim/change_form.html"

    def get_urls(self):
        step = path(
            "<path:object_id>/workflow/<str:action>/",
            self.admin_site.admin_view(self.workflow_view),
            name="claims_claim_workflow",
        )
        return [step, *super().get_urls()]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The claim the page already loaded: the buttons cost no query.
        context["workflow_steps"] = page_steps(obj, request.user) if obj is not None and obj.pk else []
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def workflow_view(self, request, object_id, action):
        claim = self.get_object(request, object_id)
        if claim is None or action not in STEPS:
            raise Http404("No such claim or workflow step.")
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        step = STEPS[action]
        form = StepForm(request.POST or None, step=step)
        problem = ""
        if request.method == "POST" and form.is_valid():
            try:
                claim_transition(claim=claim, action=action, user=request.user, reason=form.cleaned_data["reason"])
            except PermissionDenied as error:
                problem = str(error)
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    for name, errors in error.error_dict.items():
                        form.add_error(name if name in form.fields else None, errors)
                else:
                    problem = " ".join(error.messages)
            else:
                self.message_user(request, f"“{claim}”: {step.label.lower()} done.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
        claim = get_object_or_404(self.model, pk=claim.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": f"{step.label}: {claim}",
            "opts": self.model._meta,
            "original": claim,
            "step": step,
            "form": form,
            "problem": problem,
        }
        return TemplateResponse(request, "admin/claims/claim/workflow_step.html", context)
