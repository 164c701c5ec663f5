"""Forms behind the claim admin: the lost-update guard and the chain formset."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from ..chains import LinkData, validate_chain
from ..models import Claim, ClaimRank


class ClaimAdminForm(forms.ModelForm):
    """The claim form, refusing to overwrite a save made since it was opened."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = "__all__"  # noqa: DJ007 - ClaimAdmin.fieldsets choose what the page shows

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        loaded = cleaned.get("loaded_version")
        if self.instance.pk and loaded is not None:
            current = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if current is not None and current != loaded:
                raise ValidationError(
                    "Someone else saved this claim after you opened it. Your changes were not saved: "
                    "open the claim again to see their version, then re-apply your edit.",
                    code="stale",
                )
        self._check_one_preferred_estimate(cleaned)
        return cleaned

    def _check_one_preferred_estimate(self, cleaned):
        """Name the metric's current preferred claim, rather than a bare constraint message."""
        metric = cleaned.get("metric")
        if cleaned.get("rank") != ClaimRank.PREFERRED or metric is None:
            return
        current = Claim.objects.filter(metric=metric, rank=ClaimRank.PREFERRED).exclude(pk=self.instance.pk).first()
        if current is not None:
            self.add_error(
                "rank",
                f"“{current}” is already the preferred estimate of “{metric}”. Set it to normal first, or use "
                "“Set rank” on the metric's page, which swaps the two.",
            )


class AttributionFormSet(BaseInlineFormSet):
    """The attribution inline, validated as a whole chain with ``validate_chain()``."""

    def link_data(self):
        """The chain the editor submitted, as ``LinkData`` (deleted rows left out)."""
        links = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("source") or not data.get("actor"):
                continue
            links.append(
                LinkData(
                    source=data["source"],
                    actor=data["actor"],
                    verb=data["verb"],
                    role=data["role"],
                    position=data["position"],
                    source_count=data.get("source_count"),
                )
            )
        return links

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        try:
            validate_chain(self.link_data())
        except ValidationError as error:
            raise ValidationError(error.messages) from None
