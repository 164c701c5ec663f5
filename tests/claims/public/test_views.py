"""The public claim page, the claims index, the embed card and oEmbed, read without an account."""

import json
import re
from decimal import Decimal
from html import unescape

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from claims.public.addresses import claim_path
from claims.revisions import pending_revision
from claims.services import claim_save, claim_transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def public():
    return Client()


def page_of(client, claim):
    response = client.get(claim_path(claim))
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def json_ld_of(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1)) if match else None


def text_of(html):
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


# --- The claim page -----------------------------------------------------------------------


def test_claim_page_shows_figure_chain_sources_and_verdict(public, sheet_claims):
    html = page_of(public, sheet_claims.relayed)
    text = text_of(html)
    assert "<h1>The Pentagon paused deliveries of more than 100 Hellfire missiles to Ukraine.</h1>" in html
    assert "> 100 missiles" in text
    assert "The Hill ← NBC News ← six anonymous sources" in text
    assert "Two outlets, the same six sources." in text
    assert 'href="https://www.nbcnews.com/hellfire"' in html


def test_claim_page_carries_the_exports_claimreview_pointing_at_itself(public, sheet_claims):
    html = page_of(public, sheet_claims.relayed)
    data = json_ld_of(html)
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["itemReviewed"]["identifier"] == f"urn:uuid:{sheet_claims.relayed.uid}"
    figureless = json_ld_of(page_of(public, sheet_claims.figureless))
    assert figureless["url"] == f"http://testserver{claim_path(sheet_claims.figureless)}"


def test_json_ld_cannot_end_its_script(public, sheet_claims):
    claim = sheet_claims.figureless
    Claim.objects.filter(pk=claim.pk).update(statement="Denied </script><script>alert(1)</script> it")
    html = page_of(public, Claim.objects.get(pk=claim.pk))
    assert "<script>alert(1)" not in html
    assert json_ld_of(html)["claimReviewed"] == "Denied </script><script>alert(1)</script> it"


def test_unreviewed_claim_page_has_no_json_ld(public, sheet_claims):
    html = page_of(public, sheet_claims.approx)
    assert json_ld_of(html) is None and "Not reviewed yet." in html


@pytest.mark.parametrize("who", ["public", "editor_client"])
def test_a_draft_has_no_public_page_for_anyone(request, sheet_claims, who):
    client = request.getfixturevalue(who)
    assert client.get(claim_path(sheet_claims.draft)).status_code == 404
    assert client.get(reverse("claims:public-claim-embed", args=[sheet_claims.draft.pk])).status_code == 404


# --- The newsroom's preview -----------------------------------------------------------------


def preview_url(claim):
    return reverse("claims:public-claim-preview", args=[claim.pk])


def test_an_editor_previews_a_draft_as_its_page_will_read(editor_client, sheet_claims):
    response = editor_client.get(preview_url(sheet_claims.draft))
    assert response.status_code == 200
    text = text_of(response.content.decode())
    assert "Preview : the public cannot see this claim (draft)." in text
    assert "Thousands more may follow." in text and "Back to the claim in the admin" in text
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_preview_is_for_the_newsroom_only(public, client, sheet_claims, django_user_model):
    url = preview_url(sheet_claims.draft)
    assert public.get(url)["Location"].startswith("/admin/login/")  # signed out: asked to sign in
    reader = django_user_model.objects.create_user("reader", password="pw-reader-2026", is_staff=True)
    client.force_login(reader)  # staff without the right to read claims: as if it did not exist
    assert client.get(url).status_code == 404


def test_previewing_a_public_claim_opens_its_page(editor_client, sheet_claims):
    response = editor_client.get(preview_url(sheet_claims.approx))
    assert response.status_code == 302 and response["Location"] == claim_path(sheet_claims.approx)


def test_the_admin_offers_preview_for_claims_the_public_cannot_see(editor_client, sheet_claims):
    draft_page = editor_client.get(reverse("admin:claims_claim_change", args=[sheet_claims.draft.pk]))
    assert f'href="{preview_url(sheet_claims.draft)}"' in draft_page.content.decode()
    public_page = editor_client.get(reverse("admin:claims_claim_change", args=[sheet_claims.approx.pk]))
    assert "Preview</a>" not in public_page.content.decode()


def test_a_changed_statement_redirects_the_old_address(public, sheet_claims):
    claim = sheet_claims.approx
    old = claim_path(claim)
    Claim.objects.filter(pk=claim.pk).update(statement="North Korea sent about 12,000 soldiers.")
    response = public.get(old)
    assert response.status_code == 301
    assert response["Location"] == f"/claims/{claim.pk}/north-korea-sent-about-12000-soldiers/"
    assert public.get(f"/claims/{claim.pk}/")["Location"] == response["Location"]


def test_a_retracted_claim_says_when_and_why(public, sheet_claims, reviewer):
    claim_transition(claim=sheet_claims.approx, action="retract", user=reviewer, reason="The source withdrew it.")
    text = text_of(page_of(public, sheet_claims.approx))
    assert "Retracted on" in text and "The source withdrew it." in text


def test_a_changed_figure_is_listed_as_a_correction(public, sheet_claims, reviewer):
    claim = Claim.objects.get(pk=sheet_claims.approx.pk)
    claim.value = Decimal("11000")
    claim_save(claim=claim, user=reviewer, change_reason="NIS revised its estimate")
    text = text_of(page_of(public, claim))
    assert "Corrections" in text
    assert "the figure changed from ≈ 12,000 troops to ≈ 11,000 troops — NIS revised its estimate" in text


