"""Forms behind the claim admin: the lost-update guard and the chain formset."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from ..chains import LinkData, validate_chain
from ..models import Claim, ClaimRank
from ..services import ConcurrentEditError
from .figure_form import TypedFigureField, figure_errors

STALE_MESSAGE = (
    "Someone else saved this claim after you opened it. Your changes were not saved: "
    "open the claim again to see their version, then re-apply your edit."
)


REFUSED = "_claim_save_refused"


def refuse(request, error):
    """Remember that the service refused this request's save, to show it on the form drawn again."""
    if isinstance(error, ConcurrentEditError):
        error = ValidationError(STALE_MESSAGE, code="stale")
    setattr(request, REFUSED, error)


def refusal_of(request):
    return getattr(request, REFUSED, None)


class ClaimAdminForm(forms.ModelForm):
    """The claim form, refusing to overwrite a save made since it was opened.

    ``loaded_version`` is the claim's version when the page was rendered; a change form
    must send it. ``clean()`` compares it with the stored version for an early answer;
    the authoritative comparison is ``claim_save``'s, under the row's lock (the admin
    passes the version on), and when that refuses, ``ClaimAdmin`` shows the form again
    with ``refused`` set: the reason appears on the page and nothing was written.
    """

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # Figures as people type them ("5,000", "1.5 million") and read them ("12,000"): figure_form.
    value = TypedFigureField(required=False, max_digits=24, decimal_places=4, label="Value")
    value_max = TypedFigureField(
        required=False, max_digits=24, decimal_places=4, label="Upper end", help_text="For a range only."
    )
    refused = None  # the service's ValidationError for this submission, set by ClaimAdmin.get_form

    class Meta:
        model = Claim
        fields = "__all__"  # noqa: DJ007 - ClaimAdmin.fieldsets choose what the page shows
        # Wide enough to read a whole statement or quote (500 characters) without scrolling it.
        widgets = {
            "statement": forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField claim-words"}),
            "quote": forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField claim-words"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.stored_version()

    def stored_version(self):
        """The version the editor decides against: the one stored now.

        A change form's instance was just read. A revert form's instance is an old
        version rebuilt by simple-history (marked with ``_history``), whose own version
        is long gone: the revert replaces today's version, so that is the one to check.
        """
        if getattr(self.instance, "_history", None) is None:
            return self.instance.version
        return Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()

    def clean(self):
        cleaned = super().clean()
        if self.refused is not None:
            by_field = getattr(self.refused, "error_dict", None)
            if by_field and set(by_field) <= {*self.fields, "__all__"}:
                self.add_error(None, self.refused)  # each message beside its field
            else:
                self.add_error(None, self.refused.messages)
            return cleaned
        if self.instance.pk:
            self._check_not_stale(cleaned.get("loaded_version"))
        for field, message in figure_errors(cleaned).items():
            if field not in self.errors:  # a field that could not be read already says why
                self.add_error(field, message)
        self._check_one_preferred_estimate(cleaned)
        return cleaned

    def _check_not_stale(self, loaded):
        if loaded is None:
            raise ValidationError(
                "This form was sent without the version of the claim it was opened at, so it cannot tell whether "
                "someone saved since. Nothing was saved: open the claim again and re-apply your edit.",
                code="no_version",
            )
        if loaded != Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first():
            raise ValidationError(STALE_MESSAGE, code="stale")

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
