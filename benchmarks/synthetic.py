"""
A synthetic newsroom database: outlets, speakers, sources and claims with realistic chains.

Everything is generated from one random seed, so two databases built with the same
size and seed hold the same rows. Rows are plain tuples in the column order of
``COLUMNS``, ready for bulk loading (``bulk_load.py``); no model instances are made.

Shape, per claim: one source (80 %) or two; in each source a chain of two links
(60 %), three (30 %) or one; relays are media or groups, origins are agencies, people
or (10 %) anonymous sources with a count; 85 % published. Figures follow the
qualifier mix of real reporting (exact, approximate, "more than", ranges, "thousands
of"), values spread log-uniformly from 1 to a million, units from a list of 30 with
drones, missiles and troops among the most common.
"""

import datetime
import math
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from sources.models import name_keys
from sources.normalization import url_key

PLACES = [
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Zaporizhzhia",
    "Kherson",
    "Mykolaiv",
    "Lviv",
    "Sumy",
    "Chernihiv",
    "Poltava",
    "Donetsk",
    "Luhansk",
    "Bakhmut",
    "Avdiivka",
    "Pokrovsk",
    "Kursk",
    "Belgorod",
    "Bryansk",
    "Moscow",
    "Crimea",
    "Sevastopol",
    "Pyongyang",
    "Seoul",
    "Gaza",
    "Rafah",
    "Khan-Younis",
    "Jerusalem",
    "Beirut",
    "Damascus",
    "Aleppo",
    "Idlib",
    "Baghdad",
    "Mosul",
    "Tehran",
    "Sanaa",
    "Aden",
    "Hodeidah",
    "Khartoum",
    "Darfur",
    "El-Fasher",
    "Tigray",
    "Mogadishu",
    "Kabul",
    "Kandahar",
    "Karachi",
    "Lahore",
    "Dhaka",
    "Yangon",
    "Manila",
    "Taipei",
    "Beijing",
    "Hong-Kong",
    "Caracas",
    "Bogota",
    "Lima",
    "Quito",
    "La-Paz",
    "Santiago",
    "Buenos-Aires",
    "Sao-Paulo",
    "Mexico-City",
    "Havana",
    "Port-au-Prince",
    "Kinshasa",
    "Goma",
    "Juba",
    "Tripoli",
    "Benghazi",
    "Tunis",
    "Algiers",
    "Rabat",
    "Cairo",
    "Addis-Ababa",
    "Nairobi",
    "Lagos",
    "Abuja",
    "Niamey",
    "Bamako",
    "Ouagadougou",
    "Dakar",
    "Minsk",
    "Vilnius",
    "Riga",
    "Tallinn",
    "Warsaw",
    "Berlin",
    "Paris",
    "London",
    "Brussels",
    "Washington",
    "Brasilia",
    "Ottawa",
    "Canberra",
    "Tokyo",
    "Delhi",
    "Mumbai",
    "Colombo",
    "Kathmandu",
    "Tbilisi",
    "Yerevan",
    "Baku",
    "Ankara",
    "Istanbul",
]

# unit, relative weight, (low, high) order of magnitude of typical values
UNITS = [
    ("drones", 60, (1, 3)),
    ("missiles", 50, (0, 3)),
    ("troops", 50, (2, 5)),
    ("soldiers", 30, (1, 5)),
    ("civilians", 30, (0, 4)),
    ("refugees", 25, (2, 6)),
    ("workers", 20, (1, 4)),
    ("tanks", 15, (0, 3)),
    ("shells", 15, (2, 5)),
    ("aircraft", 10, (0, 2)),
    ("ships", 8, (0, 2)),
    ("prisoners", 15, (0, 3)),
    ("casualties", 25, (1, 5)),
    ("deaths", 25, (0, 4)),
    ("homes", 12, (1, 4)),
    ("vehicles", 10, (0, 3)),
    ("sanctions", 10, (0, 3)),
    ("USD", 30, (5, 10)),
    ("EUR", 10, (5, 9)),
    ("percent", 30, (0, 2)),
    ("barrels per day", 5, (4, 7)),
    ("tonnes", 8, (2, 6)),
    ("artillery rounds", 8, (3, 6)),
    ("people", 30, (1, 6)),
    ("children", 15, (0, 4)),
    ("hospitals", 6, (0, 2)),
    ("schools", 6, (0, 3)),
    ("km", 8, (0, 3)),
    ("attacks", 12, (0, 3)),
    ("arrests", 8, (0, 3)),
]

