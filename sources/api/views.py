"""
Endpoints for outlets, sources and speakers.

These viewsets know nothing about claims: each lists every record through
``get_records()``. The claims app routes subclasses of them
(``claims.api.related``) that narrow ``get_records()`` to what the requester may see
— what published claims cite, for anonymous clients — and add claim counts.
"""

from django.db.models import F

from factdb.api.viewsets import IdOrSlugLookupMixin, RecordViewSet

from ..filtersets import ActorFilterSet, OutletFilterSet, SourceFilterSet
from ..models import Actor, Outlet, Source
from .serializers import ActorSerializer, OutletSerializer, SourceSerializer


class OutletViewSet(IdOrSlugLookupMixin, RecordViewSet):
    """Publishers: news agencies, newspapers, broadcasters, state media, governments."""

    serializer_class = OutletSerializer
    filterset_class = OutletFilterSet

    def get_records(self):
        return Outlet.objects.all()

    def get_queryset(self):
        return self.get_records().order_by("name", "id")


class SourceViewSet(RecordViewSet):
    """Published documents, newest first."""

    serializer_class = SourceSerializer
    filterset_class = SourceFilterSet

    def get_records(self):
        return Source.objects.all()

    def get_queryset(self):
        return self.get_records().select_related("outlet").order_by(F("published").desc(nulls_last=True), "-id")


class ActorViewSet(IdOrSlugLookupMixin, RecordViewSet):
    """Speakers: people, agencies, groups of officials, anonymous sources."""

    serializer_class = ActorSerializer
    filterset_class = ActorFilterSet

    def get_records(self):
        return Actor.objects.all()

    def get_queryset(self):
        return self.get_records().select_related("outlet").order_by("name", "id")
