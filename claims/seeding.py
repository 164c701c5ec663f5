"""
Loading the curated seed data in ``seeds/``.

Every record is found again by its natural key, and saved only when something in it
differs, so loading twice writes nothing the second time (no duplicate rows and no
empty history entries). Claims go through ``claims.services`` and outlets, sources and
speakers through ``sources.services``, like any other write; every history row says
"loaded from seeds", and names the user the command acts as (``load_seeds --user``).
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from sources.models import Actor, Outlet, Source
from sources.services import actor_save, outlet_save, source_save

from .chains import LinkData, chain_signature
from .models import Claim, ClaimRelation, Metric, Review, Tag
from .services import claim_move_to, claim_save, links_from_claim, review_save

SEED_FILES = ("outlets", "actors", "sources", "metrics", "claims")
SEED_REASON = "loaded from seeds"


class SeedError(Exception):
    """The seed files are inconsistent (an unknown reference, a missing file)."""


@dataclass
class SeedReport:
    """What loading did, per model: created, updated or unchanged."""

    counts: Counter = field(default_factory=Counter)

    def add(self, model_name, state):
        self.counts[(model_name, state)] += 1

    def changed(self):
        return sum(n for (_, state), n in self.counts.items() if state != "unchanged")

    def lines(self):
        models = sorted({name for name, _ in self.counts})
        return [
            f"{name}: {self.counts[(name, 'created')]} created, {self.counts[(name, 'updated')]} updated, "
            f"{self.counts[(name, 'unchanged')]} unchanged"
            for name in models
        ]


def _save_seed(instance, *, user, change_reason):
    """Save a seed record of claims' own (metrics, relations) with the seeds' history."""
    instance.full_clean()
    if user is not None and user.is_authenticated:
        instance._history_user = user
    instance._change_reason = change_reason
    instance.save()
    return instance


def _write(instance, user):
    """Save ``instance`` through its service: outlets, sources and speakers are ``sources``'."""
    if isinstance(instance, Outlet):
        return outlet_save(outlet=instance, user=user, change_reason=SEED_REASON)
    if isinstance(instance, Source):
        return source_save(source=instance, user=user, change_reason=SEED_REASON)
    if isinstance(instance, Actor):
        return actor_save(actor=instance, user=user, change_reason=SEED_REASON)
    return _save_seed(instance, user=user, change_reason=SEED_REASON)


def _upsert(model, lookup, values, report, user=None):
    """Find ``model`` by ``lookup``; create it or update only the fields that differ."""
    instance = model.objects.filter(**lookup).first()
    if instance is None:
        instance = _write(model(**lookup, **values), user)
        report.add(model.__name__, "created")
        return instance
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        _write(instance, user)
        report.add(model.__name__, "updated")
    else:
        report.add(model.__name__, "unchanged")
    return instance


def _date(text):
    return date.fromisoformat(text) if text else None


def _decimal(text):
    return Decimal(text) if text not in (None, "") else None


def read_seed_files(directory):
    """Read the seed JSON files from ``directory`` into a dict of lists."""
    directory = Path(directory)
    data = {}
    for name in SEED_FILES:
        path = directory / f"{name}.json"
        if not path.exists():
            raise SeedError(f"Missing seed file: {path}")
        try:
            data[name] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise SeedError(f"{path} is not valid JSON: {error}") from None
    return data


