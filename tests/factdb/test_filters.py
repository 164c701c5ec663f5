"""The shared filter machinery bounds every parameter (``factdb.filters``)."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import QueryDict
from django_filters import filters

from factdb.filters import MAX_TEXT_LENGTH, MAX_VALUES, StrictFilterSet, TextFilter
from sources.filtersets import ActorFilterSet, OutletFilterSet, SourceFilterSet
from sources.models import Source


def test_a_filterset_with_unbounded_free_text_is_refused_when_defined():
    with pytest.raises(ImproperlyConfigured, match="title"):

        class UnboundedFilterSet(StrictFilterSet):
            title = filters.CharFilter(lookup_expr="icontains")

            class Meta:
                model = Source
                fields = []


def test_a_bounded_char_filter_is_accepted():
    class BoundedFilterSet(StrictFilterSet):
        title = filters.CharFilter(lookup_expr="icontains", max_length=50)

        class Meta:
            model = Source
            fields = []

    assert not BoundedFilterSet(QueryDict("title=" + "t" * 51), Source.objects.none()).is_valid()


def test_text_filters_state_their_limit_in_their_help_text():
    assert TextFilter(help_text="Part of the title.").extra["help_text"] == (
        f"Part of the title. At most {MAX_TEXT_LENGTH} characters."
    )


@pytest.mark.parametrize(
    "filterset, query, parameter",
    [
        (SourceFilterSet, "title=" + "t" * (MAX_TEXT_LENGTH + 1), "title"),
        (OutletFilterSet, "name=" + "n" * (MAX_TEXT_LENGTH + 1), "name"),
        (ActorFilterSet, "name=" + "n" * (MAX_TEXT_LENGTH + 1), "name"),
        (SourceFilterSet, "language=" + ",".join(["en"] * (MAX_VALUES + 1)), "language"),
        (OutletFilterSet, "kind=" + ",".join(["agency"] * (MAX_VALUES + 1)), "kind"),
        (SourceFilterSet, "outlet=" + "o" * (MAX_TEXT_LENGTH + 1), "outlet"),
    ],
)
def test_overlong_values_are_errors_on_their_parameter(db, filterset, query, parameter):
    bound = filterset(QueryDict(query), filterset._meta.model.objects.all())
    assert not bound.is_valid()
    assert list(bound.errors) == [parameter]


def test_values_at_the_limits_are_accepted(db):
    query = f"title={'t' * MAX_TEXT_LENGTH}&language={','.join(['en'] * MAX_VALUES)}"
    assert SourceFilterSet(QueryDict(query), Source.objects.all()).is_valid()
