"""The claim form's figure as people type and read it (claims/admin/figure_form.py), submitted as rendered."""

from decimal import Decimal

import lxml.html
import pytest
from django.urls import reverse

from claims.admin.figure_form import read_typed_figure
from tests.rendered_forms import rendered_form


def change_page(client, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = client.get(url)
    return url, response, rendered_form(response.content, "claim_form")


def field_box(response, field):
    """``field``'s own box on the page: its box in a line of several fields, else its row."""
    page = lxml.html.fromstring(response.content.decode())
    has_class = "contains(concat(' ', @class, ' '), ' {} ')"
    boxes = page.xpath(f"//div[{has_class.format('fieldBox')} and {has_class.format('field-' + field)}]")
    return boxes or page.xpath(f"//div[{has_class.format('form-row')} and {has_class.format('field-' + field)}]")


def errors_beside(response, field):
    """The error messages shown in ``field``'s own box on the page (not the note at the top)."""
    return [item.text_content().strip() for box in field_box(response, field) for item in box.xpath(".//ul/li")]


def readonly_text(response, field):
    return " ".join(
        node.text_content().strip()
        for box in field_box(response, field)
        for node in box.xpath(".//div[@class='readonly']")
    )


def test_a_stored_figure_shows_as_people_write_it_and_its_interval_without_noise(reviewer_client, make_claim):
    claim = make_claim(value=12000, qualifier="approx", unit="troops", statement="About 12,000 troops")
    _, response, form = change_page(reviewer_client, claim)
    assert form.value("value") == "12,000"
    assert readonly_text(response, "interval_display") == "[10,800, 13,200]"


def test_an_open_ended_interval_reads_with_a_half_open_bracket(reviewer_client, make_claim):
    claim = make_claim(value=60, qualifier="more_than", unit="missiles")
    _, response, _ = change_page(reviewer_client, claim)
    assert readonly_text(response, "interval_display") == "[60, ∞)"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("5,000", Decimal("5000")),
        ("12 000", Decimal("12000")),
        ("12\u202f000", Decimal("12000")),  # a narrow no-break space, as word processors write it
        ("1.5 million", Decimal("1500000")),
        ("2 billion", Decimal("2000000000")),
        ("4,000.5", Decimal("4000.5")),
    ],
)
def test_the_value_accepts_what_people_type(reviewer_client, make_claim, typed, stored):
    claim = make_claim(value=1, qualifier="approx", unit="troops")
    url, _, form = change_page(reviewer_client, claim)
    form.set("value", typed)
    response = reviewer_client.post(url, form)
    assert response.status_code == 302, errors_beside(response, "value")
    claim.refresh_from_db()
    assert claim.value == stored


@pytest.mark.parametrize("typed", ["twelve-ish", "1,5", "12,00", "5 millions of"])
def test_a_value_that_cannot_be_read_says_how_to_write_it_beside_the_field(reviewer_client, make_claim, typed):
    claim = make_claim(value=1, qualifier="approx", unit="troops")
    url, _, form = change_page(reviewer_client, claim)
    form.set("value", typed)
    response = reviewer_client.post(url, form)
    assert response.status_code == 200
    assert errors_beside(response, "value") == [
        f"“{typed}” cannot be read as a figure. Write the figure in digits, like 12,000, 12 000, 1.5 or 1.5 million."
    ]
    claim.refresh_from_db()
    assert claim.value == Decimal(1)


def test_other_scripts_digits_are_refused_as_in_the_api():
    with pytest.raises(Exception, match="digits 0-9 only"):
        read_typed_figure("١٢")


def test_an_upper_end_below_the_value_is_said_beside_it_in_plain_words(reviewer_client, make_claim):
    claim = make_claim(value=4000, value_max=5000, qualifier="range", unit="workers")
    url, _, form = change_page(reviewer_client, claim)
    form.set("value_max", "3,000")
    response = reviewer_client.post(url, form)
    assert response.status_code == 200
    assert errors_beside(response, "value_max") == ["The upper end cannot be below the value."]
    shown = lxml.html.fromstring(response.content.decode()).xpath("string(//div[@id='content-main'])")
    assert "value_max" not in shown, "the field's code name is not shown to people"
    assert "cannot be below value" not in shown, "not the database constraint's wording at the top"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"qualifier": "range", "value_max": ""}, "value_max", "A range needs its upper end."),
        (
            {"value_max": "5,000"},
            "value_max",
            "Only a range has an upper end: choose “range” as the qualifier, or empty this.",
        ),
        ({"value": "-5"}, "value", "A count cannot be below zero; only money, percent and temperatures can."),
        ({"qualifier": ""}, "qualifier", "Choose how the figure was said: exactly, approximately, more than …"),
        (
            {"period_start": "2025-03-01", "period_end": "2025-01-01"},
            "period_end",
            "The period cannot end before it starts.",
        ),
    ],
)
def test_each_figure_problem_is_said_beside_its_field(reviewer_client, make_claim, changes, field, message):
    claim = make_claim(value=4000, qualifier="approx", unit="workers")
    url, _, form = change_page(reviewer_client, claim)
    for name, value in changes.items():
        form.set(name, value)
    response = reviewer_client.post(url, form)
    assert response.status_code == 200
    assert errors_beside(response, field) == [message]
    assert "errornote" in response.content.decode()
    assert not lxml.html.fromstring(response.content.decode()).xpath("//ul[contains(@class, 'nonfield')]"), (
        "nothing at the top but the admin's note"
    )


def test_the_statement_is_a_text_area(reviewer_client, make_claim):
    claim = make_claim(value=5, unit="drones")
    _, response, _ = change_page(reviewer_client, claim)
    page = lxml.html.fromstring(response.content.decode())
    assert page.xpath("//textarea[@name='statement']"), "a box of several lines, not a one-line input"
