"""
Public views of a metric: its chart as an SVG file and its timeline as JSON.

``/metrics/<slug>/chart.svg`` is for reporters to embed (``<img src=…>``); both follow
``Claim.objects.visible_to(user)``, so the public sees public claims only (published,
and retracted ones marked), and a metric that no public claim tracks yet is not found (as in the API).
"""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from .metrics.chart import render_chart
from .metrics.serialization import timeline_as_dict
from .metrics.timeline import metric_timeline
from .models import Claim
from .visibility import conceal_timeline_outlets, visible_metrics


class MetricTimelineMixin:
    """Loads the metric named in the URL and its timeline as the user may see it."""

    def get_timeline(self):
        metric = get_object_or_404(visible_metrics(self.request.user), slug=self.kwargs["slug"])
        timeline = metric_timeline(metric, Claim.objects.visible_to(self.request.user))
        return conceal_timeline_outlets(timeline, self.request.user)


class MetricChartView(MetricTimelineMixin, View):
    """The metric's timeline chart as a standalone SVG file."""

    def get(self, request, slug):
        response = HttpResponse(render_chart(self.get_timeline()), content_type="image/svg+xml; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{slug}.svg"'
        # An SVG is a document: keep any script in it (there is none) from running if opened directly.
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
        return response


class MetricTimelineView(MetricTimelineMixin, View):
    """The metric's timeline as JSON (the same data as the API's timeline action)."""

    def get(self, request, slug):
        data = timeline_as_dict(self.get_timeline(), request)
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