@transaction.atomic
def load_seeds(directory, *, user=None):
    """Load every seed file in ``directory``; all or nothing. Returns a ``SeedReport``."""
    data = read_seed_files(directory)
    report = SeedReport()

    outlets = {
        row["slug"]: _upsert(
            Outlet,
            {"slug": row["slug"]},
            {
                "name": row["name"],
                "kind": row["kind"],
                "country": row.get("country", ""),
                "homepage": row.get("homepage", ""),
            },
            report,
            user,
        )
        for row in data["outlets"]
    }
    actors = {}
    for row in data["actors"]:
        outlet = _lookup(outlets, row.get("outlet"), "outlet") if row.get("outlet") else None
        actors[row["slug"]] = _upsert(
            Actor,
            {"slug": row["slug"]},
            {
                "name": row["name"],
                "kind": row["kind"],
                "country": row.get("country", ""),
                "aliases": "\n".join(row.get("aliases", [])),
                "description": row.get("description", ""),
                "wikidata_id": row.get("wikidata_id", ""),
                "outlet": outlet,
            },
            report,
            user,
        )
    sources = {}
    for row in data["sources"]:
        outlet = _lookup(outlets, row["outlet"], "outlet")
        lookup = {"url": row["url"]} if row.get("url") else {"outlet": outlet, "title": row["title"], "url": ""}
        values = {
            "outlet": outlet,
            "title": row["title"],
            "published": _date(row.get("published")),
            "published_precision": row.get("published_precision", "day"),
            "language": row.get("language", "en"),
            "byline": row.get("byline", ""),
        }
        values = {k: v for k, v in values.items() if k not in lookup}
        sources[row["key"]] = _upsert(Source, lookup, values, report, user)
    metrics = {
        row["slug"]: _upsert(
            Metric,
            {"slug": row["slug"]},
            {"name": row["name"], "unit": row.get("unit", ""), "description": row.get("description", "")},
            report,
            user,
        )
        for row in data["metrics"]
    }

    claims = {row["uid"]: _load_claim(row, sources, actors, metrics, report, user) for row in data["claims"]}
    for row in data["claims"]:
        for relation in row.get("relations", []):
            _upsert(
                ClaimRelation,
                {
                    "from_claim": claims[row["uid"]],
                    "to_claim": _lookup(claims, relation["to"], "claim"),
                    "kind": relation["kind"],
                },
                {"note": relation.get("note", "")},
                report,
                user,
            )
    return report


def _lookup(table, key, what):
    try:
        return table[key]
    except KeyError:
        raise SeedError(f"Unknown {what} “{key}” referenced in the seed files.") from None


def _load_claim(row, sources, actors, metrics, report, user):
    claim = Claim.objects.filter(uid=row["uid"]).first()
    is_new = claim is None
    if is_new:
        claim = Claim(uid=row["uid"], provenance="manual")
    values = {
        "statement": row["statement"],
        "quote": row.get("quote", ""),
        "value": _decimal(row.get("value")),
        "value_max": _decimal(row.get("value_max")),
        "qualifier": row.get("qualifier", ""),
        "unit": row.get("unit", ""),
        "subject": row.get("subject", ""),
        "place": row.get("place", ""),
        "period_start": _date(row.get("period_start")),
        "period_end": _date(row.get("period_end")),
        "metric": _lookup(metrics, row["metric"], "metric") if row.get("metric") else None,
    }
    links = [
        LinkData(
            source=_lookup(sources, chain["source"], "source"),
            actor=_lookup(actors, link["actor"], "actor"),
            verb=link["verb"],
            role=link["role"],
            position=position,
            source_count=link.get("source_count"),
        )
        for chain in row.get("chains", [])
        for position, link in enumerate(chain["links"], start=1)
    ]
    tags = [Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0] for name in row.get("tags", [])]

    changed = is_new or any(getattr(claim, k) != v for k, v in values.items())
    chain_changed = is_new or chain_signature(links_from_claim(claim)) != chain_signature(links)
    tags_changed = is_new or {t.pk for t in claim.tags.all()} != {t.pk for t in tags}
    if changed or chain_changed or tags_changed:
        for name, value in values.items():
            setattr(claim, name, value)
        claim_save(
            claim=claim,
            user=user,
            links=links if chain_changed else None,
            tags=tags if tags_changed else None,
            change_reason=SEED_REASON,
        )
        report.add("Claim", "created" if is_new else "updated")
    else:
        report.add("Claim", "unchanged")

    for review_row in row.get("reviews", []):
        _load_review(claim, review_row, report, user)
    _apply_status(claim, row.get("status", "draft"), user)
    return claim


def _load_review(claim, row, report, user):
    lookup = {"claim": claim, "date_published": _date(row.get("date_published")), "rating": row["rating"]}
    values = {
        "status": row.get("status", "draft"),
        "alternate_name": row.get("alternate_name", ""),
        "explanation": row.get("explanation", ""),
        "author_name": row.get("author_name", ""),
        "url": row.get("url", ""),
        "language": row.get("language", "en"),
    }
    review = Review.objects.filter(**lookup).first()
    if review is not None and all(getattr(review, k) == v for k, v in values.items()):
        report.add("Review", "unchanged")
        return review
    report.add("Review", "created" if review is None else "updated")
    review = review or Review(**lookup)
    for name, value in values.items():
        setattr(review, name, value)
    return review_save(review=review, user=user, change_reason=SEED_REASON)


def _apply_status(claim, status, user):
    """Walk the claim through the workflow to ``status`` (``user`` None: the command line)."""
    try:
        claim_move_to(claim=claim, status=status, user=user)
    except ValidationError as error:
        raise SeedError(f"Seed claim {claim.uid}: {' '.join(error.messages)}") from None
