"""The metrics' live-conflict flag (``claims.metrics.live_conflicts``), computed once here.

The initial flags are asked with the live definition of a conflict
(``ClaimQuerySet.conflicting()``, through ``recompute_all``), not a copy frozen into this
migration: there is one definition. Should a later migration change a column it reads,
make this step a no-op and run ``manage.py recompute_metric_conflicts`` after migrating.
"""

from django.db import migrations, models


def compute_flags(apps, schema_editor):
    from claims.metrics.live_conflicts import recompute_all

    recompute_all()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0017_webhooks"),
    ]

    operations = [
        migrations.AddField(
            model_name="metric",
            name="has_live_conflict",
            field=models.BooleanField(default=False, db_default=False, editable=False),
        ),
        migrations.AddField(
            model_name="metric",
            name="live_conflict_claim",
            field=models.BigIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddIndex(
            model_name="metric",
            index=models.Index(
                condition=models.Q(("has_live_conflict", True)),
                fields=["-updated_at", "-id"],
                name="metric_live_conflict_idx",
            ),
        ),
        migrations.RunPython(compute_flags, migrations.RunPython.noop, elidable=True),
    ]
