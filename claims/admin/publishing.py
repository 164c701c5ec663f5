"""
"Publish selected claims" from the claims list, through a confirmation page.

A selection often mixes statuses; publishing all of it once published a draft nobody
meant to. The page lists exactly the claims that will go public and those skipped,
each with why: drafts (submit them for review first), claims already published,
retracted claims (republished from their own page, after reading why they were
retracted), claims without attribution, and — with four-eyes publishing — claims the
user edited last. Confirming publishes the listed claims and no others.
"""

from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse

from ..models import Attribution, Claim, ClaimStatus
from ..services import claim_transition, four_eyes_blocked

SKIPPED_BECAUSE = {
    ClaimStatus.DRAFT: "a draft: submit it for review first",
    ClaimStatus.PUBLISHED: "already published",
    ClaimStatus.RETRACTED: "retracted: republish it from its own page, once you have read why it was retracted",
}


@dataclass
class PublishPlan:
    """The claims of a selection that publishing will make public, and those it skips."""

    to_publish: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (claim, why)

    @classmethod
    def of(cls, queryset, user):
        """Sort the selection in two queries, whatever its size."""
        has_chain = Exists(Attribution.objects.filter(claim=OuterRef("pk")))
        claims = list(
            Claim.objects.filter(pk__in=queryset.values("pk"))
            .only("pk", "statement", "status")
            .annotate(has_chain=has_chain)
            .order_by("statement", "pk")
        )
        blocked = four_eyes_blocked([claim.pk for claim in claims], user)
        plan = cls()
        for claim in claims:
            why = SKIPPED_BECAUSE.get(claim.status)
            if why is None and not claim.has_chain:
                why = "no attribution: say who said it before publishing"
            if why is None and claim.pk in blocked:
                why = "you edited it last: with four-eyes publishing, another reviewer publishes it"
            if why is None:
                plan.to_publish.append(claim)
            else:
                plan.skipped.append((claim, why))
        return plan


def publish_with_confirmation(modeladmin, request, queryset):
    """Show the plan; on confirmation (``post=yes``) publish exactly the claims it listed."""
    plan = PublishPlan.of(queryset, request.user)
    if request.POST.get("post") == "yes":
        published = 0
        for claim in plan.to_publish:
            try:
                claim_transition(claim=claim, action="publish", user=request.user)
                published += 1
            except (ValidationError, PermissionDenied) as error:
                modeladmin.message_user(request, " ".join(getattr(error, "messages", [str(error)])), messages.ERROR)
        if published:
            modeladmin.message_user(
                request, f"{published} claim{'s' if published != 1 else ''} published.", messages.SUCCESS
            )
        return None
    opts = modeladmin.model._meta
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": "Publish claims?" if plan.to_publish else "Nothing to publish",
        "opts": opts,
        "plan": plan,
        "action": "publish",
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        # Only the listed claims are posted back: confirming cannot publish anything else.
        "selected_ids": [claim.pk for claim in plan.to_publish],
        "select_across": False,
    }
    return TemplateResponse(request, "admin/claims/claim/publish_confirmation.html", context)
