"""Admin for outlets, sources and speakers: searchable, autocompletable, with history."""

from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from .models import Actor, Outlet, Source


@admin.register(Outlet)
class OutletAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "source_count", "updated_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "outlet", "published_when", "language", "url"]
    list_filter = ["outlet__kind", "language", "published_precision", "outlet"]
    list_select_related = ("outlet",)
    search_fields = ["title", "url", "byline", "outlet__name"]
    autocomplete_fields = ["outlet"]
    date_hierarchy = "published"
    fieldsets = [
        (None, {"fields": ["outlet", "title", "url", "byline", "language"]}),
        ("Dates", {"fields": [("published", "published_precision"), "retrieved"]}),
        ("Archive and text", {"fields": ["archive_url", "text"], "classes": ["collapse"]}),
    ]

    @admin.display(description="Published", ordering="published")
    def published_when(self, obj):
        return obj.published_display


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "alias_summary", "wikidata_id"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "aliases", "slug", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["outlet"]
    fields = ["name", "slug", "kind", "country", "aliases", "description", "wikidata_id", "outlet"]

    @admin.display(description="Also called")
    def alias_summary(self, obj):
        return "; ".join(obj.alias_list)
