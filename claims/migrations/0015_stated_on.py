"""The date of a claim's statement, for the claims list's date drill-down (issue 16).

``stated_on`` is the earliest published date of the claim's sources, else the end of its
period, else its start; ``claims.services.stated_on_refresh`` keeps it from now on, and
this migration fills it for the claims already stored.
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce


def fill_stated_on(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    Attribution = apps.get_model("claims", "Attribution")
    first_published = (
        Attribution.objects.filter(claim=OuterRef("pk"), source__published__isnull=False)
        .order_by("source__published")
        .values("source__published")[:1]
    )
    Claim.objects.update(stated_on=Coalesce(Subquery(first_published), "period_end", "period_start"))


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0014_review_publisher"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="stated_on",
            field=models.DateField(
                blank=True,
                db_index=True,
                editable=False,
                help_text="When it was said: its first source's published date, else its period.",
                null=True,
            ),
        ),
        migrations.RunPython(fill_stated_on, migrations.RunPython.noop, elidable=True),
    ]
