"""ClaimReview JSON-LD: schema.org's required fields, only for reviewed, published claims."""

from claims.exports.claimreview import quantitative_value
from claims.models import Claim
from tests.claims.sheet_files import export, json_document

REQUIRED = {"@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"}


def reviews_by_claim(document):
    return {item["itemReviewed"]["identifier"].removeprefix("urn:uuid:"): item for item in document["@graph"]}


def test_only_reviewed_published_claims_become_claim_reviews(sheet_claims):
    document = json_document(export("claimreview", base_url="https://factdb.example/"))
    assert document["@context"] == "https://schema.org"
    assert set(reviews_by_claim(document)) == {str(sheet_claims.relayed.uid), str(sheet_claims.figureless.uid)}


def test_claim_review_has_the_required_fields(sheet_claims):
    review = reviews_by_claim(json_document(export("claimreview")))[str(sheet_claims.relayed.uid)]
    assert REQUIRED <= set(review)
    assert review["@type"] == "ClaimReview"
    assert review["url"] == "https://factdb.example/reviews/hellfire"
    assert review["claimReviewed"] == sheet_claims.relayed.statement
    assert review["datePublished"] == "2025-07-05"
    assert review["author"] == {"@type": "Organization", "name": "factdb"}
    assert review["reviewRating"] == {
        "@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly true"
    }
    assert review["reviewBody"] == "Two outlets, the same six sources."


def test_item_reviewed_names_who_said_it_and_where_it_appeared(sheet_claims):
    item = reviews_by_claim(json_document(export("claimreview")))[str(sheet_claims.relayed.uid)]["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "six anonymous sources"}
    assert item["datePublished"] == "2025-07-02"
    assert item["firstAppearance"]["url"] == "https://www.nbcnews.com/hellfire"
    assert [work["url"] for work in item["appearance"]] == [
        "https://www.nbcnews.com/hellfire", "https://thehill.com/pentagon-halts"
    ]
    assert item["appearance"][1]["publisher"] == {"@type": "Organization", "name": "The Hill"}
    assert item["about"] == {
        "@type": "QuantitativeValue", "name": "> 100 missiles", "minValue": 100, "unitText": "missiles"
    }


def test_figureless_claim_has_no_quantitative_value_and_a_fallback_url(sheet_claims):
    review = reviews_by_claim(json_document(export("claimreview", base_url="https://factdb.example/")))[
        str(sheet_claims.figureless.uid)
    ]
    assert "about" not in review["itemReviewed"]
    assert review["url"] == f"https://factdb.example/api/v1/claims/{sheet_claims.figureless.pk}/"
    assert review["reviewRating"]["ratingValue"] == 1 and review["reviewRating"]["alternateName"] == "False"


def test_quantitative_value_per_qualifier(sheet_claims, make_claim):
    def figure(claim):
        return quantitative_value(Claim.objects.get(pk=claim.pk))

    assert figure(sheet_claims.ranged) == {
        "@type": "QuantitativeValue", "name": "4,000–5,000 workers", "minValue": 4000, "maxValue": 5000,
        "unitText": "workers",
    }
    approx = figure(sheet_claims.approx)
    assert (approx["value"], approx["minValue"], approx["maxValue"]) == (12000, 10800, 13200)
    assert figure(make_claim(value=477, unit="drones")) == {
        "@type": "QuantitativeValue", "name": "477 drones", "value": 477, "unitText": "drones"
    }
    at_most = figure(make_claim(value="2.5", qualifier="up_to", unit="percent"))
    assert "minValue" not in at_most and at_most["maxValue"] == 2.5


def test_unproven_review_has_words_and_no_number(make_claim, reviewer):
    from claims.models import Review
    from claims.services import review_save

    claim = make_claim(value=5, unit="drones", status="published")
    review_save(review=Review(claim=claim, rating="unproven", status="published"))
    (review,) = json_document(export("claimreview", Claim.objects.filter(pk=claim.pk)))["@graph"]
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
