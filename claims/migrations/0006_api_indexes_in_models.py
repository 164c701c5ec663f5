"""
The API's indexes move from plain SQL (0003) into the models' ``Meta.indexes``.

On SQLite, Django rebuilds a table to alter it (a new table, copy, rename) and
recreates only the indexes the models declare: 0004 altered ``claims_claim``, so
every SQLite database migrated past it had lost ``claim_status_updated_id_idx`` and
``claim_unit_updated_idx``, and ``?unit=drones`` sorted every claim of the unit again.
Declared in the models, the indexes survive any later rebuild, and
``tests/claims/test_indexes.py`` checks they exist after ``migrate``.

The plain-SQL indexes are dropped first where they still exist (PostgreSQL, and the
attribution ones on SQLite) and created again under the same names. The two indexes
they extend (``claim_status_updated_idx``, ``claim_unit_idx``) are prefixes of the new
ones and go.
"""

from django.db import migrations, models

# As 0003 created them (migrating back recreates them).
RAW_SQL_INDEXES = {
    "claim_status_updated_id_idx": "claims_claim (status, updated_at DESC, id DESC)",
    "claim_unit_updated_idx": "claims_claim (unit, updated_at DESC, id DESC)",
    "attribution_actor_claim_idx": "claims_attribution (actor_id, claim_id, role)",
    "attribution_claim_chain_idx": (
        "claims_attribution (claim_id, source_id, position, actor_id, verb, role, source_count)"
    ),
}


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_claimsheet"),
    ]

    operations = [
        migrations.RunSQL(
            [f"DROP INDEX IF EXISTS {name}" for name in RAW_SQL_INDEXES],
            [f"CREATE INDEX {name} ON {definition}" for name, definition in RAW_SQL_INDEXES.items()],
        ),
        migrations.RemoveIndex(model_name="claim", name="claim_status_updated_idx"),
        migrations.RemoveIndex(model_name="claim", name="claim_unit_idx"),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["status", "-updated_at", "-id"], name="claim_status_updated_id_idx"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["unit", "-updated_at", "-id"], name="claim_unit_updated_idx"),
        ),
        migrations.AddIndex(
            model_name="attribution",
            index=models.Index(fields=["actor", "claim", "role"], name="attribution_actor_claim_idx"),
        ),
        migrations.AddIndex(
            model_name="attribution",
            index=models.Index(
                fields=["claim", "source", "position", "actor", "verb", "role", "source_count"],
                name="attribution_claim_chain_idx",
            ),
        ),
    ]
