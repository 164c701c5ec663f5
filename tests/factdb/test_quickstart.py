"""The README's first command serves a styled admin and working API docs, with nothing collected."""

from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest

from tests.quickstart import fetch, quickstart_server

# The quickstart is the embedded SQLite database, whatever the suite runs on.
pytestmark = pytest.mark.database_independent


class AssetLinks(HTMLParser):
    """Stylesheet and script URLs of a page, as a browser would request them."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.scripts = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])


def assets(url):
    status, _, body = fetch(url)
    assert status == 200, url
    parser = AssetLinks()
    parser.feed(body.decode())
    return [urljoin(url, href) for href in parser.stylesheets], [urljoin(url, src) for src in parser.scripts]


def test_setup_demo_and_runserver_serve_the_admin_styles_and_the_api_docs_scripts(tmp_path, migrated_sqlite_file):
    with quickstart_server(tmp_path, migrated_sqlite_file) as url:
        stylesheets, _ = assets(f"{url}/admin/login/")
        _, docs_scripts = assets(f"{url}/api/docs/")
        assert any(href.endswith("/static/admin/css/base.css") for href in stylesheets), stylesheets
        assert any("drf_spectacular_sidecar" in src for src in docs_scripts), docs_scripts
        for href in stylesheets:
            status, content_type, body = fetch(href)
            assert (status, content_type.split(";")[0]) == (200, "text/css"), href
            assert body
        for src in docs_scripts:
            status, content_type, body = fetch(src)
            # Static files are text/javascript; Swagger UI's start-up script (its own view, so the
            # Content-Security-Policy needs no inline script) is application/javascript.
            assert status == 200 and content_type.split(";")[0] in ("text/javascript", "application/javascript"), src
            assert body
    assert not (tmp_path / "staticfiles").exists()  # served without collectstatic
