"""Duplicate keys for sources and speakers (issue 16).

``Source.url_key`` (unique when set) is filled from each stored URL; when two existing
sources already share a key, the oldest keeps it and the others keep a blank key, so the
migration never fails on old data: a reviewer merges them (Sources → select both →
"Merge two selected…"), and saving one of them before that says which source it
duplicates. ``Actor.name_keys`` is filled from each speaker's name and aliases.
"""

from django.db import migrations, models

from sources.models import name_keys, split_aliases
from sources.normalization import url_key


def fill_keys(apps, schema_editor):
    Source = apps.get_model("sources", "Source")
    Actor = apps.get_model("sources", "Actor")
    taken = set()
    for pk, url in list(Source.objects.exclude(url="").order_by("pk").values_list("pk", "url")):
        key = url_key(url)
        if key in taken:
            continue
        taken.add(key)
        Source.objects.filter(pk=pk).update(url_key=key)
    for pk, name, aliases in list(Actor.objects.order_by("pk").values_list("pk", "name", "aliases")):
        Actor.objects.filter(pk=pk).update(name_keys=name_keys([name, *split_aliases(aliases)]))


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0002_source_page_index_on_postgresql"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="actor",
            options={
                "ordering": ["name"],
                "permissions": [
                    ("merge_actor", "Can merge two speakers"),
                    ("delete_proposed_actor", "Can delete unused speakers proposed by extraction"),
                ],
            },
        ),
        migrations.AlterModelOptions(
            name="outlet",
            options={"ordering": ["name"], "permissions": [("merge_outlet", "Can merge two outlets")]},
        ),
        migrations.AlterModelOptions(
            name="source",
            options={"ordering": ["-published", "-id"], "permissions": [("merge_source", "Can merge two sources")]},
        ),
        migrations.RemoveConstraint(
            model_name="source",
            name="source_url_unique_when_set",
        ),
        migrations.AddField(
            model_name="actor",
            name="name_keys",
            field=models.TextField(blank=True, editable=False, help_text="Name and aliases folded (``name_keys()``)."),
        ),
        migrations.AddField(
            model_name="actor",
            name="proposed",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Created by figure extraction for a suggested claim: a reviewer may delete it while no claim uses it.",
            ),
        ),
        migrations.AddField(
            model_name="historicalactor",
            name="name_keys",
            field=models.TextField(blank=True, editable=False, help_text="Name and aliases folded (``name_keys()``)."),
        ),
        migrations.AddField(
            model_name="historicalactor",
            name="proposed",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Created by figure extraction for a suggested claim: a reviewer may delete it while no claim uses it.",
            ),
        ),
        migrations.AddField(
            model_name="historicalsource",
            name="url_key",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="The URL without scheme, www., trailing slash or tracking parameters; unique when set.",
                max_length=1000,
            ),
        ),
        migrations.AddField(
            model_name="source",
            name="url_key",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="The URL without scheme, www., trailing slash or tracking parameters; unique when set.",
                max_length=1000,
            ),
        ),
        migrations.AlterField(
            model_name="historicalsource",
            name="url",
            field=models.URLField(
                blank=True,
                help_text="Normalised on save (tracking parameters dropped). One source per article: http/https, www. and a trailing slash do not make another.",
                max_length=1000,
            ),
        ),
        migrations.AlterField(
            model_name="source",
            name="url",
            field=models.URLField(
                blank=True,
                help_text="Normalised on save (tracking parameters dropped). One source per article: http/https, www. and a trailing slash do not make another.",
                max_length=1000,
            ),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop, elidable=False),
        migrations.AddConstraint(
            model_name="source",
            constraint=models.UniqueConstraint(
                condition=models.Q(("url_key", ""), _negated=True),
                fields=("url_key",),
                name="source_url_key_unique_when_set",
            ),
        ),
    ]
