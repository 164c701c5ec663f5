"""
OpenAPI schema details for factdb's filters.

drf-spectacular describes a django-filter parameter from its ``help_text``, except
when the filter's type is given explicitly (``extend_schema_field``), as for the
multi-value and id-or-slug filters in ``factdb.filters``; this extension adds the
help text back, so every parameter in ``/api/schema/`` says what it does.
"""

from drf_spectacular.contrib.django_filters import DjangoFilterExtension


class DescribedFilterExtension(DjangoFilterExtension):
    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        help_text = filter_field.extra.get("help_text")
        for parameter in parameters:
            if help_text and not parameter.get("description"):
                parameter["description"] = str(help_text)
        return parameters
