"""
Filters for outlets, sources and speakers, as the API offers them.

Strict like ``ClaimFilterSet``: unknown choices, bad dates, unknown outlets and
overlong text are errors naming the parameter. Parameters that take several values
accept them repeated or comma-separated.
"""

from factdb.filters import (
    AsciiDateFilter,
    MultipleValueChoiceFilter,
    RecordFilter,
    StrictFilterSet,
    TextFilter,
    ValueInFilter,
)

from .models import Actor, ActorKind, Outlet, OutletKind, Source


class OutletFilterSet(StrictFilterSet):
    kind = MultipleValueChoiceFilter(choices=OutletKind.choices, help_text="Kind of outlet.")
    country = ValueInFilter(field_name="country", help_text="Two-letter country code (ISO 3166-1), e.g. US, KR.")
    name = TextFilter(field_name="name", lookup_expr="icontains", help_text="Part of the name.")

    class Meta:
        model = Outlet
        fields = []


class SourceFilterSet(StrictFilterSet):
    outlet = RecordFilter(
        queryset=Outlet.objects.all(),
        noun="outlet",
        field_name="outlet_id",
        help_text="Outlet that published the source, by id or slug.",
    )
    published_after = AsciiDateFilter(
        field_name="published", lookup_expr="gte", help_text="Published on or after this date (YYYY-MM-DD)."
    )
    published_before = AsciiDateFilter(
        field_name="published", lookup_expr="lte", help_text="Published on or before this date (YYYY-MM-DD)."
    )
    language = ValueInFilter(field_name="language", help_text="BCP 47 language tag: en, ko, pt-BR.")
    title = TextFilter(field_name="title", lookup_expr="icontains", help_text="Part of the title.")

    class Meta:
        model = Source
        fields = []


class ActorFilterSet(StrictFilterSet):
    kind = MultipleValueChoiceFilter(choices=ActorKind.choices, help_text="Kind of speaker.")
    country = ValueInFilter(field_name="country", help_text="Two-letter country code (ISO 3166-1), e.g. KR.")
    name = TextFilter(
        method="filter_name",
        help_text='Part of the name or of any alias: "spy agency" finds the National Intelligence Service.',
    )

    class Meta:
        model = Actor
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.filter(pk__in=Actor.objects.search(value).values("pk"))
