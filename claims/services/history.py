"""Who made a write, for the history rows simple-history writes with it."""


def set_history_user(instance, user):
    # simple-history reads this attribute when it writes the historical row.
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user
