"""The v1 API router: every app's viewsets under ``/api/v1/``."""

from rest_framework.routers import DefaultRouter

from claims.api.views import ClaimViewSet
from claims.sheets.api import ClaimSheetViewSet

router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")
router.register("sheets", ClaimSheetViewSet, basename="sheet")

urlpatterns = router.urls
