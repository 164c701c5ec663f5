"""Claim sheets are private to the newsroom until a reviewer makes one public.

Existing sheets start private: a reviewer ticks "Public" on those meant for readers.
"""

from django.db import migrations, models

HELP = (
    "Anyone may read the sheet (its page, files and API entry). Set by a reviewer; "
    "a sheet is otherwise seen only by the newsroom."
)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0011_claim_retraction"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="claimsheet",
            options={
                "ordering": ["-updated_at", "-id"],
                "permissions": [("publish_claimsheet", "Can make claim sheets public")],
            },
        ),
        migrations.AddField(
            model_name="claimsheet",
            name="public",
            field=models.BooleanField(default=False, help_text=HELP),
        ),
        migrations.AddField(
            model_name="historicalclaimsheet",
            name="public",
            field=models.BooleanField(default=False, help_text=HELP),
        ),
    ]
