"""
Where claims come from and who makes them: outlets, source documents and actors.

Nothing here knows about claims; ``claims`` points at these models with ``PROTECT``
foreign keys, so a source or actor that a claim depends on cannot be deleted.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from .normalization import normalize_url, url_key

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
        permissions = [("merge_outlet", "Can merge two outlets")]

    def __str__(self):
        return self.name

    def same_name(self):
        """The other outlet whose name is this one's but for case ("reuters" for "Reuters"), or None."""
        return Outlet.objects.filter(name__iexact=self.name.strip()).exclude(pk=self.pk).first()

    def clean(self):
        # Importers already find outlets ignoring case (sources.services.outlet_find); a
        # hand-typed "reuters" beside "Reuters" would split one publisher's sources in two.
        self.name = self.name.strip()
        existing = self.same_name()
        if existing is not None:
            message = f"An outlet named “{existing}” already exists: use that one."
            raise ValidationError({"name": ValidationError(message, code="duplicate")})

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
    url = models.URLField(
        max_length=1000,
        blank=True,
        help_text="Normalised on save (tracking parameters dropped). One source per article: "
        "http/https, www. and a trailing slash do not make another.",
    )
    url_key = models.CharField(
        max_length=1000,
        blank=True,
        editable=False,
        help_text="The URL without scheme, www., trailing slash or tracking parameters; unique when set.",
    )
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
            models.UniqueConstraint(
                fields=["url_key"], condition=~Q(url_key=""), name="source_url_key_unique_when_set"
            ),
        ]
        indexes = [models.Index(fields=["published"], name="source_published_idx")]
        permissions = [("merge_source", "Can merge two sources")]

    def __str__(self):
        return f"{self.outlet}: {self.title}" if self.outlet_id else self.title

    def get_absolute_url(self):
        return reverse("admin:sources_source_change", args=[self.pk])

    def same_article(self):
        """The other source for this source's URL (same ``url_key``), or None."""
        key = url_key(self.url)
        if not key:
            return None
        return Source.objects.select_related("outlet").filter(url_key=key).exclude(pk=self.pk).first()

    def clean(self):
        self.url = normalize_url(self.url)
        existing = self.same_article()
        if existing is not None:
            message = f"This article is already source #{existing.pk} ({existing}, {existing.url}): use that one."
            raise ValidationError({"url": ValidationError(message, code="duplicate")})
        if self.published and self.published_precision != DatePrecision.DAY:
            # Store the first day of the known month or year, so ordering and ranges work.
            day = 1
            month = self.published.month if self.published_precision == DatePrecision.MONTH else 1
            self.published = self.published.replace(month=month, day=day)

    def save(self, *args, **kwargs):
        self.url = normalize_url(self.url)
        self.url_key = url_key(self.url)
        if kwargs.get("update_fields") is not None and "url" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "url_key"}
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


def fold_name(name):
    """``speaker_key`` without case or accents: "Unicef", "UNICEF" and "Ünicef" fold alike."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return speaker_key(plain.casefold().replace("\u2019", "'"))  # "Children’s" as typed on a phone


def name_keys(names):
    """What ``Actor.name_keys`` stores: each folded name on its own line, with a newline
    before the first and after the last, so one name is found by ``contains "\nkey\n"``
    on SQLite and PostgreSQL alike (no ``unaccent`` extension needed)."""
    keys = sorted({key for key in map(fold_name, names) if key})
    return "\n" + "\n".join(keys) + "\n" if keys else ""


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

    def same_name(self, *names):
        """Actors one of whose names or aliases is one of ``names``, ignoring case,
        accents, "the" and punctuation (the duplicates of a speaker about to be added)."""
        keys = {fold_name(name) for name in names} - {""}
        if not keys:
            return self.none()
        query = Q()
        for key in keys:
            query |= Q(name_keys__contains=f"\n{key}\n")
        return self.filter(query)

    def match(self, name):
        """The actor whose name or alias is ``name``, ignoring case, accents, "the" and punctuation."""
        return self.same_name(name).order_by("pk").first()


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
    name_keys = models.TextField(blank=True, editable=False, help_text="Name and aliases folded (``name_keys()``).")
    proposed = models.BooleanField(
        default=False,
        editable=False,
        help_text="Created by figure extraction for a suggested claim: a reviewer may delete it while no claim uses it.",
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
        permissions = [
            ("merge_actor", "Can merge two speakers"),
            ("delete_proposed_actor", "Can delete unused speakers proposed by extraction"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Actor, self.name)
        self.name_keys = name_keys(self.all_names)
        if kwargs.get("update_fields") is not None and {"name", "aliases"} & set(kwargs["update_fields"]):
            kwargs["update_fields"] = {*kwargs["update_fields"], "name_keys"}
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
