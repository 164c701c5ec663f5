"""
URL normalisation for sources.

Two links to the same article must compare equal so that the unique constraint on
``Source.url`` catches duplicates: the scheme and host are lower-cased, default ports,
fragments and tracking parameters (``utm_*``, ``fbclid`` …) are dropped.
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
