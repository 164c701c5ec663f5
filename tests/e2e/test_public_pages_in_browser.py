"""A reader without an account finds, reads, follows and embeds published claims.

The first journey runs with JavaScript off: the index, its search form, the claim pages
and the pager are plain HTML. The embed is framed by a page served from another port
(another origin); the claim page itself must refuse that frame.
"""

import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claims.services import claim_transition
from tests.claims.sheet_data import build_sheet_claims

from .conftest import expect, screenshot

pytestmark = pytest.mark.browser
ATOM = "{http://www.w3.org/2005/Atom}"


def relative_luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground, background):
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


COLOURS_JS = """(selector) => Array.from(document.querySelectorAll(selector)).map((element) => {
  const rgb = (text) => text.match(/\\d+/g).slice(0, 3).map(Number);
  let node = element, background = 'rgba(0, 0, 0, 0)';
  while (node && (background === 'rgba(0, 0, 0, 0)' || background === 'transparent')) {
    background = getComputedStyle(node).backgroundColor; node = node.parentElement;
  }
  if (background === 'rgba(0, 0, 0, 0)') background = 'rgb(255, 255, 255)';
  return [rgb(getComputedStyle(element).color), rgb(background)];
})"""


def assert_readable(page, selectors):
    """Every text of ``selectors`` has at least WCAG AA contrast (4.5:1) against its computed background."""
    for selector in selectors:
        pairs = page.evaluate(COLOURS_JS, selector)
        assert pairs, f"nothing matches {selector}"
        for foreground, background in pairs:
            assert contrast(foreground, background) >= 4.5, (selector, foreground, background)


@pytest.fixture
def sheet_claims(db, reviewer):
    return build_sheet_claims(reviewer)


@pytest.fixture
def other_site():
    """A page on another loopback port that frames the given addresses: ``other_site(embed, page)``."""
    servers = []

    def serve(*frames):
        body = "".join(
            f'<h2>{name}</h2><iframe id="{name}" src="{src}" width="520" height="300"></iframe>' for name, src in frames
        )
        html = f"<!doctype html><title>A newsroom's story</title><h1>Our story</h1>{body}".encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(html)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield serve
    for server in servers:
        server.shutdown()


def test_a_reader_without_javascript_searches_reads_and_follows(live_server, browser_page, sheet_claims, reviewer):
    claim_transition(claim=sheet_claims.approx, action="retract", user=reviewer, reason="The ministry withdrew it.")
    context = browser_page.context.browser.new_context(
        java_script_enabled=False, viewport={"width": 1200, "height": 900}
    )
    page = context.new_page()

    page.goto(f"{live_server.url}/claims/")
    assert page.get_by_role("heading", level=1).inner_text() == "Claims"
    assert_readable(page, ["body", "main a", "form.filters label", "button", ".meta"])
    page.get_by_label("Search words").fill("Hellfire")
    page.get_by_label("Verdict").select_option(label="Mostly true")
    page.get_by_role("button", name="Show claims").click()
    assert page.get_by_role("heading", level=2).first.inner_text() == "Claims 1–1"
    expect(page.locator("ul.claims > li")).to_have_count(1)
    screenshot(page, "public-index-searched")
    page.get_by_role(
        "link", name="The Pentagon paused deliveries of more than 100 Hellfire missiles to Ukraine."
    ).click()

    assert page.locator(".figure").inner_text() == "> 100 missiles"
    assert "The Hill ← NBC News ← six anonymous sources" in page.locator("ol.sources").inner_text()
    assert page.locator(".verdict").inner_text() == "Mostly true"
    assert_readable(page, ["h1", ".figure", ".verdict", ".chain", ".small", "blockquote"])
    screenshot(page, "public-claim-page")

    # A bad figure in the address: a page that names the parameter, not an error screen.
    response = page.goto(f"{live_server.url}/claims/?value_min=twelve")
    assert response.status == 400
    assert "value_min" in page.get_by_role("alert").inner_text()

    page.goto(f"{live_server.url}/claims/")
    page.get_by_label("Status").select_option(label="Retracted")
    page.get_by_role("button", name="Show claims").click()
    page.get_by_role("link", name="North Korea sent roughly 12,000 troops to Kursk.").click()
    notice = page.get_by_role("note")
    assert "Retracted" in notice.inner_text() and "The ministry withdrew it." in notice.inner_text()
    assert_readable(page, [".notice", ".notice strong"])
    screenshot(page, "public-claim-retracted")

    # From a claim on a metric to the metric's chart.
    page.goto(f"{live_server.url}/claims/?metric=nk-workers-kursk")
    page.get_by_role("link", name="North Korea will send 4,000 to 5,000 workers to Kursk.").click()
    expect(page.get_by_role("heading", name="Part of: North Korean workers sent to Kursk")).to_be_visible()
    page.wait_for_load_state("load")  # the click returns once the page arrives; its chart may still be loading
    assert page.locator("img.chart").evaluate("img => img.complete && img.naturalWidth > 0")
    page.get_by_role("link", name="chart", exact=True).click()
    assert page.url.endswith("/metrics/nk-workers-kursk/chart.svg")
    assert "4,000–5,000 workers" in page.content()

    # The index's search, followed as a feed.
    feed = page.request.get(f"{live_server.url}/claims/feed.atom?status=published,retracted")
    root = ET.fromstring(feed.body())
    titles = [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]
    assert "Retracted: North Korea sent roughly 12,000 troops to Kursk. (≈ 12,000 troops)" in titles
    context.close()


def test_another_site_frames_the_embed_but_not_the_claim_page(live_server, browser_page, sheet_claims, other_site):
    claim = sheet_claims.relayed
    oembed = browser_page.request.get(
        f"{live_server.url}/oembed?url={live_server.url}{claim.get_absolute_url()}"
    ).json()
    embed_src = oembed["html"].split('src="')[1].split('"')[0]
    host = other_site(("embed", embed_src), ("page", f"{live_server.url}{claim.get_absolute_url()}"))
    page = browser_page

    page.goto(host)
    card = page.frame_locator("#embed")
    assert card.locator(".figure").inner_text() == "> 100 missiles"
    assert card.locator(".verdict").inner_text() == "Mostly true"
    assert "The Hill ← NBC News ← six anonymous sources" in card.locator("article").inner_text()
    framed_page = page.locator("iframe#page").element_handle().content_frame()
    for _ in range(100):  # the refusal arrives with the response: wait for it, up to 10 s
        if framed_page.url.startswith("chrome-error://"):
            break
        page.wait_for_timeout(100)
    assert framed_page.url.startswith("chrome-error://"), "the claim page must refuse to be framed"
    assert "Hellfire" not in framed_page.content()
    screenshot(page, "public-embed-on-another-site")


def test_an_editor_previews_a_draft_from_the_admin(live_server, logged_in_page, sheet_claims, editor):
    page = logged_in_page(editor)
    page.goto(f"{live_server.url}/admin/claims/claim/{sheet_claims.draft.pk}/change/")
    page.get_by_role("link", name="Preview", exact=True).click()
    notice = page.get_by_role("note")
    expect(notice).to_contain_text("the public cannot see this claim (draft)")
    assert page.get_by_role("heading", level=1).inner_text() == "Thousands more may follow."
    assert_readable(page, [".notice.preview", ".notice.preview strong", ".notice.preview a"])
    assert page.get_by_role("link", name="claim card").count() == 0  # a draft has no embed yet
    screenshot(page, "public-claim-preview")
    notice.get_by_role("link", name="Back to the claim in the admin").click()
    page.wait_for_url(f"**/admin/claims/claim/{sheet_claims.draft.pk}/change/")
