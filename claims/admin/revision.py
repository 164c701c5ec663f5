"""
Pending revisions on the claim page: editors edit them, reviewers publish or discard them.

An editor (no ``claims.publish_claim``) opening a published claim with a pending revision
edits the revision: the form shows its proposed values and tags, and saving replaces
it (``claims.revisions``). The chain inline shows the published chain: left as it is,
the revision's proposed chain is kept; changed, it becomes the proposed chain. After a
save, "Your change is pending review" replaces Django's "changed successfully".

Everyone who opens the claim sees the "Pending revision" panel: each changed field,
published → proposed, and each chain as one line before and after. Reviewers get
*Publish revision* and *Discard* (with a reason) in it; the buttons post the change
form to their own views (``formaction``), which act on the revision alone.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import path, reverse

from ..chains import chain_signature
from ..models import Claim, ClaimRevision, RevisionStatus
from ..revision_diff import revision_diff
from ..revisions import (
    REVIEWED_STATUSES,
    claim_as_revised,
    edits_need_review,
    pending_revision,
    revision_discard,
    revision_needed,
    revision_propose,
    revision_publish,
)
from ..services import claim_save, links_from_claim
from .forms import AttributionFormSet

PANEL_FIELD = "pending_revision_panel"
PENDING_MESSAGE = (
    "Your change is pending review: the public keeps seeing the published claim until a reviewer publishes it."
)
WITHDRAWN_MESSAGE = "Your change leaves the published claim as it is: the pending revision was withdrawn."


class PendingRevisionListFilter(admin.SimpleListFilter):
    """Claims with a change waiting for a reviewer."""

    title = "pending revision"
    parameter_name = "pending_revision"

    def lookups(self, request, model_admin):
        return [("yes", "Has a pending revision"), ("no", "No pending revision")]

    def queryset(self, request, queryset):
        pending = Exists(ClaimRevision.objects.filter(claim=OuterRef("pk"), status=RevisionStatus.PENDING))
        if self.value() == "yes":
            return queryset.filter(pending)
        if self.value() == "no":
            return queryset.filter(~pending)
        return queryset


def revision_token(revision):
    """Names the revision as the reviewer saw it: publishing refuses if it was edited since."""
    return f"{revision.pk}-{int(revision.updated_at.timestamp() * 1_000_000)}"


class PendingRevisionAdminMixin:
    """For ``ClaimAdmin``: the panel, the editing of revisions, and the reviewer's two buttons."""

    # --- Showing ------------------------------------------------------------------------
    def get_object(self, request, object_id, from_field=None):
        claim = super().get_object(request, object_id, from_field)
        if claim is None:
            return claim
        revision = pending_revision(claim)
        claim._pending_revision = revision
        claim._revision_can_decide = request.user.has_perm("claims.publish_claim")
        if revision is not None and claim.status in REVIEWED_STATUSES and edits_need_review(request.user):
            claim_as_revised(claim, revision)  # the editor edits the revision
        return claim

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        revision = getattr(obj, "_pending_revision", None)
        if getattr(obj, "_applied_revision_id", None) is None or revision.tags is None:
            return form
        proposed_tags = list(revision.tags)

        class RevisedClaimForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.initial["tags"] = proposed_tags

        return RevisedClaimForm

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if getattr(obj, "_pending_revision", None) is None:
            return fieldsets
        return [("Pending revision", {"fields": [PANEL_FIELD], "classes": ["pending-revision"]}), *fieldsets]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), PANEL_FIELD]

    @admin.display(description="Waiting for a reviewer")
    def pending_revision_panel(self, obj):
        revision = getattr(obj, "_pending_revision", None)
        if revision is None:
            return "—"
        return render_to_string(
            "admin/claims/claim/revision_panel.html",
            {
                "diff": revision_diff(revision, obj),
                "revision": revision,
                "token": revision_token(revision),
                "editing": getattr(obj, "_applied_revision_id", None) is not None,
                "can_decide": obj._revision_can_decide,
                "publish_url": reverse("admin:claims_claim_publish_revision", args=[obj.pk]),
                "discard_url": reverse("admin:claims_claim_discard_revision", args=[obj.pk]),
            },
        )

    # --- Saving (called by ClaimAdmin.save_model and save_related) -------------------------
    def save_as_revision(self, request, obj, form, change, expected_version=None):
        """Record an editor's change to a public claim as its pending revision; True when done so.

        ``expected_version`` is the version the editor loaded, compared under the claim's lock."""
        if not change or not revision_needed(claim=obj, user=request.user):
            return False
        request.claim_revision_mode = True
        revision = revision_propose(
            claim=obj, user=request.user, tags=form.cleaned_data.get("tags"), expected_version=expected_version
        )
        if revision is None:  # only unreviewed fields (rank) changed
            claim_save(claim=obj, user=request.user, expected_version=expected_version)
        request.claim_revision = revision
        form.save_m2m = lambda: None  # the tags went to the revision (Revert calls this too)
        return True

    def save_related_as_revision(self, request, form, formsets):
        """The chain of a change kept as a revision; other inlines (relations, reviews) save as usual."""
        chain_formset = next(fs for fs in formsets if isinstance(fs, AttributionFormSet))
        links = chain_formset.link_data()
        published = links_from_claim(Claim.objects.get(pk=form.instance.pk))
        if chain_signature(links) != chain_signature(published):
            revision = revision_propose(claim=form.instance, user=request.user, links=links)
            request.claim_revision = revision or getattr(request, "claim_revision", None)
        chain_formset.new_objects, chain_formset.changed_objects, chain_formset.deleted_objects = [], [], []
        for formset in formsets:
            if formset is not chain_formset:
                self.save_formset(request, form, formset, True)

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        # After a save that became a revision, "changed successfully" would mislead.
        revision = getattr(request, "claim_revision", None)
        if getattr(request, "claim_revision_mode", False) and level == messages.SUCCESS:
            request.claim_revision_mode = False
            if revision is not None and revision.is_pending:
                message, level = PENDING_MESSAGE, messages.WARNING
            elif revision is not None:
                message = WITHDRAWN_MESSAGE
        return super().message_user(request, message, level, *args, **kwargs)

    # --- Deciding -----------------------------------------------------------------------
    def get_urls(self):
        return [
            path(
                "<path:object_id>/revision/publish/",
                self.admin_site.admin_view(self.publish_revision_view),
                name="claims_claim_publish_revision",
            ),
            path(
                "<path:object_id>/revision/discard/",
                self.admin_site.admin_view(self.discard_revision_view),
                name="claims_claim_discard_revision",
            ),
            *super().get_urls(),
        ]

    def publish_revision_view(self, request, object_id):
        return self._decide(request, object_id, publish=True)

    def discard_revision_view(self, request, object_id):
        return self._decide(request, object_id, publish=False)

    def _decide(self, request, object_id, *, publish):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.has_perm("claims.publish_claim"):
            raise PermissionDenied
        claim = get_object_or_404(Claim, pk=object_id)
        change_url = reverse("admin:claims_claim_change", args=[claim.pk])
        revision = pending_revision(claim)
        if revision is None or revision_token(revision) != request.POST.get("revision"):
            self.message_user(
                request,
                "The revision changed or was decided after you opened the page: review it again.",
                messages.ERROR,
            )
            return HttpResponseRedirect(change_url)
        author = revision.proposed_by.get_username() if revision.proposed_by else "an editor"
        try:
            if publish:
                revision_publish(revision=revision, user=request.user)
                done = f"The revision by {author} was published: the public now reads it."
            else:
                revision_discard(revision=revision, user=request.user, reason=request.POST.get("discard_reason", ""))
                done = f"The revision by {author} was discarded; the published claim is unchanged."
        except (ValidationError, PermissionDenied) as error:
            self.message_user(request, " ".join(getattr(error, "messages", [str(error)])), messages.ERROR)
        else:
            self.message_user(request, done, messages.SUCCESS)
        return HttpResponseRedirect(change_url)
