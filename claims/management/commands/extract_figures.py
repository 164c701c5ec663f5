"""``manage.py extract_figures``: the figure claims in a text, or draft claims on a source.

manage.py extract_figures article.txt --outlet "The Hill"      # a readable table
cat article.txt | manage.py extract_figures - --json             # JSON, as the API gives
manage.py extract_figures --source 12                            # from the source's stored text
manage.py extract_figures --source 12 --create-drafts            # ... as draft claims
manage.py extract_figures article.txt --source 12 --create-drafts   # a file's text, on source 12
"""

import json
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract_figures
from claims.suggestions import (
    actor_directory,
    candidate_data,
    create_suggested_claims,
    outlet_name,
    suggest_from_text,
)  # fmt: skip
from sources.models import Source


def _cell(text, width):
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


class Command(BaseCommand):
    help = "Print the figure claims found in a file or standard input, or create them as drafts on a source."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Text file to read; '-' (or nothing) reads standard input.")
        parser.add_argument("--outlet", help="Outlet that published the text (slug or name): the chains' first link.")
        parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
        parser.add_argument(
            "--source", type=int, help="Source id: its outlet, and its stored text unless FILE is given."
        )
        parser.add_argument("--create-drafts", action="store_true", help="Create the new candidates as draft claims.")
        parser.add_argument("--user", help="Username recorded as the drafts' creator (in their history too).")

    def handle(self, *args, file, outlet, json, source, create_drafts, user, **options):
        if create_drafts and source is None:
            raise CommandError("--create-drafts needs --source ID: draft claims belong to a source.")
        if source is not None and outlet:
            raise CommandError("--outlet cannot be combined with --source: the source's own outlet is used.")
        if source is None:
            return self._print_candidates(self._read(file), outlet_name(outlet), as_json=json)
        source = self._source(source)
        text = self._read(file) if file else source.text
        if not text.strip():
            raise CommandError(f"Source {source.pk} (“{source.title}”) has no text; give a FILE to extract from.")
        suggestions = suggest_from_text(source, text)
        if create_drafts:
            return self._create(source, suggestions, self._user(user))
        if json:
            records = [{**candidate_data(s.candidate), "already_in_source": s.duplicate_of} for s in suggestions]
            return self._write_json({"source": source.pk, "outlet": source.outlet.name, "candidates": records})
        self._table([s.candidate for s in suggestions], [s.duplicate_of for s in suggestions])

    def _read(self, file):
        if file in (None, "-"):
            return sys.stdin.read()
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CommandError(f"{file} is not UTF-8 text.") from None

    def _source(self, pk):
        source = Source.objects.select_related("outlet").filter(pk=pk).first()
        if source is None:
            raise CommandError(f"No source with id {pk}.")
        return source

    def _user(self, username):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username}.")
        return user

    def _print_candidates(self, text, outlet, *, as_json):
        candidates = extract_figures(text, outlet=outlet, speakers=actor_directory())
        if as_json:
            return self._write_json(
                {"outlet": outlet, "count": len(candidates), "candidates": [candidate_data(c) for c in candidates]}
            )
        self._table(candidates)

    def _write_json(self, data):
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))

    def _table(self, candidates, repeats=None):
        if not candidates:
            self.stdout.write("No figure claims found.")
            return
        self.stdout.write(f"{'#':>3}  {'figure':<24}  {'quote':<36}  {'chain (origin last)':<48}  conf")
        for number, candidate in enumerate(candidates, start=1):
            data = candidate_data(candidate)
            chain = " ← ".join(
                link.name + ("" if link.actor_id or not link.is_new else " (new)") for link in candidate.chain
            )
            line = (
                f"{number:>3}  {_cell(data['figure'], 24):<24}  {_cell(candidate.quote, 36):<36}  "
                f"{_cell(chain, 48):<48}  {candidate.confidence:.2f}"
            )
            if repeats and repeats[number - 1]:
                line += f"  (already claim {repeats[number - 1]})"
            self.stdout.write(line)

    def _create(self, source, suggestions, user):
        fresh = [suggestion for suggestion in suggestions if suggestion.duplicate_of is None]
        try:
            created = create_suggested_claims(source, fresh, user=user)
        except ValidationError as error:
            raise CommandError(f"Nothing was created: {' '.join(error.messages)}") from None
        repeated = len(suggestions) - len(fresh)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {len(created)} draft claim{'s' if len(created) != 1 else ''} on source {source.pk} "
                f"(“{source.title}”); {repeated} already there."
            )
        )
        for claim in created:
            self.stdout.write(f"  {claim.pk}: {claim.statement}")
