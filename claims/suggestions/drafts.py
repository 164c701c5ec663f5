"""
Suggested claims for one source: candidates, duplicates, and drafts written in one go.

`suggest_claims(source)` runs the extractor over the source's stored text, with the
source's outlet as the outermost link of every chain and every actor as the speaker
directory (`actors.ActorTable`). Each `Suggestion` carries the candidate, a statement
draft, the actor each link will use, and the claim of this source it repeats, if any.
`create_suggested_claims()` writes the chosen suggestions as drafts through
`claims.services.claim_save`, all in one transaction; nothing is ever published here.

**Already there**: a candidate repeats a claim attributed in this source when both
have the same quote (ignoring case and spacing, or one quote containing the other),
or else the same figure — value, upper value and unit, whatever the qualifier, which
an editor may have corrected. Each existing claim answers for one candidate only, so a
text that says "thousands" of troops twice, about two different things, keeps both.
"""

import dataclasses
import datetime
import hashlib
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from sources.models import ActorKind, Outlet, Source

from ..chains import LinkData
from ..extraction import FigureCandidate, extract_figures
from ..extraction.speakers import normalise_speaker
from ..figures import format_figure
from ..models import Claim, ClaimStatus, Provenance
from ..services import claim_save
from .actors import ActorResolver, ActorTable, ActorWriter, ProposedActor

__all__ = [
    "Suggestion", "suggest_claims", "suggest_from_text", "create_suggested_claims",
    "outlet_name", "candidate_data",
]  # fmt: skip

STATEMENT_LENGTH = Claim._meta.get_field("statement").max_length
QUOTE_LENGTH = Claim._meta.get_field("quote").max_length
SUBJECT_LENGTH = Claim._meta.get_field("subject").max_length
PLACE_LENGTH = Claim._meta.get_field("place").max_length
UNIT_LENGTH = Claim._meta.get_field("unit").max_length
SUGGESTED_REASON = "suggested from the source's text"


@dataclass(frozen=True)
class Suggestion:
    """A candidate figure for one source, ready to become a draft claim.

    Its ``links`` are the chain as it will be saved, outermost first, as ``LinkData``
    whose ``actor`` is a ``ProposedActor``: a speaker that may not exist yet, written
    by ``create_suggested_claims()`` when the chain is saved.
    """

    candidate: FigureCandidate
    links: tuple[LinkData, ...]
    statement: str
    duplicate_of: int | None = None
    # What the editor confirmed beyond the candidate (the suggest page, ``corrected``).
    place: str = ""
    period_start: datetime.date | None = None
    period_end: datetime.date | None = None

    def corrected(self, *, value, value_max, qualifier, unit, subject, place, period_start, period_end, actors):
        """This suggestion as the editor corrected it: figure, what and when, and each link's speaker.

        ``actors`` holds one ``ProposedActor`` per link, in order. The statement is drafted
        again from the corrected figure and origin.
        """
        candidate = dataclasses.replace(
            self.candidate, value=value, value_max=value_max, qualifier=qualifier, unit=unit, subject=subject
        )
        links = tuple(
            dataclasses.replace(
                link, actor=actor, source_count=link.source_count if actor.kind == ActorKind.ANONYMOUS else None
            )
            for link, actor in zip(self.links, actors, strict=True)
        )
        return dataclasses.replace(
            self,
            candidate=candidate,
            links=links,
            statement=_statement(candidate, links),
            place=place,
            period_start=period_start,
            period_end=period_end,
        )

    @property
    def key(self) -> str:
        """A stable id for forms: the same text gives the same keys."""
        c = self.candidate
        digest = hashlib.sha1(f"{c.start}:{c.end}:{c.quote}".encode()).hexdigest()[:10]
        return f"{c.start}-{c.end}-{digest}"

    @property
    def sentence_parts(self) -> tuple[str, str, str]:
        """The sentence cut around the quote: (before, quote, after), to highlight it."""
        c = self.candidate
        start, end = c.start - c.sentence_start, c.end - c.sentence_start
        return c.sentence[:start], c.sentence[start:end], c.sentence[end:]

    @property
    def figure_display(self) -> str:
        c = self.candidate
        return format_figure(c.value, c.value_max, c.qualifier, c.unit)

    @property
    def chain_display(self) -> str:
        """ "The Hill ← NBC News ← six sources" (new speakers marked with *)."""
        return " ← ".join(f"{link.actor.name}{' *' if link.actor.is_new else ''}" for link in self.links)


def _links(source: Source, candidate: FigureCandidate, resolver: ActorResolver) -> tuple[LinkData, ...]:
    outlet = normalise_speaker(source.outlet.name)
    links: list[LinkData] = []
    previous: ProposedActor | None = None
    for position, link in enumerate(candidate.chain, start=1):
        is_outlet = position == 1 and normalise_speaker(link.name) == outlet
        actor = resolver.outlet() if is_outlet else resolver.speaker(link, previous)
        count = link.source_count if actor.kind == ActorKind.ANONYMOUS else None
        links.append(LinkData(source, actor, link.verb, link.role, position, count))
        previous = actor
    return tuple(links)


