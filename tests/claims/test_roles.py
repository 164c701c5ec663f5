from django.contrib.auth.models import Group


def test_groups_exist_after_migrate_with_their_permissions(db):
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    reviewers = set(Group.objects.get(name="Reviewers").permissions.values_list("codename", flat=True))
    assert {"add_claim", "change_claim", "add_source", "change_actor", "add_attribution"} <= editors
    assert "publish_claim" not in editors and "add_review" not in editors
    assert editors < reviewers
    assert {"publish_claim", "add_review", "change_review"} <= reviewers
