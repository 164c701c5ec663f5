"""Two editors save claims at the same moment on a file SQLite database (run by a test).

Editor A opens a transaction, reads and writes, and holds it for a while; editor B
starts while A's transaction is open and must wait for it, not fail with "database is
locked". Prints a JSON report.
"""

import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from claims.models import Claim  # noqa: E402
from claims.services import claim_save  # noqa: E402

call_command("migrate", verbosity=0)  # the test hands over a migrated copy: this only checks
first = claim_save(claim=Claim(statement="first"))
second = claim_save(claim=Claim(statement="second"))
a_inside = threading.Event()
errors = []


def editor_a():
    try:
        with transaction.atomic():
            claim = Claim.objects.get(pk=first.pk)
            claim.statement = "saved by A"
            claim_save(claim=claim)
            a_inside.set()
            time.sleep(1.0)
    except Exception as error:  # noqa: BLE001  (reported to the test)
        errors.append(f"A: {error}")
    finally:
        a_inside.set()
        connection.close()


def editor_b():
    a_inside.wait()
    try:
        with transaction.atomic():
            claim = Claim.objects.get(pk=second.pk)
            claim.statement = "saved by B"
            claim_save(claim=claim)
            Claim.objects.filter(pk=first.pk).update(place="touched by B")
    except Exception as error:  # noqa: BLE001
        errors.append(f"B: {error}")
    finally:
        connection.close()


threads = [threading.Thread(target=editor_a), threading.Thread(target=editor_b)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
journal = connection.cursor().execute("PRAGMA journal_mode").fetchone()[0]
print(
    json.dumps(
        {
            "errors": errors,
            "statements": sorted(Claim.objects.values_list("statement", flat=True)),
            "first_place": Claim.objects.get(pk=first.pk).place,
            "journal_mode": journal,
        }
    )
)
