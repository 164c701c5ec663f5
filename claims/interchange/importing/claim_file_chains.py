"""
A sheet row's attribution chain, as ``LinkData``: from the *Chain data* column (JSON),
or rebuilt from the readable columns when a spreadsheet lost that column.

The readable columns hold, one line per source, the chain as people read it
(*Attribution chain*: "The Hill ← NBC News ← six anonymous sources", outlet first),
the *Source titles*, *Outlets*, *Source URLs* and *Source dates* ("2025-07-03",
"July 2025", "2025"). They are enough to rebuild the chain when every source has an
outlet and a title: relays become "reported", the origin "said" (or "citing" after a
relay), "six anonymous sources" an anonymous speaker with a count of six. Which verb
was used is not in them; ``readable_of_claim`` tells whether a stored chain reads the
same, so re-importing an unedited sheet leaves its chains (and verbs) as they are.

The import resolves the chains' outlets, sources and speakers through a
``ReferenceResolver``; ``references_named`` lists what a whole sheet names, so the
resolver finds them all up front, a query per kind, before any row is imported.
"""

import re
from datetime import date

import orjson
from django.core.exceptions import ValidationError

from sources.models import ActorKind, DatePrecision

from ...chains import LinkData, group_chains
from ...figures import NUMBER_WORDS
from ...models import Role, Verb
from . import values

# The readable columns a chain is rebuilt from (column keys), and the ones it needs.
READABLE_KEYS = ("chain", "source_titles", "outlets", "source_urls", "source_dates")
# Also read when there: the origin speaker of each source (used without an Attribution chain column).
OTHER_READABLE_KEYS = ("origin",)
NEEDED_KEYS = ("source_titles", "outlets")
CHAIN_SEPARATOR = " ← "
ANONYMOUS = re.compile(r"^(?P<count>\S+) anonymous sources?$", re.IGNORECASE)
ANONYMOUS_NAME = "Anonymous sources"
MONTHS = {date(2000, month, 1).strftime("%B").lower(): month for month in range(1, 13)}


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


def references_named(rows_chains):
    """What the chains name: ``{"outlets": [(name, slug)], "sources": [(url, title)], "actors": [(name, slug)]}``,
    for ``ReferenceResolver.prefetch``. ``rows_chains`` holds each row's chains (``chains_in``,
    ``readable_chains``) or a *Chain data* text; cells that do not parse are skipped (their rows report them)."""
    named = {"outlets": [], "sources": [], "actors": []}
    for chains in rows_chains:
        if isinstance(chains, str):
            try:
                chains = chains_in(chains)
            except ValidationError:
                continue
        for chain in chains or ():
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


def readable_chains(cells):
    """The chains in a row's readable columns (``{key: cell text}``) as Chain-data-like dicts.

    ``[]`` when the row names no source; None when it names sources the columns cannot
    rebuild (a source without an outlet or a title); ``ValidationError`` for a bad date.
    """
    lines = {key: _lines(cells.get(key)) for key in READABLE_KEYS}
    count = max(len(lines[key]) for key in READABLE_KEYS)
    if count == 0:
        return []
    if any(len(lines[key]) != count or not all(lines[key]) for key in NEEDED_KEYS):
        return None
    chains = []
    for index in range(count):
        outlet = lines["outlets"][index]
        published, precision = _source_date(_nth(lines["source_dates"], index))
        speakers = [name for name in _nth(lines["chain"], index).split(CHAIN_SEPARATOR)[1:] if name.strip()]
        if not speakers and not lines["chain"]:  # no chain column: the origin speaker, if the sheet names one
            speakers = [name for name in [_nth(_lines(cells.get("origin")), index)] if name]
        if not speakers:  # the outlet speaks itself: its name stands for the whole chain
            speakers = [outlet]
        links = []
        for position, name in enumerate(speakers, start=1):
            origin = position == len(speakers)
            link = {"actor": {"name": name.strip()}, "role": Role.ORIGIN if origin else Role.RELAY}
            link["verb"] = (Verb.CITING if position > 1 else Verb.SAID) if origin else Verb.REPORTED
            anonymous = ANONYMOUS.match(name.strip())
            if anonymous and _count(anonymous["count"]):
                link["actor"] = {"name": ANONYMOUS_NAME, "kind": ActorKind.ANONYMOUS}
                link["count"] = _count(anonymous["count"])
            links.append(link)
        chains.append(
            {
                "outlet": {"name": outlet},
                "title": lines["source_titles"][index],
                "url": _nth(lines["source_urls"], index),
                "published": published,
                "precision": precision,
                "links": links,
            }
        )
    return chains


def readable_of_claim(claim):
    """The stored chain as the readable columns show it, per source (order aside), to compare with a row's."""
    return sorted(
        (
            chain.source.outlet.name,
            chain.source.title,
            chain.source.url,
            chain.source.published_display,
            chain.display(),
        )
        for chain in group_chains(claim.attributions.all())
    )


def readable_of_row(cells):
    """The row's readable columns in the shape of ``readable_of_claim``."""
    lines = {key: _lines(cells.get(key)) for key in READABLE_KEYS}
    count = max(len(lines[key]) for key in READABLE_KEYS)
    return sorted(
        tuple(_nth(lines[key], index) for key in ("outlets", "source_titles", "source_urls", "source_dates", "chain"))
        for index in range(count)
    )


def _lines(cell):
    if isinstance(cell, date):
        return [cell.isoformat()]
    return (
        [line.strip() for line in values.text(cell).replace("\r", "").split("\n")] if values.text(cell).strip() else []
    )


def _nth(lines, index):
    return lines[index] if index < len(lines) else ""


def _count(word):
    word = word.lower().replace(",", "")
    if word in NUMBER_WORDS:
        return NUMBER_WORDS.index(word) or None
    return int(word) if word.isdigit() and int(word) > 0 else None


def _source_date(text):
    """A *Source dates* line as (ISO date, precision): "2025-07-03", "July 2025" or "2025"."""
    text = text.strip()
    if not text:
        return None, DatePrecision.DAY
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01", DatePrecision.YEAR
    month, _, year = text.partition(" ")
    if month.lower() in MONTHS and re.fullmatch(r"\d{4}", year.strip()):
        return f"{year.strip()}-{MONTHS[month.lower()]:02d}-01", DatePrecision.MONTH
    try:
        return values.day(text).isoformat(), DatePrecision.DAY
    except ValueError:
        raise ValidationError(f"“{text}” is not a date; write 2025-07-03, July 2025 or 2025.") from None


def links_from_chains(chains, references):
    """Chain-data-like dicts (``chains_in``, ``readable_chains``) as ``LinkData``."""
    links = []
    for number, chain in enumerate(chains, start=1):
        links += _chain_links(number, chain, references)
    return links


def links_from_chain_data(chain_text, references):
    """The chain in a *Chain data* cell as ``LinkData``; None when the cell is empty."""
    chains = chains_in(chain_text)
    return None if chains is None else links_from_chains(chains, references)


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
