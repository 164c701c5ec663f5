"""
The outlets, sources and speakers endpoints, narrowed to what the requester may see.

``sources.api`` serves these records without knowing about claims; here they are
limited by ``claims.visibility`` (anonymous clients see only what published claims
cite, so a draft does not leak through a new source or speaker) and each gains a
``claim_count`` of the claims the requester may see and a ``claims_url`` to them.
Filters that take an outlet accept only outlets the requester may see.
"""

from rest_framework.response import Response

from factdb.filters import RecordFilter
from sources.api.serializers import ActorSerializer, OutletSerializer, SourceSerializer
from sources.api.views import ActorViewSet, OutletViewSet, SourceViewSet
from sources.filtersets import SourceFilterSet

from ..filtersets import for_requester
from ..visibility import conceal_actor_outlets, count_visible_claims, visible_outlets, visible_records
from .serializers import ClaimLinksMixin


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
        queryset=for_requester(visible_outlets),
        noun="outlet",
        field_name="outlet_id",
        help_text="Outlet that published the source, by id or slug.",
    )


class ClaimCountsMixin:
    """Sets ``claim_count`` on the records a list page or a detail view serializes
    (``visibility.count_visible_claims``): one query per page, whatever its size."""

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return page if page is None else count_visible_claims(page, self.request.user)

    def retrieve(self, request, *args, **kwargs):
        # Not in get_object(): a metric's timeline and chart actions have no use for the count.
        [record] = count_visible_claims([self.get_object()], request.user)
        return Response(self.get_serializer(record).data)


class VisibleRecordsMixin(ClaimCountsMixin):
    """``get_records()``: the records of the serializer's model the requester may see;
    pages and detail views carry their claim counts."""

    def get_records(self):
        return visible_records(self.get_serializer_class().Meta.model, self.request.user)


class VisibleOutletViewSet(VisibleRecordsMixin, OutletViewSet):
    serializer_class = OutletWithClaimsSerializer


class VisibleSourceViewSet(VisibleRecordsMixin, SourceViewSet):
    serializer_class = SourceWithClaimsSerializer
    filterset_class = VisibleSourceFilterSet


class VisibleActorViewSet(VisibleRecordsMixin, ActorViewSet):
    """Speakers, each naming its own outlet only when the requester may see that outlet."""

    serializer_class = ActorWithClaimsSerializer

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return page if page is None else conceal_actor_outlets(page, self.request.user)

    def get_object(self):
        [actor] = conceal_actor_outlets([super().get_object()], self.request.user)
        return actor
