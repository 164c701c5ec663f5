"""
PostgreSQL full-text search for claims: a weighted ``search_vector`` column, its GIN
index, and the triggers that keep it current (see ``claims/search.py``).

The vector combines the statement (weight A), the quote and subject (B) and the names
and aliases of every speaker in the claim's chains (C). Triggers recompute it when a
claim's text changes, when its chain changes and when a speaker is renamed or gets a
new alias, so every writer (admin, API, importers, raw SQL) keeps it right.

The column is the database's business only: the model does not declare it, and
``claims.search.StoredSearchVector`` reads it. SQLite needs none of this (its search
reads the text columns directly), so this migration does nothing there.
"""

from django.db import migrations

SEARCH_DOCUMENT_FUNCTION = """
CREATE OR REPLACE FUNCTION claims_claim_search_document(claim_id bigint, statement text, quote text, subject text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english', coalesce(statement, '')), 'A')
        || setweight(to_tsvector('english', coalesce(quote, '') || ' ' || coalesce(subject, '')), 'B')
        || setweight(to_tsvector('english', coalesce((
               SELECT string_agg(DISTINCT actor.name || ' ' || replace(actor.aliases, E'\\n', ' '), ' ')
               FROM claims_attribution AS link
               JOIN sources_actor AS actor ON actor.id = link.actor_id
               WHERE link.claim_id = $1
           ), '')), 'C')
$$;
"""

FORWARD = [
    "ALTER TABLE claims_claim ADD COLUMN search_vector tsvector",
    SEARCH_DOCUMENT_FUNCTION,
    # A claim's own text changed (or it is new): recompute before the row is written.
    """
    CREATE OR REPLACE FUNCTION claims_claim_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector := claims_claim_search_document(NEW.id, NEW.statement, NEW.quote, NEW.subject);
        RETURN NEW;
    END $$;
    """,
    """
    CREATE TRIGGER claims_claim_search_vector_update
    BEFORE INSERT OR UPDATE OF statement, quote, subject ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_claim_search_vector_update();
    """,
    # A link was added, removed or given another speaker: refresh the claim(s) it touches.
    """
    CREATE OR REPLACE FUNCTION claims_attribution_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE claims_claim
        SET search_vector = claims_claim_search_document(id, statement, quote, subject)
        WHERE id IN (
            SELECT CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.claim_id END
            UNION SELECT CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.claim_id END
        );
        RETURN NULL;
    END $$;
    """,
    """
    CREATE TRIGGER claims_attribution_search_vector_update
    AFTER INSERT OR DELETE OR UPDATE OF claim_id, actor_id ON claims_attribution
    FOR EACH ROW EXECUTE FUNCTION claims_attribution_search_vector_update();
    """,
    # A speaker was renamed or got new aliases: refresh every claim they are in.
    """
    CREATE OR REPLACE FUNCTION claims_actor_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE claims_claim
        SET search_vector = claims_claim_search_document(id, statement, quote, subject)
        WHERE id IN (SELECT claim_id FROM claims_attribution WHERE actor_id = NEW.id);
        RETURN NULL;
    END $$;
    """,
    """
    CREATE TRIGGER claims_actor_search_vector_update
    AFTER UPDATE OF name, aliases ON sources_actor
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.aliases IS DISTINCT FROM NEW.aliases)
    EXECUTE FUNCTION claims_actor_search_vector_update();
    """,
    "UPDATE claims_claim SET search_vector = claims_claim_search_document(id, statement, quote, subject)",
    "CREATE INDEX claim_search_vector_idx ON claims_claim USING gin (search_vector)",
]

BACKWARD = [
    "DROP TRIGGER IF EXISTS claims_actor_search_vector_update ON sources_actor",
    "DROP TRIGGER IF EXISTS claims_attribution_search_vector_update ON claims_attribution",
    "DROP TRIGGER IF EXISTS claims_claim_search_vector_update ON claims_claim",
    "DROP FUNCTION IF EXISTS claims_actor_search_vector_update()",
    "DROP FUNCTION IF EXISTS claims_attribution_search_vector_update()",
    "DROP FUNCTION IF EXISTS claims_claim_search_vector_update()",
    "DROP FUNCTION IF EXISTS claims_claim_search_document(bigint, text, text, text)",
    "DROP INDEX IF EXISTS claim_search_vector_idx",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_vector",
]


def _run_on_postgres(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(_run_on_postgres(FORWARD), _run_on_postgres(BACKWARD), elidable=False),
    ]
