"""The v1 API router: every app's viewsets under ``/api/v1/``, and the token endpoint."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from claims.api.extraction import FigureExtractionView
from claims.api.related import VisibleActorViewSet, VisibleOutletViewSet, VisibleSourceViewSet
from claims.api.views import ClaimViewSet, MetricViewSet, ReviewViewSet, TagViewSet
from claims.sheets.api import ClaimSheetViewSet

from .api.tokens import ObtainTokenView

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
    path("auth/token/", ObtainTokenView.as_view(), name="obtain-token"),
    *router.urls,
    path("extract/", FigureExtractionView.as_view(), name="extract"),
]
