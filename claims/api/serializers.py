"""
Serializers for the claims app's endpoints: claims (as read), metrics, tags, reviews.

A claim is read through ``payloads.ClaimPayloads`` (values rows, three queries per
page); ``ClaimSerializer`` describes that exact shape for the OpenAPI schema and the
browsable API. Writes go through ``writes.ClaimWriteSerializer``.
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from sources.api.serializers import ActorLinkSerializer, OutletLinkSerializer
from sources.models import DatePrecision

from ..figures import Qualifier
from ..models import ClaimRank, ClaimStatus, Metric, Rating, Review, Role, Tag, Verb


@extend_schema_field(OpenApiTypes.NUMBER)
class JSONNumberField(serializers.ReadOnlyField):
    """A figure as a JSON number: 12000, 1.5."""


class RecordLinkSerializer(serializers.Serializer):
    """A related record named in a claim: id, slug, name and API URL."""

    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()
    api_url = serializers.URLField()


class FigureSerializer(serializers.Serializer):
    """The figure exactly as said, its reading and the interval filters compare."""

    value = JSONNumberField(help_text="The number as said (lower end of a range).")
    value_max = JSONNumberField(allow_null=True, help_text="Upper end of a range, else null.")
    qualifier = serializers.ChoiceField(choices=Qualifier.choices)
    unit = serializers.CharField(help_text="Unit or counted noun: troops, drones, USD, percent.")
    display = serializers.CharField(help_text="As people read it: “≈ 12,000 troops”, “> 60 missiles”.")
    interval_low = JSONNumberField(allow_null=True, help_text="Lowest value the figure covers; null: no lower end.")
    interval_high = JSONNumberField(allow_null=True, help_text="Highest value it covers; null: no upper end.")


class AttributionLinkSerializer(serializers.Serializer):
    """One link of an attribution chain."""

    position = serializers.IntegerField(help_text="1 is the link nearest the outlet; the origin is last.")
    actor = RecordLinkSerializer()
    speaker = serializers.CharField(help_text="How the link reads: the actor's name, or “six anonymous sources”.")
    verb = serializers.ChoiceField(choices=Verb.choices)
    role = serializers.ChoiceField(choices=Role.choices)
    anonymous = serializers.BooleanField(help_text="The speaker is anonymous sources.")
    source_count = serializers.IntegerField(allow_null=True, help_text="How many anonymous sources were cited.")


class ClaimSourceSerializer(serializers.Serializer):
    """A source the claim was published in, with the claim's chain inside it."""

    id = serializers.IntegerField()
    api_url = serializers.URLField()
    title = serializers.CharField()
    url = serializers.CharField(help_text="The document's web address (may be empty).")
    published = serializers.DateField(allow_null=True)
    published_precision = serializers.ChoiceField(choices=DatePrecision.choices)
    outlet = RecordLinkSerializer()
    chain = AttributionLinkSerializer(many=True, help_text="The attribution chain, outermost link first.")
    display = serializers.CharField(help_text="“The Hill ← NBC News ← six anonymous sources”.")


class RetractionSerializer(serializers.Serializer):
    retracted_at = serializers.DateTimeField()
    reason = serializers.CharField(help_text="Why the claim was retracted.")


