"""
``/api/v1/``: what a newcomer with ``curl`` needs to start — every endpoint in a line, the
docs, the formats and the feed — instead of DRF's bare list of links.

``ApiRouter`` is DRF's ``DefaultRouter`` whose root view is ``ApiRootView``; the router
gives it each registered endpoint with its one-line description, and the formats each
endpoint's renderers offer, so a new endpoint or renderer is listed without touching this.
"""

from django.urls import NoReverseMatch
from rest_framework import routers
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.settings import api_settings

# The Atom feed of newly published claims (served outside the API, by the claims app).
FEED_PATH = "/claims/feed.atom"

# What each format is, for the root view; a renderer not named here shows its media type.
FORMAT_DESCRIPTIONS = {
    "json": "JSON, the default",
    "api": "this browsable API, in a browser",
    "csv": "every claim the filters select, one row each (unpaged)",
    "xlsx": "the same as an Excel workbook",
    "sheet-json": "the same as JSON records with the sheet's columns",
    "claimreview": "published reviews of the selected claims as schema.org ClaimReview (JSON-LD)",
}


class ApiRootView(routers.APIRootView):
    """
    factdb's REST API, version 1: figure claims with their sources and attribution chains.

    Every endpoint below is described in the OpenAPI docs (`docs`); each list filters,
    pages with cursors (follow `next`) and takes `?format=` (`formats`).
    """

    endpoints = ()  # (name, URL name, description), given by ApiRouter
    formats = ()  # (format, media type, [endpoint names]), given by ApiRouter
    endpoints_with_formats = ()  # the names of the endpoints whose renderers were read

    def get_view_name(self):
        return "factdb API v1"

    def get(self, request, *args, **kwargs):
        namespace = request.resolver_match.namespace
        endpoints = {}
        for name, url_name, description in self.endpoints:
            try:
                url = reverse(f"{namespace}:{url_name}" if namespace else url_name, kwargs=kwargs, request=request)
            except NoReverseMatch:
                continue
            endpoints[name] = {"url": url, "description": description}
        every = len(self.endpoints_with_formats)
        return Response(
            {
                "endpoints": endpoints,
                "docs": {
                    "swagger": request.build_absolute_uri(reverse("api-docs")),
                    "redoc": request.build_absolute_uri(reverse("api-redoc")),
                    "openapi": request.build_absolute_uri(reverse("api-schema")),
                },
                "formats": {
                    format_: {
                        "description": FORMAT_DESCRIPTIONS.get(format_, media_type),
                        "media_type": media_type,
                        "endpoints": "all" if len(names) == every else names,
                        "example": f"?{api_settings.URL_FORMAT_OVERRIDE}={format_}",
                    }
                    for format_, media_type, names in self.formats
                },
                "feed": request.build_absolute_uri(FEED_PATH),
            }
        )


class ApiRouter(routers.DefaultRouter):
    """``DefaultRouter`` with ``ApiRootView``: ``register(prefix, viewset, basename, description=…)``;
    ``describe(name, url_name, description)`` adds an endpoint that is not a viewset."""

    APIRootView = ApiRootView

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.descriptions, self.extra_endpoints = {}, []

    def register(self, prefix, viewset, basename=None, *, description=""):
        super().register(prefix, viewset, basename)
        self.descriptions[prefix] = description

    def describe(self, name, url_name, description, view=None):
        self.extra_endpoints.append((name, url_name, description, view))

    def get_api_root_view(self, api_urls=None):
        list_name = self.routes[0].name
        endpoints = [
            (prefix, list_name.format(basename=basename), self.descriptions.get(prefix, ""))
            for prefix, viewset, basename in self.registry
        ]
        endpoints += [(name, url_name, description) for name, url_name, description, _ in self.extra_endpoints]
        views = {prefix: viewset for prefix, viewset, _ in self.registry}
        views.update({name: view for name, _, _, view in self.extra_endpoints if view is not None})
        formats = {}
        for name, view in views.items():
            for renderer in getattr(view, "renderer_classes", api_settings.DEFAULT_RENDERER_CLASSES):
                formats.setdefault((renderer.format, renderer.media_type), []).append(name)
        return self.APIRootView.as_view(
            endpoints=tuple(endpoints),
            endpoints_with_formats=tuple(views),
            formats=tuple((format_, media_type, names) for (format_, media_type), names in formats.items()),
        )
