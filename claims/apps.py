from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verdicts"

    def ready(self):
        from .metrics import live_conflicts
        from .roles import ensure_roles

        # Permissions are created in post_migrate too, so groups are filled after them.
        post_migrate.connect(ensure_roles, sender=self, dispatch_uid="claims.ensure_roles")
        # ``sources`` knows nothing of claims: a source's new published date reaches the
        # date of its claims' statements from here (claims.services.stated_on_refresh).
        post_save.connect(source_saved, sender="sources.Source", dispatch_uid="claims.stated_on")
        # Every save and delete of a claim, explanation or relation keeps its metrics'
        # live-conflict flag, whoever makes it (services, admin, cascades, reverts).
        live_conflicts.connect()


def source_saved(sender, instance, created, raw=False, **kwargs):
    from .services import stated_on_refresh

    if not created and not raw:  # a new source has no claims yet
        stated_on_refresh(source=instance)
