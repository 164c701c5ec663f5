"""``restore`` refuses every damaged or hand-made file with one line, and writes nothing."""

import gzip
import json
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from claims.models import Tag
from factdb.backup import BACKUP_FORMAT, BACKUP_VERSION, applied_migrations

TAG = {"model": "claims.tag", "pk": 1, "fields": {"name": "Kursk", "slug": "kursk"}}


def backup_data(**changes):
    """A well-formed backup of one tag, with ``changes`` to its top-level keys."""
    data = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "created": "2026-12-01T00:00:00+00:00",
        "database_vendor": "sqlite",
        "migrations": applied_migrations(),
        "counts": {"claims.tag": 1},
        "objects": [TAG],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not ...}


def write(path, data):
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write(data if isinstance(data, str) else json.dumps(data))
    return path


def flipped(path):
    """``path`` with one byte of its compressed body inverted."""
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


BAD_FILES = {
    "missing migrations": (lambda: backup_data(migrations=...), "'migrations' must map"),
    "migrations of the wrong type": (lambda: backup_data(migrations={"claims": "0001_initial"}), "'migrations' must"),
    "migrations as a list": (lambda: backup_data(migrations=["claims.0001_initial"]), "'migrations' must"),
    "objects of numbers": (lambda: backup_data(objects=[1, 2, 3]), "row 1 is not an object"),
    "objects not a list": (lambda: backup_data(objects={"a": 1}), "'objects' must be a list"),
    "an unknown field": (
        lambda: backup_data(objects=[{**TAG, "fields": {**TAG["fields"], "colour": "red"}}]),
        "unknown fields: colour",
    ),
    "an unknown model": (lambda: backup_data(objects=[{**TAG, "model": "claims.nothing"}]), "unknown or excluded"),
    "an excluded model": (lambda: backup_data(objects=[{**TAG, "model": "auth.permission"}]), "unknown or excluded"),
    "a row without id": (lambda: backup_data(objects=[{"model": "claims.tag", "fields": {}}]), "not an object with"),
    "a duplicated row": (
        lambda: backup_data(objects=[TAG, {**TAG, "fields": {"name": "Other", "slug": "o"}}]),
        "repeats",
    ),
    "a bad value": (
        lambda: backup_data(objects=[{"model": "claims.metric", "pk": 1, "fields": {"created_at": "yesterday"}}]),
        "does not fit",
    ),
    "a missing permission": (
        lambda: backup_data(
            objects=[{"model": "auth.group", "pk": 9, "fields": {"name": "x", "permissions": [["no", "such", "p"]]}}]
        ),
        "does not fit",
    ),
    "deep JSON": (lambda: "[" * 200_000 + "]" * 200_000, "nested too deeply"),
    "not JSON": (lambda: "{'format': 1", "not a readable factdb backup"),
    "no header": (lambda: [1, 2, 3], "not a factdb backup"),
    "another version": (lambda: backup_data(version="2\nTraceback"), "format version 2 Traceback; this"),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_restore_refuses_a_bad_file_in_one_line(transactional_db, tmp_path, case):
    make, message = BAD_FILES[case]
    path = write(tmp_path / "bad.json.gz", make())
    with pytest.raises(CommandError, match=message) as refused:
        call_command("restore", str(path))
    assert "\n" not in str(refused.value)
    assert len(str(refused.value)) < 600
    # Nothing written, nothing removed (the role groups `migrate` made are still there).
    assert not Tag.objects.exists()
    assert Group.objects.filter(name="Editors").exists()


def test_restore_refuses_a_flipped_byte_and_a_cut_file(transactional_db, tmp_path):
    good = write(tmp_path / "good.json.gz", backup_data(objects=[TAG] * 1 + [{**TAG, "pk": n} for n in range(2, 400)]))
    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(good.read_bytes()[:-40])
    for path in (flipped(good), cut):
        with pytest.raises(CommandError, match="not a readable factdb backup") as refused:
            call_command("restore", str(path))
        assert "\n" not in str(refused.value)
    assert not Tag.objects.exists()


def test_a_good_file_of_the_same_shape_restores(transactional_db, tmp_path):
    """The bad files above differ from this one only in what makes them bad."""
    call_command("restore", str(write(tmp_path / "good.json.gz", backup_data())))
    assert list(Tag.objects.values_list("name", flat=True)) == ["Kursk"]


@pytest.mark.database_independent
def test_the_command_prints_one_line_and_no_traceback(tmp_path, migrated_sqlite_file):
    """As an operator meets it: ``manage.py restore`` on a damaged file, in a fresh database."""
    path = tmp_path / "bad.json.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 40)
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    env = {"DATABASE_URL": migrated_sqlite_file(tmp_path / "fresh.sqlite3"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([*manage, "restore", str(path)], env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert result.stderr.startswith("CommandError: ") and "not a readable factdb backup" in result.stderr
