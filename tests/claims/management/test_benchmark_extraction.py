"""``manage.py benchmark_extraction``: a row per text and size (times are printed, not checked)."""

import io

import pytest
from django.core.management import CommandError, call_command

from claims.management.commands.benchmark_extraction import ADVERSARIAL


def test_prints_a_row_per_text_and_size():
    out = io.StringIO()
    call_command("benchmark_extraction", "--sizes", "1", "2", "--repeat", "1", stdout=out)
    rows = out.getvalue().splitlines()[1:]
    assert len(rows) == 2 * (1 + len(ADVERSARIAL))
    assert rows[0].startswith("realistic (corpus)") and rows[0].split()[2] == "1"
    assert any(row.startswith("figures only") and row.split()[-1] != "0" for row in rows)


def test_refuses_sizes_out_of_range():
    with pytest.raises(CommandError, match="sizes"):
        call_command("benchmark_extraction", "--sizes", "0", stdout=io.StringIO())
