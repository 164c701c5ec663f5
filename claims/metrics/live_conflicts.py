"""
Which metrics have a live conflict: ``Metric.has_live_conflict``, kept by every write.

Whether a metric has a live conflict depends on every pair of its claims, so no index
can answer it; asking all metrics at once takes about 2 s at a million claims
(docs/performance.md, "The desk"). The desk and the metric list's ``conflict`` filter
need it on every visit, so each metric carries the answer as a flag, and every write
that can change it asks again for the metric(s) it touched, in the writing transaction:
``refresh_live_conflicts``. The question asked is ``ClaimQuerySet.conflicting()`` on
the metric's claims: one definition of a live conflict.

What can change the answer, and who refreshes:

- a claim saved (created, edited, moved to another metric — the old metric too — ranked,
  a workflow step, a revert) or deleted: the ``pre_save``/``post_save``/``post_delete``
  receivers below, whoever saves it (``claims.services``, the admin, an import);
- a conflict explanation or a relation (``part_of`` ones matter) saved or deleted (the
  admin, its inlines, a revert, a cascade): the same receivers, for the metrics of both
  claims, and of the claims it named before an edit;
- a metric saved: its own row is written whole, so the answer is read from the locked
  row just before (``metric_about_to_save``) rather than written back as it was loaded;
- claims written without ``save()`` (``bulk_create``, ``QuerySet.update()`` of a field in
  ``FIELDS``): the writer calls ``refresh_live_conflicts`` itself
  (``claims.batch_create.claims_create_many``, ``build_benchmark_db``).

Raw SQL is not seen: ``manage.py recompute_metric_conflicts`` asks every metric again
(``--check`` only reports the metrics whose flag is wrong).
"""

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save, pre_save

from ..models import Claim, ClaimRelation, ConflictExplanation, Metric

# Claim ids per query, within any database's parameter limit.
CHUNK = 500
# The claim fields ``conflicting()`` reads (the interval is generated from value,
# value_max and qualifier). A save that names none of them in ``update_fields``
# (an assignment, a verdict) cannot change any metric's flag.
FIELDS = frozenset({"metric", "value", "value_max", "qualifier", "period_start", "period_end", "rank", "status"})


@transaction.atomic(savepoint=False)  # part of the write: no savepoint of its own
def refresh_live_conflicts(*, claims=(), metrics=(), full=False):
    """Ask again whether the metrics of ``claims`` and ``metrics`` have a live conflict; returns
    the ids of the metrics whose flag changed.

    ``claims`` are the claims a write touched (saved, or named by an explanation or relation
    saved or deleted), as instances or ids; ``metrics`` are metrics a write took claims from
    (a claim moved or deleted). ``full`` asks each metric whole.

    The answer keeps one claim in a live conflict, ``Metric.live_conflict_claim``, so the
    next write need not look for one again. Only pairs with a touched claim changed, so:

    - a metric that had no live conflict has one now only if a touched claim on it is in
      one: those claims alone are asked (a pass over the metric's claims each);
    - a metric that had one still has it if that claim is still in one (the same pass);
    - otherwise the metric is asked whole (``conflicting()``, stopping at the first claim
      found; every pair is read when none is left: the write that removes the last one).

    The metrics' rows are locked first (in id order) and asked after, in statements of
    their own: two transactions writing claims of one metric at once are taken in turn,
    and the second, asking once the first has committed, sees both's claims and the
    first's answer (under READ COMMITTED each statement reads what is committed when it
    starts). One query for the lock, one or two per metric, one UPDATE when the answer changes.
    """
    touched = _touched_by_metric(claims)
    metric_ids = {pk for pk in metrics if pk is not None} | touched.keys()
    locked = list(
        Metric.objects.filter(pk__in=metric_ids)
        .select_for_update()
        .order_by("pk")
        .values_list("pk", "has_live_conflict", "live_conflict_claim")
    )
    if not locked:
        return []
    _without_jit()
    changed = []
    for pk, flagged, known in locked:
        on_metric = Claim.objects.filter(metric_id=pk)
        if full:
            found = _one_in_conflict(on_metric)
        elif flagged:
            found = (_one_in_conflict(on_metric.filter(pk=known)) if known else None) or _one_in_conflict(on_metric)
        else:
            found = _one_in_conflict_among(on_metric, sorted(touched.get(pk, ())))
        if (found is not None, found) != (flagged, known):
            Metric.objects.filter(pk=pk).update(has_live_conflict=found is not None, live_conflict_claim=found)
            if (found is not None) != flagged:
                changed.append(pk)
    return changed


def _one_in_conflict(claims):
    """The id of one of ``claims`` in a live conflict, or None (no ordering: the first found)."""
    return next(iter(claims.conflicting().order_by().values_list("pk", flat=True)[:1]), None)


def _one_in_conflict_among(claims, ids):
    """``_one_in_conflict`` of the ``claims`` with these ``ids``, asked ``CHUNK`` ids at a time."""
    for start in range(0, len(ids), CHUNK):
        found = _one_in_conflict(claims.filter(pk__in=ids[start : start + CHUNK]))
        if found is not None:
            return found
    return None


