"""
The claims list's sidebar filters that the API has too: thin adapters onto ``ClaimFilterSet``.

Each reads its parameter as the API reads it and applies the FilterSet's own method
(``claims.selectors.filter_claims_by``), so ``/admin/claims/claim/?outlet=daily8`` and
``/api/v1/claims/?outlet=daily8`` list the same claims; only the choices the sidebar
offers are the admin's. A value the FilterSet refuses (an unknown outlet, ``conflicting=maybe``)
is reported with the parameter's name, and the admin shows the unfiltered list, as it
does for any bad lookup.
"""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError

from sources.models import Source

from ..selectors import apply_claim_filter, filter_claims_by
from ..visibility import visible_outlets


def refuse(request, error):
    """Tell the user which parameter was wrong, then let the admin drop the lookup."""
    for name, problems in error.message_dict.items():
        messages.error(request, f"{name}: {' '.join(problems)}")
    return IncorrectLookupParameters(error)


class FilterSetListFilter(admin.SimpleListFilter):
    """A sidebar filter applying ``ClaimFilterSet``'s parameter named ``parameter_name``.

    ``checked_values`` maps choices that ``lookups()`` found the requester may use to
    their cleaned value, as the FilterSet would read them.
    """

    checked_values = {}

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        if self.value() in self.checked_values:
            # A choice the sidebar offers, already resolved by lookups(): no query to read it
            # again, once per choice when the sidebar counts them ("Show counts").
            return apply_claim_filter(queryset, self.parameter_name, self.checked_values[self.value()], request=request)
        try:
            return filter_claims_by(queryset, self.parameter_name, self.value(), request=request)
        except ValidationError as error:
            raise refuse(request, error) from error


class OutletListFilter(FilterSetListFilter):
    """Claims published by an outlet (in any of their sources)."""

    title = "outlet"
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        outlets = visible_outlets(request.user).order_by("name").values_list("pk", "slug", "name")
        self.checked_values = {slug: [pk] for pk, slug, _ in outlets}
        return [(slug, name) for _, slug, name in outlets]


class ConflictingListFilter(FilterSetListFilter):
    """Claims in a live conflict on their metric (see ``claims.metrics.conflicts``)."""

    title = "conflict on its metric"
    parameter_name = "conflicting"

    def lookups(self, request, model_admin):
        return [("yes", "In a live conflict"), ("no", "Not in a live conflict")]


class SourceListFilter(FilterSetListFilter):
    """Claims with a link in one source (``?source=<id>``), as "Suggest claims" links to."""

    title = "source"
    parameter_name = "source"

    def lookups(self, request, model_admin):
        # Only the chosen source is listed: the filter is reached from a source's page.
        value = str(self.value() or "")
        source = (
            Source.objects.filter(pk=value).first() if value.isascii() and value.isdigit() and len(value) < 19 else None
        )
        return [(str(source.pk), str(source))] if source else []
