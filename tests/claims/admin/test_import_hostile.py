"""The admin's import pages with hostile and oversized files: an error beside the file (a sheet) or
a skipped record with its reason (ClaimReview), never a 500.

Each file is sent through the form as the page renders it (its inputs parsed from the
page, the dry-run box as rendered), the way a user's browser submits it.
"""

import json
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.interchange.importing.readers import MAX_SHEET_COLUMNS, MAX_SHEET_ROWS
from claims.models import Claim, Tag
from tests.claims.interchange.importing.hostile_sheets import HOSTILE_XLSX, HUGE_DIMENSION, LAST_ROW
from tests.claims.sheet_files import export

URL = reverse("admin:claims_claim_import_sheet")


class FormInputs(HTMLParser):
    """The inputs of the page's upload form, as a browser would submit them."""

    def __init__(self):
        super().__init__()
        self.fields, self.file_inputs = {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "input" or not attrs.get("name"):
            return
        if attrs.get("type") == "file":
            self.file_inputs.append(attrs["name"])
        elif attrs.get("type") == "checkbox":
            if "checked" in attrs:
                self.fields[attrs["name"]] = attrs.get("value", "on")
        else:
            self.fields[attrs["name"]] = attrs.get("value", "")


def submit(client, name, data, url=URL):
    """Load the page, fill its file input with ``data`` and submit the form as rendered."""
    inputs = FormInputs()
    inputs.feed(client.get(url).content.decode())
    assert inputs.file_inputs == ["file"] and "dry_run" in inputs.fields  # a dry run by default
    form = {**inputs.fields, "file": SimpleUploadedFile(name, data)}
    return client.post(url, form)


def file_error(response):
    """The error list rendered beside the file input."""
    page = response.content.decode()
    start = page.index('<ul class="errorlist')
    return page[start : page.index("</ul>", start)]


CASES = {
    **{f"{label}.xlsx": (data, "XLSX workbook") for label, data in HOSTILE_XLSX.items()},
    "XFD1048576.xlsx": (HUGE_DIMENSION, f"a sheet may have at most {MAX_SHEET_COLUMNS}"),
    "row-1048576.xlsx": (LAST_ROW, f"more than {MAX_SHEET_ROWS:,} rows"),
    "long.csv": (("Statement\n" + "x\n" * (MAX_SHEET_ROWS + 1)).encode(), f"more than {MAX_SHEET_ROWS:,} rows"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_or_oversized_sheet_is_an_error_beside_the_file(editor_client, name):
    data, message = CASES[name]
    response = submit(editor_client, name, data)
    assert response.status_code == 200
    assert message in file_error(response)
    assert not Claim.objects.exists()


def test_our_own_export_with_a_renamed_tag_imports_from_the_page(editor_client, sheet_claims):
    """Once a 500: the tag's slug was not its name's slug, and the import created it again."""
    assert Tag.objects.filter(slug="kursk", claims__isnull=False).distinct().update(name="Kursk region") == 1
    response = submit(editor_client, "all.csv", export("csv"))
    assert response.status_code == 200
    assert "0 claims would be created, 0 changed, 7 left unchanged." in response.content.decode()


CLAIMREVIEW_URL = reverse("admin:claims_claim_import_claimreview")


def claim_review(n, **overrides):
    return {
        "@type": "ClaimReview",
        "url": f"https://checkdesk.example/checks/{n}",
        "claimReviewed": f"Claim number {n}",
        "author": {"@type": "Organization", "name": "Check Desk"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        **overrides,
    }


@pytest.mark.parametrize(
    "data, reason",
    [
        (json.dumps([claim_review(1, url="javascript:alert(1)"), claim_review(2)]), "is not a web address"),
        (json.dumps([claim_review(1, claimReviewed="\ud800"), claim_review(2)]), "lone surrogate"),
        ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
    ],
    ids=["javascript url", "lone surrogate", "deep nesting"],
)
def test_a_hostile_claimreview_record_is_skipped_with_its_reason(reviewer_client, data, reason):
    response = submit(reviewer_client, "reviews.jsonld", data.encode(), CLAIMREVIEW_URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert reason in page and "1 skipped." in page


def test_an_undecodable_claimreview_file_is_an_error_beside_the_file(reviewer_client):
    response = submit(reviewer_client, "reviews.jsonld", b"\xff\xfe{", CLAIMREVIEW_URL)
    assert "The file is not UTF-8 text." in file_error(response)
