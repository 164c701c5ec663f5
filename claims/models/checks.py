"""
Validating a model's check constraints in one query instead of one query each.

Django's ``Model.validate_constraints()`` runs every ``CheckConstraint`` as a query of
its own, after building an expression for every field of the model: for a claim, ten
constraints cost about 30 ms, more than half of what importing a sheet row costs. The
checks are the same conditions a row must meet together, so they are checked at once;
only when that fails is each checked alone, to say which one failed (and with its own
message). A condition that is UNKNOWN (NULL) passes, as in the database.
"""

from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models import BooleanField, CheckConstraint, Q
from django.db.models.functions import Coalesce


class BatchedChecksMixin:
    """For models with several ``CheckConstraint``s: ``validate_constraints()`` in one query."""

    def validate_constraints(self, exclude=None):
        # As CheckConstraint.validate() does, a check on an excluded field is not made.
        checks = [
            constraint
            for constraint in self._meta.constraints
            if isinstance(constraint, CheckConstraint)
            and not (exclude and constraint._expression_refs_exclude(type(self), constraint.condition, exclude))
        ]
        if len(checks) < 2 or not self._checks_pass_together(checks, exclude):
            return super().validate_constraints(exclude=exclude)
        # Every check passed: Django's loop, for the remaining (unique) constraints.
        errors = {}
        using = router.db_for_write(type(self), instance=self)
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                if constraint in checks:
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

    def _checks_pass_together(self, checks, exclude):
        using = router.db_for_write(type(self), instance=self)
        conditions = [check.condition for check in checks]
        if connections[using].features.supports_comparing_boolean_expr:
            conditions = [Coalesce(condition, True, output_field=BooleanField()) for condition in conditions]
        against = self._get_field_expression_map(meta=self._meta, exclude=exclude)
        return Q(*conditions).check(against, using=using)
