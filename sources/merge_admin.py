"""
The admin's merge: select two outlets, sources or speakers, see what moves, confirm.

"Merge the two selected …" (a list action, reviewers only) opens a preview page in the
admin's style — what moves (counts, and each claim or link by name), what blocks the
merge, which empty fields the survivor takes, which aliases it gains — with a link to
swap which record stays. Confirming runs ``merging.merge`` and says what was done.
Anyone without the merge permission who reaches the page is told why, never a bare 403.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from .dependents import describe_dependent
from .merging import MERGEABLE_NAMES, MergeRefused, merge, plan_merge

PREVIEW_ROWS = 200  # rows named per relation on the preview; the count is always exact


class MergeAdminMixin:
    """Adds the merge action and its preview page to an outlet, source or speaker admin."""

    actions = ["merge_selected"]

    def has_merge_permission(self, request, obj=None):
        return request.user.has_perm(f"{self.opts.app_label}.merge_{self.opts.model_name}")

    @admin.action(description="Merge the two selected %(verbose_name_plural)s…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        records = list(queryset.order_by("pk")[:3])
        if len(records) != 2:
            self.message_user(
                request,
                f"Select exactly two {self.opts.verbose_name_plural} to merge (you selected {queryset.count()}).",
                messages.WARNING,
            )
            return None
        survivor, loser = records  # the older record stays by default; the preview can swap them
        return HttpResponseRedirect(self.merge_url(loser, survivor))

    def merge_url(self, loser, survivor):
        info = self.opts.app_label, self.opts.model_name
        return reverse(f"admin:{info[0]}_{info[1]}_merge", args=[quote(loser.pk), quote(survivor.pk)])

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view(self.merge_view)
        return [
            path("<path:object_id>/merge-into/<path:survivor_id>/", view, name=f"{info[0]}_{info[1]}_merge"),
            *super().get_urls(),
        ]

    def merge_view(self, request, object_id, survivor_id):
        opts = self.opts
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "plural": MERGEABLE_NAMES.get(opts.model_name, opts.verbose_name_plural),
            "singular": opts.verbose_name,
        }
        if not self.has_merge_permission(request):
            context["title"] = f"You cannot merge {context['plural']}"
            return TemplateResponse(request, "admin/sources/refused.html", context, status=403)
        loser, survivor = self.get_object(request, unquote(object_id)), self.get_object(request, unquote(survivor_id))
        if loser is None or survivor is None:
            gone = f"one of the two {context['plural']} no longer exists (deleted, or merged by someone else)."
            if request.method == "POST":  # a confirm pressed after another reviewer's merge went through
                self.message_user(request, f"Nothing was merged: {gone}", messages.ERROR)
            else:
                self.message_user(request, gone[0].upper() + gone[1:], messages.WARNING)
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        if request.method == "POST" and request.POST.get("post") == "yes":
            try:
                expected = int(request.POST.get("expected_moves", ""))
            except ValueError:
                expected = None
            try:
                plan = merge(loser=loser, survivor=survivor, user=request.user, expected_moves=expected)
            except MergeRefused as refusal:
                self.message_user(request, f"Nothing was merged: {refusal}", messages.ERROR)
                if opts.model._base_manager.filter(pk__in=[loser.pk, survivor.pk]).count() != 2:
                    return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
            else:
                self.message_user(
                    request,
                    f"{plan.reason}: {plan.moved_count} row(s) moved, “{plan.loser}” deleted.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(survivor.pk)])
                )
        try:
            plan = plan_merge(loser, survivor)
        except MergeRefused as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        moves = [
            {
                "label": move.relation.label,
                "model": move.relation.model._meta.label,
                "count": move.count,
                "rows": [_describe(move, row) for row in move.rows[:PREVIEW_ROWS]],
                "more": max(0, move.count - PREVIEW_ROWS),
                "dropped": [_describe(move, row) for row in move.dropped[:PREVIEW_ROWS]],
                "blocking": [_describe(move, row) for row in move.blocking[:PREVIEW_ROWS]],
                "twice": [_describe(move, row) for row in move.twice[:PREVIEW_ROWS]],
            }
            for move in plan.moves
        ]
        context.update(
            title=f"Merge {opts.verbose_name} “{loser}” into “{survivor}”",
            plan=plan,
            moves=moves,
            loser=loser,
            survivor=survivor,
            swap_url=self.merge_url(survivor, loser),
            survivor_url=reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(survivor.pk)]),
            loser_url=reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(loser.pk)]),
        )
        return TemplateResponse(request, "admin/sources/merge_preview.html", context)


def _describe(move, row):
    """A row named for the preview; a plain many-to-many row by the record that holds it
    (review evidence by its review), not as "Review_evidence object (5)"."""
    if move.relation.plain_link:
        holder = next(f for f in row._meta.fields if f.many_to_one and f.name != move.relation.fk)
        return describe_dependent(getattr(row, holder.name))
    return describe_dependent(row)
