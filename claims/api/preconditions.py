"""
ETags and ``If-Match`` for claims: no lost updates between API clients.

A claim's ETag is its ``version`` (``"7"``), which goes up with every change. A client
that sends ``If-Match: "7"`` with a PUT, PATCH or workflow action gets 412
Precondition Failed when the claim has changed since it read version 7, instead of
silently overwriting someone else's edit or publishing a figure it never read. The
view answers early from the version it read; ``claims.services`` compares again under
the claim's row lock, so a save landing in between is a 412 too.

Without ``If-Match`` the write goes ahead, on the fields it sends only: an edit never
writes the status, the verdict or the publication date (``claim_save``), so a PATCH
racing a retraction, a publish or a review cannot undo them.
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
    """The version the client based its write on: ``current_version`` if If-Match names it, None without If-Match or with ``*``.

    Raises ``PreconditionFailed`` when If-Match names only other versions. Weak tags
    (``W/"7"``) never match: If-Match compares strongly (RFC 9110).
    """
    header = request.headers.get("If-Match")
    if header is None:
        return None
    tags = [tag.strip() for tag in header.split(",")]
    if "*" in tags:
        return None  # any version of a claim that exists (RFC 9110): no version to hold the write to
    if etag(current_version) in tags:
        return current_version
    raise PreconditionFailed()
