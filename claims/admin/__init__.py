"""Admin for the claims app, one module per model family; actions in ``actions``.

The admin's first page is the desk (``desk``): what is waiting for the person logged in.
"""

from django.contrib import admin

from . import (  # noqa: F401  (registers the ModelAdmins)
    claim,
    conflict,
    import_run,
    metric,
    review,
    sheet,
    source,  # noqa: F401  (the source admin with "Suggest claims")
    webhook,
)

admin.site.index_template = "admin/claims/desk.html"
