"""The shared filter machinery bounds every parameter (``factdb.filters``)."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import QueryDict
from django_filters import filters

from claims.models import Claim
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


class TestStrictFilterSetUsesTheLibraryConstructor:
    """StrictFilterSet calls django-filter's own ``FilterSet.__init__``; only the copy of
    ``base_filters`` is shallow. These fail if an upgrade of django-filter stops copying
    ``base_filters`` per instance or stops setting ``model`` and ``parent`` on the copies."""

    def test_each_instance_gets_its_own_filters_bound_to_it(self, db):
        from claims.filtersets import ClaimFilterSet

        first, second = ClaimFilterSet({}), ClaimFilterSet({})
        for name, base_filter in ClaimFilterSet.base_filters.items():
            assert first.filters[name] is not base_filter
            assert first.filters[name] is not second.filters[name]
            assert first.filters[name].parent is first
            assert first.filters[name].model is Claim

    def test_method_filters_call_the_instance_they_belong_to(self, db):
        from claims.filtersets import ClaimFilterSet

        filterset = ClaimFilterSet({})
        with_method = [f for f in filterset.filters.values() if f.method is not None]
        assert with_method, "ClaimFilterSet has method filters"
        for filter_ in with_method:
            assert filter_.filter.f is filter_  # FilterMethod bound to the copy, not the class's filter

    def test_the_constructor_is_django_filters_own(self):
        from django_filters import FilterSet

        assert "__init__" not in StrictFilterSet.__dict__
        assert StrictFilterSet.__init__ is FilterSet.__init__