QUALIFIERS = [
    ("exact", 35),
    ("approx", 25),
    ("more_than", 10),
    ("at_least", 5),
    ("up_to", 5),
    ("at_most", 3),
    ("less_than", 2),
    ("range", 10),
    ("magnitude", 5),
]
PHRASES = {
    "exact": "{n}",
    "approx": "about {n}",
    "more_than": "more than {n}",
    "at_least": "at least {n}",
    "up_to": "up to {n}",
    "at_most": "at most {n}",
    "less_than": "fewer than {n}",
    "range": "{n} to {m}",
    "magnitude": "{words} of",
}
MAGNITUDE_WORDS = {
    1: "tens",
    2: "hundreds",
    3: "thousands",
    4: "tens of thousands",
    5: "hundreds of thousands",
    6: "millions",
    7: "tens of millions",
    8: "hundreds of millions",
    9: "billions",
}

STATEMENTS = [
    "{origin} said {phrase} {unit} were reported in {place} {when}.",
    "{phrase} {unit} were counted near {place}, according to {origin}.",
    "Officials estimate {phrase} {unit} in the {place} region {when}.",
    "{origin} reported {phrase} {unit} linked to the fighting around {place}.",
    "A total of {phrase} {unit} were recorded in {place} over the period, {origin} said.",
    "{place} saw {phrase} {unit} {when}, the latest figures from {origin} show.",
]
WHEN = ["last week", "overnight", "this month", "since January", "in the past year", "during the offensive"]
TOPICS = ["war", "aid", "sanctions", "elections", "economy", "migration", "energy", "health", "security", "climate"]
LANGUAGES = [("en", 80), ("uk", 6), ("ru", 4), ("ko", 3), ("fr", 3), ("es", 2), ("ar", 2)]
STATUSES = [("published", 85), ("draft", 7), ("in_review", 5), ("retracted", 3)]
RATINGS = ["true", "mostly_true", "mixed", "mostly_false", "false", "misleading", "unproven"]
ORIGIN_KINDS = ["agency", "person", "organisation", "group"]
VERBS_RELAY = ["reported", "citing", "according_to"]
VERBS_ORIGIN = ["said", "estimated", "told", "briefed", "according_to"]

EPOCH = datetime.datetime(2023, 1, 1, tzinfo=datetime.UTC)
SPAN_SECONDS = 3 * 365 * 24 * 3600


def _weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights, k=1)[0]


def _zipf_index(rng, n):
    """An index in [0, n), small ones far more often: P(index < k) = sqrt(k / n).

    A few outlets and speakers dominate, as in real coverage: of 1,805 origin speakers
    the first is the origin of 2.4 % of claims, the second of 1 %, the tenth of 0.4 %.
    """
    return min(n - 1, int(n * rng.random() ** 2))


