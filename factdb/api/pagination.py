"""
``KeysetPagination``: stable, count-free pages for every list endpoint.

A page ends with a ``next`` link whose opaque ``cursor`` holds the sort keys of the
page's last row; the next page starts strictly after them. Unlike page numbers this
costs no ``COUNT`` and no ``OFFSET`` (page 1,000 is as fast as page 1, the database
walks an index from where the last page ended), and rows added or changed meanwhile
do not shift later pages by one.

The sort keys are read from the queryset's own ``order_by()``, which must end with a
unique key (``id``); nullable keys must be ordered with ``nulls_last=True`` so both
databases place empty values alike. Parameters:

* ``page_size`` — rows per page, 1 to ``max_page_size`` (default ``page_size``);
* ``cursor`` — from a ``next`` link; a cursor for another ordering is refused;
* ``count=true`` — also return ``count``, the number of rows over all pages (one
  ``COUNT`` query, only when asked).

Bad values answer 400 naming the parameter.
"""

import base64
import binascii
import datetime
from dataclasses import dataclass
from decimal import Decimal

import orjson
from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, OrderBy, Q
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from factdb.filters import FALSE_WORDS, TRUE_WORDS
from factdb.numbers import is_ascii_integer


@dataclass(frozen=True)
class SortKey:
    """One ``ORDER BY`` key: a field or annotation name and its direction."""

    name: str
    descending: bool = False
    nulls_last: bool = False

    @classmethod
    def from_ordering(cls, item):
        if isinstance(item, str):
            return cls(item.lstrip("-"), descending=item.startswith("-"))
        if isinstance(item, OrderBy) and isinstance(item.expression, F):
            return cls(item.expression.name, descending=item.descending, nulls_last=bool(item.nulls_last))
        if isinstance(item, F):
            return cls(item.name)
        raise TypeError(f"KeysetPagination cannot page over the ordering {item!r}; order by names or F().")

    def after(self, value):
        """Rows whose key comes strictly after ``value`` in this key's order."""
        if value is None:
            # Empty values sort last, so nothing non-empty comes after one.
            return None
        condition = Q(**{f"{self.name}__{'lt' if self.descending else 'gt'}": value})
        if self.nulls_last:
            condition |= Q(**{f"{self.name}__isnull": True})
        return condition

    def equal(self, value):
        if value is None:
            return Q(**{f"{self.name}__isnull": True})
        return Q(**{self.name: value})


def sort_keys(queryset):
    """The queryset's ordering as ``SortKey``s (``pk`` is spelled ``id``)."""
    ordering = queryset.query.order_by or queryset.model._meta.ordering
    keys = [SortKey.from_ordering(item) for item in ordering]
    return [SortKey("id", key.descending, key.nulls_last) if key.name == "pk" else key for key in keys]


def _encode(value):
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)  # raw SQLite rows: stored as naive UTC
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (Decimal, float)):
        return str(value)
    return value


