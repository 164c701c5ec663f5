"""
Indexes for the API's hot queries (checked with EXPLAIN on SQLite and PostgreSQL).

* ``claim_status_updated_id_idx``: a page of published claims, newest first, is found
  from the index alone (``ClaimPayloads.page`` asks for ids and sort keys only), and
  filters such as ``actor`` walk it and stop after a page.
* ``claim_unit_updated_idx``: ``?unit=drones`` walks that unit's claims newest first
  and stops after a page, instead of sorting every claim in the unit.
* ``attribution_actor_claim_idx``: the claims of a speaker (``actor``, ``origin``)
  from the index alone.
* ``attribution_claim_chain_idx``: a page's chains are read by claim id in chain
  order from the index alone (it covers every column of a link).

They are created with plain SQL, valid on both databases, so the models' state is
unchanged; they could move to the models' ``Meta.indexes``.
"""

from django.db import migrations

INDEXES = {
    "claim_status_updated_id_idx": "claims_claim (status, updated_at DESC, id DESC)",
    "claim_unit_updated_idx": "claims_claim (unit, updated_at DESC, id DESC)",
    "attribution_actor_claim_idx": "claims_attribution (actor_id, claim_id, role)",
    "attribution_claim_chain_idx": (
        "claims_attribution (claim_id, source_id, position, actor_id, verb, role, source_count)"
    ),
}


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_claim_search_vector"),
    ]

    operations = [
        migrations.RunSQL(f"CREATE INDEX {name} ON {definition}", f"DROP INDEX IF EXISTS {name}")
        for name, definition in INDEXES.items()
    ]
