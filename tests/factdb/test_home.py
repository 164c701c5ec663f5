from django.urls import reverse


def test_home_page_counts_and_links(client, seeded):
    response = client.get("/")
    assert response.status_code == 200
    page = response.content.decode()
    public = response.context["claim_count"]
    assert public == 15  # seventeen seed claims, two not yet published
    assert response.context["source_count"] == 4 and response.context["speaker_count"] == 13
    for url in [reverse("admin:index"), reverse("api-docs"), "/api/v1/claims/"]:
        assert url in page


def test_home_page_counts_drafts_for_editors(editor_client, seeded):
    assert editor_client.get("/").context["claim_count"] == 17
