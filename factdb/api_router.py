"""The v1 API router: every app's viewsets under ``/api/v1/``, and the token endpoint."""

from django.urls import path
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.settings import api_settings
from rest_framework.routers import DefaultRouter

from claims.api.extraction import FigureExtractionView
from claims.api.related import VisibleActorViewSet, VisibleOutletViewSet, VisibleSourceViewSet
from claims.api.views import ClaimViewSet, MetricViewSet, ReviewViewSet, TagViewSet
from claims.sheets.api import ClaimSheetViewSet

router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")
router.register("sources", VisibleSourceViewSet, basename="source")
router.register("outlets", VisibleOutletViewSet, basename="outlet")
router.register("actors", VisibleActorViewSet, basename="actor")
router.register("metrics", MetricViewSet, basename="metric")
router.register("reviews", ReviewViewSet, basename="review")
router.register("tags", TagViewSet, basename="tag")
router.register("sheets", ClaimSheetViewSet, basename="sheet")

urlpatterns = [
    # DRF's view names its own parsers; it gets the API's (deeply nested JSON is a 400).
    path(
        "auth/token/",
        ObtainAuthToken.as_view(parser_classes=api_settings.DEFAULT_PARSER_CLASSES),
        name="obtain-token",
    ),
    *router.urls,
    path("extract/", FigureExtractionView.as_view(), name="extract"),
]
