"""
Saved claim sheets on the site: ``/sheets/<slug>/`` (a page that prints cleanly) and
``/sheets/<slug>.xlsx``, ``.csv``, ``.json``, ``.jsonld`` (always the claims' current
state); writes in ``services``, the read-only API endpoint in ``api``.
"""
