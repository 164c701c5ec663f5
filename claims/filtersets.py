"""
``ClaimFilterSet``: every filter a reporter asks for, in one place.

The API's claims endpoint, the claim sheets (exports) and the admin list all filter
through this class, so a parameter means the same thing everywhere::

    filterset = ClaimFilterSet(request.GET, queryset=Claim.objects.visible_to(user).for_api(), request=request)
    if not filterset.is_valid():
        ...  # filterset.errors names each bad parameter
    claims = filterset.qs  # filtered and ordered

Values are checked strictly: a date that is not a date, a number that is not a
number, an unknown choice, an outlet, speaker, tag or metric the requester cannot
see, or text longer than its limit is an error on that parameter, never a silently
ignored filter. Parameters that take records accept an id or a slug; parameters that
take several values accept them repeated or comma-separated and match any of them.

The queryset comes back ordered (default newest change first; with ``q`` on
PostgreSQL, best match first) with ``id`` as the last key, so pages are stable.
"""

from django.db.models import Exists, F, Min, OuterRef, Q, Subquery
from django_filters import filters

from factdb.filters import (
    AsciiDateFilter,
    AsciiNumberFilter,
    MultipleValueChoiceFilter,
    RecordFilter,
    StrictBooleanFilter,
    StrictFilterForm,
    StrictFilterSet,
    TextFilter,
    UTCDateTimeFilter,
    ValueInFilter,
)
from sources.models import ActorKind

from .extraction.units import pluralise, singularise
from .figures import Qualifier
from .models import Attribution, Claim, ClaimStatus, Rating, ReviewStatus, Role
from .search import MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS, search_claims, validate_search_text
from .visibility import visible_actors, visible_metrics, visible_outlets, visible_sources, visible_tags

# ``ordering`` values and the keys each sorts by. Every ordering ends with ``id`` so
# rows never tie, and nullable keys put their empty values last on both databases.
ORDERINGS = {
    "-updated": ["-updated_at", "-id"],
    "updated": ["updated_at", "id"],
    "-value": [F("value").desc(nulls_last=True), "-id"],
    "value": [F("value").asc(nulls_last=True), "id"],
    "-published": [F("first_published").desc(nulls_last=True), "-id"],
    "published": [F("first_published").asc(nulls_last=True), "id"],
    "rank": [F("rank_order").asc(), "-updated_at", "-id"],
}
DEFAULT_ORDERING = "-updated"
RELEVANCE_ORDERING = [F("search_rank").desc(), "-id"]
ORDERING_CHOICES = [
    ("-updated", "Last changed first (default)"),
    ("updated", "Last changed last"),
    ("-value", "Largest figure first"),
    ("value", "Smallest figure first"),
    ("-published", "Most recently published source first"),
    ("published", "Earliest published source first"),
    ("rank", "Preferred estimate first, deprecated last (default when filtering by metric)"),
]

# How ``value_min``/``value_max`` match a figure's interval.
VALUE_OVERLAP, VALUE_WITHIN = "overlap", "within"
VALUE_MATCH_CHOICES = [
    (VALUE_OVERLAP, "The figure's interval overlaps the range (default)"),
    (VALUE_WITHIN, "The figure's interval lies within the range"),
]

# Pairs of parameters that bound one range: the lower may not exceed the upper.
RANGE_PARAMETERS = [
    ("value_min", "value_max"),
    ("published_after", "published_before"),
    ("period_after", "period_before"),
]


def for_requester(visible_records):
    """A filter's record choices: what ``visible_records(user)`` lets the requesting user see."""
    return lambda request: visible_records(getattr(request, "user", None))


class ClaimFilterForm(StrictFilterForm):
    """Checks what single fields cannot: a range whose ends are the wrong way round."""

    def clean(self):
        cleaned = super().clean()
        for low_name, high_name in RANGE_PARAMETERS:
            low, high = cleaned.get(low_name), cleaned.get(high_name)
            if low is not None and high is not None and low > high:
                self.add_error(high_name, f"Must not be less than {low_name} ({low}).")
        if cleaned.get("value_match") and cleaned.get("value_min") is None and cleaned.get("value_max") is None:
            if "value_min" not in self.errors and "value_max" not in self.errors:
                self.add_error("value_match", "Give value_min or value_max (or both) to match figures against.")
        return cleaned


