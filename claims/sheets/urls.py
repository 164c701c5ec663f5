"""URLs of saved claim sheets, under ``/sheets/``."""

from django.urls import path, re_path

from .views import ClaimSheetDetailView, ClaimSheetFileView, ClaimSheetListView

app_name = "sheets"

urlpatterns = [
    path("", ClaimSheetListView.as_view(), name="list"),
    re_path(r"^(?P<slug>[-\w]+)\.(?P<extension>[a-z]+)$", ClaimSheetFileView.as_view(), name="file"),
    path("<slug:slug>/", ClaimSheetDetailView.as_view(), name="detail"),
]
