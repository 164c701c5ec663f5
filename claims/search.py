"""
Full-text search over claims: statement, quote, subject and the speakers' names and aliases.

On PostgreSQL every claim carries a weighted ``tsvector`` (column ``search_vector``,
GIN-indexed, kept up to date by triggers; see migration
``0002_claim_search_vector``): the statement weighs most (A), then the quote and
subject (B), then the names and aliases of everyone in its chains (C). A query is read
with ``websearch_to_tsquery`` — the syntax people type into search boxes: words,
``"quoted phrases"``, ``or``, ``-excluded`` — under the English configuration, so
"troop" finds "troops". Matches are ranked with ``ts_rank``.

On SQLite the same syntax is read by ``parse_websearch()`` and each word or phrase is
matched as a case-insensitive substring of those fields, so words are still found
(and "troop" still finds "troops"); results keep the requested ordering.

A search is bounded, on both databases alike (``validate_search_text()``): at most
``MAX_SEARCH_LENGTH`` characters and ``MAX_SEARCH_TERMS`` words or phrases, and at
least one word to look for. SQLite cannot run much more (each term is four LIKE
conditions, and it refuses expressions nested 1,000 deep), and no reporter types it.
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import DecimalField, Q
from django.db.models.expressions import Col, Expression
from django.db.models.functions import Cast

SEARCH_CONFIG = "english"
SEARCH_VECTOR_COLUMN = "search_vector"
# ts_rank is a float; it is rounded to a fixed-point number so a page cursor can
# compare it exactly.
RANK_OUTPUT_FIELD = DecimalField(max_digits=12, decimal_places=6)

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')

MAX_SEARCH_LENGTH = 500  # characters
MAX_SEARCH_TERMS = 32  # words and quoted phrases, excluded ones too; `or` is not counted


@dataclass(frozen=True)
class SearchTerm:
    text: str
    excluded: bool = False


def parse_websearch(text):
    """Read ``text`` like ``websearch_to_tsquery``: a list of alternatives, each a list of terms.

    ``'drones "more than" -shahed or missiles'`` →
    ``[[drones, more than, -shahed], [missiles]]``.
    """
    alternatives, current = [], []
    for match in _TOKEN.finditer(text or ""):
        negation, phrase, word = match.groups()
        if word is not None and word.lower() == "or":
            if current:
                alternatives.append(current)
            current = []
            continue
        if word is not None:
            excluded = word.startswith("-") and len(word) > 1
            term = word[1:] if excluded else word
        else:
            excluded, term = bool(negation), phrase
        term = term.strip()
        if term:
            current.append(SearchTerm(term, excluded))
    if current:
        alternatives.append(current)
    return [terms for terms in alternatives if any(not term.excluded for term in terms)]


def validate_search_text(text):
    """Raise ``ValidationError`` unless ``text`` is a search both databases answer alike.

    It may have at most ``MAX_SEARCH_TERMS`` words and phrases, and needs at least one
    word to look for (``"-drones"`` alone or ``'"'`` has none).
    """
    terms = [match for match in _TOKEN.finditer(text or "") if (match.group(3) or "").lower() != "or"]
    if len(terms) > MAX_SEARCH_TERMS:
        raise ValidationError(
            "Search for at most %(max)s words or phrases (this has %(count)s).",
            code="too_many_terms",
            params={"max": MAX_SEARCH_TERMS, "count": len(terms)},
        )
    if not parse_websearch(text):
        raise ValidationError("Give at least one word to search for (a -word only excludes).", code="no_search_terms")


class StoredSearchVector(Expression):
    """The claim table's ``search_vector`` column (PostgreSQL), which the model does not declare.

    It resolves to a column of the query's base table, so it keeps working when the
    claims query becomes a subquery and its tables are renamed. The column's field is
    given the query's model, as a declared field has: ``count()`` and other aggregations
    over a searched queryset read it (without it, always a 500 on PostgreSQL).
    """

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        from django.contrib.postgres.search import SearchVectorField

        target = SearchVectorField()
        target.set_attributes_from_name(SEARCH_VECTOR_COLUMN)
        target.model = query.model
        return Col(query.get_initial_alias(), target)

    def as_sql(self, compiler, connection):  # pragma: no cover - always resolved first
        raise NotImplementedError("StoredSearchVector must be resolved in a query.")


def uses_postgres_search(queryset):
    return connections[queryset.db].vendor == "postgresql"


def search_claims(queryset, text):
    """Claims of ``queryset`` that match ``text``.

    On PostgreSQL the result is annotated with ``search_rank`` (higher is better);
    ``ClaimFilterSet`` orders by it unless another ordering is asked for.
    """
    text = (text or "").strip()
    if not text:
        return queryset
    if uses_postgres_search(queryset):
        return _search_postgres(queryset, text)
    return _search_substrings(queryset, text)


def _search_postgres(queryset, text):
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    return (
        queryset.alias(_search_vector=StoredSearchVector())
        .filter(_search_vector=query)
        .annotate(search_rank=Cast(SearchRank(StoredSearchVector(), query), RANK_OUTPUT_FIELD))
    )


def _term_matches(term):
    """A claim mentions ``term`` in its text or in a speaker's name or alias."""
    from sources.models import Actor

    from .models import Attribution

    text = term.text
    # The speakers' claims are listed once (few speakers match), not looked up claim by claim.
    speakers = Actor.objects.filter(Q(name__icontains=text) | Q(aliases__icontains=text))
    spoken = Attribution.objects.filter(actor__in=speakers).values("claim_id")
    return Q(statement__icontains=text) | Q(quote__icontains=text) | Q(subject__icontains=text) | Q(pk__in=spoken)


def _search_substrings(queryset, text):
    alternatives = parse_websearch(text)
    if not alternatives:
        # Nothing to look for matches nothing. Not ``.none()``: the claims list compiles
        # its page query to SQL itself, and an empty queryset has no SQL.
        return queryset.filter(pk__isnull=True)
    condition = Q()
    for terms in alternatives:
        conjunction = Q()
        for term in terms:
            conjunction &= ~_term_matches(term) if term.excluded else _term_matches(term)
        condition |= conjunction
    return queryset.filter(condition)
