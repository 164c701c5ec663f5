"""Import runs, read-only: what each import brought in and which records it skipped, and why."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join

from ..models import ImportRun

SHOWN = ["kind", "file_name", "created_at", "user", "created", "updated", "unchanged", "skipped", "summary"]


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["file_name", "kind", "created_at", "user", "created", "updated", "unchanged", "skipped"]
    list_filter = ["kind", "created_at"]
    list_select_related = ["user"]
    search_fields = ["file_name"]
    fields = [
        ("kind", "file_name"),
        ("created_at", "user"),
        ("created", "updated", "unchanged", "skipped"),
        "summary",
        "skipped_table",
    ]
    readonly_fields = [*SHOWN, "skipped_table"]

    # Runs are written by the importers only (claims.interchange.importing.runs) and never edited.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # Whoever may import (editors, reviewers) may see what the imports did.
        return request.user.has_perm("claims.view_importrun") or request.user.has_perm("claims.add_claim")

    @admin.display(description="Skipped records")
    def skipped_table(self, obj):
        if not obj.skipped_records:
            return "None."
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td></tr>",
            ((record.get("where", ""), record.get("reason", "")) for record in obj.skipped_records),
        )
        more = obj.skipped - len(obj.skipped_records)
        return format_html(
            '<table class="import-skipped"><thead><tr><th>Where</th><th>Why</th></tr></thead><tbody>{}</tbody></table>{}',
            rows,
            format_html("<p>… and {} more, not kept.</p>", more) if more > 0 else "",
        )
