"""
Writes on outlets, sources and speakers: one function per action, each in one transaction.

The admin, the claim importers, the seed loader and the claim suggestions all call these,
so an outlet, a source or an actor is validated the same way everywhere (``full_clean``)
and its history row says who wrote it and why. ``user`` None is a trusted system caller
(a management command run without ``--user``): the row then names no user, but still
its reason. Merging duplicates is ``sources.merging``.

Nothing here knows about claims: ``claims`` calls these, never the other way.
"""

from django.db import IntegrityError, transaction

from .models import Actor, ActorKind, Outlet, OutletKind, unique_slug

# simple-history keeps the reason in a varchar(100).
REASON_LENGTH = Outlet.history.model._meta.get_field("history_change_reason").max_length


def history_reason(text):
    """``text`` as a history reason: one line, clipped to the column (PostgreSQL refuses longer)."""
    text = " ".join(str(text or "").split())
    return text if len(text) <= REASON_LENGTH else text[: REASON_LENGTH - 1] + "…"


def _record(instance, *, user, change_reason):
    """Tell simple-history who writes ``instance`` and why (read when it writes the row)."""
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user
    reason = history_reason(change_reason)
    if reason:
        instance._change_reason = reason


def _save(instance, *, user, change_reason, exclude=None):
    instance.full_clean(exclude=exclude)
    _record(instance, user=user, change_reason=change_reason)
    instance.save()
    return instance


@transaction.atomic
def outlet_save(*, outlet, user=None, change_reason=""):
    """Validate and save ``outlet``, new or edited; a new one without slug gets a free one."""
    if not outlet.slug:
        outlet.slug = unique_slug(Outlet, outlet.name)
    return _save(outlet, user=user, change_reason=change_reason)


def outlet_find(*, name, slug=""):
    """The outlet with ``slug``, else the one named ``name`` (ignoring case); None if neither."""
    found = Outlet.objects.filter(slug=slug).first() if slug else None
    return found or Outlet.objects.filter(name__iexact=name.strip()).first()


def outlet_get_or_create(*, name, slug="", kind="", homepage="", user=None, change_reason=""):
    """The outlet ``outlet_find`` gives, else a new one; returns ``(outlet, created)``.

    An existing outlet is returned as it is (its kind and home page are the editors').
    When another writer creates the same outlet at the same moment, the unique name
    refuses ours and theirs is returned.
    """
    name = name.strip()
    found = outlet_find(name=name, slug=slug)
    if found is not None:
        return found, False
    outlet = Outlet(
        name=name,
        slug=slug,
        kind=kind if kind in OutletKind.values else OutletKind.OTHER,
        homepage=homepage,
    )
    try:
        with transaction.atomic():
            return outlet_save(outlet=outlet, user=user, change_reason=change_reason), True
    except IntegrityError:
        found = outlet_find(name=name, slug=slug)
        if found is None:
            raise
        return found, False


@transaction.atomic
def source_save(*, source, user=None, change_reason=""):
    """Validate and save ``source``, new or edited (its URL is normalised and must be free)."""
    return _save(source, user=user, change_reason=change_reason)


@transaction.atomic
def actor_save(*, actor, user=None, change_reason=""):
    """Validate and save ``actor``, new or edited; a new one without slug gets a free one."""
    if not actor.slug:
        actor.slug = unique_slug(Actor, actor.name)
    return _save(actor, user=user, change_reason=change_reason)


def actor_create(*, name, kind=ActorKind.PERSON, slug="", outlet_id=None, proposed=False, user=None, change_reason=""):
    """A new actor named ``name`` (a speaker an import or a suggestion names for the first time);
    ``outlet_id`` ties a media actor to the outlet it speaks for."""
    actor = Actor(
        name=name.strip(),
        slug=slug,
        kind=kind if kind in ActorKind.values else ActorKind.PERSON,
        outlet_id=outlet_id,
        proposed=proposed,
    )
    return actor_save(actor=actor, user=user, change_reason=change_reason)