class ClaimSerializer(serializers.Serializer):
    """A figure claim with its sources and attribution chains."""

    id = serializers.IntegerField()
    uid = serializers.UUIDField(help_text="Stable identifier, also across databases.")
    api_url = serializers.URLField()
    statement = serializers.CharField(help_text="The editor's one-line summary.")
    quote = serializers.CharField(help_text="The figure phrase exactly as published.")
    figure = FigureSerializer(allow_null=True, help_text="Null for a claim without a figure.")
    subject = serializers.CharField(help_text="What is counted.")
    place = serializers.CharField()
    period_start = serializers.DateField(allow_null=True, help_text="Start of the period the figure is about.")
    period_end = serializers.DateField(allow_null=True)
    status = serializers.ChoiceField(choices=ClaimStatus.choices)
    retraction = RetractionSerializer(
        allow_null=True, help_text="For a retracted claim: when and why it was retracted; else null."
    )
    verdict = serializers.ChoiceField(choices=Rating.choices, allow_null=True, help_text="Latest published review.")
    rank = serializers.ChoiceField(
        choices=ClaimRank.choices, help_text="Preferred, normal or deprecated on its metric."
    )
    tags = RecordLinkSerializer(many=True)
    metric = RecordLinkSerializer(allow_null=True)
    sources = ClaimSourceSerializer(many=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    version = serializers.IntegerField(help_text="Goes up with every change; the ETag of the claim.")


class ClaimOriginsSerializer(serializers.Serializer):
    """Independent origins of one claim: many outlets relaying one agency are one origin."""

    outlet_count = serializers.IntegerField(help_text="Distinct outlets that published the claim.")
    origin_count = serializers.IntegerField(
        help_text="Distinct origin speakers across all its sources (anonymous sources count once per relaying outlet)."
    )
    origins = serializers.ListField(child=serializers.CharField(), help_text="The origins, as they read.")
    display = serializers.CharField(help_text='"3 outlets, 1 origin: National Intelligence Service".')


class ClaimDetailSerializer(ClaimSerializer):
    """One claim (detail, and the answer to a write): a list entry plus its independent origins."""

    origins = ClaimOriginsSerializer()


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField(help_text="The value (a slug for records) to filter by.")
    id = serializers.IntegerField(required=False, help_text="For records: their id.")
    label = serializers.CharField()
    count = serializers.IntegerField(help_text="Claims of the whole filtered set with this value.")


class ClaimListSerializer(serializers.Serializer):
    """A page of claims (documentation only; see ``ClaimViewSet.list``)."""

    count = serializers.IntegerField(required=False, help_text="Claims over all pages; only with count=true.")
    next = serializers.URLField(allow_null=True, help_text="The next page, or null on the last page.")
    facets = serializers.DictField(
        child=FacetValueSerializer(many=True),
        required=False,
        help_text="With facet=…: the 20 most frequent values of each facet over the whole filtered set.",
    )
    results = ClaimSerializer(many=True)


class ClaimLinksMixin(serializers.Serializer):
    """Adds ``claim_count`` (set by ``related.ClaimCountsMixin``) and
    ``claims_url``, the claims endpoint filtered by the record (``claims_parameter``)."""

    claims_parameter = None
    claim_count = serializers.IntegerField(read_only=True, help_text="Claims you may see that link to this record.")
    claims_url = serializers.SerializerMethodField(help_text="Those claims, on the claims endpoint.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_claims_url(self, record):
        return claims_filter_url(self.context, self.claims_parameter, getattr(record, "slug", record.pk))


class MetricSerializer(ClaimLinksMixin, serializers.ModelSerializer):
    claims_parameter = "metric"
    api_url = serializers.HyperlinkedIdentityField(view_name="api:metric-detail")

    class Meta:
        model = Metric
        fields = [
            "id",
            "api_url",
            "slug",
            "name",
            "description",
            "unit",
            "claim_count",
            "claims_url",
            "created_at",
            "updated_at",
        ]


class TagSerializer(ClaimLinksMixin, serializers.ModelSerializer):
    claims_parameter = "tag"
    api_url = serializers.HyperlinkedIdentityField(view_name="api:tag-detail")

    class Meta:
        model = Tag
        fields = ["id", "api_url", "slug", "name", "claim_count", "claims_url"]


class ReviewSerializer(serializers.ModelSerializer):
    """A fact-checker's verdict, with schema.org ClaimReview's rating fields."""

    api_url = serializers.HyperlinkedIdentityField(view_name="api:review-detail")
    claim = serializers.IntegerField(source="claim_id", read_only=True)
    claim_url = serializers.HyperlinkedRelatedField(source="claim", view_name="api:claim-detail", read_only=True)
    evidence = serializers.PrimaryKeyRelatedField(many=True, read_only=True, help_text="Ids of evidence sources.")
    rating_mapped = serializers.BooleanField(
        read_only=True,
        help_text="False for an imported review whose rating words we do not map: `rating` is empty and "
        "`alternate_name` holds the publisher's words.",
    )
    publisher = OutletLinkSerializer(
        read_only=True, allow_null=True, help_text="The organisation that published an imported review."
    )
    author = ActorLinkSerializer(read_only=True, allow_null=True, help_text="The person who wrote an imported review.")

    class Meta:
        model = Review
        fields = [
            "id",
            "api_url",
            "claim",
            "claim_url",
            "rating",
            "rating_mapped",
            "rating_value",
            "best_rating",
            "worst_rating",
            "alternate_name",
            "explanation",
            "evidence",
            "publisher",
            "author",
            "author_name",
            "url",
            "language",
            "status",
            "date_published",
            "date_modified",
            "created_at",
            "updated_at",
        ]


def claims_filter_url(context, parameter, value):
    """The claims endpoint filtered by one parameter: ``…/claims/?tag=kursk``."""
    request = context["request"]
    path = reverse("api:claim-list", kwargs={"version": request.version or "v1"})
    return request.build_absolute_uri(f"{path}?{parameter}={value}")
