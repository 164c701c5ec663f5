"""A newsroom with at least one row in every table a backup holds.

Built from the seeds plus the records no seed writes (users, tokens, groups, a log entry,
a conflict explanation, review evidence, a claim sheet), so the backup tests see every
kind of row. ``empty_tables()`` reads the model registry: a model added later that this
world leaves empty fails the backup test until a row of it is added here.

Also run in a subprocess (``manage.py shell -c``) to build the same world in another database.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from rest_framework.authtoken.models import Token

from claims.models import (
    Claim,
    ConflictExplanation,
    ImportRun,
    Review,
    Tag,
    WebhookDelivery,
    WebhookSubscription,
)
from claims.roles import EDITORS, REVIEWERS
from claims.seeding import load_seeds
from claims.services import claim_save
from claims.sheets.services import sheet_add_claims, sheet_create
from factdb.backup import EXCLUDED_MODELS
from sources.models import Source

BUILD_SCRIPT = "from tests.factdb.backup_world import build_world; build_world()"


def backed_up_tables():
    """Every model with rows a backup must keep, including the join tables Django creates
    for many-to-many fields (claim tags, review evidence, user groups and permissions),
    which ``apps.get_models()`` alone leaves out."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and model._meta.label_lower not in EXCLUDED_MODELS
    ]


def empty_tables():
    return sorted(model._meta.label_lower for model in backed_up_tables() if not model._default_manager.exists())


def build_world():
    """Seeds, two users in the newsroom's roles, and a row in every other table. Returns the edited claim."""
    load_seeds(Path(settings.BASE_DIR) / "seeds")
    users = get_user_model().objects
    editor = users.create_user(username="eddie", password="pw-eddie", is_staff=True)
    reviewer = users.create_user(username="rita", password="pw-rita", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    Token.objects.create(user=editor)

    claim = Claim.objects.get(value=477)
    claim.statement = "Edited by a reviewer"
    claim_save(claim=claim, user=reviewer)
    # Rows that live only in many-to-many join tables, each of which a restore could drop.
    claim.tags.add(Tag.objects.create(name="Air war"))
    review = Review.objects.filter(status="published").first()
    review.evidence.add(*Source.objects.order_by("pk")[:2])
    desk = Group.objects.create(name="Night desk")
    desk.permissions.add(Permission.objects.get(codename="view_claim"))
    editor.groups.add(desk)
    editor.user_permissions.add(Permission.objects.get(codename="publish_claim"))

    on_metric = list(Claim.objects.filter(metric__isnull=False).order_by("metric_id", "pk")[:2])
    ConflictExplanation.objects.create(
        claim_a=on_metric[0], claim_b=on_metric[1], reason="different_scope", note="Kursk only", explained_by=reviewer
    )
    sheet = sheet_create(name="Kursk sheet", user=reviewer, description="For the July story", query="tag=kursk")
    sheet_add_claims(sheet=sheet, claims=Claim.objects.order_by("pk")[:3], user=reviewer)
    LogEntry.objects.create(
        user=reviewer,
        content_type=ContentType.objects.get_for_model(Claim),
        object_id=str(claim.pk),
        object_repr=str(claim),
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["Statement"]}}]',
    )
    ImportRun.objects.create(
        kind="sheet",
        file_name="kursk.csv",
        user=reviewer,
        created=2,
        skipped=1,
        summary="2 created, 1 skipped",
        skipped_records=[{"where": "row 4", "reason": "Value: “twelve” is not a number."}],
    )
    # An editor's change to a published claim waits as a pending revision.
    junior = users.create_user(username="june", password="pw-june", is_staff=True)
    junior.groups.add(Group.objects.get(name=EDITORS))
    proposed = Claim.objects.get(pk=claim.pk)
    proposed.place = "Kharkiv"
    assert claim_save(claim=proposed, user=junior).pending_revision is not None
    # Webhooks: a subscription and one delivery in its log.
    subscription = WebhookSubscription.objects.create(
        name="Partner desk", url="https://partner.example.org/hooks", filter="unit=troops", owner=reviewer
    )
    WebhookDelivery.objects.create(
        subscription=subscription, event="published", claim=claim, payload={"event": "published"}, attempts=1
    )
    return claim