@dataclass
class SyntheticDatabase:
    """Generates every table's rows for ``claims`` claims."""

    claims: int
    seed: int = 1
    outlets: int = 300
    actors: int = 2000
    tags: int = 120
    metrics: int = 300
    rng: random.Random = field(init=False)

    def __post_init__(self):
        self.rng = random.Random(self.seed)
        self.sources = max(10, self.claims // 3)
        self.now = timezone.now()

    # --- Reference records -------------------------------------------------------------
    def outlet_rows(self):
        kinds = ["news_agency", "newspaper", "broadcaster", "digital", "state_media", "government"]
        for i in range(1, self.outlets + 1):
            name = f"Outlet {i} {self.rng.choice(PLACES)} {self.rng.choice(['Times', 'News', 'Post', 'Radio', 'TV'])}"
            yield (i, name, f"outlet-{i}", kinds[i % len(kinds)], "", "", self.now, self.now)

    def actor_rows(self):
        """Speakers: the first ``outlets`` are media speaking for their outlet; 5 % are anonymous sources."""
        for i in range(1, self.actors + 1):
            outlet_id = None
            if i <= self.outlets:
                kind, name, outlet_id = "media", f"Outlet {i} newsroom", i
            elif i % 20 == 0:
                kind, name = "anonymous", f"Anonymous sources {i}"
            else:
                kind = ORIGIN_KINDS[i % len(ORIGIN_KINDS)]
                name = f"{self.rng.choice(['Ministry', 'Office', 'Council', 'Agency', 'Governor', 'Spokesperson'])} {i}"
            aliases = f"{name.split()[0]} of {self.rng.choice(PLACES)}\nthe {name.split()[0].lower()} {i}"
            keys = name_keys([name, *aliases.split("\n")])  # what Actor.save() stores for the duplicate check
            yield (i, name, f"speaker-{i}", kind, "", aliases, keys, "", "", outlet_id, False, self.now, self.now)

    def anonymous_actor_ids(self):
        return [i for i in range(self.outlets + 1, self.actors + 1) if i % 20 == 0]

    def origin_actor_ids(self):
        return [i for i in range(self.outlets + 1, self.actors + 1) if i % 20 != 0]

    def source_rows(self):
        for i in range(1, self.sources + 1):
            outlet_id = 1 + _zipf_index(self.rng, self.outlets)
            published = (EPOCH + datetime.timedelta(seconds=self.rng.randrange(SPAN_SECONDS))).date()
            title = f"{self.rng.choice(TOPICS).title()} in {self.rng.choice(PLACES)}: report {i}"
            language = _weighted(self.rng, LANGUAGES)
            precision = "day" if self.rng.random() < 0.9 else "month"
            if precision == "month":
                published = published.replace(day=1)
            url = f"https://news.example.org/{outlet_id}/{i}"
            yield (
                i,
                outlet_id,
                title,
                url,
                url_key(url),  # what Source.save() stores for the one-source-per-article rule
                published,
                precision,
                "",
                language,
                None,
                "",
                "",
                self.now,
                self.now,
            )

    def tag_rows(self):
        for i in range(1, self.tags + 1):
            yield (i, f"{self.rng.choice(TOPICS)} {i}", f"tag-{i}")

    def metric_rows(self):
        for i in range(1, self.metrics + 1):
            unit = UNITS[i % len(UNITS)][0]
            yield (i, f"Metric {i}: {unit} in {PLACES[i % len(PLACES)]}", f"metric-{i}", "", unit, self.now, self.now)

    # --- Claims and what hangs off them ----------------------------------------------------
    def claim_batches(self, batch_size=10_000):
        """Yields ``(claims, attributions, claim_tags, reviews)`` row lists per batch of claims."""
        origins, anonymous = self.origin_actor_ids(), self.anonymous_actor_ids()
        relays = list(range(1, self.outlets + 1))
        unit_pairs = [(unit, weight) for unit, weight, _ in UNITS]
        magnitudes = {unit: span for unit, _, span in UNITS}
        rng = self.rng
        link_id = review_id = 0
        batch = ([], [], [], [])
        for claim_id in range(1, self.claims + 1):
            unit = _weighted(rng, unit_pairs)
            qualifier = _weighted(rng, QUALIFIERS)
            value, value_max, phrase = self._figure(rng, qualifier, magnitudes[unit])
            place = rng.choice(PLACES)
            origin_id = origins[_zipf_index(rng, len(origins))]
            status = _weighted(rng, STATUSES)
            created = EPOCH + datetime.timedelta(seconds=rng.randrange(SPAN_SECONDS), microseconds=rng.randrange(10**6))
            updated = created + datetime.timedelta(seconds=rng.randrange(90 * 24 * 3600))
            verdict = rng.choice(RATINGS) if rng.random() < 0.1 else ""
            statement = rng.choice(STATEMENTS).format(
                origin=f"Speaker {origin_id}", phrase=phrase, unit=unit, place=place, when=rng.choice(WHEN)
            )
            statement = statement[0].upper() + statement[1:]
            period_start = None
            if rng.random() < 0.7:
                period_start = (created - datetime.timedelta(days=rng.randrange(365))).date()
            period_end = period_start + datetime.timedelta(days=rng.randrange(120)) if period_start else None
            if rng.random() < 0.03:  # a claim without a figure
                value = value_max = None
                qualifier = unit = ""
            metric_id = 1 + _zipf_index(rng, self.metrics) if rng.random() < 0.3 else None
            batch[0].append(
                (
                    claim_id,
                    uuid.UUID(int=rng.getrandbits(128), version=4),
                    statement,
                    f"{phrase} {unit}".strip(),
                    value,
                    value_max,
                    qualifier,
                    unit,
                    f"{unit} in {place}",
                    place.replace("-", " "),
                    period_start,
                    period_end,
                    metric_id,
                    "normal",
                    "",
                    status,
                    verdict,
                    updated if status in ("published", "retracted") else None,
                    updated if status == "retracted" else None,
                    "Retracted in the synthetic benchmark database." if status == "retracted" else "",
                    "imported",
                    "",
                    None,
                    created,
                    updated,
                    1,
                )
            )
            for source_index in rng.sample(range(self.sources), k=1 if rng.random() < 0.8 else 2):
                source_id = 1 + source_index
                length = _weighted(rng, [(2, 60), (3, 30), (1, 10)])
                chain = [relays[_zipf_index(rng, len(relays))] for _ in range(length - 1)]
                anonymous_origin = rng.random() < 0.1
                chain.append(rng.choice(anonymous) if anonymous_origin else origin_id)
                for position, actor_id in enumerate(chain, start=1):
                    link_id += 1
                    is_origin = position == length
                    batch[1].append(
                        (
                            link_id,
                            claim_id,
                            source_id,
                            actor_id,
                            rng.choice(VERBS_ORIGIN if is_origin else VERBS_RELAY),
                            "origin" if is_origin else "relay",
                            position,
                            rng.randint(1, 10) if is_origin and anonymous_origin else None,
                        )
                    )
            for tag_id in rng.sample(range(1, self.tags + 1), k=rng.choice((0, 1, 1, 2, 2, 3))):
                batch[2].append((claim_id, tag_id))
            if verdict:
                review_id += 1
                batch[3].append(
                    (
                        review_id,
                        claim_id,
                        verdict,
                        None,
                        5,
                        1,
                        "",
                        "",
                        "factdb desk",
                        "",
                        "en",
                        "published",
                        updated.date(),
                        updated,
                        updated,
                    )
                )
            if claim_id % batch_size == 0:
                yield batch
                batch = ([], [], [], [])
        if batch[0]:
            yield batch

    @staticmethod
    def _figure(rng, qualifier, span):
        low, high = span
        if qualifier == "magnitude":
            exponent = rng.randint(max(1, low), max(1, high))
            return Decimal(10) ** exponent, None, MAGNITUDE_WORDS.get(exponent, "billions")
        value = Decimal(int(10 ** rng.uniform(low, high)))
        if value >= 1000 and rng.random() < 0.7:
            rounding = Decimal(10) ** int(math.log10(value) - 1)
            value = (value / rounding).quantize(Decimal(1)) * rounding
        value_max = None
        if qualifier == "range":
            value_max = (value * Decimal(rng.choice(("1.2", "1.5", "2", "3")))).quantize(Decimal(1))
        phrase = PHRASES[qualifier].format(n=f"{value:,}", m=f"{value_max:,}" if value_max else "")
        return value, value_max, phrase


# Column order of each generated row, by model field name (bulk_load maps them to columns).
COLUMNS = {
    "sources.Outlet": ("id", "name", "slug", "kind", "country", "homepage", "created_at", "updated_at"),
    "sources.Actor": (
        "id",
        "name",
        "slug",
        "kind",
        "country",
        "aliases",
        "name_keys",
        "description",
        "wikidata_id",
        "outlet",
        "proposed",
        "created_at",
        "updated_at",
    ),
    "sources.Source": (
        "id",
        "outlet",
        "title",
        "url",
        "url_key",
        "published",
        "published_precision",
        "byline",
        "language",
        "retrieved",
        "archive_url",
        "text",
        "created_at",
        "updated_at",
    ),
    "claims.Tag": ("id", "name", "slug"),
    "claims.Metric": ("id", "name", "slug", "description", "unit", "created_at", "updated_at"),
    "claims.Claim": (
        "id",
        "uid",
        "statement",
        "quote",
        "value",
        "value_max",
        "qualifier",
        "unit",
        "subject",
        "place",
        "period_start",
        "period_end",
        "metric",
        "rank",
        "deprecation_reason",
        "status",
        "verdict",
        "published_at",
        "retracted_at",
        "retraction_reason",
        "provenance",
        "extracted_sentence",
        "created_by",
        "created_at",
        "updated_at",
        "version",
    ),
    "claims.Attribution": ("id", "claim", "source", "actor", "verb", "role", "position", "source_count"),
    "claims.Claim_tags": ("claim", "tag"),
    "claims.Review": (
        "id",
        "claim",
        "rating",
        "rating_value",
        "best_rating",
        "worst_rating",
        "alternate_name",
        "explanation",
        "author_name",
        "url",
        "language",
        "status",
        "date_published",
        "created_at",
        "updated_at",
    ),
}


# What the benchmark's actor and search requests ask for: the second most frequent
# origin speaker (about 1 % of claims) and a place named in about 0.8 % of statements.
BENCHMARK_ACTOR = "speaker-302"
BENCHMARK_WORD = "kharkiv drones"
