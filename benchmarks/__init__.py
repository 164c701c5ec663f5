"""The API benchmark: a synthetic database builder and a gunicorn + wrk load run (see docs/performance.md)."""
