"""
"Suggest claims" on the source admin: figures in a source's text become draft claims.

``sources`` never imports ``claims``, so the claims app swaps the registered
``SourceAdmin`` for this small subclass. It adds a *Suggest claims* button on the page
of a source with text, leading to a page that lists the candidates (figure, sentence
with the quote highlighted, chain, confidence, new speakers) with checkboxes, and an
action on the sources list that creates every new suggestion as a draft. Both need the
editor's permission to add claims; both skip claims the source already has.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from sources.admin import SourceAdmin
from sources.models import Source

from ..models import Provenance
from ..suggestions import create_suggested_claims, suggest_claims
from .suggestion_form import SuggestionForm, speaker_names


def suggested_drafts_url(source):
    """The claims list filtered to this source's suggested claims."""
    changelist = reverse("admin:claims_claim_changelist")
    return f"{changelist}?source={source.pk}&provenance__exact={Provenance.SUGGESTED}"


def _created_message(source, created):
    noun = "draft claim" if len(created) == 1 else "draft claims"
    return format_html(
        "{} suggested {} created for “{}”. <a href=\"{}\">Review them</a>.",
        len(created), noun, source.title, suggested_drafts_url(source),
    )  # fmt: skip


@admin.action(description="Suggest claims from text (create drafts)", permissions=["suggest"])
def suggest_claims_from_text(modeladmin, request, queryset):
    """Create every new suggestion of each selected source as a draft claim."""
    for source in queryset.select_related("outlet"):
        if not source.text.strip():
            modeladmin.message_user(request, f"“{source.title}” has no text to suggest claims from.", messages.WARNING)
            continue
        fresh = [suggestion for suggestion in suggest_claims(source) if suggestion.duplicate_of is None]
        if not fresh:
            modeladmin.message_user(request, f"No new claims to suggest for “{source.title}”.", messages.INFO)
            continue
        try:
            created = create_suggested_claims(source, fresh, user=request.user)
        except ValidationError as error:
            modeladmin.message_user(request, " ".join(error.messages), messages.ERROR)
            continue
        modeladmin.message_user(request, _created_message(source, created), messages.SUCCESS)


class SuggestingSourceAdmin(SourceAdmin):
    """The source admin with claim suggestions (see the module docstring)."""

    change_form_template = "admin/claims/source/change_form.html"
    actions = [*(SourceAdmin.actions or []), suggest_claims_from_text]

    def has_suggest_permission(self, request):
        return request.user.has_perm("claims.add_claim")

    def get_urls(self):
        suggest = path(
            "<path:object_id>/suggest-claims/",
            self.admin_site.admin_view(self.suggest_claims_view),
            name="sources_source_suggest_claims",
        )
        return [suggest, *super().get_urls()]

    def suggest_claims_view(self, request, object_id):
        """List a source's suggestions, each correctable; on POST, create the ticked ones as drafts."""
        if not self.has_suggest_permission(request):
            raise PermissionDenied
        source = get_object_or_404(Source.objects.select_related("outlet"), pk=object_id)
        suggestions = suggest_claims(source)
        data = request.POST if request.method == "POST" else None
        correction_forms = {
            suggestion.key: SuggestionForm(suggestion, data)
            for suggestion in suggestions
            if suggestion.duplicate_of is None
        }
        if request.method == "POST":
            response = self._create_checked(request, source, suggestions, correction_forms)
            if response is not None:
                return response
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": source,
            "source": source,
            "suggestions": suggestions,
            "rows": [(suggestion, correction_forms.get(suggestion.key)) for suggestion in suggestions],
            "checked": set(request.POST.getlist("suggestion")) if data is not None else None,
            "speaker_names": speaker_names(),
            "fresh_count": len(correction_forms),
            "drafts_url": suggested_drafts_url(source),
            "title": "Suggest claims",
            "subtitle": source.title,
        }
        return TemplateResponse(request, "admin/claims/source/suggest_claims.html", context)

    def _create_checked(self, request, source, suggestions, correction_forms):
        """Create the ticked suggestions as corrected; None to show the page again with the errors."""
        checked = set(request.POST.getlist("suggestion"))
        chosen = [suggestion for suggestion in suggestions if suggestion.key in checked]
        if not chosen:
            self.message_user(request, "Tick at least one suggestion to create it as a draft.", messages.WARNING)
            return HttpResponseRedirect(request.path)
        fresh = [correction_forms[suggestion.key] for suggestion in chosen if suggestion.key in correction_forms]
        if not all([form.is_valid() for form in fresh]):  # every form checked, so every error shows
            self.message_user(
                request, "Nothing was created: correct the ticked suggestions marked below.", messages.ERROR
            )
            return None
        try:
            created = create_suggested_claims(source, [form.corrected() for form in fresh], user=request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(request.path)
        if len(chosen) < len(checked):
            self.message_user(
                request,
                "Some ticked suggestions are no longer in the source's text and were skipped.",
                messages.WARNING,
            )
        if not created:
            self.message_user(request, "Those claims are already in this source; nothing was created.", messages.INFO)
            return HttpResponseRedirect(request.path)
        self.message_user(request, _created_message(source, created), messages.SUCCESS)
        return HttpResponseRedirect(suggested_drafts_url(source))


admin.site.unregister(Source)
admin.site.register(Source, SuggestingSourceAdmin)
