"""``manage.py evaluate_extraction``: how well the extractor finds figures, and how fast.

    manage.py evaluate_extraction                                  # the annotated corpus in the tests
    manage.py evaluate_extraction --corpus tests/claims/extraction/heldout.json
    manage.py evaluate_extraction --corpus tests/claims/extraction/realnews/development.json   # policy records
    manage.py evaluate_extraction --text article.txt --seeds       # a text, scored against seeds/
    manage.py evaluate_extraction --corpus realnews/unseen44.json --second-annotator agreement/unseen44.json

It prints precision and recall for figures found, accuracy for value, qualifier, unit
and origin speaker, then the median milliseconds to extract from a 10 KB text. With
``--second-annotator`` it scores a second person's annotation of the same texts in the
extractor's place: how far two annotators agree (`claims.extraction.agreement`).
"""

import json
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction.agreement import AnnotationMismatch, annotator_report
from claims.extraction.evaluation import benchmark_extraction, format_report
from claims.extraction.gold import benchmark_text, corpus_texts, evaluate_texts, seed_texts
from claims.seeding import SeedError, read_seed_files

DEFAULT_CORPUS = Path(settings.BASE_DIR) / "tests" / "claims" / "extraction" / "corpus.json"
DEFAULT_SEEDS = Path(settings.BASE_DIR) / "seeds"
BENCHMARK_SIZE = 10 * 1024


class Command(BaseCommand):
    help = "Score the figure extractor against gold figures (an annotated corpus, or a text and the seeds)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--corpus", help=f"Annotated corpus JSON (default: {DEFAULT_CORPUS.relative_to(settings.BASE_DIR)})."
        )
        parser.add_argument("--text", help="A text file of one or more items whose titles are seed sources' titles.")
        parser.add_argument(
            "--seeds",
            nargs="?",
            const=str(DEFAULT_SEEDS),
            help="Seed directory giving the gold for --text (default: seeds/).",
        )
        parser.add_argument(
            "--details",
            action="store_true",
            help=(
                "Also list missed and spurious figures, found ones with a wrong unit, hedge or speaker, "
                "and every number refused with its rule."
            ),
        )
        parser.add_argument("--repeat", type=int, default=20, help="Timed runs for the speed figure (default 20).")
        parser.add_argument(
            "--second-annotator",
            metavar="FILE",
            help="Score this second annotation of the --corpus texts in the extractor's place (annotator agreement).",
        )

    def handle(self, *args, corpus, text, seeds, details, repeat, second_annotator, **options):
        if second_annotator:
            if not corpus or text or seeds:
                raise CommandError("--second-annotator FILE goes with --corpus: the first annotation is the gold.")
            first, second = self._read_json(Path(corpus)), self._read_json(Path(second_annotator))
            try:
                report = annotator_report(first, second)
            except AnnotationMismatch as error:
                raise CommandError(f"{second_annotator}: {error}") from None
            except (KeyError, TypeError, ValueError) as error:
                raise CommandError(f"not two annotations of one real-news set: {error}") from None
            second_name = "/".join(Path(second_annotator).parts[-2:])
            self.stdout.write(
                format_report(report, title=f"second annotator {second_name} against {Path(corpus).name}")
            )
            if details:
                self._write_details(report)
            return
        if text or seeds:
            if corpus:
                raise CommandError("Give either --corpus or --text with --seeds, not both.")
            if not (text and seeds):
                raise CommandError("--text FILE and --seeds [DIR] go together: the seeds are the gold for the text.")
            texts, directory, title = self._seed_gold(Path(text), Path(seeds))
        else:
            texts, directory, title = self._corpus_gold(Path(corpus) if corpus else DEFAULT_CORPUS)
        report = evaluate_texts(texts, directory)
        self.stdout.write(format_report(report, title=title))
        if details:
            self._write_details(report)
        sample = benchmark_text([item.text for item in texts], BENCHMARK_SIZE)
        milliseconds = benchmark_extraction(sample, repeat=repeat, outlet="Wire", speakers=directory)
        self.stdout.write(
            f"speed: median {milliseconds:.1f} ms to extract from a {len(sample.encode()) // 1024} KB text "
            f"({max(1, repeat)} runs after a warm-up)"
        )

    def _write_details(self, report):
        for figure in report.missed:
            quote = f" {figure.quote!r}" if figure.quote else ""
            self.stdout.write(f"missed:  {quote} {figure.value} {figure.qualifier} {figure.unit} ({figure.origin})")
        for number, rule, context in report.excluded:
            self.stdout.write(f"excluded: {number!r} ({rule}) in '…{context}…'")
        for candidate in report.spurious:
            self.stdout.write(f"spurious: {candidate.quote!r} in {candidate.sentence!r}")
        for candidate, figure in report.mismeasured:
            self.stdout.write(f"unit:     {candidate.quote!r} counts {candidate.unit!r}, not {figure.unit!r}")
        for candidate, figure in report.misqualified:
            self.stdout.write(f"hedge:    {candidate.quote!r} is {candidate.qualifier!r}, not {figure.qualifier!r}")
        for candidate, figure in report.misattributed:
            said_by = candidate.origin.name if candidate.origin else "nobody"
            if figure.origin_names:
                figure = replace(figure, origin=" / ".join((*figure.origin_names, figure.origin)))
            self.stdout.write(
                f"origin:   {candidate.quote!r} said by {said_by!r}, not {figure.origin!r}, in {candidate.sentence!r}"
            )
        for candidate, _ in report.overattributed:
            self.stdout.write(
                f"speaker:  {candidate.quote!r} said by {candidate.origin.name!r}; the text names no one,"
                f" in {candidate.sentence!r}"
            )

    def _read_json(self, path):
        if not path.is_file():
            raise CommandError(f"No such corpus file: {path}")
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise CommandError(f"{path} is not an annotated corpus: {error}") from None

    def _corpus_gold(self, path):
        corpus = self._read_json(path)
        try:
            texts, directory = corpus_texts(corpus)
        except (KeyError, TypeError) as error:
            raise CommandError(f"{path} is not an annotated corpus: {error}") from None
        return texts, directory, f"{path.name}: {len(texts)} {'records' if 'records' in corpus else 'passages'}"

    def _seed_gold(self, path, seeds):
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            data = read_seed_files(seeds)
        except SeedError as error:
            raise CommandError(str(error)) from None
        texts, directory, missing = seed_texts(path.read_text(encoding="utf-8"), data)
        for title in missing:
            self.stderr.write(f"not in the text, not scored: “{title}”")
        if not texts:
            raise CommandError(f"None of the seed sources' titles appear in {path}.")
        return texts, directory, f"{path.name} against {seeds.name}/: {len(texts)} items"
