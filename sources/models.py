"""
Where claims come from and who makes them: outlets, source documents and actors.

Nothing here knows about claims; ``claims`` points at these models with ``PROTECT``
foreign keys, so a source or actor that a claim depends on cannot be deleted.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from .normalization import normalize_url

country_code_validator = RegexValidator(r"^[A-Z]{2}$", "Use a two-letter ISO 3166-1 country code, e.g. KR.")
wikidata_id_validator = RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata id looks like Q42.")


class OutletKind(models.TextChoices):
    NEWS_AGENCY = "news_agency", "News agency"
    NEWSPAPER = "newspaper", "Newspaper"
    BROADCASTER = "broadcaster", "Broadcaster"
    DIGITAL = "digital", "Digital publication"
    STATE_MEDIA = "state_media", "State media"
    GOVERNMENT = "government", "Government"
    FACT_CHECKER = "fact_checker", "Fact-checker"
    OTHER = "other", "Other"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    AGENCY = "agency", "Agency or institution"
    ORGANISATION = "organisation", "Organisation"
    MEDIA = "media", "Media"
    GROUP = "group", "Group (e.g. officials, lawmakers)"
    ANONYMOUS = "anonymous", "Anonymous sources"


class OutletQuerySet(models.QuerySet):
    def for_api(self):
        """Outlets as the API and exports list them."""
        return self.order_by("name")


class Outlet(models.Model):
    """A publisher: a news agency, newspaper, broadcaster, state outlet or government."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OutletKind.choices, default=OutletKind.OTHER)
    country = models.CharField(max_length=2, blank=True, validators=[country_code_validator])
    homepage = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Outlet, self.name)
        super().save(*args, **kwargs)


class SourceQuerySet(models.QuerySet):
    def for_api(self):
        """Sources with their outlet, as lists and exports show them."""
        return self.select_related("outlet").order_by("-published", "-id")


class Source(models.Model):
    """One published document: an article, broadcast, report or statement."""

    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="sources")
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True, help_text="Normalised on save; unique when set.")
    published = models.DateField(null=True, blank=True)
    published_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How much of the published date is known: reporting often gives only a month.",
    )
    byline = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=16, default="en", help_text="BCP 47 language tag, e.g. en, ko, pt-BR.")
    retrieved = models.DateField(null=True, blank=True)
    archive_url = models.URLField(max_length=1000, blank=True)
    text = models.TextField(blank=True, help_text="Full text, kept for figure extraction.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="source_url_unique_when_set"),
        ]
        indexes = [models.Index(fields=["published"], name="source_published_idx")]

    def __str__(self):
        return f"{self.outlet}: {self.title}" if self.outlet_id else self.title

    def get_absolute_url(self):
        return reverse("admin:sources_source_change", args=[self.pk])

    def clean(self):
        self.url = normalize_url(self.url)
        if self.url:
            duplicates = Source.objects.filter(url=self.url).exclude(pk=self.pk)
            if duplicates.exists():
                raise ValidationError({"url": f"Another source already has this URL: {duplicates.first()}."})
        if self.published and self.published_precision != DatePrecision.DAY:
            # Store the first day of the known month or year, so ordering and ranges work.
            day = 1
            month = self.published.month if self.published_precision == DatePrecision.MONTH else 1
            self.published = self.published.replace(month=month, day=day)

    def save(self, *args, **kwargs):
        self.url = normalize_url(self.url)
        super().save(*args, **kwargs)

    @property
    def published_display(self):
        """The published date at the precision it is known ("July 2025")."""
        if not self.published:
            return ""
        if self.published_precision == DatePrecision.YEAR:
            return f"{self.published:%Y}"
        if self.published_precision == DatePrecision.MONTH:
            return f"{self.published:%B %Y}"
        return self.published.isoformat()


def split_aliases(text):
    """Split the one-per-line ``aliases`` text into a clean list."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


_SPEAKER_NOISE = re.compile(r"[^\w\s]")


def speaker_key(name):
    """A comparison key for speaker names: lower case, no punctuation, no leading "the"."""
    key = _SPEAKER_NOISE.sub(" ", name.lower().replace("'s ", " "))
    key = " ".join(key.split())
    return key[4:] if key.startswith("the ") else key


class ActorQuerySet(models.QuerySet):
    def for_api(self):
        """Actors as the API and autocomplete list them."""
        return self.select_related("outlet").order_by("name")

    def search(self, text):
        """Actors whose name or any alias contains ``text`` (case-insensitive)."""
        text = (text or "").strip()
        if not text:
            return self
        return self.filter(Q(name__icontains=text) | Q(aliases__icontains=text))

    def match(self, name):
        """The actor whose name or alias is ``name``, ignoring case, "the" and punctuation."""
        key = speaker_key(name)
        if not key:
            return None
        for actor in self.search(key.split()[-1]):
            if key in {speaker_key(n) for n in actor.all_names}:
                return actor
        return None


class Actor(models.Model):
    """Who speaks: a person, an agency, a group of officials or anonymous sources."""

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=ActorKind.choices, default=ActorKind.PERSON)
    country = models.CharField(max_length=2, blank=True, validators=[country_code_validator])
    aliases = models.TextField(
        blank=True,
        help_text='Other names, one per line (e.g. "the spy agency"). Search and the extractor find them.',
    )
    description = models.CharField(max_length=500, blank=True)
    wikidata_id = models.CharField(max_length=20, blank=True, validators=[wikidata_id_validator])
    outlet = models.ForeignKey(
        Outlet,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actors",
        help_text="For media actors: the outlet this actor speaks for.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["wikidata_id"], condition=~Q(wikidata_id=""), name="actor_wikidata_id_unique_when_set"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Actor, self.name)
        super().save(*args, **kwargs)

    @property
    def alias_list(self):
        return split_aliases(self.aliases)

    @property
    def all_names(self):
        return [self.name, *self.alias_list]

    @property
    def is_anonymous(self):
        return self.kind == ActorKind.ANONYMOUS


def unique_slug(model, name, max_length=200):
    """A slug for ``name`` that no row of ``model`` uses yet ("nbc-news", "nbc-news-2")."""
    base = slugify(name)[: max_length - 4] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
