"""
Which stored claim a sheet row is: by its UID, or, for a row without one, by what it says.

A sheet that lost its UID column (or rows typed in without one) would otherwise create
every claim again on each import. A row without a UID is the stored claim with the same
statement, the same figure (value, upper end, qualifier, unit; the columns the sheet
has) and the same source (by address, else outlet and title; a row naming no source
matches a claim with none). Claims are looked up for the whole sheet at once, a query
or two whatever its length.
"""

from ...models import Claim

FIGURE_KEYS = ("value", "value_max", "qualifier", "unit")
CHUNK = 1000
PREFETCH = ("attributions__source__outlet", "attributions__actor", "tags")


def claims_by_uid(uids):
    """The stored claims with these UIDs, with what a row compares (chain, tags, metric), by UID."""
    uids = list(uids)
    claims = {}
    for start in range(0, len(uids), CHUNK):
        found = Claim.objects.filter(uid__in=uids[start : start + CHUNK]).select_related("metric")
        claims.update((claim.uid, claim) for claim in found.prefetch_related(*PREFETCH))
    return claims


def source_keys_of_chains(chains):
    """The sources of a row's chains (Chain-data-like dicts), as comparable keys."""
    return frozenset(
        _source_key(chain.get("url"), (chain.get("outlet") or {}).get("name"), chain.get("title"))
        for chain in chains or ()
    )


def _source_key(url, outlet, title):
    url = str(url or "").strip()
    return ("url", url) if url else ("title", str(outlet or "").strip().lower(), str(title or "").strip())


class SameClaims:
    """Finds stored claims by statement, figure and source, for the rows without a UID."""

    def __init__(self, statements):
        statements = list(dict.fromkeys(statements))
        self._by_statement = {}
        for start in range(0, len(statements), CHUNK):
            found = Claim.objects.filter(statement__in=statements[start : start + CHUNK]).select_related("metric")
            for claim in found.prefetch_related(*PREFETCH).order_by("id"):
                self._by_statement.setdefault(claim.statement, []).append(claim)

    def find(self, parsed, sources):
        """The stored claim the row (its parsed cells, its ``source_keys_of_chains``) is, or None."""
        for claim in self._by_statement.get(parsed.get("statement"), ()):
            if any(key in parsed and getattr(claim, key) != parsed[key] for key in FIGURE_KEYS):
                continue
            stored = frozenset(
                _source_key(link.source.url, link.source.outlet.name, link.source.title)
                for link in claim.attributions.all()
            )
            if stored == sources or stored & sources:
                return claim
        return None
