from django.urls import reverse


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
