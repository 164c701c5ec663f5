"""
Figure intervals of negative figures: "about −5 %" is [−5.5, −4.5], not [−4.5, −5.5].

The tolerance of "about" (and the decade of "thousands") used to be taken from the
value itself, so a negative figure got an interval whose low end was above its high
end, and range filters and conflict checks missed it. Databases do not alter a
generated column's expression, so the two columns (and their indexes) are dropped and
added again; the database recomputes them for every claim.
"""

from decimal import Decimal

from django.db import migrations, models
from django.db.models import Case, F, Value, When

# As claims.figures.interval_low_expression() / interval_high_expression() read now.
OUTPUT = models.DecimalField(decimal_places=6, max_digits=30)
INTERVAL_LOW = Case(
    When(qualifier="approx", value__gte=0, then=F("value") * Value(Decimal("0.90"))),
    When(qualifier="approx", then=F("value") * Value(Decimal("1.10"))),
    When(qualifier__in=["at_most", "less_than", "up_to"], then=Value(None)),
    When(qualifier="magnitude", value__lt=0, then=F("value") * Value(10)),
    default=F("value"),
    output_field=OUTPUT,
)
INTERVAL_HIGH = Case(
    When(qualifier="approx", value__gte=0, then=F("value") * Value(Decimal("1.10"))),
    When(qualifier="approx", then=F("value") * Value(Decimal("0.90"))),
    When(qualifier__in=["at_least", "more_than"], then=Value(None)),
    When(qualifier="range", then=F("value_max")),
    When(qualifier="magnitude", value__gte=0, then=F("value") * Value(10)),
    default=F("value"),
    output_field=OUTPUT,
)


def interval_field(expression):
    return models.GeneratedField(
        expression=expression,
        output_field=models.DecimalField(decimal_places=6, max_digits=30),
        db_persist=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0006_api_indexes_in_models"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="claim", name="claim_interval_low_idx"),
        migrations.RemoveIndex(model_name="claim", name="claim_interval_high_idx"),
        migrations.RemoveField(model_name="claim", name="interval_low"),
        migrations.RemoveField(model_name="claim", name="interval_high"),
        migrations.AddField(model_name="claim", name="interval_low", field=interval_field(INTERVAL_LOW)),
        migrations.AddField(model_name="claim", name="interval_high", field=interval_field(INTERVAL_HIGH)),
        migrations.AddIndex(
            model_name="claim", index=models.Index(fields=["interval_low"], name="claim_interval_low_idx")
        ),
        migrations.AddIndex(
            model_name="claim", index=models.Index(fields=["interval_high"], name="claim_interval_high_idx")
        ),
    ]
