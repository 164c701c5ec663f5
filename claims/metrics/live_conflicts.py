"""
Which metrics have a live conflict: ``Metric.has_live_conflict``, kept by every write.

Whether a metric has a live conflict depends on every pair of its claims, so no index
can answer it; asking all metrics at once takes about 2 s at a million claims
(docs/performance.md, "The desk"). The desk and the metric list's ``conflict`` filter
need it on every visit, so each metric carries the answer as a flag, and every write
that can change it asks again for the metric(s) it touched, in its own transaction:
``refresh_live_conflicts``. The question asked is ``ClaimQuerySet.conflicting()`` on
the metric's claims: one definition of a live conflict.

What can change the answer, and who refreshes:

- a claim saved (created, edited, moved to another metric — the old metric too — ranked,
  a workflow step, a revert) or deleted: the ``pre_save``/``post_save``/``post_delete``
  receivers below, whoever saves it (``claims.services``, the admin, an import);
- a conflict explanation or a ``part_of`` relation saved or deleted (the admin, their
  inlines, a revert, a cascade): the same receivers, for the metrics of both claims;
- claims written without ``save()`` (``bulk_create``, ``QuerySet.update()`` of a field in
  ``FIELDS``): the writer calls ``refresh_live_conflicts`` itself
  (``claims.batch_create.claims_create_many``, ``build_benchmark_db``).

Raw SQL is not seen: ``manage.py recompute_metric_conflicts`` asks every metric again
(``--check`` only reports the metrics whose flag is wrong).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from ..models import Claim, ClaimRelation, ConflictExplanation, Metric

# The claim fields ``conflicting()`` reads (the interval is generated from value,
# value_max and qualifier). A save that names none of them in ``update_fields``
# (an assignment, a verdict) cannot change any metric's flag.
FIELDS = frozenset({"metric", "value", "value_max", "qualifier", "period_start", "period_end", "rank", "status"})


@transaction.atomic
def refresh_live_conflicts(*, metric_ids=(), claim_ids=()):
    """Ask ``metric_ids`` and the metrics of ``claim_ids`` again; returns the ids whose flag changed.

    The metrics' rows are locked first (in id order) and asked after, in a statement of
    its own: two transactions writing claims of one metric at once are taken in turn,
    and the second, asking once the first has committed, sees both's claims (under
    READ COMMITTED each statement reads what is committed when it starts). One query
    for the lock, one per metric, and one UPDATE when a flag changes.
    """
    metrics = Metric.objects.filter(pk__in={pk for pk in metric_ids if pk is not None})
    if claim_ids:
        on_claims = Claim.objects.filter(pk__in=set(claim_ids), metric__isnull=False).values("metric_id")
        metrics = metrics | Metric.objects.filter(pk__in=on_claims)
    locked = metrics.select_for_update().order_by("pk").values_list("pk", "has_live_conflict")
    changed = {True: [], False: []}
    for pk, flagged in locked:
        live = Claim.objects.filter(metric_id=pk).conflicting().exists()
        if live != flagged:
            changed[live].append(pk)
    for live, pks in changed.items():
        if pks:
            Metric.objects.filter(pk__in=pks).update(has_live_conflict=live)
    return changed[True] + changed[False]


def recompute_all(*, write=True):
    """Ask every metric again (after raw SQL, or to check): the ids whose flag was wrong."""
    wrong = []
    for pk, flagged in Metric.objects.order_by("pk").values_list("pk", "has_live_conflict"):
        if Claim.objects.filter(metric_id=pk).conflicting().exists() != flagged:
            wrong.append(pk)
    if write:
        for pk in wrong:
            refresh_live_conflicts(metric_ids=[pk])
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
    refresh_live_conflicts(metric_ids=[instance.metric_id, instance.__dict__.pop("_stored_metric_id", None)])


def claim_deleted(sender, instance, **kwargs):
    refresh_live_conflicts(metric_ids=[instance.metric_id])


def metric_saved(sender, instance, created=False, **kwargs):
    """A metric's own save writes every column, the flag as it was loaded (an admin form
    opened before a claim changed it, a revert): ask again, after it. A new one has no claims."""
    if not created:
        refresh_live_conflicts(metric_ids=[instance.pk])


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
    refresh_live_conflicts(claim_ids=[*_pair(instance), *instance.__dict__.pop("_stored_claim_ids", [])])


def connect():
    uid = "claims.live_conflicts"
    pre_save.connect(claim_about_to_save, sender=Claim, dispatch_uid=f"{uid}.claim_about_to_save")
    post_save.connect(claim_saved, sender=Claim, dispatch_uid=f"{uid}.claim_saved")
    post_delete.connect(claim_deleted, sender=Claim, dispatch_uid=f"{uid}.claim_deleted")
    post_save.connect(metric_saved, sender=Metric, dispatch_uid=f"{uid}.metric_saved")
    for model in (ConflictExplanation, ClaimRelation):
        name = model.__name__
        pre_save.connect(pair_about_to_save, sender=model, dispatch_uid=f"{uid}.{name}.about_to_save")
        post_save.connect(pair_changed, sender=model, dispatch_uid=f"{uid}.{name}.saved")
        post_delete.connect(pair_changed, sender=model, dispatch_uid=f"{uid}.{name}.deleted")
