from html.parser import HTMLParser

import pytest
from django.urls import reverse

# Every link a newcomer finds on the home page, exactly as written there, and what it opens.
HOME_LINKS = {
    "/admin/": "text/html",
    "/api/docs/": "text/html",
    "/api/schema/": "application/vnd.oai.openapi",
    "/api/v1/claims/": "application/json",
    "/api/v1/claims/?format=csv": "text/csv",
    "/api/v1/claims/?format=xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "/api/v1/claims/?format=sheet-json": "application/json",
    "/api/v1/claims/?format=claimreview": "application/ld+json",
    "/sheets/": "text/html",
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href"))


def home_links(client):
    parser = Links()
    parser.feed(client.get("/").content.decode())
    return parser.hrefs


def test_home_page_counts_and_links(client, seeded):
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    public = response.context["claim_count"]
    assert public == 15  # seventeen seed claims, two not yet published
    # The source and two speakers that only the draft about Iran cites are not counted for the public.
    assert (response.context["source_count"], response.context["speaker_count"]) == (3, 11)
    for url in [reverse("admin:index"), reverse("api-docs"), "/api/v1/claims/"]:
        assert url in page


def test_home_page_counts_drafts_for_editors(editor_client, seeded):
    context = editor_client.get("/").context
    assert (context["claim_count"], context["source_count"], context["speaker_count"]) == (17, 4, 13)


def test_home_page_links_are_exactly_the_admin_docs_exports_and_sheets(client, seeded):
    # Removing or renaming any of these (the CSV or XLSX export, the sheets, the API docs) fails here.
    assert set(home_links(client)) == set(HOME_LINKS)


@pytest.mark.parametrize("href, content_type", HOME_LINKS.items())
def test_every_home_page_link_opens(client, seeded, href, content_type):
    response = client.get(href, follow=True)
    assert response.status_code == 200, href
    assert response["Content-Type"].startswith(content_type), (href, response["Content-Type"])
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if "format=" in href and href.endswith(("csv", "json")):
        assert "477" in body.decode("utf-8-sig")  # the export holds the published claims
