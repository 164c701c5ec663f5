"""The user a management command acts as (``--user``): whose permissions, history and visibility apply."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError


def acting_user(username):
    """The user named ``username``, or None (the operator) when no name is given."""
    if not username:
        return None
    User = get_user_model()
    try:
        return User.objects.get_by_natural_key(username)
    except User.DoesNotExist:
        raise CommandError(f"No user “{username}”.") from None
