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

from django.utils.text import slugify

from sources.models import Actor, DatePrecision, Outlet, Source, unique_slug
from sources.normalization import normalize_url, url_key
from sources.services import actor_create, outlet_get_or_create, source_save

from ..models import Metric, Tag

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
    """Looks up (and caches) records for one import run; ``created`` lists what it added."""

    def __init__(self, user=None, change_reason=""):
        self.user = user
        self.change_reason = change_reason  # kept in the history of what it creates
        self.created = []
        self._cache = {}

    def forget(self):
        """Drop cached records and the notes on them: after a rolled-back row, records it
        created are gone, and the next row must neither use them nor report them as its own."""
        self._cache.clear()
        self.created = []

    def take_created(self):
        """What was created since the last call, as readable notes ("new outlet “The Hill”")."""
        created, self.created = self.created, []
        return created

    def _cached(self, key, find, create):
        if key not in self._cache:
            found = find()
            if found is None:
                found = create()
                self.created.append(f"new {found._meta.verbose_name} “{found}”")
            self._cache[key] = found
        return self._cache[key]

    def outlet(self, *, name, slug="", kind="", homepage=""):
        name = name.strip()

        def find():
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
            if url:  # the same article under http/https, www. or a trailing slash (``url_key``)
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

        return self._cached(("source", url or (outlet.pk, title)), find, create)

    def actor(self, *, name, slug="", kind=""):
        name = name.strip()

        def find():
            return (Actor.objects.filter(slug=slug).first() if slug else None) or Actor.objects.match(name)

        def create():
            return actor_create(name=name, slug=slug, kind=kind, user=self.user, change_reason=self.change_reason)

        return self._cached(("actor", slug, name.lower()), find, create)

    def metric(self, name):
        name = name.strip()

        def find():
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
                by_name = Tag.objects.filter(name__iexact=name).first()
                return by_name or Tag.objects.filter(slug=slugify(name)[:100]).first()

            def create(name=name):
                return _save_new(
                    Tag(name=name, slug=unique_slug(Tag, name, max_length=100)), self.user, self.change_reason
                )

            found.append(self._cached(("tag", name.lower()), find, create))
        return found
