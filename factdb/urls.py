"""Top-level URLs: home, admin, the versioned API and its documentation."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.csp import csp_override
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from .views import HomeView

# The admin says whose it is: "factdb", not "Django administration".
admin.site.site_header = admin.site.site_title = "factdb"
admin.site.index_title = "Claims, sources and verdicts"

# ReDoc's sidebar always shows Redocly's logo from their CDN: that image, and nothing else, may load.
REDOC_CSP = {**settings.SECURE_CSP, "img-src": [*settings.SECURE_CSP["img-src"], "https://cdn.redoc.ly"]}

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # Swagger UI with its start-up script as a file of its own, so the Content-Security-Policy
    # needs no inline script; ReDoc's page (factdb/templates) gives its inline script the nonce.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path(
        "api/redoc/",
        csp_override(REDOC_CSP)(SpectacularRedocView.as_view(url_name="api-schema", template_name="factdb/redoc.html")),
        name="api-redoc",
    ),
    re_path(r"^api/(?P<version>v1)/", include(("factdb.api_router", "api"))),
    path("sheets/", include("claims.sheets.urls")),
    path("", include("claims.urls")),
]
