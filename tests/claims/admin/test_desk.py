"""The desk: the admin's first page counts what waits for the user and links to exactly that list."""

from datetime import date

import lxml.html
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, ClaimRevision, ImportRun, Metric
from claims.roles import REVIEWERS
from claims.services import claim_save
from tests.factories import bulk_claims

pytestmark = pytest.mark.django_db

DESK = reverse("admin:index")
SECTIONS = ["my-drafts", "in-review", "revisions", "conflicts", "suggestions", "imports"]


def desk_page(client):
    response = client.get(DESK)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def section(page, key):
    [found] = page.xpath(f"//section[@id='desk-{key}']")
    total = found.xpath(".//a[@class='desk-total']")[0]
    return {
        "count": int(total.text_content()),
        "url": total.get("href"),
        "items": [" ".join(li.text_content().split()) for li in found.xpath(".//ul[@class='desk-items']/li")],
        "links": {
            " ".join(a.text_content().split()).split(" ", 1)[1]: (int(a.text_content().split()[0]), a.get("href"))
            for a in found.xpath(".//a[@class='desk-link']")
        },
    }


def listed(client, url):
    """How many rows the list a desk link opens holds (every page)."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.context["cl"].result_count


def make_reviewer(django_user_model, username):
    user = django_user_model.objects.create_user(username=username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


def named(claims, statement):
    [claim] = claims
    Claim.objects.filter(pk=claim.pk).update(statement=statement)
    claim.refresh_from_db()
    return claim


@pytest.fixture
def newsroom(db, reviewer, editor, django_user_model, estimate, metric):
    """Work for the reviewer rita: her drafts, claims in review for her and for rob, a change
    waiting on a published claim, a metric in conflict, suggestions, an import."""
    rob = make_reviewer(django_user_model, "rob")
    bulk_claims(2, status="draft", created_by=reviewer)
    bulk_claims(1, status="draft", created_by=reviewer, provenance="suggested")
    bulk_claims(4, status="draft", created_by=editor)  # someone else's drafts
    bulk_claims(2, status="draft", created_by=editor, provenance="suggested")
    bulk_claims(2, status="in_review", assignee=rob)
    bulk_claims(3, status="in_review")
    named(bulk_claims(1, status="in_review", assignee=reviewer), "Kursk losses, for rita")  # the newest
    published = named(bulk_claims(1, status="published"), "Drones over Kharkiv")
    published.quote = "more than 300 drones"
    claim_save(claim=published, user=editor)  # an editor's change to a published claim waits
    estimate(12000, "approx")
    estimate(3000, "exact")  # 12,000 ± 10 % and 3,000 cannot both be right: a live conflict
    Metric.objects.create(name="Quiet metric", slug="quiet")
    ImportRun.objects.create(
        kind="claimreview", file_name="page.html", user=reviewer, created=1, skipped=1,
        skipped_records=[{"where": "block 4", "reason": "not valid JSON"}],
    )  # fmt: skip
    return {"rob": rob}


def test_the_desk_counts_each_section_and_links_to_exactly_those_claims(reviewer_client, newsroom):
    page = desk_page(reviewer_client)
    found = {key: section(page, key) for key in SECTIONS}
    assert {key: found[key]["count"] for key in SECTIONS} == {
        "my-drafts": 3,
        "in-review": 6,
        "revisions": 1,
        "conflicts": 1,
        "suggestions": 3,
        "imports": 1,
    }
    for key in SECTIONS:
        assert listed(reviewer_client, found[key]["url"]) == found[key]["count"], key


def test_claims_in_review_say_for_whom_and_link_to_mine_and_the_unassigned(reviewer_client, newsroom):
    review = section(desk_page(reviewer_client), "in-review")
    assert {label: count for label, (count, _) in review["links"].items()} == {
        "assigned to you": 1,
        "unassigned": 3,
        "assigned to a reviewer": 3,
    }
    for label, (count, url) in review["links"].items():
        assert listed(reviewer_client, url) == count, label
    mine = reviewer_client.get(review["links"]["assigned to you"][1])
    assert [claim.statement for claim in mine.context["cl"].result_list] == ["Kursk losses, for rita"]
    assert sum("for rob" in item for item in review["items"]) == 1  # the five newest
    assert sum("unassigned" in item for item in review["items"]) == 3
    assert any(item.startswith("Kursk losses, for rita for rita") for item in review["items"]), review["items"]


def test_each_section_lists_its_newest_items_with_links(reviewer_client, newsroom, reviewer):
    page = desk_page(reviewer_client)
    revision = section(page, "revisions")
    assert revision["items"][0].startswith("Drones over Kharkiv by eddie")
    conflicts = section(page, "conflicts")
    assert [item.split(" ")[0] for item in conflicts["items"]] == ["North"]  # the troops metric, not the quiet one
    imports = section(page, "imports")
    assert imports["items"][0].startswith("page.html 1 created, 0 updated, 1 skipped, by rita")
    drafts = section(page, "my-drafts")
    assert len(drafts["items"]) == 3 and sum("suggested" in item for item in drafts["items"]) == 1
    [run] = ImportRun.objects.all()
    run_page = reviewer_client.get(reverse("admin:claims_importrun_change", args=[run.pk])).content.decode()
    assert "block 4" in run_page and "not valid JSON" in run_page


def test_an_editor_sees_her_own_drafts_and_the_model_list_stays_below(editor_client, newsroom):
    page = desk_page(editor_client)
    assert section(page, "my-drafts")["count"] == 6
    assert section(page, "in-review")["links"]["assigned to you"][0] == 0
    models = page.xpath("//div[@id='desk-models']//a/@href")
    assert reverse("admin:claims_claim_changelist") in models and reverse("admin:sources_source_changelist") in models


def test_an_empty_desk_says_so(reviewer_client):
    page = desk_page(reviewer_client)
    assert section(page, "my-drafts")["count"] == 0
    assert "You have no drafts." in page.text_content()
    assert "No metric has an unexplained conflict." in page.text_content()


def test_staff_who_may_not_read_claims_get_the_plain_model_list(client, django_user_model):
    user = django_user_model.objects.create_user(username="clerk", password="pw", is_staff=True)
    client.force_login(user)
    page = desk_page(client)
    assert not page.xpath("//div[@id='desk']")


def fill(count, *, reviewer, start):
    """``count`` items in every section of ``reviewer``'s desk, in a few bulk queries."""
    bulk_claims(count, status="draft", created_by=reviewer)
    bulk_claims(count, status="draft", provenance="suggested")
    bulk_claims(count, status="in_review", assignee=reviewer)
    bulk_claims(count, status="in_review")
    published = bulk_claims(count, status="published")
    ClaimRevision.objects.bulk_create(
        [ClaimRevision(claim=claim, fields={"quote": "changed"}, base_version=1) for claim in published]
    )
    for n in range(start, start + count):
        metric = Metric.objects.create(name=f"Metric {n}", slug=f"metric-{n}")
        bulk_claims(2, metric=metric, period_start=date(2024, 1, 1), period_end=date(2024, 12, 31))
    ImportRun.objects.bulk_create(
        [ImportRun(kind="sheet", file_name=f"sheet-{n}.csv", user=reviewer) for n in range(start, start + count)]
    )


