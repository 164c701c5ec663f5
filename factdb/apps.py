from django.apps import AppConfig


class FactdbConfig(AppConfig):
    """The project package as an app: site-wide commands (backup, restore) and templates."""

    name = "factdb"
    verbose_name = "factdb"
