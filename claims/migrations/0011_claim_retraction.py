"""A retraction's time and reason, shown to the public with the retracted claim."""

from django.db import migrations, models
from django.db.models import F

EARLIER_RETRACTION = "Retracted before factdb recorded the reasons for retractions."


def date_earlier_retractions(apps, schema_editor):
    """Claims retracted before this migration: their last change is the best date known."""
    Claim = apps.get_model("claims", "Claim")
    Claim.objects.filter(status="retracted").update(retracted_at=F("updated_at"), retraction_reason=EARLIER_RETRACTION)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_claimrevision"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="retracted_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="claim",
            name="retraction_reason",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Why the claim was retracted, as the public reads it.",
                max_length=2000,
            ),
        ),
        migrations.AddField(
            model_name="historicalclaim",
            name="retracted_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="historicalclaim",
            name="retraction_reason",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Why the claim was retracted, as the public reads it.",
                max_length=2000,
            ),
        ),
        migrations.RunPython(date_earlier_retractions, migrations.RunPython.noop),
    ]
