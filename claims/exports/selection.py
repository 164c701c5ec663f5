"""Which claims an export holds: the API's filters applied to what the user may read.

``ClaimFilterSet`` serves the API, the exports and the admin, so a saved sheet's query,
``manage.py export_claims status=published tag=kursk`` and ``/api/v1/claims/?…`` pick
the same claims.
"""

from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.http import QueryDict

from ..filtersets import ClaimFilterSet
from ..models import Claim

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
