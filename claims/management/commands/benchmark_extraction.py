"""``manage.py benchmark_extraction``: seconds to extract figures from texts of growing size.

    manage.py benchmark_extraction                       # 10, 50 and 200 KB
    manage.py benchmark_extraction --sizes 10 200 --repeat 3

For each size it times a realistic text (the annotated corpus's passages, repeated) and
adversarial ones: nothing but figures ("12,000 troops, " over and over, one sentence),
a run of full stops, one number of every digit, Arabic-Indic digits, a line of
abbreviations, and quotation tags whose long speaker has no comma or stop word in reach (one
such sentence took 8.8 s in the eighth 2026-12-07 session, until the tag's words could no
longer be split anywhere). Each row gives the best wall-clock and CPU seconds of ``--repeat`` runs
and the candidates found (at most ``MAX_CANDIDATES``). The times grow linearly with the
size; before issue 14 the figures-only text took 104 s at 195 KB and the full stops
never finished. The API refuses texts over ``MAX_TEXT_LENGTH`` characters (200,000).
"""

import json
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import extract_figures
from claims.extraction.gold import benchmark_text, corpus_texts

CORPUS = Path(settings.BASE_DIR) / "tests" / "claims" / "extraction" / "corpus.json"
DEFAULT_SIZES = (10, 50, 200)  # KB
ADVERSARIAL = {
    "figures only": "12,000 troops, ",
    "full stops": ".",
    "one long number": "1",
    "Arabic-Indic digits": "\u0661",
    "abbreviations": "Gen. R. Smith of the U.S. Dept. at 4 p.m. ",
    # A long speaker after a closed quotation, with no comma or stop word in reach: one such sentence took 9 s
    # while the tag's words could be split anywhere (quote_tags.LONG_INVERTED_TAG).
    "quotation tags": "\u201cIt will rise 12 per cent,\u201d said Agriculture Minister Sharad Pawar praising the farmers "
    "for their handling of deficit monsoon.\n",
}


class Command(BaseCommand):
    help = "Time figure extraction on realistic and adversarial texts of 10, 50 and 200 KB."

    def add_arguments(self, parser):
        parser.add_argument(
            "--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="Sizes in KB (default 10 50 200)."
        )
        parser.add_argument("--repeat", type=int, default=3, help="Runs per text; the best is shown (default 3).")

    def handle(self, *args, sizes, repeat, **options):
        if any(size < 1 or size > 10_000 for size in sizes):
            raise CommandError("Give sizes from 1 to 10,000 KB.")
        texts, _ = corpus_texts(json.loads(CORPUS.read_text(encoding="utf-8")))
        passages = [item.text for item in texts]
        self.stdout.write(f"{'text':<22}{'KB':>6}{'wall s':>9}{'CPU s':>9}{'candidates':>12}")
        for size in sizes:
            samples = {"realistic (corpus)": benchmark_text(passages, size * 1024)}
            samples |= {name: _repeated(unit, size * 1024) for name, unit in ADVERSARIAL.items()}
            for name, text in samples.items():
                wall, cpu, found = _best(text, repeat)
                self.stdout.write(f"{name:<22}{size:>6}{wall:>9.3f}{cpu:>9.3f}{found:>12}")


def _repeated(unit, size):
    return (unit * (size // len(unit.encode()) + 1)).encode()[:size].decode(errors="ignore")


def _best(text, repeat):
    """Best wall-clock and CPU seconds of `repeat` runs, and how many candidates were found."""
    walls, cpus, found = [], [], 0
    for _ in range(max(1, repeat)):
        wall, cpu = time.perf_counter(), time.process_time()
        found = len(extract_figures(text, outlet="Wire"))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), found
