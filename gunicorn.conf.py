"""
gunicorn settings for factdb (gunicorn reads ``gunicorn.conf.py`` from the directory it
starts in; command-line options still override it).

Garbage collection: a worker holds a few hundred thousand long-lived objects (Django,
DRF, the URL patterns, every view module), and an API page of 100 claims allocates
thousands of short-lived dicts. With Python's defaults the collector keeps
re-traversing the long-lived objects; freezing them once the application is loaded
and collecting the young generation less often made the claims list about 12 % cheaper
in CPU (measured in-process, ``benchmarks/``). Memory held by short-lived cycles stays
small: they are still collected, only in larger batches.
"""

import gc

# The heartbeat file is touched on every request; keep it in memory where there is /dev/shm.
worker_tmp_dir = "/dev/shm"


def post_worker_init(worker):
    """Load every URL pattern (and with them the views), then freeze what is loaded."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports the views, serializers and filters now
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
