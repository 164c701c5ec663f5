"""Signed webhooks: public claim events POSTed to subscribers by a background worker.

``events.claim_event`` is the one call ``claims.services`` makes; after the editor's
transaction commits it enqueues a task (``tasks.dispatch_event``) and returns, so the
editor never waits for a receiver. The worker (``manage.py db_worker``) fans the event out
to matching subscriptions and makes each signed delivery, retrying with backoff.
"""
