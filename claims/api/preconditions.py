"""
ETags and ``If-Match`` for claims: no lost updates between API clients.

A claim's ETag is its ``version`` (``"7"``), which goes up with every change. A client
that sends ``If-Match: "7"`` with a PUT, PATCH or workflow action gets 412
Precondition Failed when the claim has changed since it read version 7, instead of
silently overwriting someone else's edit. Without ``If-Match`` the write goes ahead.
"""

from rest_framework import status
from rest_framework.exceptions import APIException


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The claim has changed since you read it. Fetch it again and reapply your change."
    default_code = "precondition_failed"


def etag(version):
    return f'"{version}"'


def expected_version(request, current_version):
    """The version the client based its write on: ``current_version`` if If-Match allows it, None without If-Match.

    Raises ``PreconditionFailed`` when If-Match names only other versions. Weak tags
    (``W/"7"``) never match: If-Match compares strongly (RFC 9110).
    """
    header = request.headers.get("If-Match")
    if header is None:
        return None
    tags = [tag.strip() for tag in header.split(",")]
    if "*" in tags or etag(current_version) in tags:
        return current_version
    raise PreconditionFailed()
