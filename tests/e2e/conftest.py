"""What every browser journey shares: the page, logging in, autocompletes, screenshots.

A journey that fails leaves a full-page screenshot of where it stopped in
``.ci/logs/screenshots/<test>-failed.png``; ``screenshot(page, name)`` keeps a
journey's final state there too, for people to look at.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

from .browser import BROWSER_ARGS, CHROMIUM, check_browser

SCREENSHOTS = Path(settings.BASE_DIR) / ".ci" / "logs" / "screenshots"
PAGE = pytest.StashKey[object]()


@pytest.fixture
def browser_page(request, monkeypatch):
    check_browser()
    from playwright import sync_api

    # Playwright's sync API runs an event loop; set for this test only, so the variable
    # does not leak into later tests (test_settings runs `check --deploy`, which refuses it).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(15000)
        request.node.stash[PAGE] = page
        yield page
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    page = item.stash.get(PAGE, None)
    if report.failed and report.when == "call" and page is not None:
        screenshot(page, f"{item.name}-failed")
    return report


def expect(target):
    """Playwright's web-first assertion: it retries until it holds or the page's timeout ends.

    Read a page that a click is still loading through this, never through ``count()`` or
    ``is_visible()``, which answer at once: a click returns when the next page starts
    arriving, and on a loaded machine the element asked about may not be parsed yet.
    """
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def screenshot(page, name):
    """Save the whole page as ``.ci/logs/screenshots/<name>.png``; return the path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^\w.-]+', '_', name)}.png"
    try:
        page.screenshot(path=str(path), full_page=True)
    except Exception as error:  # noqa: BLE001 - a failed screenshot must not hide the test's own failure
        print(f"screenshot {path} not saved: {error}")
    return path


def pick(page, select_id, term, choice):
    """Choose ``choice`` in an admin autocomplete (select2) field by typing ``term``."""
    page.locator(f"#{select_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(term)
    page.locator(".select2-results__option", has_text=choice).first.click()


def log_in(page, base_url, username, password):
    """Log in through the admin's login page, as a person does."""
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return page


@pytest.fixture
def logged_in_page(live_server, browser_page):
    """``logged_in_page(user)``: the browser page, logged in as ``user`` (password ``pw-<username>``)."""

    def logged_in(user):
        return log_in(browser_page, live_server.url, user.username, f"pw-{user.username}")

    return logged_in
