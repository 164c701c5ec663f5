from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"

    def ready(self):
        from .roles import ensure_roles

        # Permissions are created in post_migrate too, so groups are filled after them.
        post_migrate.connect(ensure_roles, sender=self, dispatch_uid="claims.ensure_roles")