class KeysetPagination(BasePagination):
    page_size = 50
    max_page_size = 500
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"
    count_query_param = "count"

    def paginate_queryset(self, queryset, request, view=None):
        """The rows of the requested page (model instances or ``values()`` dicts)."""
        return self.page_rows(list(self.page_queryset(queryset, request)))

    def page_queryset(self, queryset, request):
        """The requested page as a queryset, one row longer to tell whether another page follows.

        ``paginate_queryset()`` is this and ``page_rows()``; a caller that reads the rows
        its own way (the claims endpoint fetches raw tuples) calls the two itself.
        """
        self.request = request
        self.page_size_in_use = self.get_page_size(request)
        self.keys = sort_keys(queryset)
        self.ordering_signature = ",".join(("-" if k.descending else "") + k.name for k in self.keys)
        self.count = queryset.count() if self.wants_count(request) else None
        position = self.decode_cursor(request, queryset)
        if position is not None:
            queryset = queryset.filter(self.rows_after(position))
        return queryset[: self.page_size_in_use + 1]

    def page_rows(self, rows, sort_key_values=None):
        """The page of ``rows`` from ``page_queryset()``, remembering where the next page starts.

        ``sort_key_values(row)`` gives a row's sort keys in ordering order; by default
        they are read by name from dicts or attributes.
        """
        self.next_position = None
        if len(rows) > self.page_size_in_use:
            rows = rows[: self.page_size_in_use]
            if sort_key_values is None:
                self.next_position = [self.key_value(rows[-1], key.name) for key in self.keys]
            else:
                self.next_position = list(sort_key_values(rows[-1]))
        return rows

    def get_paginated_response(self, data):
        return Response(self.get_paginated_data(data))

    def get_paginated_data(self, data):
        page = {}
        if self.count is not None:
            page["count"] = self.count
        page["next"] = self.get_next_link()
        page["results"] = data
        return page

    # --- Parameters -------------------------------------------------------------------
    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return self.page_size
        # The length is checked before int(): Python refuses to read numbers over 4,300 digits.
        if (
            not is_ascii_integer(raw)
            or len(raw) > len(str(self.max_page_size))
            or not 1 <= int(raw) <= self.max_page_size
        ):
            raise ValidationError(
                {self.page_size_query_param: [f"Enter a whole number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def wants_count(self, request):
        raw = request.query_params.get(self.count_query_param, "").strip().lower()
        if raw in ("", *FALSE_WORDS):
            return False
        if raw in TRUE_WORDS:
            return True
        raise ValidationError({self.count_query_param: ["Use true or false."]})

    def query_parameters(self):
        return {self.page_size_query_param, self.cursor_query_param, self.count_query_param}

    # --- Cursors ------------------------------------------------------------------------
    def get_next_link(self):
        if self.next_position is None:
            return None
        token = orjson.dumps({"o": self.ordering_signature, "k": [_encode(v) for v in self.next_position]})
        cursor = base64.urlsafe_b64encode(token).decode().rstrip("=")
        url = self.request.build_absolute_uri()
        return replace_query_param(remove_query_param(url, self.count_query_param), self.cursor_query_param, cursor)

    def decode_cursor(self, request, queryset):
        """The sort-key values a cursor holds, converted to the keys' types; None without a cursor."""
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None
        invalid = ValidationError({self.cursor_query_param: ["Invalid cursor: use the next link of a page as it is."]})
        try:
            token = orjson.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        except (ValueError, binascii.Error, orjson.JSONDecodeError):
            raise invalid from None
        if not isinstance(token, dict) or not isinstance(token.get("k"), list):
            raise invalid
        if token.get("o") != self.ordering_signature:
            raise ValidationError(
                {self.cursor_query_param: ["This cursor belongs to another ordering; start again from the first page."]}
            )
        if len(token["k"]) != len(self.keys):
            raise invalid
        try:
            return [
                None if value is None else self.key_value_from_cursor(self.output_field(queryset, key.name), value)
                for key, value in zip(self.keys, token["k"], strict=True)
            ]
        except (DjangoValidationError, TypeError, ValueError, OverflowError):
            raise invalid from None

    @staticmethod
    def key_value_from_cursor(field, value):
        """A cursor's value for ``field``, checked as the field would check it on save
        (a number past the column's range would be a database error, not an empty page).
        Text with a NUL is refused too: PostgreSQL cannot compare it, and no key holds one."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("A cursor's key holds a NUL character.")
        value = field.to_python(value)
        field.run_validators(value)
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            # Stored as UTC; a time at the ends of the calendar may have no UTC (OverflowError).
            value = value.astimezone(datetime.UTC)
        return value

    def rows_after(self, position):
        """Rows after ``position`` in lexicographic key order: (k1 > v1) or (k1 = v1 and k2 > v2) …"""
        condition, equal_so_far = Q(pk__in=[]), Q()
        for key, value in zip(self.keys, position, strict=True):
            after = key.after(value)
            if after is not None:
                condition |= equal_so_far & after
            equal_so_far &= key.equal(value)
        return condition

    @staticmethod
    def output_field(queryset, name):
        if name in queryset.query.annotations:
            return queryset.query.annotations[name].output_field
        try:
            return queryset.model._meta.get_field(name)
        except FieldDoesNotExist:
            raise ValidationError({"cursor": ["Invalid cursor."]}) from None

    @staticmethod
    def key_value(row, name):
        return row[name] if isinstance(row, dict) else getattr(row, name)

    # --- Schema ---------------------------------------------------------------------------
    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "count": {
                    "type": "integer",
                    "description": f"Rows over all pages; only with `{self.count_query_param}=true`.",
                    "example": 123,
                },
                "next": {
                    "type": "string",
                    "nullable": True,
                    "format": "uri",
                    "description": "The next page, or null on the last page.",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page, 1 to {self.max_page_size} (default {self.page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Where the page starts: take it from the previous page's `next` link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.count_query_param,
                "required": False,
                "in": "query",
                "description": "true: also return `count`, the number of rows over all pages (costs a COUNT).",
                "schema": {"type": "boolean"},
            },
        ]
