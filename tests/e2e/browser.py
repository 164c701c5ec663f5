"""Whether the browser journeys can run here: Playwright from PyPI and Debian's Chromium.

Skipped with the reason shown when either is missing, unless FACTDB_REQUIRE_BROWSER=1
(as in CI), where a missing one fails the test.
"""

import importlib.util
import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]


def missing_browser(chromium=None):
    """Why the browser test cannot run on this machine, or None when it can."""
    if importlib.util.find_spec("playwright") is None:
        return "needs Playwright: pip install -r requirements-dev.txt"
    chromium = chromium or CHROMIUM
    if not os.path.exists(chromium):
        return f"needs Chromium at {chromium}: apt-get install chromium (Playwright drives Debian's browser)"
    return None


def browser_required():
    """FACTDB_REQUIRE_BROWSER=1 (set by .ci/run): a missing browser is a failure, not a skip."""
    return os.environ.get("FACTDB_REQUIRE_BROWSER", "").strip().lower() not in ("", "0", "false", "no")


def check_browser(chromium=None):
    """Skip (locally) or fail (when required) if Playwright or Chromium is missing."""
    reason = missing_browser(chromium)
    if reason is None:
        return
    if browser_required():
        pytest.fail(f"{reason} (FACTDB_REQUIRE_BROWSER is set, so the browser test may not be skipped)", pytrace=False)
    pytest.skip(reason)
