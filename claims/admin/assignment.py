"""
Assigning claims to reviewers in the claims admin.

The claims list's filters "Assigned to" (me / anyone / nobody) and "Created by" (me),
which the desk links to, and the action *Assign to reviewer…*, which asks for the
reviewer on its own page and writes through ``claims.services.claim_assign``.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from ..roles import reviewers
from ..services import claim_assign

ME, ANYONE, NOBODY = "me", "anyone", "nobody"
# Most claims one action assigns (each is its own locked write with a history row).
MAX_ASSIGN = 500


class AssigneeListFilter(admin.SimpleListFilter):
    """Claims assigned to the user looking, to any reviewer, or to nobody."""

    title = "assigned to"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [(ME, "Me"), (ANYONE, "Anyone"), (NOBODY, "Nobody")]

    def queryset(self, request, queryset):
        if self.value() == ME:
            return queryset.filter(assignee=request.user)
        if self.value() == ANYONE:
            return queryset.filter(assignee__isnull=False)
        if self.value() == NOBODY:
            return queryset.filter(assignee__isnull=True)
        return queryset


class CreatorListFilter(admin.SimpleListFilter):
    """Claims the user looking created ("my drafts" on the desk)."""

    title = "created by"
    parameter_name = "created_by"

    def lookups(self, request, model_admin):
        return [(ME, "Me")]

    def queryset(self, request, queryset):
        if self.value() == ME:
            return queryset.filter(created_by=request.user)
        return queryset


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        queryset=None,  # reviewers(), set per form
        required=False,
        empty_label="— nobody —",
        label="Reviewer",
        help_text="Only reviewers can be assigned. Choose “nobody” to take the claims off everyone's list.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = reviewers()  # evaluated per request, not at import
        self.fields["assignee"].label_from_instance = reviewer_label


def reviewer_label(user):
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


@admin.action(description="Assign to reviewer…", permissions=["change"])
def assign_to_reviewer(modeladmin, request, queryset):
    from .interchange import _ask  # the action pages share one layout

    form = AssignForm(request.POST if "apply" in request.POST else None)
    if not form.is_valid():
        return _ask(modeladmin, request, queryset, "assign_to_reviewer", "Assign claims to a reviewer", form)
    claims = list(queryset.order_by("pk")[: MAX_ASSIGN + 1])
    if len(claims) > MAX_ASSIGN:
        modeladmin.message_user(
            request, f"Assign at most {MAX_ASSIGN} claims at once; narrow the selection.", messages.ERROR
        )
        return None
    assignee = form.cleaned_data["assignee"]
    try:
        with transaction.atomic():  # all the selected claims, or none
            for claim in claims:
                claim_assign(claim=claim, assignee=assignee, user=request.user)
    except (PermissionDenied, ValidationError) as error:
        modeladmin.message_user(request, "; ".join(getattr(error, "messages", [str(error)])), messages.ERROR)
        return None
    who = reviewer_label(assignee) if assignee else "nobody"
    count = len(claims)
    modeladmin.message_user(request, f"{count} claim{'' if count == 1 else 's'} assigned to {who}.", messages.SUCCESS)
    return None


class ClaimAssignmentAdminMixin:
    """The claim page's "Assigned to" field: reviewers only, written by ``claim_assign``."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            kwargs["queryset"] = reviewers()
            field = super().formfield_for_foreignkey(db_field, request, **kwargs)
            field.label_from_instance = reviewer_label
            return field
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_assignee(self, request, obj, form):
        """After the claim is saved: assign it if the form changed who is assigned."""
        if "assignee" not in form.cleaned_data:
            return
        wanted = form.cleaned_data["assignee"]
        current = type(obj).objects.filter(pk=obj.pk).values_list("assignee_id", flat=True).first()
        if current != (wanted.pk if wanted else None):
            claim_assign(claim=obj, assignee=wanted, user=request.user)
