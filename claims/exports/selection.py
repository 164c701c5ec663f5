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
    if strict:
        unknown = sorted(set(params) - filter_names() - NON_FILTER_PARAMETERS)
        if unknown:
            known = ", ".join(sorted(filter_names()))
            raise ValidationError({name: [f"Unknown filter; use one of: {known}."] for name in unknown})
    filterset = ClaimFilterSet(
        params, queryset=Claim.objects.visible_to(user), request=request or SimpleNamespace(user=user)
    )
    if not filterset.is_valid():
        raise ValidationError({name: list(messages) for name, messages in filterset.errors.items()})
    return filterset.qs


def query_string(params):
    """A canonical query string for ``params`` (a dict of name → value or list), for the record."""
    query = QueryDict(mutable=True)
    for name, value in params.items():
        query.setlist(name, value if isinstance(value, list | tuple) else [value])
    return query.urlencode()
