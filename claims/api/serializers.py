"""Serializers for claims in the API."""

from rest_framework import serializers

from ..models import Claim


class ClaimSerializer(serializers.ModelSerializer):
    figure_display = serializers.CharField(read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "uid", "statement", "quote", "value", "value_max", "qualifier", "unit", "figure_display",
                  "subject", "place", "period_start", "period_end", "status", "verdict", "created_at", "updated_at"]
