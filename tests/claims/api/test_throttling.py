"""Token clients are throttled per user: beyond the rate, 429 with Retry-After."""

import pytest
from rest_framework.throttling import UserRateThrottle

from claims.models import Claim

LIST = "/api/v1/claims/"


@pytest.fixture
def user_rate_of_three(monkeypatch):
    # The throttle reads its rates when the class is defined, so the settings are patched on it.
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {**UserRateThrottle.THROTTLE_RATES, "user": "3/minute"})


def test_a_token_client_beyond_its_rate_gets_429_with_retry_after(reviewer_api, user_rate_of_three):
    responses = [reviewer_api.get(LIST) for _ in range(4)]
    assert [response.status_code for response in responses] == [200, 200, 200, 429]
    refused = responses[-1]
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "throttled" in refused.json()["detail"].lower()


def test_the_rate_counts_each_user_apart(reviewer_api, editor_api, user_rate_of_three):
    assert [reviewer_api.get(LIST).status_code for _ in range(4)][-1] == 429
    assert editor_api.get(LIST).status_code == 200


def test_writes_count_against_the_rate_too(editor_api, user_rate_of_three):
    statuses = [editor_api.get(LIST).status_code for _ in range(3)]
    response = editor_api.post(LIST, {"statement": "Too late"}, format="json")
    assert statuses == [200, 200, 200]
    assert response.status_code == 429
    assert not Claim.objects.exists()
