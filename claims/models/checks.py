"""
Validating a model's constraints without a query for each.

Django's ``Model.validate_constraints()`` runs every ``CheckConstraint`` as a query of
its own, after building an expression for every field of the model: for a claim, ten
constraints cost about 30 ms, more than half of what importing a sheet row cost. A
claim's conditions are plain comparisons of its own fields (``isnull``, equality,
``in``, ``gte`` against another field), so they are evaluated in Python, with SQL's
three-valued logic: a condition that is UNKNOWN (a comparison with NULL) passes, as in
the database. A condition using anything else is checked by the database, all at once
in one query. Only a check that fails is checked again alone, by Django, for its own
message. A conditional ``UniqueConstraint`` whose condition the instance does not meet
(a claim that is not a metric's preferred estimate) needs no query either.
"""

import operator

from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models import BooleanField, CheckConstraint, F, Q, UniqueConstraint
from django.db.models.functions import Coalesce

COMPARISONS = {"exact": operator.eq, "gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}


class Unsupported(Exception):
    """The condition uses something the Python evaluation does not know: ask the database."""


def condition_holds(condition, values):
    """``condition`` (a ``Q``) for a row of ``values`` (field name → value): True, False or None (UNKNOWN)."""
    if not isinstance(condition, Q):
        raise Unsupported(condition)
    results = [_child_holds(child, values) for child in condition.children]
    if condition.connector == Q.AND:
        result = False if False in results else None if None in results else True
    elif condition.connector == Q.OR:
        result = True if True in results else None if None in results else False
    else:
        raise Unsupported(condition.connector)
    if condition.negated:
        return None if result is None else not result
    return result


def _child_holds(child, values):
    if isinstance(child, Q):
        return condition_holds(child, values)
    if not isinstance(child, tuple):
        raise Unsupported(child)
    lookup, wanted = child
    name, _, kind = lookup.partition("__")
    kind = kind or "exact"
    if name not in values or "__" in kind:
        raise Unsupported(lookup)
    value = values[name]
    if isinstance(wanted, F):
        if wanted.name not in values:
            raise Unsupported(wanted)
        wanted = values[wanted.name]
    elif hasattr(wanted, "resolve_expression"):
        raise Unsupported(wanted)
    if kind == "isnull":
        return (value is None) == bool(wanted)
    if kind == "exact" and wanted is None:
        return value is None  # Django reads field=None as field__isnull=True
    if value is None or wanted is None:
        return None
    try:
        if kind == "in":
            return value in list(wanted)
        if kind in COMPARISONS:
            return COMPARISONS[kind](value, wanted)
    except TypeError:
        raise Unsupported(lookup) from None
    raise Unsupported(lookup)


def field_values(instance):
    """The instance's concrete fields by name (a foreign key by its id), as the conditions name them."""
    return {
        field.name: getattr(instance, field.attname) for field in instance._meta.concrete_fields if not field.generated
    }


class BatchedChecksMixin:
    """For models with several ``CheckConstraint``s: ``validate_constraints()`` without a query each."""

    def validate_constraints(self, exclude=None):
        # As CheckConstraint.validate() does, a check on an excluded field is not made.
        checks = [
            constraint
            for constraint in self._meta.constraints
            if isinstance(constraint, CheckConstraint)
            and not (exclude and constraint._expression_refs_exclude(type(self), constraint.condition, exclude))
        ]
        values = field_values(self)
        try:
            passed = all(condition_holds(check.condition, values) is not False for check in checks)
        except Unsupported:
            passed = len(checks) < 2 or self._checks_pass_together(checks, exclude)
        if not passed:
            return super().validate_constraints(exclude=exclude)
        # Every check passed: Django's loop, for the remaining (unique) constraints.
        errors = {}
        using = router.db_for_write(type(self), instance=self)
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                if constraint in checks or not self._may_violate(constraint, values):
                    continue
                try:
                    constraint.validate(model_class, self, exclude=exclude, using=using)
                except ValidationError as error:
                    if getattr(error, "code", None) == "unique" and len(getattr(constraint, "fields", ())) == 1:
                        errors.setdefault(constraint.fields[0], []).append(error)
                    else:
                        errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)
        return None

    @staticmethod
    def _may_violate(constraint, values):
        """False for a conditional unique constraint whose condition the row does not meet."""
        if not isinstance(constraint, UniqueConstraint) or constraint.condition is None:
            return True
        try:
            return condition_holds(constraint.condition, values) is True
        except Unsupported:
            return True

    def _checks_pass_together(self, checks, exclude):
        using = router.db_for_write(type(self), instance=self)
        conditions = [check.condition for check in checks]
        if connections[using].features.supports_comparing_boolean_expr:
            conditions = [Coalesce(condition, True, output_field=BooleanField()) for condition in conditions]
        against = self._get_field_expression_map(meta=self._meta, exclude=exclude)
        return Q(*conditions).check(against, using=using)
