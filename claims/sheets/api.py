"""The read-only ``/api/v1/sheets/`` endpoint: saved sheets with links to their files."""

from django.db.models import Count, Q
from rest_framework import serializers, viewsets

from ..models import ClaimSheet, ClaimStatus
from ..querysets import can_view_all_claims
from .views import FILE_FORMATS


class ClaimSheetSerializer(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    claim_count = serializers.IntegerField(read_only=True, help_text="Claims on the sheet that you may read.")
    page = serializers.SerializerMethodField(help_text="The sheet as a web page that prints cleanly.")
    files = serializers.SerializerMethodField(help_text="The sheet's files, by extension: csv, xlsx, json, jsonld.")

    class Meta:
        model = ClaimSheet
        fields = ["slug", "name", "description", "query", "claim_count", "page", "files",
                  "created_by", "created_at", "updated_at"]

    def _absolute(self, path):
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_page(self, sheet) -> str:
        return self._absolute(sheet.get_absolute_url())

    def get_files(self, sheet) -> dict[str, str]:
        return {extension: self._absolute(sheet.get_file_url(extension)) for extension in FILE_FORMATS}


class ClaimSheetViewSet(viewsets.ReadOnlyModelViewSet):
    """Saved claim sheets, newest change first. Files always hold the claims' current state."""

    serializer_class = ClaimSheetSerializer
    lookup_field = "slug"

    def get_queryset(self):
        readable = Q() if can_view_all_claims(self.request.user) else Q(items__claim__status=ClaimStatus.PUBLISHED)
        return (
            ClaimSheet.objects.select_related("created_by")
            .annotate(claim_count=Count("items", filter=readable))
            .order_by("-updated_at", "-id")
        )
