"""``manage.py export_claims``: write a filtered claim sheet to a file (or standard output)."""

import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from claims.interchange.exporting.exporter import EXPORT_FORMATS, ClaimFileExporter
from claims.management.acting_user import acting_user
from claims.selectors import filtered_claims


class Command(BaseCommand):
    help = (
        "Export claims as a sheet (csv, xlsx, json, claimreview), filtered with the API's parameters: "
        "manage.py export_claims --format xlsx -o kursk.xlsx status=published tag=kursk unit=troops"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "filters",
            nargs="*",
            metavar="name=value",
            help="Filters as in /api/v1/claims/?… (repeat a name for several values).",
        )
        parser.add_argument("--format", choices=EXPORT_FORMATS, default="csv")
        parser.add_argument("-o", "--output", help="File to write (default: standard output).")
        parser.add_argument("--query", default="", help="Filters as one query string: 'status=published&tag=kursk'.")
        parser.add_argument("--user", help="Export what this user may read (default: published claims only).")
        parser.add_argument("--title", default="Claims", help="Title recorded in the sheet.")

    def handle(self, *args, filters, format, output, query, user, title, **options):
        params = QueryDict(query.lstrip("?"), mutable=True)
        for item in filters:
            name, sep, value = item.partition("=")
            if not sep or not name:
                raise CommandError(f"Filters are name=value pairs; “{item}” is not.")
            params.appendlist(name, value)
        reader = acting_user(user)
        try:
            claims = filtered_claims(params, reader)
        except ValidationError as error:
            problems = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
            raise CommandError(f"Bad filter — {problems}") from None
        exporter = ClaimFileExporter(claims, format, title=title, query=params.urlencode(), user=reader)
        if output:
            with open(output, "wb") as file:
                rows = exporter.write_to(file)
            self.stderr.write(self.style.SUCCESS(f"{rows} rows written to {output}."))
        else:
            rows = exporter.write_to(sys.stdout.buffer)
            sys.stdout.buffer.flush()
            self.stderr.write(f"{rows} rows.")
