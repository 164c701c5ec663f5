"""
Finding what imported claims point at by natural key, and creating what is missing.

Outlets are found by slug, then name; sources by normalised URL, then outlet and
title; speakers by slug, then by name or alias (``Actor.objects.match``); metrics by
slug or name; tags by name, then by the slug their name gives. Records that exist are
used as they are (an import never edits them); missing ones are created, validated like
any other write, with history (the importing user and ``change_reason``), and with a slug
no record has yet (a tag renamed in the admin keeps its old slug, so the slug of its name
may belong to no tag or to another). Outlets, sources and speakers are created through
``sources.services``, as every writer of them is.
"""

from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.text import slugify

from sources.models import Actor, DatePrecision, Outlet, Source, unique_slug
from sources.normalization import normalize_url, url_key
from sources.services import actor_create, outlet_get_or_create, source_save

from ...models import Metric, Tag

UNDETERMINED_LANGUAGE = "und"  # BCP 47 for "not known"


def _save_new(instance, user, change_reason=""):
    instance.full_clean()
    if user is not None and user.is_authenticated:
        instance._history_user = user  # read by simple-history when it writes the row
    if change_reason:
        instance._change_reason = change_reason
    instance.save()
    return instance


class ReferenceResolver:
    """Looks up (and caches) records for one import run; ``created`` lists what it added.

    ``prefetch()`` finds, in one query per kind, the records a whole sheet names, so a
    row costs no query for what it points at; a record that is not there is looked up
    and created on its own when a row first needs it (in a savepoint of its own, so a
    refusal by the database leaves the import's transaction usable).
    """

    def __init__(self, user=None, change_reason=""):
        self.user = user
        self.change_reason = change_reason  # kept in the history of what it creates
        self.created = []
        self._cache = {}
        self._created_keys = []
        self._found = {}  # (kind, key) → record, from prefetch()

    def forget(self):
        """Drop the records created since and the notes on them: after a rolled-back row,
        records it created are gone, and the next row must neither use them nor report
        them as its own."""
        for key in self._created_keys:
            self._cache.pop(key, None)
        self._created_keys = []
        self.created = []

    def prefetch(self, *, outlets=(), sources=(), actors=(), metrics=(), tags=()):
        """Find the records these names, slugs and addresses name, a query per kind.

        ``outlets`` and ``actors`` are ``(name, slug)`` pairs, ``sources`` ``(url, title)``.
        """
        found = self._found
        slugs = {slug for _, slug in outlets if slug}
        names = {name.strip().lower() for name, _ in outlets if name.strip()}
        for outlet in Outlet.objects.alias(lowered=Lower("name")).filter(Q(slug__in=slugs) | Q(lowered__in=names)):
            found.setdefault(("outlet-slug", outlet.slug), outlet)
            found.setdefault(("outlet-name", outlet.name.lower()), outlet)
        keys = {url_key(normalize_url(url)) for url, _ in sources if normalize_url(url)} - {""}
        titles = {title for url, title in sources if not normalize_url(url)}
        matching = Q(url_key__in=keys) | Q(url="", title__in=titles)
        for source in Source.objects.filter(matching):
            found.setdefault(
                ("source-url", source.url_key) if source.url else ("source", source.outlet_id, source.title), source
            )
        slugs = {slug for _, slug in actors if slug}
        for actor in Actor.objects.filter(slug__in=slugs):
            found[("actor-slug", actor.slug)] = actor
        names = {name.strip().lower() for name in metrics if name.strip()}
        for metric in Metric.objects.alias(lowered=Lower("name")).filter(Q(slug__in=names) | Q(lowered__in=names)):
            found.setdefault(("metric-slug", metric.slug), metric)
            found.setdefault(("metric-name", metric.name.lower()), metric)
        names = {name.strip().lower() for name in tags if name.strip()}
        slugs = {slugify(name)[:100] for name in names}
        for tag in Tag.objects.alias(lowered=Lower("name")).filter(Q(slug__in=slugs) | Q(lowered__in=names)):
            found.setdefault(("tag-name", tag.name.lower()), tag)
            found.setdefault(("tag-slug", tag.slug), tag)
        self._prefetched = True

    def take_created(self):
        """What was created since the last call, as readable notes ("new outlet “The Hill”")."""
        created, self.created = self.created, []
        return created

    _prefetched = False

    def _cached(self, key, find, create):
        if key not in self._cache:
            found = find()
            if found is None:
                with transaction.atomic():
                    found = create()
                self.created.append(f"new {found._meta.verbose_name} “{found}”")
                self._created_keys.append(key)
            self._cache[key] = found
        return self._cache[key]

    def _prefetched_or(self, keys, query):
        """The first of ``keys`` that ``prefetch()`` found; else ``query()`` (when it did not run or
        the record may be one it does not find, such as a speaker by an alias)."""
        for key in keys:
            if key in self._found:
                return self._found[key]
        return None if self._prefetched and query is None else query() if query else None

    def outlet(self, *, name, slug="", kind="", homepage=""):
        name = name.strip()

        def find():
            if self._prefetched:
                return self._prefetched_or([("outlet-slug", slug), ("outlet-name", name.lower())], None)
            return (Outlet.objects.filter(slug=slug).first() if slug else None) or (
                Outlet.objects.filter(name__iexact=name).first()
            )

        def create():
            outlet, _ = outlet_get_or_create(
                name=name, slug=slug, kind=kind, homepage=homepage, user=self.user, change_reason=self.change_reason
            )
            return outlet

        return self._cached(("outlet", slug, name.lower()), find, create)

    def source(self, *, outlet, title, url="", published=None, precision="", language="", byline=""):
        url = normalize_url(url)

        def find():
            # The same article under http/https, www., a trailing slash or tracking parameters (``url_key``).
            if self._prefetched:
                return self._prefetched_or(
                    [("source-url", url_key(url)) if url else ("source", outlet.pk, title)], None
                )
            if url:
                return Source.objects.filter(url_key=url_key(url)).first()
            return Source.objects.filter(outlet=outlet, title=title, url="").first()

        def create():
            source = Source(
                outlet=outlet,
                title=title,
                url=url,
                published=published,
                published_precision=precision if precision in DatePrecision.values else DatePrecision.DAY,
                language=language or UNDETERMINED_LANGUAGE,
                byline=byline,
            )
            return source_save(source=source, user=self.user, change_reason=self.change_reason)

        return self._cached(("source", url_key(url) if url else (outlet.pk, title)), find, create)

    def actor(self, *, name, slug="", kind=""):
        name = name.strip()

        def find():
            if self._prefetched:
                return self._prefetched_or([("actor-slug", slug)], lambda: Actor.objects.match(name))
            return (Actor.objects.filter(slug=slug).first() if slug else None) or Actor.objects.match(name)

        def create():
            return actor_create(name=name, slug=slug, kind=kind, user=self.user, change_reason=self.change_reason)

        return self._cached(("actor", slug, name.lower()), find, create)

    def metric(self, name):
        name = name.strip()

        def find():
            if self._prefetched:
                return self._prefetched_or([("metric-slug", name.lower()), ("metric-name", name.lower())], None)
            return Metric.objects.filter(slug=name).first() or Metric.objects.filter(name__iexact=name).first()

        def create():
            return _save_new(Metric(name=name, slug=unique_slug(Metric, name)), self.user, self.change_reason)

        return self._cached(("metric", name.lower()), find, create)

    def tags(self, names):
        """The tags ``names`` name: by name (as the export writes them), else by their name's slug."""
        found = []
        for name in names:
            name = name.strip()

            def find(name=name):
                if self._prefetched:
                    return self._prefetched_or([("tag-name", name.lower()), ("tag-slug", slugify(name)[:100])], None)
                by_name = Tag.objects.filter(name__iexact=name).first()
                return by_name or Tag.objects.filter(slug=slugify(name)[:100]).first()

            def create(name=name):
                return _save_new(
                    Tag(name=name, slug=unique_slug(Tag, name, max_length=100)), self.user, self.change_reason
                )

            found.append(self._cached(("tag", name.lower()), find, create))
        return found
