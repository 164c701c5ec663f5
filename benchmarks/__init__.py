"""The API benchmark: a synthetic database builder and a gunicorn + wrk load run (see README, "Performance")."""
