"""
The claim's history pages with its attribution chain: what changed, and reverting both.

simple-history's pages show a claim's own fields. ``ChainHistoryAdminMixin`` adds the
chain: the history page lists every change to the claim's links (who, when, what), and
the page of an old version shows the chain as it stood then, with *Also restore the
attribution chain* — ticked when it differs from today's — so a revert brings back
the figure and who said it together, in one transaction, through ``chain_replace``.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404

from ..chain_history import chain_changes, chain_differs, chain_of_version, describe_links
from ..models import Claim
from ..services import ConcurrentEditError, chain_replace
from .forms import refuse

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
        try:
            # simple-history's view validates and saves outside any transaction: here the
            # form's check, the claim's save and its chain are one.
            with transaction.atomic():
                response = super().history_form_view(request, object_id, version_id, extra_context=context)
                if restore and response.status_code == 302:  # the version was saved: its chain goes with it
                    chain_replace(claim=Claim.objects.get(pk=object_id), links=chain_then, user=request.user)
        except ValidationError as error:
            # Refused under the claim's lock (someone saved in between) or the old chain no
            # longer validates: nothing was written. The form is shown again with the reason.
            if isinstance(error, ConcurrentEditError):
                refuse(request, error)
            else:
                refuse(request, ValidationError("Nothing was reverted: " + " ".join(error.messages)))
            return super().history_form_view(request, object_id, version_id, extra_context=context)
        return response
