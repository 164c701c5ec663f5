"""
The outlets, sources and speakers endpoints, narrowed to what the requester may see.

``sources.api`` serves these records without knowing about claims; here they are
limited by ``claims.visibility`` (anonymous clients see only what published claims
cite, so a draft does not leak through a new source or speaker) and each gains a
``claim_count`` of the claims the requester may see and a ``claims_url`` to them.
Filters that take an outlet accept only outlets the requester may see.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from factdb.filters import RecordFilter
from sources.api.serializers import ActorSerializer, OutletSerializer, SourceSerializer
from sources.api.views import ActorViewSet, OutletViewSet, SourceViewSet
from sources.filtersets import SourceFilterSet

from ..visibility import visible_actors, visible_claim_count, visible_outlets, visible_sources
from .serializers import claims_filter_url


class ClaimLinksMixin(serializers.Serializer):
    """Adds ``claim_count`` and ``claims_url``; ``claims_parameter`` names the claims filter."""

    claims_parameter = None
    claim_count = serializers.IntegerField(read_only=True, help_text="Claims you may see that cite this record.")
    claims_url = serializers.SerializerMethodField(help_text="Those claims, on the claims endpoint.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_claims_url(self, record):
        return claims_filter_url(self.context, self.claims_parameter, getattr(record, "slug", record.pk))


class OutletWithClaimsSerializer(ClaimLinksMixin, OutletSerializer):
    claims_parameter = "outlet"

    class Meta(OutletSerializer.Meta):
        fields = [*OutletSerializer.Meta.fields, "claim_count", "claims_url"]


class SourceWithClaimsSerializer(ClaimLinksMixin, SourceSerializer):
    claims_parameter = "source"

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "claim_count", "claims_url"]


class ActorWithClaimsSerializer(ClaimLinksMixin, ActorSerializer):
    claims_parameter = "actor"

    class Meta(ActorSerializer.Meta):
        fields = [*ActorSerializer.Meta.fields, "claim_count", "claims_url"]


class VisibleSourceFilterSet(SourceFilterSet):
    outlet = RecordFilter(
        queryset=lambda request: visible_outlets(getattr(request, "user", None)),
        noun="outlet",
        field_name="outlet_id",
        help_text="Outlet that published the source, by id or slug.",
    )


class VisibleOutletViewSet(OutletViewSet):
    serializer_class = OutletWithClaimsSerializer

    def get_records(self):
        user = self.request.user
        return visible_outlets(user).annotate(claim_count=visible_claim_count(user, "attributions__source__outlet"))


class VisibleSourceViewSet(SourceViewSet):
    serializer_class = SourceWithClaimsSerializer
    filterset_class = VisibleSourceFilterSet

    def get_records(self):
        user = self.request.user
        return visible_sources(user).annotate(claim_count=visible_claim_count(user, "attributions__source"))


class VisibleActorViewSet(ActorViewSet):
    serializer_class = ActorWithClaimsSerializer

    def get_records(self):
        user = self.request.user
        return visible_actors(user).annotate(claim_count=visible_claim_count(user, "attributions__actor"))
