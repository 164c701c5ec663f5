"""Migration 0003_dedupe_keys fills the duplicate keys of rows saved before it (issue 16)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("sources", "0002_source_page_index_on_postgresql")]
AFTER = [("sources", "0003_dedupe_keys")]
REUTERS = "https://www.reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14/"
REUTERS_SHARED = "http://reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_old_sources_and_speakers_get_their_keys_and_old_duplicates_do_not_stop_it():
    old = migrate(BEFORE)
    outlet = old.get_model("sources", "Outlet").objects.create(name="Reuters", slug="reuters")
    Source = old.get_model("sources", "Source")
    first = Source.objects.create(outlet=outlet, title="North Korea sends more troops", url=REUTERS)
    second = Source.objects.create(outlet=outlet, title="The same, shared by email", url=REUTERS_SHARED)
    no_url = Source.objects.create(outlet=outlet, title="A broadcast", url="")
    unicef = old.get_model("sources", "Actor").objects.create(
        name="UNICEF", slug="unicef", aliases="Fonds des Nations unies pour l’enfance"
    )
    try:
        new = migrate(AFTER)
        Source = new.get_model("sources", "Source")
        keys = dict(Source.objects.values_list("pk", "url_key"))
        assert keys[first.pk] == "reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14"
        assert keys[second.pk] == "" and keys[no_url.pk] == ""  # the older one keeps the key
        actor = new.get_model("sources", "Actor").objects.get(pk=unicef.pk)
        assert actor.name_keys == "\nfonds des nations unies pour l enfance\nunicef\n"
    finally:
        migrate(executor_leaf())


def executor_leaf():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()