def _statement(candidate: FigureCandidate, links: tuple[LinkData, ...]) -> str:
    """ "Russian media: ≈ 5,000 workers (military construction workers)"."""
    figure = format_figure(candidate.value, candidate.value_max, candidate.qualifier, candidate.unit)
    origin = links[-1] if links else None
    if origin and origin.actor.kind == ActorKind.ANONYMOUS and origin.source_count:
        speaker = f"{origin.source_count} anonymous sources"
    else:
        speaker = origin.actor.name if origin else ""
    statement = f"{speaker}: {figure}" if speaker else figure
    if candidate.subject and candidate.subject.lower() != candidate.unit.lower():
        statement += f" ({candidate.subject})"
    return statement[:STATEMENT_LENGTH]


def _normal_quote(text: str) -> str:
    return " ".join(text.lower().split())


def _find_duplicates(candidates: list[FigureCandidate], source: Source) -> list[int | None]:
    """For each candidate, the pk of the claim of `source` it repeats (see module doc)."""
    existing = list(Claim.objects.in_source(source).values_list("pk", "quote", "value", "value_max", "unit"))
    used: set[int] = set()
    found: list[int | None] = []

    def first(test) -> int | None:
        return next((row[0] for row in existing if row[0] not in used and test(row)), None)

    for candidate in candidates:
        quote = _normal_quote(candidate.quote)
        match = first(lambda row, quote=quote: _normal_quote(row[1]) == quote)
        match = match or first(
            lambda row, quote=quote: row[1] and (quote in _normal_quote(row[1]) or _normal_quote(row[1]) in quote)
        )
        match = match or first(
            lambda row, candidate=candidate: (
                row[2] == candidate.value and row[3] == candidate.value_max and row[4].lower() == candidate.unit.lower()
            )
        )
        if match is not None:
            used.add(match)
        found.append(match)
    return found


def outlet_name(given: str | None) -> str | None:
    """A known outlet's name for its slug or name; otherwise `given` as written (None if blank)."""
    given = (given or "").strip()
    if not given:
        return None
    known = Outlet.objects.filter(Q(slug=given) | Q(name__iexact=given)).values_list("name", flat=True).first()
    return known or given


def candidate_data(candidate: FigureCandidate) -> dict:
    """A candidate as JSON-ready data, with its readable figure ("≈ 12,000 troops")."""
    figure = format_figure(candidate.value, candidate.value_max, candidate.qualifier, candidate.unit)
    return {**candidate.to_dict(), "figure": figure}


def suggest_from_text(source: Source, text: str) -> list[Suggestion]:
    """Suggestions for `source` from `text` (normally the source's own text)."""
    actors = ActorTable()
    outlet_name = source.outlet.name
    candidates = extract_figures(text, outlet=outlet_name, speakers=actors.directory)
    resolver = ActorResolver(source, actors)
    duplicates = _find_duplicates(candidates, source)
    suggestions = []
    for candidate, duplicate_of in zip(candidates, duplicates, strict=True):
        links = _links(source, candidate, resolver)
        suggestions.append(Suggestion(candidate, links, _statement(candidate, links), duplicate_of))
    return suggestions


def suggest_claims(source: Source) -> list[Suggestion]:
    """Suggestions from the source's stored text (none when it has no text)."""
    return suggest_from_text(source, source.text) if source.text.strip() else []


@transaction.atomic
def create_suggested_claims(source: Source, suggestions: list[Suggestion], *, user=None) -> list[Claim]:
    """Write `suggestions` as draft claims of `source`, with their chains; all or nothing.

    Suggestions that repeat a claim already in the source are skipped. A claim the
    database refuses raises `ValidationError` naming its quote, and nothing is written.
    """
    writer = ActorWriter(user=user, change_reason=SUGGESTED_REASON)
    created = []
    for suggestion in suggestions:
        if suggestion.duplicate_of is not None:
            continue
        candidate = suggestion.candidate
        claim = Claim(
            statement=suggestion.statement,
            quote=candidate.quote[:QUOTE_LENGTH],
            value=candidate.value,
            value_max=candidate.value_max,
            qualifier=candidate.qualifier,
            unit=candidate.unit[:UNIT_LENGTH],
            subject=candidate.subject[:SUBJECT_LENGTH],
            place=suggestion.place[:PLACE_LENGTH],
            period_start=suggestion.period_start,
            period_end=suggestion.period_end,
            status=ClaimStatus.DRAFT,
            provenance=Provenance.SUGGESTED,
            extracted_sentence=candidate.sentence,
        )
        links = [dataclasses.replace(link, source=source, actor=writer.actor(link.actor)) for link in suggestion.links]
        try:
            claim_save(claim=claim, links=links, user=user, change_reason=SUGGESTED_REASON)
        except ValidationError as error:
            raise ValidationError(f"“{candidate.quote}” could not be saved: {' '.join(error.messages)}") from None
        created.append(claim)
    return created
