"""
Merging two outlets, two sources or two speakers: everything that points at the
duplicate moves to the record that stays, in one transaction, recorded in history.

``sources`` knows nothing of claims, so what points at a record is found the way
Django's deletion ``Collector`` finds it: by walking the model's reverse relations
(``_meta.related_objects``). Chain links (``claims.Attribution``), review evidence,
an outlet's sources and speakers all move without this module naming them.

The rules, which the preview states:

* Each row that points at the duplicate is changed to point at the survivor, and saved
  with the history user and the reason "Merged X into Y".
* A row that would then break a unique constraint (a claim whose chain is in both
  sources at the same position, say) blocks the merge: the preview lists it, nothing is
  changed, and the editor fixes that chain first. A plain many-to-many row (review
  evidence) that the survivor already has is simply dropped: it says nothing more.
* A row whose owner (the record it cascades from: a link's claim) already points at the
  survivor is moved, and the preview warns that the survivor then appears twice there.
* The survivor keeps its own values; a field it has empty takes the duplicate's value.
  A speaker also takes the duplicate's name and aliases as aliases (except those equal,
  ignoring case and accents, to a name it already has).
* The duplicate is then deleted (its history keeps it).
"""

from dataclasses import dataclass, field

from django.db import models, router, transaction

from .models import Actor, fold_name, split_aliases

MERGEABLE_NAMES = {"outlet": "outlets", "source": "sources", "actor": "speakers"}


class MergeRefused(Exception):
    """The merge would break a rule; ``str()`` says which."""


@dataclass
class Relation:
    """One kind of row that points at the merged model: ``model.<fk>``."""

    model: type[models.Model]
    fk: str
    label: str
    plain_link: bool  # an auto-created many-to-many row: no data of its own, no history


@dataclass
class Move:
    """The rows of one relation that move, and those that cannot or need not."""

    relation: Relation
    rows: list = field(default_factory=list)
    dropped: list = field(default_factory=list)  # many-to-many rows the survivor already has
    blocking: list = field(default_factory=list)  # rows a unique constraint would refuse
    twice: list = field(default_factory=list)  # rows whose owner then has the survivor twice

    @property
    def count(self):
        return len(self.rows)


@dataclass
class MergePlan:
    """What ``merge()`` will do: shown on the preview page, then carried out."""

    loser: models.Model
    survivor: models.Model
    moves: list[Move]
    filled: list[tuple[str, str, object, object]]  # (verbose name, attname, value, shown as)
    aliases_added: list[str]
    reason: str  # "Merged actor “X” (#2) into “Y” (#1)": each history row's reason

    @property
    def blocking(self):
        return [row for move in self.moves for row in move.blocking]

    @property
    def moved_count(self):
        return sum(move.count for move in self.moves)


def merge_reason(loser, survivor):
    label = loser._meta.verbose_name
    reason = f"Merged {label} “{loser}” (#{loser.pk}) into “{survivor}” (#{survivor.pk})"
    return reason if len(reason) <= 100 else reason[:99] + "…"


def relations(model):
    """Every kind of row that points at ``model`` (as the deletion collector sees them)."""
    found = []
    for rel in model._meta.related_objects:
        if rel.many_to_many:
            through = rel.through
            found.append(
                Relation(
                    through,
                    rel.field.m2m_reverse_field_name(),
                    f"{rel.related_model._meta.verbose_name} {rel.field.verbose_name}",
                    plain_link=through._meta.auto_created is not False,
                )
            )
        else:
            found.append(
                Relation(rel.related_model, rel.field.name, rel.related_model._meta.verbose_name_plural, False)
            )
    return found


def _unique_sets(model, fk):
    """(other field attnames, condition) of each unique rule of ``model`` that includes ``fk``."""
    fk_field = model._meta.get_field(fk)
    if fk_field.unique:
        yield (), None
    for together in model._meta.unique_together:
        if fk in together:
            yield tuple(model._meta.get_field(name).attname for name in together if name != fk), None
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and fk in (constraint.fields or ()):
            others = tuple(model._meta.get_field(name).attname for name in constraint.fields if name != fk)
            yield others, constraint.condition


def _owner(model, fk):
    """The foreign key a row of ``model`` cascades from (a link's claim), if any but ``fk``."""
    for candidate in model._meta.fields:
        if candidate.many_to_one and candidate.name != fk and candidate.remote_field.on_delete is models.CASCADE:
            return candidate
    return None


