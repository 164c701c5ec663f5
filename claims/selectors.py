"""
Reads of claims that several entry points share.

The API's ``/claims/``, the admin's claims list, the exports, saved sheets and
``manage.py export_claims`` each select claims from what someone typed. They all go
through ``ClaimFilterSet`` by way of this module, so a parameter — ``outlet=daily8``,
``conflicting=true``, ``q=troop`` — picks the same claims wherever it is typed:

* ``filtered_claims()``: a whole query string, strictly (exports, sheets, the command,
  the admin's export and add-to-sheet forms). The API view runs the same FilterSet
  through DRF's filter backend.
* ``filter_claims_by()``: one parameter applied to a queryset (the admin's list filters
  and its search box), with the FilterSet's own validation and method, so the admin
  sidebar is a thin adapter and its search is the API's ``q``.
"""

from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.http import QueryDict

from .filtersets import ClaimFilterSet
from .models import Claim

# Query parameters that are not filters: the API's format, paging and DRF's own.
NON_FILTER_PARAMETERS = frozenset({"format", "page", "page_size", "cursor", "limit", "offset"})


def filter_names():
    return set(ClaimFilterSet.base_filters)


def filtered_claims(query, user, *, request=None, strict=True):
    """Claims ``user`` may read, filtered by ``query`` (a query string or a ``QueryDict``).

    Raises ``ValidationError`` with a message per bad parameter (``{"status": [...]}``);
    with ``strict``, a parameter that is no filter at all is an error too, so a typo is
    never silently ignored.
    """
    params = query if isinstance(query, QueryDict) else QueryDict(query or "")
    errors = {}
    if strict:
        known = ", ".join(sorted(filter_names()))
        for name in sorted(set(params) - filter_names() - NON_FILTER_PARAMETERS):
            errors[name] = [f"Unknown filter; use one of: {known}."]
    filterset = ClaimFilterSet(
        params, queryset=Claim.objects.visible_to(user), request=request or SimpleNamespace(user=user)
    )
    if not filterset.is_valid():
        errors.update({name: list(messages) for name, messages in filterset.errors.items()})
    if errors:
        raise ValidationError(errors)
    return filterset.qs


def filter_claims_by(queryset, name, value, *, request):
    """``queryset`` narrowed by the one ``ClaimFilterSet`` parameter ``name=value``.

    The value is read and checked as the API reads it (an outlet by id or slug among
    those the requester may see, ``true``/``yes`` for booleans, ``q`` in web-search
    syntax and within its limits) and applied by the FilterSet's own method. Unlike
    ``filtered_claims()`` nothing else is applied — no default listing, no ordering —
    because the caller (the admin's changelist) composes several filters and orders
    the result itself. Raises ``ValidationError`` naming ``name``.
    """
    data = QueryDict(mutable=True)
    data[name] = value
    filterset = ClaimFilterSet(data, queryset=queryset, request=request)
    if not filterset.is_valid():
        raise ValidationError({key: list(messages) for key, messages in filterset.errors.items()})
    return apply_claim_filter(queryset, name, filterset.form.cleaned_data.get(name), request=request)


def apply_claim_filter(queryset, name, cleaned, *, request):
    """``queryset`` narrowed by ``ClaimFilterSet``'s method for ``name`` with a value already
    checked (``[3]`` for ``outlet``: ids the requester may see), as ``filter_claims_by`` does
    after reading it. For callers that checked the value themselves: the admin's outlet
    sidebar lists the outlets the user may see, then counts the claims of each (facets)."""
    if cleaned in (None, "", []):
        return queryset
    filterset = ClaimFilterSet(queryset=queryset, request=request)
    return filterset.filters[name].filter(queryset, cleaned)
