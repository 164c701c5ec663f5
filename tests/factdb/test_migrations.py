"""The migrations describe the models: a change to a model (or to a set a constraint reads,
such as the currencies a figure may be negative in) without its migration fails here, not
on a user's ``migrate``."""

import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_change_lacks_its_migration():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(f"a model change has no migration (run manage.py makemigrations):\n{out.getvalue()}")
