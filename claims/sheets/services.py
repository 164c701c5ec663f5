"""Writes on saved claim sheets: creating one, adding claims, filling it from a filter."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from sources.models import unique_slug

from ..models import ClaimSheet, ClaimSheetItem
from ..selectors import filtered_claims


@transaction.atomic
def sheet_create(*, name, user=None, description="", query=""):
    """A new, empty sheet with a free slug made from its name."""
    sheet = ClaimSheet(name=name, slug=unique_slug(ClaimSheet, name), description=description, query=query)
    if user is not None and user.is_authenticated:
        sheet.created_by = sheet._history_user = user
    sheet.full_clean()
    sheet.save()
    return sheet


@transaction.atomic
def sheet_add_claims(*, sheet, claims, user=None):
    """Append ``claims`` (claims or ids, in order) that are not on the sheet yet; return how many."""
    on_sheet = set(sheet.items.values_list("claim_id", flat=True))
    position = sheet.items.aggregate(last=Max("position"))["last"] or 0
    items = []
    for claim in claims:
        claim_id = getattr(claim, "pk", claim)
        if claim_id in on_sheet:
            continue
        on_sheet.add(claim_id)
        position += 1
        items.append(ClaimSheetItem(sheet=sheet, claim_id=claim_id, position=position))
    if items:
        history_user = user if user is not None and user.is_authenticated else None
        bulk_create_with_history(items, ClaimSheetItem, default_user=history_user)
        ClaimSheet.objects.filter(pk=sheet.pk).update(updated_at=timezone.now())
    return len(items)


def sheet_fill_from_query(*, sheet, user):
    """Add every claim ``sheet.query`` selects among those ``user`` may read, in the filter's order.

    Raises ``ValidationError`` naming the bad parameter when the query is not valid.
    """
    claims = filtered_claims(sheet.query, user).values_list("pk", flat=True)
    return sheet_add_claims(sheet=sheet, claims=list(claims), user=user)
