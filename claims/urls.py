"""URLs of the claims app outside the admin and the API: metric charts and timelines."""

from django.urls import path

from .public import urls as public_urls
from .views import MetricChartView, MetricTimelineView

app_name = "claims"

urlpatterns = [
    path("metrics/<slug:slug>/chart.svg", MetricChartView.as_view(), name="metric-chart"),
    path("metrics/<slug:slug>/timeline.json", MetricTimelineView.as_view(), name="metric-timeline"),
]

urlpatterns += public_urls.urlpatterns
