"""
Base viewsets for factdb's API: strict query parameters and id-or-slug lookups.

``StrictQueryParametersMixin`` answers 400 to a list request with a parameter the
endpoint does not know (``?valu_min=50`` would otherwise return every row, and the
reporter would never notice the typo). Known are the filterset's filters, the
paginator's parameters, ``format`` (renderers) and what the viewset lists in
``extra_query_parameters``.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings

from . import schema  # noqa: F401 - registers the filter-description schema extension


class ReleaseAfterResponseMixin:
    """Let reference counting free a response's data once it is sent.

    DRF leaves the view and its response pointing at each other (``view.response``,
    ``response.renderer_context["view"]``), so every payload a view built — a page of
    100 claims is about a thousand dicts and lists — could only be freed by the cyclic
    garbage collector, which then paused a worker for 20–30 ms every few dozen requests.
    Dropping the two links when the response is closed (after the WSGI server sent it,
    or the test client read it) frees the payload at once. ``response.data`` stays.
    """

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response._resource_closers.append(self._release_response)
        return response

    def _release_response(self):
        response, self.response = getattr(self, "response", None), None
        if response is not None:
            response.renderer_context = None


class StrictQueryParametersMixin:
    extra_query_parameters = frozenset()

    def known_query_parameters(self):
        known = {api_settings.URL_FORMAT_OVERRIDE, *self.extra_query_parameters}
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None:
            known.update(filterset_class.base_filters)
        if self.paginator is not None and hasattr(self.paginator, "query_parameters"):
            known.update(self.paginator.query_parameters())
        return known

    def check_query_parameters(self, request):
        unknown = sorted(set(request.query_params) - self.known_query_parameters())
        if unknown:
            known = ", ".join(sorted(name for name in self.known_query_parameters() if name))
            raise ValidationError({name: [f"Unknown parameter. This endpoint knows: {known}."] for name in unknown})
        # No field or slug holds a NUL character, and PostgreSQL refuses text with one.
        with_nul = sorted(
            name for name, values in request.query_params.lists() if any("\x00" in value for value in values)
        )
        if with_nul:
            raise ValidationError({name: ["Null characters are not allowed."] for name in with_nul})

    def list(self, request, *args, **kwargs):
        self.check_query_parameters(request)
        return super().list(request, *args, **kwargs)


class IdOrSlugLookupMixin:
    """Detail URLs take the id or the slug: ``/actors/7/`` and ``/actors/kcna/``."""

    lookup_value_regex = r"[^/.]+"
    slug_field = "slug"

    def get_object(self):
        value = self.kwargs[self.lookup_url_kwarg or self.lookup_field]
        if value.isascii() and value.isdigit() and len(value) < 19:
            lookup = {"pk": int(value)}
        elif self.slug_field and "\x00" not in value:
            lookup = {self.slug_field: value}
        else:
            raise Http404
        obj = get_object_or_404(self.get_queryset(), **lookup)
        self.check_object_permissions(self.request, obj)
        return obj


class RecordViewSet(ReleaseAfterResponseMixin, StrictQueryParametersMixin, viewsets.ReadOnlyModelViewSet):
    """A read-only endpoint for reference records (outlets, sources, speakers, tags …)."""
