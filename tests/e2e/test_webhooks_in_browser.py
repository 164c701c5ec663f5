"""A reviewer subscribes a partner's receiver, publishes a claim, and reads the delivery log."""

import json

import pytest
from django.core.management import call_command

from claims.models import WebhookDelivery
from tests.claims.webhooks.receiver import Receiver

from .conftest import screenshot

pytestmark = pytest.mark.browser


def run_worker():
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0", verbosity=0)


def test_subscribe_publish_and_redeliver(live_server, logged_in_page, reviewer, make_claim):
    receiver = Receiver().start()
    try:
        claim = make_claim(
            statement="Seoul's spy agency said some 11,000 North Korean troops were in Russia",
            value=11000,
            unit="troops",
            qualifier="approx",
            status="in_review",
        )
        page = logged_in_page(reviewer)
        page.goto(f"{live_server.url}/admin/claims/webhooksubscription/add/")
        secret = page.input_value("#id_secret")
        page.fill("#id_name", "Partner desk feed")
        page.fill("#id_url", receiver.url)
        page.fill("#id_filter", "unit=troops")
        page.click("input[name=_save]")
        page.wait_for_selector(".messagelist .success")

        page.goto(f"{live_server.url}/admin/claims/claim/")
        page.check(f"input[name=_selected_action][value='{claim.pk}']")
        page.select_option("select[name=action]", "publish")
        page.click("button[name=index]")
        page.click("input[value='Yes, publish 1 claim']")
        page.wait_for_selector(".messagelist .success")
        assert receiver.received == []  # the request only enqueued it
        run_worker()
        [(headers, body)] = receiver.received
        assert json.loads(body)["claim"]["statement"].startswith("Seoul's spy agency")
        from claims.webhooks.signing import verify

        assert verify(secret, headers["X-Factdb-Timestamp"], body, headers["X-Factdb-Signature"])

        page.goto(f"{live_server.url}/admin/claims/webhookdelivery/")
        rows = page.locator("#result_list tbody tr")
        assert rows.count() == 1
        assert "Delivered" in rows.first.inner_text()
        assert "200" in rows.first.inner_text()
        page.check("input[name=_selected_action]")
        page.select_option("select[name=action]", "redeliver_selected")
        page.click("button[name=index]")
        page.wait_for_selector(".messagelist .success")
        run_worker()
        page.click("text=Delivered")  # the status filter in the sidebar
        page.wait_for_url("**status__exact=delivered**")
        assert page.locator("#result_list tbody tr").count() == 2
        screenshot(page, "webhook-delivery-log")
        assert len(receiver.received) == 2
        page.locator("#result_list tbody tr th a").first.click()
        page.wait_for_selector(".field-attempt_log")
        assert "attempt 1: HTTP 200" in page.locator(".field-attempt_log").inner_text()
        screenshot(page, "webhook-delivery")
    finally:
        receiver.stop()
    assert WebhookDelivery.objects.filter(status="delivered").count() == 2
