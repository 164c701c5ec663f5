"""Admin for outlets, sources and speakers: searchable, autocompletable, with history."""

from django.contrib import admin
from django.contrib.admin.utils import NestedObjects, quote
from django.db import router
from django.db.models import Count
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from .models import Actor, Outlet, Source
from .services import actor_save, history_reason, outlet_save, source_save


def _linked(obj):
    """``Verbose name: <a href=admin page>obj</a>`` (no link where the admin has no page)."""
    opts = obj._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(obj.pk)])
    except NoReverseMatch:
        return format_html("{}: {}", capfirst(opts.verbose_name), obj)
    return format_html('{}: <a href="{}">{}</a>', capfirst(opts.verbose_name), url, obj)


def describe_dependent(obj):
    """What keeps a record from being deleted, named so the editor can go and look.

    A link in an attribution chain is named by its claim (its own name repeats the speaker
    being deleted, and says nothing about which claim cites it).
    """
    claim = getattr(obj, "claim", None)
    if claim is not None:
        return format_html("{} (its attribution chain: {})", _linked(claim), obj)
    return _linked(obj)


class ProtectedDependentsAdminMixin:
    """Deleting a record that claims depend on is refused naming the dependents.

    Django's page names each protected object by its own ``str`` and, when the user may not
    delete those objects' types, speaks of missing permissions instead (as if more rights
    would cascade the deletion). Neither tells an editor what to fix: here the refusal
    always lists what depends on the record, claims by their statement.
    """

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        if not protected:
            return to_delete, model_count, perms_needed, protected
        collector = NestedObjects(using=router.db_for_write(self.model), origin=objs)
        collector.collect(objs)
        dependents = sorted(collector.protected, key=lambda obj: (obj._meta.label, str(getattr(obj, "claim", obj))))
        return to_delete, model_count, set(), [describe_dependent(obj) for obj in dependents]


def admin_change_reason(request, form, change):
    """What the history keeps of an admin save: "added", "changed: title, url" or "reverted"."""
    if not change:
        return "added in the admin"
    if "/history/" in request.path:
        return "reverted in the admin to an earlier version"
    labels = [str(form.fields[name].label or name).lower() for name in form.changed_data if name in form.fields]
    return history_reason(f"changed in the admin: {', '.join(labels)}" if labels else "saved in the admin")


class ServiceSaveAdminMixin:
    """Saves, and reverts, through ``sources.services`` with the editor and what changed."""

    def save_model(self, request, obj, form, change):
        self.save_record(obj, user=request.user, change_reason=admin_change_reason(request, form, change))


@admin.register(Outlet)
class OutletAdmin(ServiceSaveAdminMixin, ProtectedDependentsAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "source_count", "updated_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_record(self, obj, **kwargs):
        outlet_save(outlet=obj, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


@admin.register(Source)
class SourceAdmin(ServiceSaveAdminMixin, ProtectedDependentsAdminMixin, SimpleHistoryAdmin):
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

    def save_record(self, obj, **kwargs):
        source_save(source=obj, **kwargs)

    @admin.display(description="Published", ordering="published")
    def published_when(self, obj):
        return obj.published_display


@admin.register(Actor)
class ActorAdmin(ServiceSaveAdminMixin, ProtectedDependentsAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "alias_summary", "wikidata_id"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "aliases", "slug", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["outlet"]
    fields = ["name", "slug", "kind", "country", "aliases", "description", "wikidata_id", "outlet"]

    def save_record(self, obj, **kwargs):
        actor_save(actor=obj, **kwargs)

    @admin.display(description="Also called")
    def alias_summary(self, obj):
        return "; ".join(obj.alias_list)
