"""The suite itself: every test is one that pytest-xdist can schedule and report."""


def test_every_test_has_its_own_node_id(request):
    # xdist sends node ids to its workers: two tests with one id run as one, and the
    # other is dropped silently (it happened to 52 of the 54 fuzz tests).
    ids = [item.nodeid for item in request.session.items]
    duplicated = sorted({nodeid for nodeid in ids if ids.count(nodeid) > 1})
    assert not duplicated, duplicated[:5]
