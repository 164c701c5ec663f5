"""The claims list's sidebar and search box in a real browser, as the API reads them.

A fact-checker clicks an outlet in the sidebar, then types a singular noun into the
search box: the list shows the claims ``/api/v1/claims/?outlet=…&q=…`` returns, and the
sidebar still shows its filters with the chosen outlet selected.
"""

import json
import urllib.request

import pytest
from django.contrib.auth.models import Group
from rest_framework.authtoken.models import Token

from claims.roles import EDITORS

from .conftest import screenshot

pytestmark = pytest.mark.browser


def test_sidebar_outlet_and_search_list_what_the_api_lists(
    live_server, logged_in_page, seeded_per_test, django_user_model
):
    user = django_user_model.objects.create_user("rita", password="pw-rita", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    page = logged_in_page(user)
    page.goto(f"{live_server.url}/admin/claims/claim/")

    sidebar = page.locator("#changelist-filter")
    for title in ("By conflict on its metric", "By outlet"):
        assert sidebar.get_by_text(title).is_visible()
    sidebar.get_by_role("link", name="Daily8").click()
    page.wait_for_url("**outlet=daily8**")
    page.fill("#searchbar", "troop")
    page.press("#searchbar", "Enter")
    page.wait_for_url("**q=troop**")
    screenshot(page, "admin_claims_outlet_and_search")

    shown = page.locator("#result_list tbody th.field-statement").all_inner_texts()
    token = Token.objects.create(user=user)  # the same user, through the API
    request = urllib.request.Request(
        f"{live_server.url}/api/v1/claims/?outlet=daily8&q=troop", headers={"Authorization": f"Token {token.key}"}
    )
    with urllib.request.urlopen(request) as answer:
        from_api = [claim["statement"] for claim in json.load(answer)["results"]]
    assert shown and sorted(shown) == sorted(from_api)
    assert sidebar.locator("li.selected", has_text="Daily8").is_visible()
