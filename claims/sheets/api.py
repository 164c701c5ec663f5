"""The read-only ``/api/v1/sheets/`` endpoint: saved sheets with links to their files."""

from rest_framework import serializers

from factdb.api.viewsets import IdOrSlugLookupMixin, RecordViewSet

from ..api.related import ClaimCountsMixin
from ..models import ClaimSheet
from ..visibility import visible_sheets
from .views import FILE_FORMATS


class ClaimSheetSerializer(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    claim_count = serializers.IntegerField(read_only=True, help_text="Claims on the sheet that you may read.")
    page = serializers.SerializerMethodField(help_text="The sheet as a web page that prints cleanly.")
    files = serializers.SerializerMethodField(help_text="The sheet's files, by extension: csv, xlsx, json, jsonld.")

    class Meta:
        model = ClaimSheet
        fields = [
            "slug",
            "name",
            "description",
            "query",
            "public",
            "claim_count",
            "page",
            "files",
            "created_by",
            "created_at",
            "updated_at",
        ]

    def _absolute(self, path):
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_page(self, sheet) -> str:
        return self._absolute(sheet.get_absolute_url())

    def get_files(self, sheet) -> dict[str, str]:
        return {extension: self._absolute(sheet.get_file_url(extension)) for extension in FILE_FORMATS}


class ClaimSheetViewSet(ClaimCountsMixin, IdOrSlugLookupMixin, RecordViewSet):
    """Saved claim sheets (public ones, for the public), last changed first; by id or slug.
    Files always hold the claims' current state."""

    serializer_class = ClaimSheetSerializer

    def get_queryset(self):
        return visible_sheets(self.request.user).select_related("created_by").order_by("-updated_at", "-id")
