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
* Every parameter is bounded: free text (``TextFilter``) to ``MAX_TEXT_LENGTH``
  characters, multi-value parameters to ``MAX_VALUES`` values of that length each. A
  longer value is an error before any query runs, never a database error (SQLite
  refuses LIKE patterns over 50,000 bytes, PostgreSQL queries over 65,535
  parameters) or an export that breaks off mid-stream. A ``StrictFilterSet`` with an
  unbounded ``CharFilter`` is refused when its class is defined.

Every error is attached to the parameter's name, so the API answers 400 with, e.g.,
``{"outlet": ["Unknown outlet: “bbc”."]}``. ``StrictFilterSet`` is the base class that
resolves record parameters per request and is cheap enough to build on every API call.
"""

import copy
import datetime

from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django_filters import fields as filter_fields
from django_filters import filters
from django_filters.filterset import FilterSet
from drf_spectacular.utils import extend_schema_field

from factdb.numbers import NOT_ASCII_DIGITS, has_other_digits

# Largest id the databases store (64-bit signed); larger numbers cannot name a record.
MAX_ID = 2**63 - 1

# Longest value a free-text parameter or one value of a list may have: longer than any
# name, title, place or slug a reporter looks for.
MAX_TEXT_LENGTH = 200
# Most values one multi-value parameter (``?unit=drones,missiles``) may list.
MAX_VALUES = 100

TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


class MultipleValueWidget(forms.TextInput):
    """Reads ``?name=a&name=b`` and ``?name=a,b`` alike, as a list of non-empty strings.

    In a rendered form (the browsable API) the values show comma-separated.
    """

    def format_value(self, value):
        if isinstance(value, (list, tuple)):
            return ",".join(str(item) for item in value)
        return super().format_value(value)

    def value_from_datadict(self, data, files, name):
        raw = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
        return [part.strip() for value in raw if value for part in str(value).split(",") if part.strip()]

    def value_omitted_from_data(self, data, files, name):
        return name not in data


class TextField(forms.CharField):
    """Free text for a filter: at most ``MAX_TEXT_LENGTH`` characters unless given ``max_length``."""

    def __init__(self, *, max_length=MAX_TEXT_LENGTH, **kwargs):
        super().__init__(max_length=max_length, **kwargs)


class TextFilter(filters.CharFilter):
    """A free-text filter (a part of a name, a search) with a maximum length.

    ``max_length`` defaults to ``MAX_TEXT_LENGTH``; the help text says it, so the
    OpenAPI schema does too.
    """

    field_class = TextField

    def __init__(self, *args, max_length=MAX_TEXT_LENGTH, help_text="", **kwargs):
        help_text = f"{help_text} At most {max_length:,} characters.".strip()
        super().__init__(*args, max_length=max_length, help_text=help_text, **kwargs)


class BoundedValuesMixin:
    """For the fields of multi-value parameters: at most ``MAX_VALUES`` values, each at
    most ``MAX_TEXT_LENGTH`` characters. Checked first, so no error message repeats a
    megabyte of what the client sent."""

    def to_python(self, value):
        values = super().to_python(value)
        if len(values) > MAX_VALUES:
            raise forms.ValidationError(
                "Give at most %(max)s values (this has %(count)s).",
                code="max_values",
                params={"max": MAX_VALUES, "count": len(values)},
            )
        if any(len(item) > MAX_TEXT_LENGTH for item in values):
            raise forms.ValidationError(
                "Each value may have at most %(max)s characters.", code="max_length", params={"max": MAX_TEXT_LENGTH}
            )
        return values


class AsciiDateField(forms.DateField):
    """A date written in ASCII digits: Django reads "٢٠٢٥-٠١-٠١" as 2025-01-01 otherwise."""

    def to_python(self, value):
        if isinstance(value, str) and has_other_digits(value):
            raise forms.ValidationError(NOT_ASCII_DIGITS, code="invalid")
        return super().to_python(value)


class AsciiDateFilter(filters.DateFilter):
    """``DateFilter`` reading ASCII digits only."""

    field_class = AsciiDateField


class UTCDateTimeField(filter_fields.IsoDateTimeField):
    """An ISO 8601 time, converted to UTC as the databases store it.

    Converted here, so that a time whose UTC falls outside the calendar
    (``9999-12-31T23:59:59-14:00``) is an error on the parameter, not an overflow in
    the database adapter.
    """

    def to_python(self, value):
        if isinstance(value, str) and has_other_digits(value):
            raise forms.ValidationError(NOT_ASCII_DIGITS, code="invalid")
        value = super().to_python(value)
        if value is None or value.tzinfo is None:
            return value
        try:
            return value.astimezone(datetime.UTC)
        except OverflowError:
            raise forms.ValidationError("Enter a time between the years 1 and 9999 in UTC.", code="invalid") from None


class UTCDateTimeFilter(filters.IsoDateTimeFilter):
    """Times in ISO 8601 (``2025-07-01T00:00:00Z``), read as ``UTCDateTimeField``."""

    field_class = UTCDateTimeField


class AsciiDecimalField(forms.DecimalField):
    """A number in ASCII digits (``factdb.numbers``): "١" or "1_000" is an error, not 1 or 1000."""

    def to_python(self, value):
        if isinstance(value, str) and has_other_digits(value):
            raise forms.ValidationError(NOT_ASCII_DIGITS, code="invalid")
        return super().to_python(value)


class AsciiNumberFilter(filters.NumberFilter):
    """``NumberFilter`` reading ASCII digits only."""

    field_class = AsciiDecimalField


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


class ValueListField(BoundedValuesMixin, forms.Field):
    """A list of strings from a repeated or comma-separated parameter."""

    widget = MultipleValueWidget

    def to_python(self, value):
        return super().to_python([str(item) for item in value or []])


class MultipleValueChoiceField(BoundedValuesMixin, forms.MultipleChoiceField):
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


class RecordField(BoundedValuesMixin, forms.Field):
    """Records named by id or slug: cleans to the names; ``StrictFilterForm`` resolves them.

    ``queryset`` is a callable taking the request and returning the records the
    requester may see; it is called only when the parameter is given.
    """

    widget = MultipleValueWidget

    def __init__(self, *, queryset, noun, slug_field="slug", **kwargs):
        self.queryset, self.noun, self.slug_field = queryset, noun, slug_field
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python([str(item) for item in value or []])

    def resolve(self, names, request):
        """The primary keys of the records ``names`` name; ``ValidationError`` naming the unknown ones."""
        queryset = self.queryset(request) if callable(self.queryset) else self.queryset
        ids = {int(name) for name in names if _is_id(name)}
        lookup = Q(pk__in=ids)
        if self.slug_field:
            # PostgreSQL refuses text with NUL characters; no slug has one.
            lookup |= Q(**{f"{self.slug_field}__in": [name for name in names if "\x00" not in name]})
            rows = list(queryset.filter(lookup).values_list("pk", self.slug_field))
        else:
            rows = [(pk, None) for pk in queryset.filter(lookup).values_list("pk", flat=True)]
        found_ids, found_slugs = {pk for pk, _ in rows}, {slug for _, slug in rows}
        unknown = [name for name in names if name not in found_slugs and not (_is_id(name) and int(name) in found_ids)]
        if unknown:
            listed = ", ".join(f"“{name}”" for name in unknown)
            # The names go in as params: a "%" in what the client sent is not a format directive.
            raise forms.ValidationError(
                "Unknown %(noun)s: %(listed)s.", code="unknown", params={"noun": self.noun, "listed": listed}
            )
        return sorted(found_ids)


def _is_id(name):
    """Whether ``name`` is a record id: ASCII digits within the databases' 64-bit range."""
    return name.isascii() and name.isdigit() and len(name) <= len(str(MAX_ID)) and int(name) <= MAX_ID


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class RecordFilter(filters.Filter):
    """Filter by records named by id or slug; ``queryset`` may be a callable taking the request.

    Subclasses or ``method=`` decide how the matching primary keys filter the rows;
    by default ``field_name__in``.
    """

    field_class = RecordField

    def __init__(self, *args, queryset, noun, slug_field="slug", **kwargs):
        super().__init__(*args, queryset=queryset, noun=noun, slug_field=slug_field, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return self.get_method(qs)(**{f"{self.field_name}__in": value})


class SharedFields(dict):
    """A form's ``base_fields`` that each form instance shares instead of deep-copying.

    Django copies every field (and its widget) for every form so that one form may
    change its fields without touching others; filter forms never do, and copying
    twenty fields on every API request costs a noticeable part of it.
    """

    def __deepcopy__(self, memo):
        return dict(self)


class StrictFilterForm(forms.Form):
    """The form behind a ``StrictFilterSet``: resolves record parameters for ``request``."""

    request = None

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def full_clean(self):
        """Clean only the parameters the request gave.

        A filter with no value does nothing, so cleaning the twenty-odd absent ones on
        every request (most API calls give one or two) only cost time. ``cleaned_data``
        holds the given parameters; read it with ``.get()``.
        """
        every_field = self.fields
        self.fields = {
            name: field
            for name, field in every_field.items()
            if not field.widget.value_omitted_from_data(self.data, self.files, self.add_prefix(name))
        }
        try:
            super().full_clean()
        finally:
            self.fields = every_field

    def clean(self):
        cleaned = super().clean()
        for name, field in self.fields.items():
            if isinstance(field, RecordField) and cleaned.get(name):
                try:
                    cleaned[name] = field.resolve(cleaned[name], self.request)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return cleaned


class ShallowCopiedFilters(dict):
    """A FilterSet's ``base_filters`` whose ``copy.deepcopy`` copies each filter shallowly.

    ``FilterSet.__init__`` deep-copies ``base_filters`` for every instance (each instance
    then sets ``model`` and ``parent`` on its copies). A shallow copy of each filter is
    enough for that and an order of magnitude cheaper; the filter's ``method`` is set
    again so that its ``FilterMethod`` is bound to the copy, not to the class's filter.
    """

    def __deepcopy__(self, memo):
        copies = {}
        for name, base_filter in self.items():
            copied = copy.copy(base_filter)
            if base_filter.method is not None:
                copied.method = base_filter.method
            copies[name] = copied
        return copies


class StrictFilterSet(FilterSet):
    """A FilterSet that is cheap to build for every request.

    django-filter deep-copies every filter and builds a new form class with new fields
    for each FilterSet instance, which costs about a millisecond on a set of twenty
    filters — a quarter of a hot list request. Here filters are copied shallowly (django-
    filter's constructor is called as it is; ``ShallowCopiedFilters`` makes its copy cheap)
    and the form class is built once per FilterSet class; per-request state (the request,
    for record parameters) lives on the form instance. Behaviour is unchanged:
    ``is_valid()``, ``errors``, ``form`` and ``qs`` work as in django-filter.

    Because fields are built once, without a request, a filter whose choices depend on
    the requester must be a ``RecordFilter`` (it resolves its values per request), not
    a django-filter ``ModelChoiceFilter`` with a callable queryset.

    Free-text filters must be bounded (``TextFilter``, or a ``CharFilter`` given
    ``max_length``); a subclass declaring an unbounded one is an error at import.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        unbounded = [
            name
            for name, filter_ in cls.declared_filters.items()
            if issubclass(filter_.field_class, forms.CharField) and filter_.extra.get("max_length") is None
        ]
        if unbounded:
            raise ImproperlyConfigured(
                f"{cls.__name__}: free-text filters need a maximum length (use TextFilter): {', '.join(unbounded)}."
            )

    @classmethod
    def get_filters(cls):
        # django-filter's own constructor runs unchanged; only its deepcopy of these is cheap.
        return ShallowCopiedFilters(super().get_filters())

    @classmethod
    def get_shared_form_class(cls):
        if "_shared_form_class" not in cls.__dict__:
            fields = {name: filter_.field for name, filter_ in cls.base_filters.items()}
            base = cls._meta.form if issubclass(cls._meta.form, StrictFilterForm) else StrictFilterForm
            form_class = type(f"{cls.__name__}Form", (base,), fields)
            form_class.base_fields = SharedFields(form_class.base_fields)
            cls._shared_form_class = form_class
        return cls._shared_form_class

    def get_form_class(self):
        return self.get_shared_form_class()

    @property
    def form(self):
        if not hasattr(self, "_form"):
            form_class = self.get_form_class()
            data = self.data if self.is_bound else None
            self._form = form_class(data, prefix=self.form_prefix, request=self.request)
        return self._form
