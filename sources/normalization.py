"""
URL normalisation for sources.

Two links to the same article must compare equal so that a source is entered once.
Two steps, because a link must still open the page it was copied from:

* ``normalize_url`` is what ``Source.url`` stores: the scheme and host lower-cased,
  default ports, fragments and tracking parameters (``utm_*``, ``fbclid`` …) dropped.
* ``url_key`` is what ``Source.url_key`` stores and what is unique: the stored URL
  without its scheme (``http`` and ``https`` serve the same article), without a leading
  ``www.``, without a trailing slash, with its query parameters sorted. A publisher
  whose ``www.`` host differs from the bare one is rare; two sources for one article
  are not.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src", "cmpid", "smid"}
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_parameter(name):
    """Return True for query parameters that only identify a campaign or click."""
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def normalize_url(url):
    """Return the canonical form of ``url`` ("" stays "")."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    netloc = host
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = parts.path or "/"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_parameter(k)]
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def url_key(url):
    """The key two links to the same article share ("" for no URL).

    ``http://reuters.com/a-14?utm_medium=email`` and ``https://www.reuters.com/a-14/``
    both give ``reuters.com/a-14``.
    """
    url = normalize_url(url)
    if not url:
        return ""
    parts = urlsplit(url)
    netloc = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"{netloc}{path}?{query}" if query else f"{netloc}{path}"