def desk_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DESK)
    assert response.status_code == 200
    page = lxml.html.fromstring(response.content.decode())
    return len(queries), {key: section(page, key)["count"] for key in SECTIONS}


def test_the_desk_costs_the_same_queries_for_3_and_12_items_per_section(reviewer_client, reviewer):
    fill(3, reviewer=reviewer, start=0)
    small, small_counts = desk_queries(reviewer_client)
    fill(9, reviewer=reviewer, start=3)
    large, large_counts = desk_queries(reviewer_client)
    assert small_counts == {**dict.fromkeys(SECTIONS, 3), "in-review": 6}
    assert large_counts == {**dict.fromkeys(SECTIONS, 12), "in-review": 24}
    assert large == small == 18, (small, large)


def test_values_used_by_the_conflict_fill_do_conflict(reviewer, db):
    """``fill`` relies on two exact figures of one metric and period being in conflict."""
    metric = Metric.objects.create(name="Check", slug="check")
    bulk_claims(2, metric=metric, period_start=date(2024, 1, 1), period_end=date(2024, 12, 31))
    assert Claim.objects.filter(metric=metric).conflicting().count() == 2


@pytest.mark.postgres
def test_every_desk_query_on_claims_can_be_answered_from_an_index(reviewer_client, reviewer):
    """At a million claims a scan of the claims table costs seconds: each query the desk sends
    must have an index to use (with sequential scans priced out, none is left in the plan),
    and each count of claims is answered from an index alone (an index-only scan)."""
    fill(3, reviewer=reviewer, start=0)
    with CaptureQueriesContext(connection) as queries:
        assert reviewer_client.get(DESK).status_code == 200
    on_claims = [query["sql"] for query in queries.captured_queries if '"claims_claim"' in query["sql"]]
    assert len(on_claims) >= 6
    # The metrics in conflict: their flag's partial index (claims.metrics.live_conflicts).
    on_flag = [query["sql"] for query in queries.captured_queries if '"has_live_conflict"' in query["sql"]]
    assert len(on_flag) == 2
    counts = 0
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        for sql in on_claims:
            count = sql.startswith("SELECT COUNT(") and 'FROM "claims_claim" WHERE' in sql
            # A count must be answerable from an index alone: with the plans that read the
            # table priced out, such a plan exists only if an index covers the count. (On a
            # test's few rows the planner would otherwise pick any index and read the rows.)
            for setting in ("enable_indexscan", "enable_bitmapscan"):
                cursor.execute(f"SET LOCAL {setting} = {'off' if count else 'on'}")
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Seq Scan on claims_claim" not in plan, f"{sql}\n{plan}"
            if count:
                counts += 1
                assert "Index Only Scan" in plan and "Heap" not in plan, f"{sql}\n{plan}"
        # The metrics table is small: with only its sequential scan priced out, the count and
        # the list each take the flag's partial index (at a million claims the count reads it
        # alone, an index-only scan: docs/performance.md).
        for setting in ("enable_indexscan", "enable_bitmapscan"):
            cursor.execute(f"SET LOCAL {setting} = on")
        for sql in on_flag:
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "on metric_live_conflict_idx" in plan or "using metric_live_conflict_idx" in plan, f"{sql}\n{plan}"
    assert counts == 4  # my drafts, in review, assigned in review (to anyone, to me), suggestions


def test_an_explained_or_edited_conflict_leaves_the_desk_at_once(reviewer_client, estimate, reviewer):
    """An explanation or an edit shows on the next visit (tests/claims/metrics/test_live_conflicts.py)."""
    from claims.models import ConflictExplanation

    low, high = estimate(3000, "exact"), estimate(12000, "approx")
    assert section(desk_page(reviewer_client), "conflicts")["count"] == 1
    explanation = ConflictExplanation.objects.create(claim_a=low, claim_b=high, reason="other", note="Two scopes.")
    assert section(desk_page(reviewer_client), "conflicts")["count"] == 0
    explanation.delete()
    assert section(desk_page(reviewer_client), "conflicts")["count"] == 1
    low.value = 11500
    claim_save(claim=low, user=reviewer)  # now within "about 12,000"
    assert section(desk_page(reviewer_client), "conflicts")["count"] == 0
