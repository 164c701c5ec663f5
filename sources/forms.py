"""
Admin forms for sources and speakers that catch a duplicate before it is saved.

A speaker is looked up by name and aliases, ignoring case and accents
(``Actor.objects.same_name``): typing "Unicef" when "UNICEF" exists lists UNICEF with a
"use this one" link instead of saving a second speaker (or failing on its slug). A
source's URL is checked by its key (``Source.same_article``): the error links to the
source that already has the article, and an outlet's name, ignoring case, to the outlet
that has it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from .models import Actor, Outlet, Source, fold_name, split_aliases, unique_slug


class PointsToExistingForm(forms.ModelForm):
    """A form whose model refuses a duplicate of another record (code "duplicate" on
    ``duplicate_field``): the error beside the field links to the record that exists, so
    the editor can go and use it instead."""

    duplicate_field = ""

    def existing(self):
        """The record the instance duplicates, or None."""
        raise NotImplementedError

    def existing_message(self, existing):
        raise NotImplementedError

    def _post_clean(self):
        super()._post_clean()
        if self.has_error(self.duplicate_field, code="duplicate") and (existing := self.existing()) is not None:
            del self._errors[self.duplicate_field]
            self.add_error(self.duplicate_field, self.existing_message(existing))
            self.drop_echoes(existing)

    def drop_echoes(self, existing):
        """Remove the errors that only repeat the duplicate's, in other words."""


class OutletAdminForm(PointsToExistingForm):
    """The outlet form; a name another outlet has, but for case, is refused with a link to that one."""

    duplicate_field = "name"

    class Meta:
        model = Outlet
        fields = ["name", "slug", "kind", "country", "homepage"]

    def existing(self):
        return self.instance.same_name()

    def existing_message(self, existing):
        return format_html(
            'An outlet named <a href="{}" class="existing-outlet">{}</a> already exists. '
            "Use that one, or merge the two from the outlets list.",
            reverse("admin:sources_outlet_change", args=[existing.pk]),
            existing,
        )

    def drop_echoes(self, existing):
        # The slug the page typed from the name is the existing outlet's: one error says it all.
        if self.has_error("slug", code="unique") and self.instance.slug == existing.slug:
            del self._errors["slug"]


class SourceAdminForm(PointsToExistingForm):
    """The source form; a URL another source already has is refused with a link to it."""

    duplicate_field = "url"

    class Meta:
        model = Source
        fields = ["outlet", "title", "url", "byline", "language", "published", "published_precision"]
        fields += ["retrieved", "archive_url", "text"]

    def existing(self):
        return self.instance.same_article()

    def existing_message(self, existing):
        return format_html(
            'This article is already a source: <a href="{}" class="existing-source">{}</a> ({}). '
            "Use that one, or merge the two from the sources list.",
            existing.get_absolute_url(),
            existing,
            existing.url,
        )


class ActorAdminForm(forms.ModelForm):
    """The speaker form; adding one whose name or alias another speaker has lists that one first.

    ``use_url(actor)`` is where "use this one" goes: the existing speaker's page, or, in a
    popup, the view that hands it back to the calling form (set by ``ActorAdmin``).
    """

    new_speaker = forms.BooleanField(
        required=False,
        label="A different speaker",
        help_text="Tick to add this speaker even though existing speakers match its name.",
    )

    class Meta:
        model = Actor
        fields = ["name", "slug", "kind", "country", "aliases", "description", "wikidata_id", "outlet"]

    matches_limit = 10

    def use_url(self, actor):
        return reverse("admin:sources_actor_change", args=[actor.pk])

    def clean(self):
        cleaned = super().clean()
        self.matches = []
        name = cleaned.get("name")
        if self.instance.pk is not None or not name or cleaned.get("new_speaker"):
            if (
                cleaned.get("new_speaker")
                and cleaned.get("slug")
                and Actor.objects.filter(slug=cleaned["slug"]).exists()
            ):
                cleaned["slug"] = unique_slug(Actor, cleaned["slug"])  # "unicef" is taken: "unicef-2"
            return cleaned
        typed = [name, *split_aliases(cleaned.get("aliases"))]
        self.matches = list(Actor.objects.same_name(*typed).order_by("name", "pk")[: self.matches_limit])
        if self.matches:
            keys = {fold_name(text) for text in typed}
            items = format_html_join(
                "",
                '<li>{}{} — <a href="{}" class="use-existing-speaker">use this one</a></li>',
                ((actor.name, _matched_alias(actor, keys), self.use_url(actor)) for actor in self.matches),
            )
            self.add_error(
                "name",
                ValidationError(
                    format_html(
                        'Existing speakers that match: <ul class="existing-speakers">{}</ul>'
                        "Use one of them, or tick “A different speaker” below and save again.",
                        items,
                    ),
                    code="existing_speaker",
                ),
            )
        return cleaned

    def validate_unique(self):
        if getattr(self, "matches", None):
            return  # "Actor with this Slug already exists" would only repeat the match above
        super().validate_unique()


def _matched_alias(actor, keys):
    """ " (alias Unicef)" when ``actor`` matched by an alias rather than its name."""
    if fold_name(actor.name) in keys:
        return ""
    alias = next((alias for alias in actor.alias_list if fold_name(alias) in keys), None)
    return format_html(" (alias {})", alias) if alias else ""
