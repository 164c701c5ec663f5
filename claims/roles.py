"""
The newsroom's roles as Django groups: ``Editors`` and ``Reviewers``.

``ensure_roles()`` runs after every ``migrate`` so both groups exist, with exactly the
permissions below, on a fresh database and after upgrades.
"""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
REVIEWERS = "Reviewers"

# Editors create and edit claims, sources and speakers; they cannot publish.
EDITOR_PERMISSIONS = [
    *(f"{action}_{model}" for action in ("add", "change", "view") for model in ("claim", "metric", "tag")),
    *(
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("attribution", "claimrelation", "conflictexplanation")
    ),
    *(f"{action}_{model}" for action in ("add", "change", "view") for model in ("outlet", "source", "actor")),
    "view_review",
    # Claim sheets: editors build, reorder and delete the sheets they hand out.
    *(
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("claimsheet", "claimsheetitem")
    ),
]

# Reviewers do everything editors do, and also publish, retract, review and make sheets public.
REVIEWER_PERMISSIONS = [
    *EDITOR_PERMISSIONS,
    "publish_claim",
    "delete_claim",
    "add_review",
    "change_review",
    "delete_review",
    "publish_review",
    "publish_claimsheet",
    # Duplicates: merge outlets, sources and speakers; delete unused speakers extraction proposed.
    "merge_outlet",
    "merge_source",
    "merge_actor",
    "delete_proposed_actor",
    # Webhooks: who is told of public claims, and the delivery log (add = redeliver).
    *(f"{action}_webhooksubscription" for action in ("add", "change", "delete", "view")),
    "view_webhookdelivery",
    "add_webhookdelivery",
]

ROLE_PERMISSIONS = {EDITORS: EDITOR_PERMISSIONS, REVIEWERS: REVIEWER_PERMISSIONS}


def ensure_roles(**kwargs):
    """Create or update the role groups with their permissions (idempotent)."""
    apps_labels = ("claims", "sources")
    for group_name, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        permissions = Permission.objects.filter(content_type__app_label__in=apps_labels, codename__in=codenames)
        group.permissions.add(*permissions)


def reviewers():
    """Users a claim can be assigned to: active staff who may publish (Reviewers, superusers)."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.with_perm(
        "claims.publish_claim", backend="django.contrib.auth.backends.ModelBackend"
    )
    return users.filter(is_staff=True).order_by("username")