def _touched_by_metric(claims):
    """``{metric id: {claim id}}`` of the touched ``claims`` (instances, or ids to look up)."""
    touched, ids = {}, []
    for claim in claims:
        if isinstance(claim, Claim):
            if claim.metric_id is not None:
                touched.setdefault(claim.metric_id, set()).add(claim.pk)
        elif claim is not None:
            ids.append(claim)
    for start in range(0, len(ids), CHUNK):
        found = Claim.objects.filter(pk__in=ids[start : start + CHUNK], metric__isnull=False)
        for pk, metric_id in found.values_list("pk", "metric_id"):
            touched.setdefault(metric_id, set()).add(pk)
    return touched


def _without_jit():
    """PostgreSQL prices the question as a nested loop over every pair of a metric's claims,
    far above ``jit_above_cost``: compiling it took 1.4 s where running it took 35 ms at a
    million claims (docs/performance.md). Off until the end of the writing transaction."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('jit', 'off', true)")


def recompute_all(*, write=True):
    """Ask every metric whole (after raw SQL, or to check): the ids whose flag was wrong."""
    wrong = []
    with transaction.atomic():
        _without_jit()
        for pk, flagged in Metric.objects.order_by("pk").values_list("pk", "has_live_conflict"):
            if (_one_in_conflict(Claim.objects.filter(metric_id=pk)) is not None) != flagged:
                wrong.append(pk)
    if write:
        for pk in wrong:
            refresh_live_conflicts(metrics=[pk], full=True)
    return wrong


# --- Receivers (connected in ``claims.apps``) ------------------------------------------


def _touches_conflicts(update_fields):
    return update_fields is None or not FIELDS.isdisjoint(update_fields)


def claim_about_to_save(sender, instance, update_fields=None, **kwargs):
    """Note the metric the claim is stored on, so that a move also refreshes the one it leaves.

    ``claim_save`` sets it from the row it locked; a save that does not write the metric
    keeps it; anyone else's full save reads it (one query by primary key).
    """
    if instance._state.adding or not _touches_conflicts(update_fields):
        return
    if update_fields is not None and "metric" not in update_fields:
        instance._stored_metric_id = instance.metric_id
    elif "_stored_metric_id" not in instance.__dict__:
        instance._stored_metric_id = Claim.objects.filter(pk=instance.pk).values_list("metric_id", flat=True).first()


def claim_saved(sender, instance, update_fields=None, **kwargs):
    if not _touches_conflicts(update_fields):
        return
    refresh_live_conflicts(claims=[instance], metrics=[instance.__dict__.pop("_stored_metric_id", None)])


def claim_deleted(sender, instance, **kwargs):
    refresh_live_conflicts(metrics=[instance.metric_id])


def metric_about_to_save(sender, instance, **kwargs):
    """A metric's own save writes every column: it writes the answer as stored now, not as
    loaded (an admin form opened before a claim changed it, a revert). The row is locked
    first, so a claim write on the metric is either seen or waits for this one."""
    if instance._state.adding:
        return
    stored = Metric.objects.filter(pk=instance.pk)
    if transaction.get_connection().in_atomic_block:
        stored = stored.select_for_update()
    answer = stored.values_list("has_live_conflict", "live_conflict_claim").first()
    if answer is not None:
        instance.has_live_conflict, instance.live_conflict_claim = answer


def _pair(instance):
    if isinstance(instance, ConflictExplanation):
        return [instance.claim_a_id, instance.claim_b_id]
    return [instance.from_claim_id, instance.to_claim_id]


def pair_about_to_save(sender, instance, **kwargs):
    """An explanation or relation edited to name other claims: note the ones it named."""
    if not instance._state.adding:
        stored = sender.objects.filter(pk=instance.pk).first()
        instance._stored_claim_ids = _pair(stored) if stored is not None else []


def pair_changed(sender, instance, **kwargs):
    """An explanation or a relation saved or deleted: the metrics of its claims, before and after."""
    refresh_live_conflicts(claims=[*_pair(instance), *instance.__dict__.pop("_stored_claim_ids", [])])


def connect():
    uid = "claims.live_conflicts"
    pre_save.connect(claim_about_to_save, sender=Claim, dispatch_uid=f"{uid}.claim_about_to_save")
    post_save.connect(claim_saved, sender=Claim, dispatch_uid=f"{uid}.claim_saved")
    post_delete.connect(claim_deleted, sender=Claim, dispatch_uid=f"{uid}.claim_deleted")
    pre_save.connect(metric_about_to_save, sender=Metric, dispatch_uid=f"{uid}.metric_about_to_save")
    for model in (ConflictExplanation, ClaimRelation):
        name = model.__name__
        pre_save.connect(pair_about_to_save, sender=model, dispatch_uid=f"{uid}.{name}.about_to_save")
        post_save.connect(pair_changed, sender=model, dispatch_uid=f"{uid}.{name}.saved")
        post_delete.connect(pair_changed, sender=model, dispatch_uid=f"{uid}.{name}.deleted")
