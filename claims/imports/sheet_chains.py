"""
A sheet row's attribution chain, as ``LinkData``: from the *Chain data* column (JSON).

The import resolves the chains' outlets, sources and speakers through a
``ReferenceResolver``; ``references_named`` lists what a whole sheet names, so the
resolver finds them all up front, a query per kind, before any row is imported.
"""

import orjson
from django.core.exceptions import ValidationError

from sources.models import DatePrecision

from ..chains import LinkData
from ..models import Role, Verb
from . import values


def chains_in(chain_text):
    """The chains of a *Chain data* cell as a list of dicts; None for an empty cell."""
    if not chain_text or not chain_text.strip():
        return None
    try:
        chains = orjson.loads(chain_text)
    except orjson.JSONDecodeError as error:
        raise ValidationError(f"Not valid JSON ({error}).") from None
    if not isinstance(chains, list):
        raise ValidationError("Expected a list of chains, one per source.")
    return chains


def references_named(chain_texts):
    """What the chains in ``chain_texts`` name: ``{"outlets": [(name, slug)], "sources": [(url, title)],
    "actors": [(name, slug)]}``, for ``ReferenceResolver.prefetch``. Cells that do not parse are skipped
    (their rows report them)."""
    named = {"outlets": [], "sources": [], "actors": []}
    for text in chain_texts:
        try:
            chains = chains_in(text) or []
        except ValidationError:
            continue
        for chain in chains:
            if not isinstance(chain, dict):
                continue
            outlet = chain.get("outlet")
            if isinstance(outlet, dict):
                named["outlets"].append((str(outlet.get("name") or ""), str(outlet.get("slug") or "")))
            named["sources"].append((str(chain.get("url") or ""), str(chain.get("title") or "")))
            for link in chain.get("links") or ():
                actor = link.get("actor") if isinstance(link, dict) else None
                if isinstance(actor, dict):
                    named["actors"].append((str(actor.get("name") or ""), str(actor.get("slug") or "")))
    return named


def links_from_chain_data(chain_text, references):
    """The chain in a *Chain data* cell as ``LinkData``; None when the cell is empty."""
    chains = chains_in(chain_text)
    if chains is None:
        return None
    links = []
    for number, chain in enumerate(chains, start=1):
        links += _chain_links(number, chain, references)
    return links


def _chain_links(number, chain, references):
    where = f"Chain {number}"
    if not isinstance(chain, dict) or not isinstance(chain.get("outlet"), dict) or not chain.get("title"):
        raise ValidationError(f"{where} needs an outlet and a source title.")
    if not isinstance(chain.get("links"), list) or not chain["links"]:
        raise ValidationError(f"{where} has no links.")
    outlet_data = chain["outlet"]
    try:
        published = values.day(chain.get("published"))
    except ValueError as error:
        raise ValidationError(f"{where}: {error}") from None
    outlet = references.outlet(
        name=str(outlet_data.get("name") or ""),
        slug=str(outlet_data.get("slug") or ""),
        kind=str(outlet_data.get("kind") or ""),
    )
    source = references.source(
        outlet=outlet,
        title=str(chain["title"]),
        url=str(chain.get("url") or ""),
        published=published,
        precision=str(chain.get("precision") or DatePrecision.DAY),
        language=str(chain.get("language") or ""),
    )
    links = []
    for position, link in enumerate(chain["links"], start=1):
        actor_data = link.get("actor") if isinstance(link, dict) else None
        if not isinstance(actor_data, dict) or not actor_data.get("name"):
            raise ValidationError(f"{where}, link {position}: the speaker needs a name.")
        verb, role = link.get("verb", Verb.SAID), link.get("role", Role.ORIGIN)
        if verb not in Verb.values:
            allowed = ", ".join(Verb.values)
            raise ValidationError(f"{where}, link {position}: unknown verb “{verb}” (use {allowed}).")
        if role not in Role.values:
            raise ValidationError(f"{where}, link {position}: unknown role “{role}” (use origin or relay).")
        count = link.get("count")
        if count is not None and (not isinstance(count, int) or count < 1):
            raise ValidationError(f"{where}, link {position}: the count of sources must be a whole number above 0.")
        actor = references.actor(
            name=str(actor_data["name"]),
            slug=str(actor_data.get("slug") or ""),
            kind=str(actor_data.get("kind") or ""),
        )
        links.append(LinkData(source, actor, verb, role, position, count))
    return links
