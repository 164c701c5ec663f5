"""The v1 API router: every app's viewsets under ``/api/v1/``."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from claims.api.extraction import FigureExtractionView
from claims.api.views import ClaimViewSet

router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")

urlpatterns = router.urls
urlpatterns += [path("extract/", FigureExtractionView.as_view(), name="extract")]
