"""
The figure on the claim form as fact-checkers type and read it.

People type figures as they read them in articles: "5,000", "12 000", "1.5 million".
``TypedFigureField`` accepts those and shows a stored figure the same way ("12,000",
never "12000.0000"). What it reads, and nothing more:

* ASCII digits 0-9, with an optional minus sign and decimal point ("1.5");
* thousands grouped by commas or by spaces (ordinary, no-break or thin spaces), in
  groups of three: "12,000", "12 000"; "1,5" is refused rather than guessed;
* a trailing scale word: "thousand", "million", "billion", "trillion".

Anything else ("twelve-ish", "١٢") gets a form error beside the field saying how to
write it. The API and sheet imports keep their stricter rule (digits only, see
``factdb.numbers``): this is only what a person may type into the admin.

``figure_errors()`` checks the figure fields together and names, beside the field to
fix, what the database would otherwise refuse in a constraint's words at the top of
the page ("value_max cannot be below value").
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError

from factdb.numbers import NOT_ASCII_DIGITS, has_other_digits

from ..figures import SIGNED_UNITS, Qualifier, figure_interval, format_interval

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# Spaces people (and word processors) put between groups of thousands.
GROUP_SPACES = "\u0020\u00a0\u2009\u202f"
TYPED_FIGURE = re.compile(
    r"(?P<sign>[-\u2212]?)\s*"
    r"(?P<whole>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:[" + GROUP_SPACES + r"][0-9]{3})+|[0-9]+)"
    r"(?:\.(?P<fraction>[0-9]+))?"
    r"(?:\s+(?P<scale>" + "|".join(SCALES) + r"))?",
    re.IGNORECASE,
)
TYPED_FIGURE_MAX_LENGTH = 60

HOW_TO_WRITE = "Write the figure in digits, like 12,000, 12 000, 1.5 or 1.5 million."


def read_typed_figure(text):
    """The Decimal a person meant by ``text``, or ``ValidationError`` saying how to write it."""
    text = text.strip()
    if len(text) > TYPED_FIGURE_MAX_LENGTH:
        raise ValidationError(f"That is too long for a figure. {HOW_TO_WRITE}", code="invalid")
    match = TYPED_FIGURE.fullmatch(text)
    if match is None:
        if has_other_digits(text.translate({ord(space): None for space in GROUP_SPACES + "\u2212"})):
            raise ValidationError(NOT_ASCII_DIGITS, code="invalid")
        raise ValidationError(f"“{text}” cannot be read as a figure. {HOW_TO_WRITE}", code="invalid")
    whole = re.sub(r"[^0-9]", "", match["whole"])
    number = Decimal(f"{whole}.{match['fraction'] or '0'}")
    if match["scale"]:
        number *= SCALES[match["scale"].lower()]
    return -number if match["sign"] else number


def typed_figure(value):
    """A stored figure as people read it in the field: 12000.0000 → "12,000", 1.5 → "1.5"."""
    if value is None or value == "":
        return ""
    try:
        normalized = Decimal(value).normalize()
    except InvalidOperation:
        return value  # what the person typed, shown back with its error
    if normalized == normalized.to_integral_value():
        return f"{int(normalized):,}"
    return f"{normalized:,f}"


class TypedFigureField(forms.DecimalField):
    """A DecimalField that reads "5,000", "12 000" and "1.5 million" (see the module docstring)."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", "size": 16})

    def to_python(self, value):
        if value in self.empty_values or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return read_typed_figure(str(value))
        except ValidationError as error:
            raise ValidationError(error.messages[0], code="invalid") from None

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return typed_figure(value)
        return value

    def widget_attrs(self, widget):
        # DecimalField adds step/min/max for a number input; this field is typed text.
        return {}


def interval_display(value, value_max, qualifier):
    """ "[10,800, 13,200]", "[60, ∞)", "(−∞, 100]"; "—" without a figure.

    The interval comes from ``figure_interval`` on the form's own Decimals, so it shows
    no float noise whatever the database returns for the generated interval columns.
    """
    if value is None:
        return "—"
    return format_interval(figure_interval(value, value_max, qualifier or Qualifier.EXACT))


def figure_errors(cleaned):
    """The figure's problems in plain words, keyed by the field a person should fix.

    These are the claim's check constraints (``claims.models.claim``), said beside
    their field; a field with an error here is left out of the model's own checks.
    """
    value, value_max = cleaned.get("value"), cleaned.get("value_max")
    qualifier, unit = cleaned.get("qualifier") or "", cleaned.get("unit") or ""
    errors = {}
    if value is None:
        if value_max is not None:
            errors["value"] = "A range needs its lower end here as well as the upper end."
        elif qualifier or unit:
            errors["value"] = "Enter the figure, or empty the qualifier and unit for a claim without one."
    else:
        if not qualifier:
            errors["qualifier"] = "Choose how the figure was said: exactly, approximately, more than …"
        if value < 0 and unit not in SIGNED_UNITS:
            errors["value"] = "A count cannot be below zero; only money, percent and temperatures can."
        if qualifier == Qualifier.RANGE and value_max is None:
            errors["value_max"] = "A range needs its upper end."
        elif value_max is not None and qualifier and qualifier != Qualifier.RANGE:
            errors["value_max"] = "Only a range has an upper end: choose “range” as the qualifier, or empty this."
        elif value_max is not None and value_max < value:
            errors["value_max"] = "The upper end cannot be below the value."
    start, end = cleaned.get("period_start"), cleaned.get("period_end")
    if start and end and end < start:
        errors["period_end"] = "The period cannot end before it starts."
    return errors
