"""
Indexes for the API's hot queries (checked with EXPLAIN on SQLite and PostgreSQL).

* ``claim_unit_updated_idx``: ``?unit=drones`` pages walk the unit's claims newest
  first and stop after a page, instead of sorting every claim in that unit.
* ``attribution_claim_chain_idx``: a page's chains are read by claim id in chain
  order from the index alone (it covers every column the payload needs).

They are created with plain SQL (valid on both databases) so the models' state is
unchanged; the lead may move them into the models' ``Meta.indexes``.
"""

from django.db import migrations

INDEXES = {
    "claim_unit_updated_idx": "claims_claim (unit, updated_at DESC, id DESC)",
    "attribution_claim_chain_idx": (
        "claims_attribution (claim_id, source_id, position, actor_id, verb, role, source_count)"
    ),
}


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_claim_search_vector"),
    ]

    operations = [
        migrations.RunSQL(f"CREATE INDEX {name} ON {definition}", f"DROP INDEX {name}")
        for name, definition in INDEXES.items()
    ]
