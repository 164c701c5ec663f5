"""The v1 API router: every app's viewsets under ``/api/v1/``."""

from rest_framework.routers import DefaultRouter

from claims.api.views import ClaimViewSet

router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")

urlpatterns = router.urls
