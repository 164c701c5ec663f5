"""
``ClaimWriteSerializer``: creating and changing a claim with its chain through the API.

The payload mirrors what a claim reads like, with records named by id or slug::

    {"statement": "...", "quote": "about 4,000 soldiers",
     "value": 4000, "qualifier": "approx", "unit": "soldiers",
     "tags": ["north-korea"], "metric": "north-korean-military-personnel-sent-to-russia",
     "sources": [{"id": 1, "chain": [
         {"actor": "south-korean-lawmakers", "verb": "said"},
         {"actor": "national-intelligence-service", "verb": "briefed"}]}]}

Each source's ``chain`` lists its links outermost first; positions follow the list,
and unless a link gives its ``role`` the last one is the origin and the others relay.
The chain is checked with ``claims.chains.validate_chain`` (as in the admin) before
anything is written, and the claim, its chain and its tags are written together by
``claims.services.claim_save`` in one transaction: an invalid chain writes nothing.
``sources`` and ``tags``, when left out, stay as they are.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from sources.models import Actor, Source

from ..chains import LinkData, validate_chain
from ..models import Claim, Metric, Role, Tag, Verb
from ..services import ConcurrentEditError, claim_save


@extend_schema_field({"oneOf": [{"type": "integer"}, {"type": "string"}], "description": "An id or a slug."})
class IdOrSlugRelatedField(serializers.RelatedField):
    """A record named by its id (a number) or its slug (text)."""

    default_error_messages = {
        "does_not_exist": "Unknown {noun}: “{value}”.",
        "invalid": "Give an id (number) or a slug (text).",
    }

    def __init__(self, noun, **kwargs):
        self.noun = noun
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, (int, str)) or data == "":
            self.fail("invalid")
        text = str(data)
        lookup = Q(slug=text)
        if text.isdecimal() and len(text) < 19:
            lookup |= Q(pk=int(text))
        found = self.get_queryset().filter(lookup).first()
        if found is None:
            self.fail("does_not_exist", noun=self.noun, value=text)
        return found

    def to_representation(self, value):
        return value.slug


class ChainLinkInputSerializer(serializers.Serializer):
    actor = IdOrSlugRelatedField(noun="speaker", queryset=Actor.objects.all(), help_text="Speaker id or slug.")
    verb = serializers.ChoiceField(choices=Verb.choices, default=Verb.SAID)
    role = serializers.ChoiceField(
        choices=Role.choices, required=False, help_text="Default: origin for the last link, relay before it."
    )
    source_count = serializers.IntegerField(
        min_value=1, required=False, allow_null=True, help_text="For anonymous sources: how many were cited."
    )


class ClaimSourceInputSerializer(serializers.Serializer):
    id = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(),
        help_text="Source id.",
        error_messages={"does_not_exist": "Unknown source: {pk_value}."},
    )
    chain = ChainLinkInputSerializer(many=True, allow_empty=False, help_text="Links, outermost first.")


class ClaimWriteSerializer(serializers.ModelSerializer):
    """What an editor sends to create or change a claim (status changes are separate actions)."""

    metric = IdOrSlugRelatedField(noun="metric", queryset=Metric.objects.all(), required=False, allow_null=True)
    tags = IdOrSlugRelatedField(noun="tag", queryset=Tag.objects.all(), many=True, required=False)
    sources = ClaimSourceInputSerializer(
        many=True, required=False, help_text="The claim's sources, each with its attribution chain; replaces them."
    )

    class Meta:
        model = Claim
        fields = [
            "statement",
            "quote",
            "value",
            "value_max",
            "qualifier",
            "unit",
            "subject",
            "place",
            "period_start",
            "period_end",
            "metric",
            "tags",
            "rank",
            "deprecation_reason",
            "sources",
        ]

    def validate_sources(self, sources):
        seen = set()
        for entry in sources:
            if entry["id"].pk in seen:
                raise serializers.ValidationError(f"Source {entry['id'].pk} is listed twice; give each source once.")
            seen.add(entry["id"].pk)
        return sources

    def validate(self, attrs):
        if "sources" in attrs:
            links = self.links(attrs["sources"])
            try:
                validate_chain(links)
            except DjangoValidationError as error:
                raise serializers.ValidationError({"sources": error.messages}) from None
            attrs["links"] = links
        return attrs

    @staticmethod
    def links(sources):
        """``LinkData`` for each link: positions follow the list, the last link is the origin by default."""
        links = []
        for entry in sources:
            chain = entry["chain"]
            for position, link in enumerate(chain, start=1):
                default_role = Role.ORIGIN if position == len(chain) else Role.RELAY
                links.append(
                    LinkData(
                        source=entry["id"],
                        actor=link["actor"],
                        verb=link["verb"],
                        role=link.get("role", default_role),
                        position=position,
                        source_count=link.get("source_count"),
                    )
                )
        return links

    def create(self, validated_data):
        return self._save(Claim(), validated_data)

    def update(self, instance, validated_data):
        return self._save(instance, validated_data)

    def _save(self, claim, validated_data):
        links = validated_data.pop("links", None)
        validated_data.pop("sources", None)
        tags = validated_data.pop("tags", None)
        for name, value in validated_data.items():
            setattr(claim, name, value)
        try:
            return claim_save(
                claim=claim,
                links=links,
                tags=tags,
                user=self.context["request"].user,
                expected_version=self.context.get("expected_version"),
            )
        except ConcurrentEditError:
            raise  # the view answers 412 Precondition Failed
        except DjangoValidationError as error:
            raise serializers.ValidationError(as_field_errors(error)) from None


def as_field_errors(error):
    """A model ValidationError as DRF field errors (``__all__`` becomes ``non_field_errors``)."""
    if not hasattr(error, "error_dict"):
        return {"non_field_errors": error.messages}
    return {
        ("non_field_errors" if field == "__all__" else field): messages
        for field, messages in error.message_dict.items()
    }
