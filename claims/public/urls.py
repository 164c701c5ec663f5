"""URLs of the public site, under ``/claims/`` and ``/oembed``; included by ``claims.urls``."""

from django.urls import path

from .feeds import ClaimFeed
from .views import ClaimEmbedView, ClaimIndexView, ClaimPageView, ClaimPreviewView, OEmbedView

urlpatterns = [
    path("claims/", ClaimIndexView.as_view(), name="public-claims"),
    path("claims/feed.atom", ClaimFeed(), name="public-feed"),
    path("claims/<int:pk>/", ClaimPageView.as_view(), name="public-claim-bare"),
    path("claims/<int:pk>/embed/", ClaimEmbedView.as_view(), name="public-claim-embed"),
    path("claims/<int:pk>/preview/", ClaimPreviewView.as_view(), name="public-claim-preview"),
    path("claims/<int:pk>/<slug:slug>/", ClaimPageView.as_view(), name="public-claim"),
    path("oembed", OEmbedView.as_view(), name="public-oembed"),
]
