"""
The claim's history pages with its attribution chain: what changed, and reverting both.

simple-history's pages show a claim's own fields. ``ChainHistoryAdminMixin`` adds the
chain: the history page lists every change to the claim's links (who, when, what), and
the page of an old version shows the chain as it stood then, with *Also restore the
attribution chain* — ticked when it differs from today's — so a revert brings back
the figure and who said it together, in one transaction, through ``chain_replace``.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404

from ..chain_history import chain_changes, chain_differs, chain_of_version, describe_links
from ..models import Claim
from ..services import chain_replace

RESTORE_CHAIN = "restore_chain"


class ChainHistoryAdminMixin:
    object_history_template = "admin/claims/claim/object_history.html"
    object_history_form_template = "admin/claims/claim/object_history_form.html"

    def history_view(self, request, object_id, extra_context=None):
        context = {**(extra_context or {}), "chain_changes": chain_changes(object_id)}
        return super().history_view(request, object_id, extra_context=context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(Claim.history.model, id=object_id, history_id=version_id)
        claim = get_object_or_404(Claim, pk=object_id)
        try:
            chain_then, chain_problem = chain_of_version(version), ""
        except ValidationError as error:
            chain_then, chain_problem = None, " ".join(error.messages)
        context = {
            **(extra_context or {}),
            "chain_then": describe_links(chain_then or []),
            "chain_now": describe_links(claim.attributions.select_related("source", "actor")),
            "chain_problem": chain_problem,
            "chain_differs": chain_then is not None and chain_differs(claim, chain_then),
            "restore_chain_field": RESTORE_CHAIN,
        }
        restore = request.method == "POST" and request.POST.get(RESTORE_CHAIN) and chain_then is not None
        if not restore:
            return super().history_form_view(request, object_id, version_id, extra_context=context)
        try:
            with transaction.atomic():
                response = super().history_form_view(request, object_id, version_id, extra_context=context)
                if response.status_code == 302:  # the version was saved: its chain goes with it
                    chain_replace(claim=Claim.objects.get(pk=object_id), links=chain_then, user=request.user)
        except ValidationError as error:
            self.message_user(request, "Nothing was reverted: " + " ".join(error.messages), messages.ERROR)
            return super().history_form_view(request, object_id, version_id, extra_context=context)
        return response