class ClaimFilterSet(StrictFilterSet):
    """Filters for claims: text, figure, who, when, workflow, topic, and ordering."""

    q = TextFilter(
        method="filter_search",
        max_length=MAX_SEARCH_LENGTH,
        validators=[validate_search_text],
        help_text=(
            "Full-text search over statement, quote, subject and the speakers' names and aliases. "
            'Web search syntax: words, "quoted phrases", `or`, `-excluded`. On PostgreSQL words are '
            "stemmed (troop finds troops) and results are ranked, best match first. "
            f"At most {MAX_SEARCH_TERMS} words or phrases, at least one of them not excluded."
        ),
    )

    # --- Figure ----------------------------------------------------------------------
    value_min = AsciiNumberFilter(
        method="filter_nothing",  # applied with value_max and value_match, in filter_queryset()
        help_text="Lower end of a figure range. By default a claim matches when its figure's interval overlaps "
        "[value_min, value_max] (≈ 12,000 covers 10,800–13,200; > 60 covers 60 and up); "
        "with value_match=within, when its interval lies inside the range.",
    )
    value_max = AsciiNumberFilter(method="filter_nothing", help_text="Upper end of a figure range (see value_min).")
    value_match = filters.ChoiceFilter(
        choices=VALUE_MATCH_CHOICES,
        method="filter_nothing",
        empty_label=None,
        error_messages={"invalid_choice": "Use overlap or within."},  # never echo what was sent
        help_text="How value_min and value_max match a figure: overlap (default: the figure's interval shares a "
        "point with the range; > 60 matches 5,000–13,000) or within (the whole interval lies inside the range; "
        "> 60 does not, 477 does). Needs value_min or value_max.",
    )
    qualifier = MultipleValueChoiceFilter(choices=Qualifier.choices, help_text="How the figure was qualified.")
    unit = ValueInFilter(
        field_name="unit",
        method="filter_unit",
        help_text="Unit or counted noun: troops, drones, USD, percent. A noun matches in the singular and the "
        "plural (troop finds troops, casualty finds casualties).",
    )

    # --- Who ---------------------------------------------------------------------------
    actor = RecordFilter(
        queryset=for_requester(visible_actors),
        noun="speaker",
        method="filter_actor",
        help_text="Speaker anywhere in the attribution chain (origin or relay), by id or slug.",
    )
    origin = RecordFilter(
        queryset=for_requester(visible_actors),
        noun="speaker",
        method="filter_origin",
        help_text="Speaker at the origin of the chain (who first said it), by id or slug.",
    )
    anonymous = StrictBooleanFilter(
        method="filter_anonymous", help_text="true: the origin is anonymous sources; false: it is not."
    )
    outlet = RecordFilter(
        queryset=for_requester(visible_outlets),
        noun="outlet",
        method="filter_outlet",
        help_text="Outlet that published one of the claim's sources, by id or slug.",
    )
    source = RecordFilter(
        queryset=for_requester(visible_sources),
        noun="source",
        slug_field=None,
        method="filter_source",
        help_text="Source document, by id.",
    )

    # --- When ------------------------------------------------------------------------
    published_after = AsciiDateFilter(
        method="filter_nothing",  # applied with published_before, in filter_queryset()
        help_text="A source of the claim was published on or after this date (YYYY-MM-DD).",
    )
    published_before = AsciiDateFilter(
        method="filter_nothing",
        help_text="A source of the claim was published on or before this date (with published_after: the same source).",
    )
    period_after = AsciiDateFilter(
        method="filter_period_after",
        help_text="The period the figure is about ends on or after this date.",
    )
    period_before = AsciiDateFilter(
        method="filter_period_before",
        help_text="The period the figure is about starts on or before this date.",
    )
    updated_since = UTCDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Changed at or after this time (ISO 8601, e.g. 2025-07-01T00:00:00Z), for clients that sync.",
    )

    # --- Workflow and topic ----------------------------------------------------------
    status = MultipleValueChoiceFilter(
        choices=ClaimStatus.choices,
        help_text="Workflow status. Anonymous clients see published claims, and retracted ones when they "
        "ask for them (status=retracted): each with when and why it was retracted.",
    )
    verdict = MultipleValueChoiceFilter(choices=Rating.choices, help_text="Verdict of the latest published review.")
    tag = RecordFilter(
        queryset=for_requester(visible_tags),
        noun="tag",
        method="filter_tag",
        help_text="Tag, by id or slug.",
    )
    metric = RecordFilter(
        queryset=for_requester(visible_metrics),
        noun="metric",
        field_name="metric_id",
        help_text="Metric the claim is a data point of, by id or slug.",
    )
    place = TextFilter(
        field_name="place", lookup_expr="icontains", help_text="Place, as a case-insensitive part (kursk)."
    )
    has_review = StrictBooleanFilter(
        method="filter_has_review", help_text="true: the claim has a published review; false: it has none."
    )
    conflicting = StrictBooleanFilter(
        method="filter_conflicting",
        help_text="true: the claim is in a live conflict on its metric (another estimate for an overlapping "
        "period whose interval misses its own, unexplained, neither deprecated nor retracted); false: it is not.",
    )

    ordering = filters.ChoiceFilter(
        choices=ORDERING_CHOICES,
        method="filter_nothing",  # applied last, in filter_queryset()
        empty_label=None,
        help_text="Sort order. Default: last changed first; with q on PostgreSQL, best match first; "
        "with metric, the preferred estimate first.",
    )

    class Meta:
        model = Claim
        fields = []
        form = ClaimFilterForm

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        if not data.get("status"):
            # Retracted claims are public, but listed only when asked for.
            queryset = queryset.listed_to(getattr(self.request, "user", None))
        queryset = self._filter_published(queryset, data.get("published_after"), data.get("published_before"))
        queryset = self._filter_value(
            queryset, data.get("value_min"), data.get("value_max"), data.get("value_match") or VALUE_OVERLAP
        )
        ordering = data.get("ordering") or ("rank" if data.get("metric") and not data.get("q") else None)
        return self._order(queryset, ordering, searched=bool(data.get("q")))

    # --- Methods, one per parameter --------------------------------------------------
    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_search(self, queryset, name, value):
        return search_claims(queryset, value)

    def filter_unit(self, queryset, name, value):
        return queryset.filter(unit__in=sorted({form for unit in value for form in unit_forms(unit)}))

    def filter_actor(self, queryset, name, value):
        return queryset.filter(pk__in=Attribution.objects.filter(actor_id__in=value).values("claim_id"))

    def filter_origin(self, queryset, name, value):
        origins = Attribution.objects.filter(actor_id__in=value, role=Role.ORIGIN)
        return queryset.filter(pk__in=origins.values("claim_id"))

    def filter_anonymous(self, queryset, name, value):
        anonymous_origin = Attribution.objects.filter(
            claim=OuterRef("pk"), role=Role.ORIGIN, actor__kind=ActorKind.ANONYMOUS
        )
        return queryset.filter(Exists(anonymous_origin) if value else ~Exists(anonymous_origin))

    def filter_outlet(self, queryset, name, value):
        published_in = Attribution.objects.filter(source__outlet_id__in=value)
        return queryset.filter(pk__in=published_in.values("claim_id"))

    def filter_source(self, queryset, name, value):
        return queryset.filter(pk__in=Attribution.objects.filter(source_id__in=value).values("claim_id"))

    def filter_period_after(self, queryset, name, value):
        return queryset.filter(Q(period_end__gte=value) | Q(period_end__isnull=True, period_start__gte=value))

    def filter_period_before(self, queryset, name, value):
        return queryset.filter(Q(period_start__lte=value) | Q(period_start__isnull=True, period_end__lte=value))

    def filter_tag(self, queryset, name, value):
        tagged = Claim.tags.through.objects.filter(tag_id__in=value)
        return queryset.filter(pk__in=tagged.values("claim_id"))

    def filter_has_review(self, queryset, name, value):
        from .models import Review

        reviewed = Review.objects.filter(claim=OuterRef("pk"), status=ReviewStatus.PUBLISHED)
        return queryset.filter(Exists(reviewed) if value else ~Exists(reviewed))

    def filter_conflicting(self, queryset, name, value):
        # Only claims the requester may see make another claim conflicting.
        among = Claim.objects.visible_to(getattr(self.request, "user", None))
        return queryset.conflicting(among) if value else queryset.not_conflicting(among)

    # --- Applied together --------------------------------------------------------------
    def _filter_value(self, queryset, low, high, match):
        """Claims whose figure's interval overlaps [low, high], or lies within it."""
        if match == VALUE_WITHIN:
            # Within: each end given bounds the interval's own end; an open end is never inside.
            if low is not None:
                queryset = queryset.filter(interval_low__gte=low)
            if high is not None:
                queryset = queryset.filter(interval_high__lte=high)
            return queryset
        # Overlap: the interval reaches low and high (an open end always does).
        if low is not None:
            queryset = queryset.filter(Q(interval_high__gte=low) | Q(interval_high__isnull=True, value__isnull=False))
        if high is not None:
            queryset = queryset.filter(Q(interval_low__lte=high) | Q(interval_low__isnull=True, value__isnull=False))
        return queryset

    def _filter_published(self, queryset, after, before):
        """Claims with a source published within [after, before]: both ends on the same source."""
        if after is None and before is None:
            return queryset
        sources = Attribution.objects.all()
        if after is not None:
            sources = sources.filter(source__published__gte=after)
        if before is not None:
            sources = sources.filter(source__published__lte=before)
        return queryset.filter(pk__in=sources.values("claim_id"))

    def _order(self, queryset, ordering, searched):
        if not ordering and searched and "search_rank" in queryset.query.annotations:
            return queryset.order_by(*RELEVANCE_ORDERING)
        ordering = ordering or DEFAULT_ORDERING
        if ordering.lstrip("-") == "published":
            queryset = queryset.annotate(first_published=first_published_date())
        if ordering == "rank":
            queryset = queryset.with_rank_order()
        return queryset.order_by(*ORDERINGS[ordering])


def unit_forms(unit):
    """The units ``unit`` stands for: as given, and a counted noun's singular and plural.

    Units are stored as the extractor and the desk write them, counted nouns in the
    plural ("troops"); a reporter types "troop" as often. Other units (USD, percent,
    "km2") match as given, whatever forms are added, since no claim has "usds".
    """
    forms = {unit}
    if unit.isascii() and unit.replace("-", "").isalpha():
        forms |= {pluralise(unit), singularise(unit)}
    return forms


def first_published_date():
    """The earliest published date among a claim's sources, as a subquery."""
    dates = (
        Attribution.objects.filter(claim=OuterRef("pk"))
        .order_by()
        .values("claim_id")
        .annotate(first=Min("source__published"))
        .values("first")
    )
    return Subquery(dates)
