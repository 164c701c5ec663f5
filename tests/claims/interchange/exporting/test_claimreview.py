"""ClaimReview JSON-LD: schema.org's required fields, only for reviewed, published claims."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.interchange.exporting.claimreview import quantitative_value
from claims.models import Claim, Review
from claims.public.addresses import claim_path
from claims.services import claim_transition, review_save
from tests.claims.sheet_files import csv_rows, export, json_document

CLAIMS = "/api/v1/claims/"
CHANGELIST = reverse("admin:claims_claim_changelist")

REQUIRED = {"@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"}


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def reviews_by_claim(document):
    return {item["itemReviewed"]["identifier"].removeprefix("urn:uuid:"): item for item in document["@graph"]}


def test_only_reviewed_published_claims_become_claim_reviews(sheet_claims):
    document = json_document(export("claimreview", base_url="https://factdb.example/"))
    assert document["@context"] == "https://schema.org"
    assert set(reviews_by_claim(document)) == {str(sheet_claims.relayed.uid), str(sheet_claims.figureless.uid)}


def test_claim_review_has_the_required_fields(sheet_claims):
    review = reviews_by_claim(json_document(export("claimreview")))[str(sheet_claims.relayed.uid)]
    assert set(review) >= REQUIRED
    assert review["@type"] == "ClaimReview"
    assert review["url"] == "https://factdb.example/reviews/hellfire"
    assert review["claimReviewed"] == sheet_claims.relayed.statement
    assert review["datePublished"] == "2025-07-05"
    assert review["author"] == {"@type": "Organization", "name": "factdb"}
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly true",
    }
    assert review["reviewBody"] == "Two outlets, the same six sources."


def test_item_reviewed_names_who_said_it_and_where_it_appeared(sheet_claims):
    item = reviews_by_claim(json_document(export("claimreview")))[str(sheet_claims.relayed.uid)]["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "six anonymous sources"}
    assert item["datePublished"] == "2025-07-02"
    assert item["firstAppearance"]["url"] == "https://www.nbcnews.com/hellfire"
    assert [work["url"] for work in item["appearance"]] == [
        "https://www.nbcnews.com/hellfire",
        "https://thehill.com/pentagon-halts",
    ]
    assert item["appearance"][1]["publisher"] == {"@type": "Organization", "name": "The Hill"}
    assert item["about"] == {
        "@type": "QuantitativeValue",
        "name": "> 100 missiles",
        "minValue": 100,
        "unitText": "missiles",
    }


def test_figureless_claim_has_no_quantitative_value_and_a_fallback_url(sheet_claims):
    review = reviews_by_claim(json_document(export("claimreview", base_url="https://factdb.example/")))[
        str(sheet_claims.figureless.uid)
    ]
    assert "about" not in review["itemReviewed"]
    # No review address of its own: the claim's public page.
    assert review["url"] == f"https://factdb.example{claim_path(sheet_claims.figureless)}"
    assert review["reviewRating"]["ratingValue"] == 1 and review["reviewRating"]["alternateName"] == "False"


def test_quantitative_value_per_qualifier(sheet_claims, make_claim):
    def figure(claim):
        return quantitative_value(Claim.objects.get(pk=claim.pk))

    assert figure(sheet_claims.ranged) == {
        "@type": "QuantitativeValue",
        "name": "4,000–5,000 workers",
        "minValue": 4000,
        "maxValue": 5000,
        "unitText": "workers",
    }
    approx = figure(sheet_claims.approx)
    assert (approx["value"], approx["minValue"], approx["maxValue"]) == (12000, 10800, 13200)
    assert figure(make_claim(value=477, unit="drones")) == {
        "@type": "QuantitativeValue",
        "name": "477 drones",
        "value": 477,
        "unitText": "drones",
    }
    at_most = figure(make_claim(value="2.5", qualifier="up_to", unit="percent"))
    assert "minValue" not in at_most and at_most["maxValue"] == 2.5


def test_unproven_review_has_words_and_no_number(make_claim, reviewer):
    claim = make_claim(value=5, unit="drones", status="published")
    review_save(review=Review(claim=claim, rating="unproven", status="published"))
    (review,) = json_document(export("claimreview", Claim.objects.filter(pk=claim.pk)))["@graph"]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}


# --- Staff exports: reviewers see drafts, ClaimReview still publishes only public claims (published,
# and retracted ones carrying their retraction)


@pytest.fixture
def unpublished_reviewed(sheet_claims, make_claim):
    """Claims a reviewer can read but the public cannot, each with a published review: a
    draft, one in review, and one retracted after its review was published; and a
    published claim whose only review is still a draft."""
    claims = {}
    for status in ("draft", "in_review", "retracted"):
        claim = make_claim(
            statement=f"A {status} claim with a published review.",
            value=5,
            unit="drones",
            status="published" if status == "retracted" else status,
        )
        review_save(
            review=Review(
                claim=claim, rating="false", status="published", url=f"https://factdb.example/reviews/{status}"
            )
        )
        if status == "retracted":
            claim_transition(claim=claim, action="retract", user=None, reason="Retracted in a test.")
        claims[status] = Claim.objects.get(pk=claim.pk)
    assert [claim.status for claim in claims.values()] == ["draft", "in_review", "retracted"]
    assert all(claim.verdict == "false" for claim in claims.values())
    claims["draft_review"] = make_claim(statement="Published, its review a draft.", status="published")
    review_save(review=Review(claim=claims["draft_review"], rating="true", status="draft"))
    return claims


def uids(*claims):
    return {str(claim.uid) for claim in claims}


def published_reviewed(sheet_claims, unpublished_reviewed):
    """What ClaimReview publishes: published claims' reviews, and the retracted claim's, with the retraction."""
    return uids(sheet_claims.relayed, sheet_claims.figureless, unpublished_reviewed["retracted"])


def assert_retraction_carried(document, retracted):
    correction = reviews_by_claim(document)[str(retracted.uid)]["correction"]
    assert correction == {
        "@type": "CorrectionComment",
        "text": "Retracted: Retracted in a test.",
        "datePublished": retracted.retracted_at.isoformat(),
    }


def test_a_reviewer_exporting_on_the_api_gets_only_public_claims(reviewer_api, sheet_claims, unpublished_reviewed):
    # The reviewer does read the unpublished claims: the same request as CSV lists them.
    rows = csv_rows(content(reviewer_api.get(CLAIMS, {"format": "csv"})))
    assert uids(*unpublished_reviewed.values()) <= {row["UID"] for row in rows}

    document = json_document(content(reviewer_api.get(CLAIMS, {"format": "claimreview"})))
    assert set(reviews_by_claim(document)) == published_reviewed(sheet_claims, unpublished_reviewed)
    assert_retraction_carried(document, unpublished_reviewed["retracted"])
    asked_for = reviewer_api.get(CLAIMS, {"format": "claimreview", "status": "draft,in_review,retracted"})
    assert set(reviews_by_claim(json_document(content(asked_for)))) == uids(unpublished_reviewed["retracted"])


def test_a_reviewer_exporting_from_the_admin_gets_only_public_claims(
    reviewer_client, sheet_claims, unpublished_reviewed
):
    selected = list(Claim.objects.values_list("pk", flat=True))
    response = reviewer_client.post(
        CHANGELIST, {"action": "export_selected", "_selected_action": selected, "format": "claimreview"}
    )
    assert response["Content-Type"] == "application/ld+json"
    document = json_document(content(response))
    assert set(reviews_by_claim(document)) == published_reviewed(sheet_claims, unpublished_reviewed)
    assert "A draft claim with a published review." not in content(response).decode()


def test_a_reviewer_exporting_on_the_command_line_gets_only_public_claims(sheet_claims, unpublished_reviewed, tmp_path):
    path = tmp_path / "reviews.jsonld"
    call_command("export_claims", "--format", "claimreview", "--user", "rita", "-o", str(path))
    expected = published_reviewed(sheet_claims, unpublished_reviewed)
    assert set(reviews_by_claim(json_document(path.read_bytes()))) == expected
    call_command("export_claims", "status=retracted", "--format", "claimreview", "--user", "rita", "-o", str(path))
    document = json_document(path.read_bytes())
    assert set(reviews_by_claim(document)) == uids(unpublished_reviewed["retracted"])
    assert_retraction_carried(document, unpublished_reviewed["retracted"])
