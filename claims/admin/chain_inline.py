"""
The attribution chain on the claim page: edited, reordered and saved as a whole.

A chain's positions are unique per source, but only the finished chain has to be
right: moving the origin from 1 to 2 and adding a relay at 1 passes through a moment
where two links hold position 1. Each row is therefore not checked against the
database on its own (Django's per-row unique checks would refuse that edit); the
formset checks the submitted chain with ``validate_chain()`` and ``chain_replace()``
writes it in one transaction. Editors reorder links by dragging (``chain_sortable.js``),
a new link starts in the source of the link above, and the chain reads as one line
above the table ("The Hill ← NBC News ← six anonymous sources").
"""

from django import forms
from django.contrib import admin
from django.db.models import CheckConstraint

from ..chains import group_chains
from ..models import Attribution
from .forms import AttributionFormSet


class ChainLinkForm(forms.ModelForm):
    """One row of the chain: its fields are checked here, its place in the chain by the formset."""

    class Meta:
        model = Attribution
        fields = ["source", "position", "actor", "verb", "role", "source_count"]

    def validate_unique(self):
        """Positions and the one origin are unique in the chain as saved, not row by row."""

    def validate_constraints(self):
        # Check constraints concern the row alone (a position of at least 1); the unique
        # ones are the chain's, checked by ``validate_chain()``.
        exclude = self._get_validation_exclusions()
        for constraint in self.instance._meta.constraints:
            if isinstance(constraint, CheckConstraint):
                try:
                    constraint.validate(type(self.instance), self.instance, exclude=exclude)
                except forms.ValidationError as error:
                    self._update_errors(error)


class ChainFormSet(AttributionFormSet):
    """The chain formset, which also reads the saved chains as lines for the page."""

    def validate_unique(self):
        """Two rows on one position are reported once, by ``validate_chain()`` in ``clean()``."""

    def chain_lines(self):
        """The saved chain, one line per source (the claim page's claim has it prefetched)."""
        if self.instance.pk is None:
            return []
        return [chain.display() for chain in group_chains(self.instance.attributions.all())]


class AttributionInline(admin.TabularInline):
    model = Attribution
    form = ChainLinkForm
    formset = ChainFormSet
    template = "admin/claims/claim/attribution_inline.html"
    fields = ["source", "position", "actor", "verb", "role", "source_count"]
    autocomplete_fields = ["source", "actor"]
    ordering = ["source_id", "position"]
    verbose_name = "link in the attribution chain"
    verbose_name_plural = "Attribution chain (per source: relays first, the origin last)"

    class Media:
        js = ["admin/js/jquery.init.js", "admin/js/inlines.js", "claims/chain_sortable.js"]
        css = {"all": ["claims/chain.css"]}

    def get_extra(self, request, obj=None, **kwargs):
        # A claim with a chain is extended with "Add another", which starts in the source above.
        return 0 if obj is not None and obj.pk and obj.attributions.exists() else 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source__outlet", "actor")
