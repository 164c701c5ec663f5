"""
History pages in words: who changed what, and why, as people say it.

simple-history lists a record's changes with stored values ("mostly_true",
"12000.0000", "[]") and "None" for a change without a user. ``ReadableHistoryMixin``
shows choice labels ("Mostly true"), figures as people write them ("12,000"), "—"
for nothing, and who made each change in words ("by a loader or import, no user");
the page of an old version says "Changed by: editor" and why before its form.
"""

import dataclasses
from decimal import Decimal

from django.db.models import ManyToManyField
from simple_history.template_utils import HistoricalRecordContextHelper

from .figure_form import typed_figure

NOBODY = "no user (loaded or imported)"
# Field names that read badly as verbose names.
FIELD_WORDS = {"value_max": "Upper end", "deprecation_reason": "Why deprecated"}


def history_user_words(record):
    """Who made a historical record's change: their user name, or what made it."""
    user = getattr(record, "history_user", None)
    return user.get_username() if user is not None else NOBODY


class ReadableRecordHelper(HistoricalRecordContextHelper):
    """Choice labels, readable figures and "—" in the *Changes* column."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if isinstance(field, ManyToManyField):
            names = [str(item) for item in super().prepare_delta_change_value(change, value)]
            return ", ".join(sorted(names)) or "—"
        if value is None or value == "":
            return "—"
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, Decimal):
            return typed_figure(value)
        return value

    def format_delta_change(self, change):
        formatted = super().format_delta_change(change)
        if change.field in FIELD_WORDS:
            formatted = dataclasses.replace(formatted, field=FIELD_WORDS[change.field])
        return formatted


class ReadableHistoryMixin:
    """For a ``SimpleHistoryAdmin``: its history pages in words (see the module docstring)."""

    object_history_list_template = "admin/claims/history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableRecordHelper(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        record = self.model.history.filter(history_id=version_id).select_related("history_user").first()
        context = {**(extra_context or {})}
        if record is not None:
            context["version_words"] = {
                "when": record.history_date,
                "user": history_user_words(record),
                "reason": record.history_change_reason or "",
                "change": record.get_history_type_display(),
            }
        return super().history_form_view(request, object_id, version_id, extra_context=context)
