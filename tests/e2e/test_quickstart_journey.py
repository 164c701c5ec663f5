"""The README's first command, in a browser: the admin is styled and the API docs render.

Runs ``setup_demo`` and ``runserver`` for real (DEBUG off, nothing collected), as a new
user does; pytest-django's live server would serve static files itself and prove nothing.
"""

import pytest

from claims.management.commands.setup_demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.quickstart import quickstart_server

from .conftest import log_in, screenshot

# The quickstart is the embedded SQLite database, whatever the suite runs on.
pytestmark = [pytest.mark.browser, pytest.mark.database_independent]

ADMIN_HEADER_BACKGROUND = "rgb(65, 118, 144)"  # --header-bg (#417690), set only by admin/css/base.css


def test_the_quickstart_admin_is_styled_and_its_api_docs_render(tmp_path, browser_page, migrated_sqlite_file):
    page = browser_page
    with quickstart_server(tmp_path, migrated_sqlite_file) as url:
        page.goto(f"{url}/admin/login/")
        header = page.locator("#header")
        assert header.evaluate("element => getComputedStyle(element).backgroundColor") == ADMIN_HEADER_BACKGROUND
        screenshot(page, "quickstart-admin-login")

        log_in(page, url, DEMO_USERNAME, DEMO_PASSWORD)
        assert page.locator("#header").evaluate("e => getComputedStyle(e).backgroundColor") == ADMIN_HEADER_BACKGROUND

        page.goto(f"{url}/api/docs/")
        page.locator(".swagger-ui .info .title", has_text="factdb API").wait_for()
        page.locator(".opblock-tag", has_text="claims").first.wait_for()
        screenshot(page, "quickstart-api-docs")