def _plan_move(relation, loser, survivor):
    model, fk = relation.model, relation.fk
    manager = model._base_manager
    related = [f.name for f in model._meta.fields if f.many_to_one and f.name != fk]
    rows = manager.filter(**{fk: loser}).order_by("pk")
    move = Move(relation, rows=list(rows.select_related(*related) if related else rows))
    if not move.rows:
        return move
    refused = set()
    for others, condition in _unique_sets(model, fk):
        at_survivor = manager.filter(**{fk: survivor})
        at_loser = manager.filter(**{fk: loser})
        if condition is not None:
            at_survivor, at_loser = at_survivor.filter(condition), at_loser.filter(condition)
        taken = {tuple(values) for values in at_survivor.values_list(*others)} if others else set()
        if not others and at_survivor.exists():
            taken = {()}
        in_rule = set(at_loser.values_list("pk", flat=True))
        refused |= {
            row.pk for row in move.rows if row.pk in in_rule and tuple(getattr(row, a) for a in others) in taken
        }
    for row in [row for row in move.rows if row.pk in refused]:
        (move.dropped if relation.plain_link else move.blocking).append(row)
    move.rows = [row for row in move.rows if row.pk not in refused]
    owner = _owner(model, fk)
    if owner is not None and not relation.plain_link:
        owners = set(manager.filter(**{fk: survivor}).values_list(owner.attname, flat=True))
        move.twice = [row for row in move.rows if getattr(row, owner.attname) in owners]
    return move


def _filled(loser, survivor):
    """Fields the survivor has empty and the duplicate has set: the survivor takes them."""
    filled = []
    for model_field in survivor._meta.concrete_fields:
        if model_field.primary_key or not model_field.editable or model_field.name in ("slug", "aliases"):
            continue
        mine, theirs = getattr(survivor, model_field.attname), getattr(loser, model_field.attname)
        if mine in ("", None) and theirs not in ("", None):
            shown = getattr(loser, model_field.name)
            if len(str(shown)) > 120:
                shown = f"{str(shown)[:119]}…"
            filled.append((model_field.verbose_name, model_field.attname, theirs, shown))
    return filled


def _aliases_added(loser, survivor):
    if not isinstance(survivor, Actor):
        return []
    known = {fold_name(name) for name in survivor.all_names}
    added = []
    for name in loser.all_names:
        if fold_name(name) not in known:
            known.add(fold_name(name))
            added.append(name)
    return added


def plan_merge(loser, survivor):
    """What merging ``loser`` into ``survivor`` moves, drops, fills and blocks on."""
    if type(loser) is not type(survivor):
        raise MergeRefused("Only two records of the same kind can be merged.")
    if loser.pk == survivor.pk:
        raise MergeRefused("Choose two different records: a record cannot be merged into itself.")
    moves = [_plan_move(relation, loser, survivor) for relation in relations(type(survivor))]
    return MergePlan(
        loser, survivor, moves, _filled(loser, survivor), _aliases_added(loser, survivor), merge_reason(loser, survivor)
    )


def _record(instance, user, reason):
    instance._history_user = user
    instance._change_reason = reason


def merge(*, loser, survivor, user, expected_moves=None):
    """Merge ``loser`` into ``survivor`` in one transaction; returns the plan carried out.

    Both rows are locked first and the plan is made again under the lock, so a link added
    since the preview moves too. ``expected_moves``, the preview's count, refuses the merge
    when rows were added or removed since the preview was shown.
    """
    model = type(survivor)
    if loser.pk == survivor.pk or type(loser) is not model:
        plan_merge(loser, survivor)  # raises, saying why
    with transaction.atomic(using=router.db_for_write(model)):
        locked = {row.pk: row for row in model._base_manager.select_for_update().filter(pk__in=[loser.pk, survivor.pk])}
        if len(locked) != 2:
            raise MergeRefused("One of the two records no longer exists: it was deleted or merged meanwhile.")
        loser, survivor = locked[loser.pk], locked[survivor.pk]
        plan = plan_merge(loser, survivor)
        if plan.blocking:
            raise MergeRefused(
                f"{len(plan.blocking)} row(s) would break a unique rule after the merge; fix them first (see the preview)."
            )
        if expected_moves is not None and plan.moved_count != expected_moves:
            raise MergeRefused(
                f"Something changed since the preview ({plan.moved_count} rows to move, the preview showed "
                f"{expected_moves}): look at the preview again."
            )
        reason = plan.reason
        for move in plan.moves:
            relation = move.relation
            manager = relation.model._base_manager
            if relation.plain_link:
                manager.filter(pk__in=[row.pk for row in move.dropped]).delete()
                manager.filter(pk__in=[row.pk for row in move.rows]).update(**{relation.fk: survivor})
                continue
            for row in move.rows:
                setattr(row, relation.fk, survivor)
                _record(row, user, reason)
                row.save(update_fields=[relation.fk])
        _record(loser, user, reason)
        loser.delete()
        for _, attname, value, _ in plan.filled:
            setattr(survivor, attname, value)
        if plan.aliases_added:
            survivor.aliases = "\n".join([*split_aliases(survivor.aliases), *plan.aliases_added])
        _record(survivor, user, reason)
        survivor.save()
    return plan
