"""The delivery opener dials only checked addresses, for https as for http."""

import pytest

from claims.webhooks.targets import RefusedTarget, delivery_opener


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_the_opener_refuses_a_private_address_before_connecting(scheme, settings):
    settings.FACTDB_WEBHOOK_ALLOW_PRIVATE = False
    with pytest.raises(RefusedTarget, match=r"localhost is a private address \((127\.0\.0\.1|::1)\)"):
        delivery_opener().open(f"{scheme}://localhost:9/hooks", data=b"{}", timeout=2)


def test_the_opener_speaks_only_http(settings):
    settings.FACTDB_WEBHOOK_ALLOW_PRIVATE = True
    with pytest.raises(Exception, match="unknown url type: file"):
        delivery_opener().open("file:///etc/passwd")