def test_a_pending_revision_is_not_public(public, sheet_claims, editor):
    claim = Claim.objects.get(pk=sheet_claims.approx.pk)
    claim.value = Decimal("99000")
    claim_save(claim=claim, user=editor)
    assert pending_revision(claim) is not None
    text = text_of(page_of(public, claim))
    assert "≈ 12,000 troops" in text and "99,000" not in text


def test_the_metric_links_to_its_chart_and_timeline(public, sheet_claims):
    html = page_of(public, sheet_claims.ranged)
    for name in ("claims:metric-chart", "claims:metric-timeline"):
        link = reverse(name, args=["nk-workers-kursk"])
        assert f'href="{link}"' in html
        assert public.get(link).status_code == 200


def test_admin_view_on_site_opens_the_public_page(editor_client, sheet_claims):
    claim = sheet_claims.relayed
    content_type = ContentType.objects.get_for_model(Claim)
    response = editor_client.get(reverse("admin:view_on_site", args=[content_type.pk, claim.pk]))
    assert response.status_code == 302 and response["Location"].endswith(claim_path(claim))


def test_the_page_is_cacheable(public, sheet_claims):
    response = public.get(claim_path(sheet_claims.relayed))
    assert "public" in response["Cache-Control"] and response["ETag"]
    again = public.get(claim_path(sheet_claims.relayed), headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304


# --- Framing: the embed only ---------------------------------------------------------------


def test_the_claim_page_refuses_framing(public, sheet_claims):
    response = public.get(claim_path(sheet_claims.relayed))
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_embed_may_be_framed_and_keeps_the_rest_of_the_policy(public, sheet_claims):
    response = public.get(reverse("claims:public-claim-embed", args=[sheet_claims.relayed.pk]))
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors *" in policy and "object-src 'none'" in policy and "default-src 'self'" in policy
    text = text_of(response.content.decode())
    assert "> 100 missiles" in text and "The Hill ← NBC News ← six anonymous sources" in text


# --- oEmbed --------------------------------------------------------------------------------


def test_oembed_announces_the_embed(public, sheet_claims):
    url = f"http://testserver{claim_path(sheet_claims.relayed)}"
    html = page_of(public, sheet_claims.relayed)
    assert 'type="application/json+oembed"' in html
    data = public.get(reverse("claims:public-oembed"), {"url": url, "maxwidth": "400"}).json()
    assert data["type"] == "rich" and data["version"] == "1.0" and data["width"] == 400
    embed = f"http://testserver{reverse('claims:public-claim-embed', args=[sheet_claims.relayed.pk])}"
    assert f'src="{embed}"' in data["html"]


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("", 400, "url"),
        ("http://testserver/admin/", 404, None),
        # Our claim's path on another site, or with no site at all, is not our claim.
        ("https://news.example.org/claims/{pk}/x/", 404, None),
        ("/claims/{pk}/x/", 404, None),
        ("javascript://testserver/claims/{pk}/x/", 404, None),
        ("x" * 2001, 400, "url"),
    ],
)
def test_oembed_refuses_what_is_not_a_public_claim(public, sheet_claims, url, status, says):
    response = public.get(reverse("claims:public-oembed"), {"url": url.format(pk=sheet_claims.relayed.pk)})
    assert response.status_code == status
    if says:
        assert says in response.json()


def test_oembed_knows_the_publisher_address(public, sheet_claims, settings):
    settings.FACTDB_PUBLISHER_URL = "https://checks.example.com"
    url = f"https://checks.example.com{claim_path(sheet_claims.relayed)}"
    assert public.get(reverse("claims:public-oembed"), {"url": url}).json()["type"] == "rich"


def test_oembed_of_a_draft_is_not_found(public, sheet_claims):
    url = f"http://testserver/claims/{sheet_claims.draft.pk}/thousands-more-may-follow/"
    assert public.get(reverse("claims:public-oembed"), {"url": url}).status_code == 404


def test_oembed_serves_json_only(public, sheet_claims):
    url = f"http://testserver{claim_path(sheet_claims.relayed)}"
    assert public.get(reverse("claims:public-oembed"), {"url": url, "format": "xml"}).status_code == 501


def test_view_on_site_is_offered_for_public_claims_only(editor_client, sheet_claims):
    def change_page(claim):
        return editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    assert f'href="{claim_path(sheet_claims.relayed)}"' in change_page(sheet_claims.relayed)
    assert "View on site" not in change_page(sheet_claims.draft)


@pytest.mark.parametrize("sources", [1, 4])
def test_claim_page_query_count_is_fixed(public, make_claim, django_assert_num_queries, sources):
    from claims.chains import LinkData
    from tests.factories import make_actor, make_source

    speaker = make_actor(kind="agency")
    links = [LinkData(make_source(), speaker, "said", "origin", 1) for _ in range(sources)]
    claim = make_claim(value=12000, qualifier="approx", unit="troops", status="published", links=links)
    with django_assert_num_queries(9):
        html = page_of(public, claim)
    assert html.count('class="chain"') == sources


@pytest.mark.parametrize("sources", [1, 4])
def test_preview_query_count_is_fixed(editor_client, make_claim, django_assert_num_queries, sources):
    from claims.chains import LinkData
    from tests.factories import make_actor, make_source

    speaker = make_actor(kind="agency")
    links = [LinkData(make_source(), speaker, "said", "origin", 1) for _ in range(sources)]
    claim = make_claim(value=12000, qualifier="approx", unit="troops", status="draft", links=links)
    with django_assert_num_queries(13):  # the page's 9, the session, the user and their permissions
        response = editor_client.get(preview_url(claim))
    assert response.content.decode().count('class="chain"') == sources
