"""
Correcting a suggested claim before it is created, on the *Suggest claims* page.

The extractor's reading of a sentence is a proposal. Each suggestion's row has a small
form (prefixed with the suggestion's key) holding its figure (qualifier, value, upper
end, unit, typed as people write them: ``figure_form``), subject, place and period,
and one speaker per link of its chain: an existing speaker's name (the page offers
every speaker's name as you type, up to ``SPEAKER_CHOICES``) or ``new: <name>`` to
create one. Only ticked suggestions are checked; one bad field keeps every
suggestion on the page with the error beside it, and nothing is created.
"""

from django import forms
from django.core.exceptions import ValidationError

from sources.models import Actor

from ..figures import Qualifier
from ..suggestions import ProposedActor, guess_actor_kind
from .figure_form import TypedFigureField, figure_errors

NEW = "new:"
SPEAKER_CHOICES = 2000  # names offered while typing; any existing speaker may be typed in full
SPEAKER_LENGTH = Actor._meta.get_field("name").max_length


def speaker_text(actor):
    """How a proposed speaker reads in its field: its name, or "new: <name>"."""
    return f"{NEW} {actor.name}" if actor.is_new else actor.name


def speaker_names():
    return list(Actor.objects.order_by("name").values_list("name", flat=True)[:SPEAKER_CHOICES])


class SuggestionForm(forms.Form):
    """One suggestion's corrections; ``prefix`` is the suggestion's key."""

    qualifier = forms.ChoiceField(choices=Qualifier.choices)
    value = TypedFigureField(max_digits=24, decimal_places=4)
    value_max = TypedFigureField(max_digits=24, decimal_places=4, required=False, label="Upper end")
    unit = forms.CharField(max_length=64, required=False)
    subject = forms.CharField(max_length=300, required=False)
    place = forms.CharField(max_length=200, required=False)
    period_start = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    period_end = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, suggestion, *args, **kwargs):
        candidate = suggestion.candidate
        initial = {
            "qualifier": candidate.qualifier,
            "value": candidate.value,
            "value_max": candidate.value_max,
            "unit": candidate.unit,
            "subject": candidate.subject,
            "place": suggestion.place,
            "period_start": suggestion.period_start,
            "period_end": suggestion.period_end,
        }
        for index, link in enumerate(suggestion.links):
            initial[f"speaker_{index}"] = speaker_text(link.actor)
        super().__init__(*args, prefix=suggestion.key, initial=initial, **kwargs)
        self.suggestion = suggestion
        for index, link in enumerate(suggestion.links):
            self.fields[f"speaker_{index}"] = forms.CharField(
                max_length=SPEAKER_LENGTH + len(NEW) + 1,
                label=f"Link {link.position} ({link.verb.replace('_', ' ')})",
                widget=forms.TextInput(attrs={"list": "speaker-names", "size": 28}),
            )

    def speaker_fields(self):
        return [self[f"speaker_{index}"] for index in range(len(self.suggestion.links))]

    def clean(self):
        cleaned = super().clean()
        for field, message in figure_errors(cleaned).items():
            if field in self.fields and field not in self.errors:
                self.add_error(field, message)
        for index, link in enumerate(self.suggestion.links):
            name = f"speaker_{index}"
            if name in cleaned:
                try:
                    cleaned[name] = self._speaker(cleaned[name], link.actor)
                except ValidationError as error:
                    self.add_error(name, error)
        return cleaned

    @staticmethod
    def _speaker(text, proposed):
        """The ``ProposedActor`` for what the editor left or typed in a link's speaker field."""
        text = " ".join(text.split())
        if text == speaker_text(proposed):
            return proposed  # as suggested (keeps a new outlet speaker's outlet and kind)
        if text.lower().startswith(NEW):
            name = text[len(NEW) :].strip()
            if not name:
                raise ValidationError("Write the new speaker's name after “new:”.")
            return ProposedActor(name, guess_actor_kind(name))
        actor = Actor.objects.filter(name__iexact=text).values_list("pk", "name", "kind").first()
        if actor is None:
            raise ValidationError(f"No speaker is called “{text}”. Choose one from the list, or write “new: {text}”.")
        pk, name, kind = actor
        return ProposedActor(name, kind, actor_id=pk)

    def corrected(self):
        """The suggestion as corrected (call after ``is_valid()``)."""
        data = self.cleaned_data
        return self.suggestion.corrected(
            value=data["value"],
            value_max=data["value_max"],
            qualifier=data["qualifier"],
            unit=data["unit"],
            subject=data["subject"],
            place=data["place"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            actors=[data[f"speaker_{index}"] for index in range(len(self.suggestion.links))],
        )
