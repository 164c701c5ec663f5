"""
Filter building blocks shared by every app's FilterSets (claims, sources).

They make query parameters strict, because a data desk must be able to trust that a
filter it sent was applied:

* ``StrictBooleanFilter`` accepts ``true``/``false`` (and ``1``/``0``, ``yes``/``no``);
  anything else is an error, where django-filter's own boolean filter would ignore it.
* Multi-value filters accept a parameter repeated (``?unit=drones&unit=missiles``) or
  comma-separated (``?unit=drones,missiles``) and match any of the values.
* ``RecordFilter`` takes records by id or slug and refuses values that name no record
  the requester may see, naming them ("Unknown outlet: “bbc”."), instead of returning
  everything or nothing.

Every error is attached to the parameter's name, so the API answers 400 with, e.g.,
``{"outlet": ["Unknown outlet: “bbc”."]}``.
"""

from django import forms
from django.db.models import Q
from django_filters import filters
from drf_spectacular.utils import extend_schema_field

# Largest id the databases store (64-bit signed); larger numbers cannot name a record.
MAX_ID = 2**63 - 1

TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


class MultipleValueWidget(forms.Widget):
    """Reads ``?name=a&name=b`` and ``?name=a,b`` alike, as a list of non-empty strings."""

    def value_from_datadict(self, data, files, name):
        raw = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
        return [part.strip() for value in raw if value for part in str(value).split(",") if part.strip()]

    def value_omitted_from_data(self, data, files, name):
        return name not in data


class StrictBooleanField(forms.Field):
    """``true`` or ``false``; any other word is an error rather than "no filter"."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise forms.ValidationError("Use true or false.", code="invalid")

    def validate(self, value):
        if value is None and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")


class StrictBooleanFilter(filters.BooleanFilter):
    field_class = StrictBooleanField


class ValueListField(forms.Field):
    """A list of strings from a repeated or comma-separated parameter."""

    widget = MultipleValueWidget

    def to_python(self, value):
        if not value:
            return []
        return [str(item) for item in value]


class MultipleValueChoiceField(forms.MultipleChoiceField):
    widget = MultipleValueWidget


class MultipleValueChoiceFilter(filters.MultipleChoiceFilter):
    """Any of several choices, each checked (``?status=draft,in_review``)."""

    field_class = MultipleValueChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return self.get_method(qs)(**{f"{self.field_name}__in": value})


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class ValueInFilter(filters.Filter):
    """Any of several free-text values, matched exactly (``?unit=drones,missiles``)."""

    field_class = ValueListField

    def filter(self, qs, value):
        if not value:
            return qs
        return self.get_method(qs)(**{f"{self.field_name}__in": value})


class RecordField(forms.Field):
    """Records named by id or slug, checked against the queryset the requester may see.

    Cleans to the list of matching primary keys; values that match nothing are
    reported together in one message.
    """

    widget = MultipleValueWidget

    def __init__(self, *, queryset, noun, slug_field="slug", **kwargs):
        self.queryset, self.noun, self.slug_field = queryset, noun, slug_field
        super().__init__(**kwargs)

    def to_python(self, value):
        return [str(item) for item in value or []]

    def clean(self, value):
        names = super().clean(value)
        if not names:
            return []
        ids = {int(name) for name in names if name.isdigit() and int(name) <= MAX_ID}
        lookup = Q(pk__in=ids)
        if self.slug_field:
            lookup |= Q(**{f"{self.slug_field}__in": names})
            rows = self.queryset.filter(lookup).values_list("pk", self.slug_field)
        else:
            rows = ((pk, None) for pk in self.queryset.filter(lookup).values_list("pk", flat=True))
        found_ids, found_slugs = set(), set()
        for pk, slug in rows:
            found_ids.add(pk)
            found_slugs.add(slug)
        unknown = [name for name in names if name not in found_slugs and not (name.isdigit() and int(name) in found_ids)]
        if unknown:
            listed = ", ".join(f"“{name}”" for name in unknown)
            raise forms.ValidationError(f"Unknown {self.noun}: {listed}.", code="unknown")
        return sorted(found_ids)


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class RecordFilter(filters.QuerySetRequestMixin, filters.Filter):
    """Filter by records named by id or slug; ``queryset`` may be a callable taking the request.

    Subclasses or ``method=`` decide how the matching primary keys filter the rows;
    by default ``field_name__in``.
    """

    field_class = RecordField

    def __init__(self, *args, noun, slug_field="slug", **kwargs):
        super().__init__(*args, noun=noun, slug_field=slug_field, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return self.get_method(qs)(**{f"{self.field_name}__in": value})
