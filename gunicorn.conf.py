"""
gunicorn settings for factdb (gunicorn reads ``gunicorn.conf.py`` from the directory it
starts in; command-line options still override it).

Garbage collection: a worker holds a few hundred thousand long-lived objects (Django,
DRF, the URL patterns, every view module); freezing them once the application is loaded
keeps the collector from re-traversing them. Each request also leaves about 160 objects
in reference cycles (request and view, filter set and filters) that only the collector
frees. Collecting the young generation every 5,000 new objects rather than every 700
spares collections in the middle of building a page's payloads (three times less time in
the collector on an uncached claims list); much larger batches cost more per object and
pause a worker for 20–80 ms at a time (measured in-process on a page of 100 claims:
collector time per 3,000 requests 0.78 s at 700, 0.24 s at 5,000, 0.62 s at 50,000, and a
99.9th percentile of 75 ms at 50,000).
"""

import gc

# The heartbeat file is touched on every request; keep it in memory where there is /dev/shm.
worker_tmp_dir = "/dev/shm"

# A sync worker cannot tell the arbiter it is alive while it sends a response, and claim
# sheets stream: a million claims as CSV take about a minute. gunicorn's default of 30 s
# killed such exports half-sent.
timeout = 600


def post_worker_init(worker):
    """Load every URL pattern (and with them the views), then freeze what is loaded."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports the views, serializers and filters now
    gc.freeze()
    gc.set_threshold(5_000, 20, 100)
