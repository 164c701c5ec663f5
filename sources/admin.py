"""Admin for outlets, sources and speakers: searchable, autocompletable, with history,
duplicates caught before saving (``forms``) and merged (``merge_admin``)."""

import json

from django.contrib import admin
from django.contrib.admin import actions as admin_actions
from django.contrib.admin.options import IS_POPUP_VAR, TO_FIELD_VAR
from django.contrib.admin.utils import NestedObjects, quote, unquote
from django.db import router
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from simple_history.admin import SimpleHistoryAdmin

from .dependents import describe_dependent
from .forms import ActorAdminForm, OutletAdminForm, SourceAdminForm
from .merge_admin import MergeAdminMixin
from .merging import MERGEABLE_NAMES
from .models import Actor, Outlet, Source
from .services import actor_save, history_reason, outlet_save, source_save


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

    def delete_view(self, request, object_id, extra_context=None):
        """A delete this user may not make is an admin page saying why, not a bare 403."""
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and not self.has_delete_permission(request, obj):
            return self.delete_refused(request, [obj])
        return super().delete_view(request, object_id, extra_context)

    def delete_refusal_reason(self, request, obj):
        plural = MERGEABLE_NAMES.get(self.opts.model_name, self.opts.verbose_name_plural)
        return (
            f"Only an administrator can delete {plural}. If “{obj}” duplicates another, a reviewer merges "
            f"the two instead ({self.opts.verbose_name_plural.capitalize()} → tick both → “Merge the two selected "
            f"{self.opts.verbose_name_plural}…”)."
        )

    def delete_refused(self, request, objs):
        names = ", ".join(f"“{obj}”" for obj in objs[:10]) + (" …" if len(objs) > 10 else "")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Cannot delete {self.opts.verbose_name} {names}",
            "refusal": " ".join(dict.fromkeys(self.delete_refusal_reason(request, obj) for obj in objs[:10])),
        }
        return TemplateResponse(request, "admin/sources/refused.html", context, status=403)


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
class OutletAdmin(MergeAdminMixin, ServiceSaveAdminMixin, ProtectedDependentsAdminMixin, SimpleHistoryAdmin):
    form = OutletAdminForm
    list_display = ["name", "kind", "country", "source_count", "updated_at"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    # Counting sources groups the rows, and Django drops Meta.ordering from grouped queries:
    # without this the list and the source form's outlet picker page in no stable order.
    ordering = ["name"]

    def save_record(self, obj, **kwargs):
        outlet_save(outlet=obj, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="Sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


@admin.register(Source)
class SourceAdmin(MergeAdminMixin, ServiceSaveAdminMixin, ProtectedDependentsAdminMixin, SimpleHistoryAdmin):
    form = SourceAdminForm
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
class ActorAdmin(MergeAdminMixin, ServiceSaveAdminMixin, ProtectedDependentsAdminMixin, SimpleHistoryAdmin):
    form = ActorAdminForm
    actions = ["merge_selected", "delete_selected"]
    list_display = ["name", "kind", "country", "alias_summary", "wikidata_id", "proposed"]
    list_filter = ["kind", "country", "proposed"]
    search_fields = ["name", "aliases", "slug", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["outlet"]
    fields = ["name", "slug", "kind", "country", "aliases", "description", "wikidata_id", "outlet"]

    def save_record(self, obj, **kwargs):
        actor_save(actor=obj, **kwargs)

    @admin.display(description="Also called")
    def alias_summary(self, obj):
        return "; ".join(obj.alias_list)

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        return [*fields, "new_speaker"] if obj is None else fields

    def get_form(self, request, obj=None, **kwargs):
        """In the add-speaker popup, "use this one" hands the existing speaker back to the calling form."""
        form = super().get_form(request, obj, **kwargs)
        if IS_POPUP_VAR not in request.GET and IS_POPUP_VAR not in request.POST:
            return form
        to_field = request.POST.get(TO_FIELD_VAR) or request.GET.get(TO_FIELD_VAR) or ""
        use_url = self.use_url

        class PopupActorForm(form):
            def use_url(self, actor):
                return use_url(actor, to_field)

        return PopupActorForm

    def use_url(self, actor, to_field=""):
        query = {IS_POPUP_VAR: 1, **({TO_FIELD_VAR: to_field} if to_field else {})}
        return f"{reverse('admin:sources_actor_use', args=[quote(actor.pk)])}?{urlencode(query)}"

    def get_urls(self):
        view = self.admin_site.admin_view(self.use_view)
        return [path("<path:object_id>/use/", view, name="sources_actor_use"), *super().get_urls()]

    def use_view(self, request, object_id):
        """What Django's add popup answers after saving, for a speaker that already exists."""
        actor = self.get_object(request, unquote(object_id))
        if actor is None or not self.has_view_or_change_permission(request, actor):
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        to_field = request.GET.get(TO_FIELD_VAR) or ""
        if to_field and not self.to_field_allowed(request, to_field):
            to_field = ""
        value = actor.serializable_value(to_field or actor._meta.pk.attname)
        data = json.dumps({"value": str(value), "obj": str(actor)})
        return TemplateResponse(request, "admin/popup_response.html", {"popup_response_data": data})

    # --- Deleting speakers -------------------------------------------------------------
    def has_delete_permission(self, request, obj=None):
        """Administrators delete any speaker; reviewers those extraction proposed (``proposed``)."""
        if super().has_delete_permission(request, obj):
            return True
        return request.user.has_perm("sources.delete_proposed_actor") and (obj is None or obj.proposed)

    @admin.action(description="Delete selected %(verbose_name_plural)s", permissions=["delete"])
    def delete_selected(self, request, queryset):
        """Django's "Delete selected", after saying which speakers this user may not delete and why."""
        refused = [actor for actor in queryset if not self.has_delete_permission(request, actor)]
        if refused:
            return self.delete_refused(request, refused)
        return admin_actions.delete_selected(self, request, queryset)

    def delete_refusal_reason(self, request, obj):
        return refusal_reason(request, obj)


def refusal_reason(request, actor):
    """Why ``request.user`` may not delete ``actor``, and what to do instead."""
    if not request.user.has_perm("sources.delete_proposed_actor"):
        return (
            f"Only reviewers can delete speakers, and only speakers that figure extraction proposed "
            f"and no claim uses. Ask a reviewer to delete “{actor}”, or to merge it into the speaker it duplicates."
        )
    return (
        f"“{actor}” was added by a person, not proposed by figure extraction: only an administrator can "
        f"delete it. If it duplicates another speaker, merge the two instead (Actors → tick both → "
        f"“Merge the two selected actors…”)."
    )
