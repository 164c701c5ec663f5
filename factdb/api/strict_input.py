"""
Strict request bodies: what a client sends is either used as sent or refused with 400.

DRF is lenient by default in two ways that let a client believe a write did what it
did not:

* fields a serializer does not know are dropped silently (``{"valeu": 5}`` saves
  nothing and answers 201); ``RefuseUnknownFieldsMixin`` names them instead;
* a number sent for a text field is stored as its digits (``{"statement": 5}``
  becomes "5"); ``StrictCharField`` refuses anything but a JSON string.

``StrictIntegerField`` and ``StrictDecimalField`` read numbers sent as text in ASCII
digits only (``factdb.numbers``): DRF would read "١" as 1 and "1_000" as 1000.

``BoundedListField`` checks a list's length before its items, so ten thousand tags
are one error, not ten thousand lookups.
"""

from django.db import models
from rest_framework import serializers
from rest_framework.utils import html

from factdb.numbers import NOT_ASCII_DIGITS, has_other_digits

# Sent by every HTML form of the browsable API; not a field of any serializer.
FORM_ONLY_KEYS = frozenset({"csrfmiddlewaretoken"})


class RefuseUnknownFieldsMixin:
    """For input serializers: a field the serializer does not write is a 400 naming it.

    Read-only fields count as unknown too: ``status`` or ``version`` in a claim's body
    would otherwise be ignored, and the client would think it had set them.
    """

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            writable = [name for name, field in self.fields.items() if not field.read_only]
            ignored = FORM_ONLY_KEYS if html.is_html_input(data) else frozenset()
            unknown = sorted(str(key) for key in data if key not in writable and key not in ignored)
            if unknown:
                message = f"Unknown field. Accepted fields: {', '.join(writable)}."
                raise serializers.ValidationError({name: [message] for name in unknown}, code="unknown_field")
        return super().to_internal_value(data)


class StrictCharField(serializers.CharField):
    """Text that must arrive as a string: numbers and booleans are refused, not converted."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    """An integer; sent as text, in ASCII digits only."""

    def to_internal_value(self, data):
        if isinstance(data, str) and has_other_digits(data):
            raise serializers.ValidationError(NOT_ASCII_DIGITS, code="invalid")
        return super().to_internal_value(data)


class StrictDecimalField(serializers.DecimalField):
    """A decimal; sent as text, in ASCII digits only."""

    def to_internal_value(self, data):
        if isinstance(data, str) and has_other_digits(data):
            raise serializers.ValidationError(NOT_ASCII_DIGITS, code="invalid")
        return super().to_internal_value(data)


class StrictDateField(serializers.DateField):
    """A date; in ASCII digits only (Django's parser reads other scripts' digits)."""

    def to_internal_value(self, value):
        if isinstance(value, str) and has_other_digits(value):
            raise serializers.ValidationError(NOT_ASCII_DIGITS, code="invalid")
        return super().to_internal_value(value)


class BoundedListField(serializers.ListField):
    """A ListField that refuses a list longer than ``max_length`` before reading any item."""

    def to_internal_value(self, data):
        if self.max_length is not None and isinstance(data, list) and len(data) > self.max_length:
            self.fail("max_length", max_length=self.max_length)
        return super().to_internal_value(data)


class StrictModelSerializer(RefuseUnknownFieldsMixin, serializers.ModelSerializer):
    """A ModelSerializer for writes: unknown fields refused, text and number fields strict."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.CharField: StrictCharField,
        models.TextField: StrictCharField,
        models.DecimalField: StrictDecimalField,
        models.DateField: StrictDateField,
        **{
            field: StrictIntegerField
            for field in (
                models.IntegerField,
                models.BigIntegerField,
                models.SmallIntegerField,
                models.PositiveIntegerField,
                models.PositiveSmallIntegerField,
                models.PositiveBigIntegerField,
            )
        },
    }
