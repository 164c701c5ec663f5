"""The browser test's gate: skipped locally without a browser, a failure where one is required."""

import importlib.util

import pytest

from tests.e2e import browser as browser_test

NOWHERE = "/nonexistent/chromium"


@pytest.fixture
def without_playwright(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "playwright" else real(name, *a))


@pytest.mark.parametrize("value", ["1", "yes", "true"])
def test_a_missing_chromium_fails_when_the_browser_is_required(monkeypatch, value):
    monkeypatch.setenv("FACTDB_REQUIRE_BROWSER", value)
    with pytest.raises(pytest.fail.Exception, match="needs Chromium at /nonexistent/chromium"):
        browser_test.check_browser(NOWHERE)


def test_missing_playwright_fails_when_the_browser_is_required(monkeypatch, without_playwright):
    monkeypatch.setenv("FACTDB_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="needs Playwright"):
        browser_test.check_browser()


@pytest.mark.parametrize("value", [None, "", "0", "false"])
def test_a_missing_browser_is_skipped_with_the_reason_otherwise(monkeypatch, without_playwright, value):
    if value is None:
        monkeypatch.delenv("FACTDB_REQUIRE_BROWSER", raising=False)
    else:
        monkeypatch.setenv("FACTDB_REQUIRE_BROWSER", value)
    with pytest.raises(pytest.skip.Exception, match="needs Playwright: pip install"):
        browser_test.check_browser()


def test_a_present_browser_passes_the_gate(monkeypatch):
    monkeypatch.setenv("FACTDB_REQUIRE_BROWSER", "1")
    if browser_test.missing_browser() is not None:
        pytest.skip(browser_test.missing_browser())
    browser_test.check_browser()  # neither skips nor fails
