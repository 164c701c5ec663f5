"""History pages in words: who, why, labels and figures, never "None" (claims/admin/history_words.py)."""

import lxml.html
from django.urls import reverse

from claims.chains import LinkData
from claims.models import Claim
from claims.services import claim_save
from tests.factories import make_actor, make_source
from tests.rendered_forms import rendered_form


def history_rows(client, claim):
    page = lxml.html.fromstring(client.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode())
    headers = [th.text_content().strip() for th in page.xpath("//table[@id='change-history']/thead//th")]
    return [
        dict(zip(headers, (" ".join(td.text_content().split()) for td in row.xpath("td")), strict=True))
        for row in page.xpath("//table[@id='change-history']/tbody/tr")
    ], page


def test_the_history_says_who_changed_what_in_words(reviewer_client, reviewer):
    source, actor = make_source(title="Kursk story"), make_actor("Ukrainian officials")
    claim = Claim(statement="About 12,000 troops", value=12000, qualifier="approx", unit="troops")
    claim_save(claim=claim, links=[LinkData(source, actor, "according_to", "origin", 1)])  # by a loader: no user
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = rendered_form(reviewer_client.get(url).content.decode(), "claim_form")
    form.set("qualifier", "more_than")
    form.set("value", "13,000")
    assert reviewer_client.post(url, form).status_code == 302

    rows, page = history_rows(reviewer_client, claim)
    edit, first = rows[0], rows[-1]
    assert edit["Changed by"] == reviewer.username
    assert "Qualifier: approximately → more than" in edit["What changed"]
    assert "Value: 12,000 → 13,000" in edit["What changed"]
    assert first["Changed by"] == "no user (loaded or imported)"
    table = page.xpath("string(//table[@id='change-history'])")
    assert "None" not in table and "more_than" not in table and "12000.0000" not in table

    version = claim.history.order_by("history_id").first()
    revert = reviewer_client.get(reverse("admin:claims_claim_simple_history", args=[claim.pk, version.history_id]))
    text = " ".join(lxml.html.fromstring(revert.content.decode()).xpath("string(//div[@id='content-main'])").split())
    assert "Changed by: no user (loaded or imported)" in text
    assert "Kursk story: Ukrainian officials (according to, origin)" in text
    assert "according_to" not in text


def test_the_page_of_a_version_names_who_made_it(reviewer_client, reviewer, make_claim):
    claim = make_claim(value=5, unit="drones", statement="Five drones")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    form = rendered_form(reviewer_client.get(url).content.decode(), "claim_form")
    form.set("statement", "Five drones, reworded")
    assert reviewer_client.post(url, form).status_code == 302
    version = claim.history.order_by("-history_id").first()
    revert = reviewer_client.get(reverse("admin:claims_claim_simple_history", args=[claim.pk, version.history_id]))
    text = " ".join(lxml.html.fromstring(revert.content.decode()).xpath("string(//div[@id='content-main'])").split())
    assert f"Changed by: {reviewer.username}" in text
