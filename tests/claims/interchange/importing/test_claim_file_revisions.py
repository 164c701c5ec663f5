"""Sheet imports and pending revisions: an editor's sheet does not change published claims at once."""

import io

import pytest

from claims.interchange.importing.claim_file import ClaimFileImporter
from claims.interchange.importing.readers import read_sheet
from claims.models import Claim
from claims.revisions import pending_revision


def import_sheet(data, user):
    rows = read_sheet(io.BytesIO(data.encode()), "workers.csv")
    return ClaimFileImporter(user=user, filename="workers.csv").run(rows)


@pytest.fixture
def published(make_claim):
    return make_claim(
        statement="60,000 workers went to Russia", value=60000, qualifier="approx", unit="workers", status="published"
    )


def test_an_editors_sheet_changes_a_published_claim_as_a_pending_revision(published, editor, api):
    result = import_sheet(f"UID,Value,Place,Status\n{published.uid},70000,North Korea,published\n", editor)
    assert not result.errors and result.written
    assert result.plans[0].changes[-1].startswith("Pending review: the published claim is unchanged")
    claim = Claim.objects.get(pk=published.pk)
    assert (claim.value, claim.place, claim.status) == (60000, "", "published")
    assert pending_revision(claim).fields == {"value": "70000", "place": "North Korea"}
    assert api.get(f"/api/v1/claims/{claim.pk}/").json()["figure"]["value"] == 60000


def test_a_reviewers_sheet_applies_at_once(published, reviewer):
    import_sheet(f"UID,Value\n{published.uid},70000\n", reviewer)
    claim = Claim.objects.get(pk=published.pk)
    assert claim.value == 70000 and pending_revision(claim) is None
