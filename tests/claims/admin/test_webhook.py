"""The webhook admin, through its rendered forms: subscriptions and the delivery log."""

import pytest

from claims.models import WebhookDelivery, WebhookSubscription
from tests.rendered_forms import rendered_form

ADD = "/admin/claims/webhooksubscription/add/"
LOG = "/admin/claims/webhookdelivery/"
FORM = "webhooksubscription_form"


def add_form(client, page=None, **typed):
    data = rendered_form(page or client.get(ADD), FORM)
    data.set("name", "Partner desk feed")
    for name, value in typed.items():
        data.set(name, value)
    return client.post(ADD, data)


def test_reviewer_subscribes_and_sees_the_secret_once(reviewer_client, reviewer):
    page = reviewer_client.get(ADD)
    secret = rendered_form(page, FORM)["secret"][0]
    assert len(secret) == 40
    response = add_form(reviewer_client, page, url="https://partner.example.org/hooks/factdb", filter="unit=troops")
    assert response.status_code == 302, response.content.decode()[:3000]
    subscription = WebhookSubscription.objects.get()
    assert (subscription.secret, subscription.owner, subscription.filter) == (secret, reviewer, "unit=troops")

    change = f"/admin/claims/webhooksubscription/{subscription.pk}/change/"
    page = reviewer_client.get(change)
    assert secret not in page.content.decode()
    data = rendered_form(page, FORM)
    data.set("name", "Partner desk (renamed)")
    assert reviewer_client.post(change, data).status_code == 302
    subscription.refresh_from_db()
    assert (subscription.name, subscription.secret) == ("Partner desk (renamed)", secret)


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("url", "file:///etc/passwd", "Enter an http:// or https:// URL."),
        ("url", "ftp://partner.example.org/x", "Enter an http:// or https:// URL."),
        ("url", "https://partner.example.org/" + "x" * 600, "at most 500 characters"),
        ("filter", "unit=troops&colour=red", "colour: Unknown filter"),
        ("filter", "value_min=ten", "value_min:"),
        ("secret", "short", "at least 16 characters"),
    ],
)
def test_bad_input_is_named_beside_its_field(reviewer_client, field, value, error):
    typed = {"url": "https://partner.example.org/hooks", field: value}
    response = add_form(reviewer_client, **typed)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert error in " ".join(errors[field]), errors
    assert not WebhookSubscription.objects.exists()


def test_editors_cannot_see_webhooks(editor_client):
    assert editor_client.get(ADD).status_code == 403
    assert editor_client.get(LOG).status_code == 403


def test_delivery_log_is_read_only(reviewer_client, make_claim):
    subscription = WebhookSubscription.objects.create(name="Partner", url="https://partner.example.org/h")
    delivery = WebhookDelivery.objects.create(
        subscription=subscription, event="published", payload={"event": "published"}, log="attempt 1: HTTP 503\n"
    )
    page = reviewer_client.get(f"{LOG}{delivery.pk}/change/")
    assert page.status_code == 200
    assert "attempt 1: HTTP 503" in page.content.decode()
    assert b'name="_save"' not in page.content
    assert reviewer_client.get(f"{LOG}add/").status_code == 403
