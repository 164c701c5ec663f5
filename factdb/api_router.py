"""The v1 API router: every app's viewsets under ``/api/v1/``, the token endpoint, and the
root view listing them (``factdb.api.root``)."""

from django.urls import path

from claims.api.extraction import FigureExtractionView
from claims.api.related import VisibleActorViewSet, VisibleOutletViewSet, VisibleSourceViewSet
from claims.api.views import ClaimViewSet, MetricViewSet, ReviewViewSet, TagViewSet
from claims.sheets.api import ClaimSheetViewSet

from .api.root import ApiRouter
from .api.tokens import ObtainTokenView

router = ApiRouter()
router.register(
    "claims",
    ClaimViewSet,
    basename="claim",
    description="Figure claims with their sources and attribution chains; filter (q, outlet, value_min …), "
    "facet, page; editors write, reviewers publish.",
)
router.register("sources", VisibleSourceViewSet, basename="source", description="Documents claims are cited from.")
router.register("outlets", VisibleOutletViewSet, basename="outlet", description="Outlets that publish sources.")
router.register("actors", VisibleActorViewSet, basename="actor", description="Speakers: people, agencies, groups.")
router.register(
    "metrics",
    MetricViewSet,
    basename="metric",
    description="Quantities tracked over time, with each metric's timeline and conflicts.",
)
router.register("reviews", ReviewViewSet, basename="review", description="Fact-checkers' verdicts on claims.")
router.register("tags", TagViewSet, basename="tag", description="Labels grouping claims by story or topic.")
router.register(
    "sheets", ClaimSheetViewSet, basename="sheet", description="Saved claim sheets, with links to their files."
)
router.describe(
    "extract",
    "extract",
    "POST a text, get the figure claims in it (editors).",
    FigureExtractionView,
)
router.describe(
    "auth/token",
    "obtain-token",
    "POST username and password, get a token to send as Authorization: Token <key>.",
    ObtainTokenView,
)

urlpatterns = [
    path("auth/token/", ObtainTokenView.as_view(), name="obtain-token"),
    *router.urls,
    path("extract/", FigureExtractionView.as_view(), name="extract"),
]
