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
``sources`` and ``tags``, when left out, stay as they are; ``sources``, when given,
replaces them all and is read whole, in a PATCH as in a POST (``ClaimSourcesField``).

Bodies are strict (``factdb.api.strict_input``): an unknown field, text sent as a
number, or a list longer than its limit (``MAX_SOURCES`` sources, ``MAX_CHAIN_LINKS``
links in a chain, ``MAX_TAGS`` tags) is a 400 naming the field.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Q
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from factdb.api.strict_input import (
    BoundedListField,
    RefuseUnknownFieldsMixin,
    StrictIntegerField,
    StrictModelSerializer,
)
from factdb.numbers import has_other_digits
from sources.models import Actor, Source

from ..chains import LinkData, validate_chain
from ..models import Claim, Metric, Role, Tag, Verb
from ..services import CONTENT_FIELDS, EDITABLE_FIELDS, ConcurrentEditError, claim_save

MAX_SOURCES = 50
MAX_CHAIN_LINKS = 20  # real chains have two or three links
MAX_TAGS = 100
MAX_SOURCE_COUNT = 10_000  # anonymous sources cited at once
MAX_SLUG_LENGTH = 200  # the longest slug any record has


@extend_schema_field({"oneOf": [{"type": "integer"}, {"type": "string"}], "description": "An id or a slug."})
class IdOrSlugRelatedField(serializers.RelatedField):
    """A record named by its id (a number) or its slug (text)."""

    default_error_messages = {
        "does_not_exist": "Unknown {noun}: “{value}”.",
        "invalid": "Give an id (number) or a slug (text).",
        "not_a_slug": "Give an id or a slug: slugs are at most {max_length} characters, without null or surrogate "
        "characters.",
    }

    def __init__(self, noun, **kwargs):
        self.noun = noun
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, (int, str)) or data == "":
            self.fail("invalid")
        text = str(data)
        if len(text) > MAX_SLUG_LENGTH or not is_storable_text(text):
            # Not looked up: no slug is like it, and the databases refuse such text (or, for
            # PostgreSQL, a NUL) with an error instead of finding nothing.
            self.fail("not_a_slug", max_length=MAX_SLUG_LENGTH)
        lookup = Q(slug=text)
        if text.isascii() and text.isdecimal() and len(text) < 19:  # "١" is not id 1
            lookup |= Q(pk=int(text))
        found = self.get_queryset().filter(lookup).first()
        if found is None:
            self.fail("does_not_exist", noun=self.noun, value=text)
        return found

    def to_representation(self, value):
        return value.slug


def is_storable_text(text):
    """Whether both databases store ``text``: no NUL, no lone surrogate (not UTF-8)."""
    return "\x00" not in text and not any("\ud800" <= char <= "\udfff" for char in text)


class SourceIdField(serializers.PrimaryKeyRelatedField):
    """A source by id: a whole number (1.5 would otherwise be read as source 1)."""

    def to_internal_value(self, data):
        if isinstance(data, float):
            self.fail("incorrect_type", data_type="float")
        if isinstance(data, str) and has_other_digits(data):
            self.fail("incorrect_type", data_type="text")
        return super().to_internal_value(data)


class ChainLinkInputSerializer(RefuseUnknownFieldsMixin, serializers.Serializer):
    """One link of a chain: who said it, how, and (for anonymous sources) how many."""

    actor = IdOrSlugRelatedField(noun="speaker", queryset=Actor.objects.all(), help_text="Speaker id or slug.")
    verb = serializers.ChoiceField(choices=Verb.choices, default=Verb.SAID)
    role = serializers.ChoiceField(
        choices=Role.choices, required=False, help_text="Default: origin for the last link, relay before it."
    )
    source_count = StrictIntegerField(
        min_value=1,
        max_value=MAX_SOURCE_COUNT,
        required=False,
        allow_null=True,
        help_text="For anonymous sources: how many were cited.",
    )


class ClaimSourceInputSerializer(RefuseUnknownFieldsMixin, serializers.Serializer):
    """A source of the claim, by id, with the claim's attribution chain in it."""

    id = SourceIdField(
        queryset=Source.objects.all(),
        help_text="Source id.",
        error_messages={"does_not_exist": "Unknown source: {pk_value}."},
    )
    chain = ChainLinkInputSerializer(
        many=True,
        allow_empty=False,
        max_length=MAX_CHAIN_LINKS,
        help_text=f"Links, outermost first (at most {MAX_CHAIN_LINKS}).",
    )


@extend_schema_field(ClaimSourceInputSerializer(many=True))
class ClaimSourcesField(serializers.Field):
    """A claim's sources with their chains, always read whole.

    They replace the claim's sources, so a PATCH gives them as a POST does and they
    are checked alike: a link without ``verb`` gets "said", one without ``actor`` is
    an error. (Declared as a nested serializer, a partial update would skip every
    default and every required field inside it, leaving links without a verb.)
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("write_only", True)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        serializer = ClaimSourceInputSerializer(data=data, many=True, max_length=MAX_SOURCES, context=self.context)
        if not serializer.is_valid():
            raise serializers.ValidationError(serializer.errors)
        return serializer.validated_data


class ClaimWriteSerializer(StrictModelSerializer):
    """What an editor sends to create or change a claim (status changes are separate actions)."""

    metric = IdOrSlugRelatedField(noun="metric", queryset=Metric.objects.all(), required=False, allow_null=True)
    tags = BoundedListField(
        child=IdOrSlugRelatedField(noun="tag", queryset=Tag.objects.all()),
        required=False,
        max_length=MAX_TAGS,
        help_text=f"Tags by id or slug (at most {MAX_TAGS}); replaces them.",
    )
    sources = ClaimSourcesField(
        required=False,
        help_text=f"The claim's sources, each with its attribution chain; replaces them (at most {MAX_SOURCES}).",
    )

    class Meta:
        model = Claim
        fields = [*CONTENT_FIELDS, "tags", "rank", "deprecation_reason", "sources"]

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
        # A request writes the fields it sends and no others: the instance was read before
        # the claim was locked, and its other fields may be older than what is stored.
        fields = [name for name in EDITABLE_FIELDS if name in validated_data]
        try:
            return claim_save(
                claim=claim,
                links=links,
                tags=tags,
                user=self.context["request"].user,
                expected_version=self.context.get("expected_version"),
                fields=fields,
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
