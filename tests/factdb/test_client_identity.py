"""Who is asking: clients are told apart by the address the trusted proxies saw, and a
password guesser is slowed (throttle) and stopped (lockout) whatever headers it writes."""

import pytest
from django.test import RequestFactory
from rest_framework.test import APIClient

from factdb.client_ip import client_ip
from tests.rendered_forms import page_form

TOKEN = "/api/v1/auth/token/"
LOGIN = "/admin/login/"


@pytest.fixture
def behind_one_proxy(settings):
    """FACTDB_TRUSTED_PROXIES=1, as the settings read it from the environment."""
    settings.FACTDB_TRUSTED_PROXIES = 1
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}


def token_attempts(count, forwarded_for, remote="203.0.113.5"):
    """``count`` wrong passwords, each for a new username (so no lockout), with a made-up header."""
    api = APIClient()
    return [
        api.post(
            TOKEN,
            {"username": f"user-{n}", "password": "guess"},
            REMOTE_ADDR=remote,
            HTTP_X_FORWARDED_FOR=forwarded_for(n),
        ).status_code
        for n in range(count)
    ]


def test_a_made_up_forwarded_for_does_not_escape_the_token_throttle(db):
    """No proxy is trusted by default: 60 guesses, each claiming another address, meet 429 after 10."""
    answers = token_attempts(60, lambda n: f"10.0.0.{n}")
    assert answers[:10] == [400] * 10
    assert set(answers[10:]) == {429}


def test_behind_a_proxy_the_client_is_the_address_it_appended(db, behind_one_proxy):
    # The client writes anything first; the proxy appends the address it saw, which is what counts.
    answers = token_attempts(30, lambda n: f"10.0.0.{n}, 198.51.100.7", remote="192.0.2.1")
    assert answers[:10] == [400] * 10 and set(answers[10:]) == {429}
    # Another reader behind the same proxy has a budget of its own.
    assert token_attempts(1, lambda n: "198.51.100.8", remote="192.0.2.1") == [400]


def test_the_client_address_rule(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.7")
    assert client_ip(request) == "192.0.2.1"  # default: the header is ignored
    settings.FACTDB_TRUSTED_PROXIES = 1
    assert client_ip(request) == "198.51.100.7"
    settings.FACTDB_TRUSTED_PROXIES = 2
    assert client_ip(request) == "10.9.9.9"
    settings.FACTDB_TRUSTED_PROXIES = 5  # more proxies than entries: the first entry
    assert client_ip(request) == "10.9.9.9"
    garbage = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="<script>, x")
    assert client_ip(garbage) == "192.0.2.1"


def sign_in(client, password, **headers):
    """The admin's sign-in form as rendered, filled in and sent."""
    page = client.get(LOGIN, **headers)
    form = page_form(page, containing='name="password"')
    return client.post(
        form.get("action") or LOGIN,
        {**{name: value for name, value in form.form_values()}, "username": "rita", "password": password},
        **headers,
    )


def test_the_admin_sign_in_locks_a_username_out_after_five_failures(client, reviewer, settings):
    for _ in range(4):
        failed = sign_in(client, "wrong", REMOTE_ADDR="203.0.113.5")
        assert failed.status_code == 200 and "Please enter the correct username and password" in failed.content.decode()
    assert sign_in(client, "wrong", REMOTE_ADDR="203.0.113.5").status_code == 429  # the fifth failure locks
    locked = sign_in(client, "pw-rita", REMOTE_ADDR="203.0.113.5")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Too many failed sign-ins for this username from your address. Try again in 15 minutes." in text
    assert int(locked["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session
    # A made-up X-Forwarded-For is not another address (no proxy is trusted by default).
    assert sign_in(client, "pw-rita", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="10.1.1.1").status_code == 429
    # The right password from another address signs in: the lockout is per username and address.
    assert sign_in(client, "pw-rita", REMOTE_ADDR="192.0.2.9").status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, reviewer):
    from datetime import timedelta

    from axes.models import AccessAttempt

    for _ in range(5):
        sign_in(client, "wrong", REMOTE_ADDR="203.0.113.5")
    assert sign_in(client, "pw-rita", REMOTE_ADDR="203.0.113.5").status_code == 429
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16))
    assert sign_in(client, "pw-rita", REMOTE_ADDR="203.0.113.5").status_code == 302


def test_the_token_endpoint_shares_the_lockout(reviewer, django_user_model):
    api = APIClient()
    answers = [api.post(TOKEN, {"username": "rita", "password": f"guess-{n}"}).status_code for n in range(5)]
    assert answers == [400, 400, 400, 400, 429]
    locked = api.post(TOKEN, {"username": "rita", "password": "pw-rita"})
    assert locked.status_code == 429 and "Too many failed sign-ins" in locked.json()["detail"]


def test_logins_made_on_the_server_still_work(client, reviewer):
    """The test client's login() and force_login() authenticate without a request: not counted, not refused."""
    assert client.login(username="rita", password="pw-rita")
    assert client.get("/admin/").status_code == 200
    client.logout()
    client.force_login(reviewer)
    assert client.get("/admin/").status_code == 200
