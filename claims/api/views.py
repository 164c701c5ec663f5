"""
Endpoints of the claims app: claims (read, write, workflow), metrics, tags, reviews.

``ClaimViewSet.list`` is the hot path: the claims a request selects are the visible
claims filtered and ordered by ``ClaimFilterSet`` (``get_export_queryset()`` gives
them to renderers of whole claim sheets); a page of them is found by id and sort
keys and built into payloads from raw rows in four queries (``payloads.ClaimPayloads``;
on SQLite, payloads built since the database last changed are reused).
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, NotFound, PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings

from factdb.api.viewsets import (
    IdOrSlugLookupMixin,
    RecordViewSet,
    ReleaseAfterResponseMixin,
    StrictQueryParametersMixin,
)

from ..filtersets import ClaimFilterSet
from ..metrics.origins import OriginSummary
from ..models import Claim
from ..revisions import claim_as_revised, pending_revision, revision_discard, revision_needed, revision_publish
from ..services import MAX_REASON_LENGTH, RETRACTION_REASON_MAX_LENGTH, ConcurrentEditError, claim_transition
from ..visibility import conceal_origins, visible_reviews
from .facets import FACET_PARAMETER, FACETS, facet_counts, requested_facets
from .metrics import MetricTimelineActionsMixin
from .payloads import ClaimPayloads
from .permissions import ClaimPermissions
from .preconditions import PreconditionFailed, etag, expected_version
from .related import VisibleRecordsMixin
from .revisions import PendingRevisionSerializer, pending_revision_payload
from .serializers import (
    ClaimDetailSerializer,
    ClaimListSerializer,
    ClaimSerializer,
    MetricSerializer,
    ReviewSerializer,
    TagSerializer,
)
from .sheet_renderers import CLAIM_SHEET_RENDERERS
from .writes import ClaimWriteSerializer


class DiscardRevisionSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=500, help_text="Why the change is not published.")


class ClaimWithRevisionSerializer(ClaimDetailSerializer):
    """A claim's detail as editors and reviewers read it: with the pending change, if any."""

    pending_revision = PendingRevisionSerializer(allow_null=True)


class WorkflowConflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This workflow step does not apply to the claim in its current status."
    default_code = "workflow_conflict"


def workflow_reason(request):
    """The optional ``reason`` of a workflow step (kept in the claim's history); 400 unless text."""
    reason = request.data.get("reason", "") if hasattr(request.data, "get") else ""
    if not isinstance(reason, str):
        raise ValidationError({"reason": "A reason is text."})
    return reason


IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description='The claim\'s ETag as you read it (e.g. "3"): the write is refused with 412 if it changed since.',
)
ETAG = OpenApiParameter(
    "ETag",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=True,
    description='The claim\'s version, quoted ("3"): send it back in If-Match when you change the claim.',
)
FACET = OpenApiParameter(
    FACET_PARAMETER,
    {"type": "array", "items": {"type": "string", "enum": list(FACETS)}},
    description="Also count claims per value of these fields over the whole filtered set (top 20 each): "
    + "; ".join(f"`{name}`: {facet.description}" for name, facet in FACETS.items()),
    explode=True,
)


REVISION_NOTE = (
    "On a published (or retracted) claim, a change by a user who may not publish is not applied: "
    "it becomes the claim's pending revision, answered with 202 Accepted and the claim as published "
    "plus `pending_revision`. The public keeps reading the published claim until a reviewer calls "
    "`publish-revision`. A later change edits the pending revision."
)


# The body of a step that says why (the reason is kept in the claim's history).
WORKFLOW_REASON = inline_serializer(
    "WorkflowReason", {"reason": serializers.CharField(max_length=MAX_REASON_LENGTH, required=False)}
)


class RetractionRequestSerializer(serializers.Serializer):
    # Required, but checked by claim_transition after the permission (editors get 403, not 400).
    reason = serializers.CharField(
        max_length=RETRACTION_REASON_MAX_LENGTH,
        required=False,
        allow_blank=True,
        help_text="Required: why the claim is retracted; the public reads it beside the retracted claim.",
    )


def _workflow_schema(summary, request=None):
    return extend_schema(
        summary=summary,
        request=request,
        parameters=[IF_MATCH, ETAG],
        responses={
            200: ClaimDetailSerializer,
            **({400: OpenApiResponse(description="The reason is missing or too long.")} if request else {}),
            403: OpenApiResponse(description="You may not take this step (editors cannot publish)."),
            409: OpenApiResponse(description="The step does not apply to the claim's status."),
            412: OpenApiResponse(description="The claim changed since you read it."),
        },
    )


@extend_schema_view(
    list=extend_schema(
        summary="List claims",
        description="Claims you may see, filtered and ordered, a page at a time (follow `next`).",
        parameters=[FACET],
        responses=ClaimListSerializer,
    ),
    retrieve=extend_schema(
        summary="One claim",
        description="Editors and reviewers also read `pending_revision`: an editor's change to the published "
        "claim that waits for a reviewer (null when there is none). Others read the published claim alone.",
        parameters=[ETAG],
        responses={200: ClaimWithRevisionSerializer},
    ),
    create=extend_schema(
        summary="Create a claim with its chain",
        request=ClaimWriteSerializer,
        parameters=[ETAG],
        responses={201: ClaimDetailSerializer},
    ),
    update=extend_schema(
        summary="Change a claim",
        description=REVISION_NOTE,
        request=ClaimWriteSerializer,
        parameters=[IF_MATCH, ETAG],
        responses={200: ClaimDetailSerializer, 202: ClaimWithRevisionSerializer},
    ),
    partial_update=extend_schema(
        summary="Change some fields of a claim",
        description=REVISION_NOTE,
        request=ClaimWriteSerializer,
        parameters=[IF_MATCH, ETAG],
        responses={200: ClaimDetailSerializer, 202: ClaimWithRevisionSerializer},
    ),
)
class ClaimViewSet(
    ReleaseAfterResponseMixin,
    StrictQueryParametersMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Figure claims with their sources and attribution chains."""

    filterset_class = ClaimFilterSet
    permission_classes = [ClaimPermissions]
    renderer_classes = [*api_settings.DEFAULT_RENDERER_CLASSES, *CLAIM_SHEET_RENDERERS]
    serializer_class = ClaimSerializer
    lookup_value_regex = r"[0-9]+"
    extra_query_parameters = frozenset({FACET_PARAMETER})

    def get_queryset(self):
        return Claim.objects.visible_to(self.request.user)

    def get_serializer_class(self):
        if self.action in ("create", "update", "partial_update"):
            return ClaimWriteSerializer
        return ClaimSerializer

    def get_export_queryset(self):
        """The claims this request selects: visible to the user, filtered and ordered (all pages).

        Renderers that write whole claim sheets get this queryset (see ``list``) and read
        its claims through the read model (``claims.reading``), as the JSON list reads a
        page of them (``payloads``).
        """
        return self.filter_queryset(self.get_queryset())

    # --- Reading ------------------------------------------------------------------------
    def list(self, request, *args, **kwargs):
        self.check_query_parameters(request)
        facets = requested_facets(request)
        if getattr(request.accepted_renderer, "renders_queryset", False):
            # Claim sheets: every selected claim, unpaged, streamed (claims.api.sheet_renderers).
            return request.accepted_renderer.streaming_response(self.get_export_queryset(), request)
        claims = self.filter_queryset(self.get_queryset())
        results = ClaimPayloads(request, using=claims.db).page(claims, self.paginator, request)
        data = self.paginator.get_paginated_data(results)
        if facets:
            data = {"facets": facet_counts(claims, facets), **data}
        return Response(data)

    def retrieve(self, request, *args, **kwargs):
        return self.claim_response(self.kwargs["pk"])

    def claim_response(self, pk, status_code=status.HTTP_200_OK, headers=None):
        """The claim as the API shows it, with its independent origins and its ETag."""
        visible = self.get_queryset().filter(pk=pk).values_list("pk", flat=True)
        payloads = ClaimPayloads(self.request).for_ids(list(visible))
        if not payloads:
            raise NotFound()
        payload = {**payloads[0], "origins": self.origins(pk, self.request.user)}  # payloads may be shared
        payload.update(pending_revision_payload(pk, self.request.user))  # reviewers and editors only
        return Response(payload, status=status_code, headers={"ETag": etag(payload["version"]), **(headers or {})})

    @staticmethod
    def origins(pk, user):
        """``ClaimOriginsSerializer``'s data: counted as on the metric page (``claims.metrics.origins``),
        naming only outlets ``user`` may see."""
        summary = OriginSummary.of(Claim.objects.filter(pk=pk).for_origins())
        summary.origins = conceal_origins(summary.origins, user)
        return {
            "outlet_count": len(summary.outlets),
            "origin_count": len(summary.origins),
            "origins": [origin.name for origin in summary.origins],
            "display": summary.display(),
        }

    # --- Writing ------------------------------------------------------------------------
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        claim = serializer.save()
        location = request.build_absolute_uri(f"{request.path}{claim.pk}/")
        return self.claim_response(claim.pk, status.HTTP_201_CREATED, {"Location": location})

    def update(self, request, *args, partial=False, **kwargs):
        claim = self.get_claim_for_write()
        context = {**self.get_serializer_context(), "expected_version": expected_version(request, claim.version)}
        if revision_needed(claim=claim, user=request.user):
            # The change goes to the claim's pending revision: edit the claim as revised.
            claim = claim_as_revised(claim, pending_revision(claim))
        serializer = ClaimWriteSerializer(claim, data=request.data, partial=partial, context=context)
        serializer.is_valid(raise_exception=True)
        try:
            serializer.save()
        except ConcurrentEditError as error:
            raise PreconditionFailed(error.messages[0]) from None
        revision = getattr(claim, "pending_revision", None)
        if revision is not None and revision.is_pending:
            return self.claim_response(claim.pk, status.HTTP_202_ACCEPTED)
        return self.claim_response(claim.pk)

    def get_claim_for_write(self):
        queryset = self.get_queryset().select_related(None).prefetch_related(None)
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    # --- Workflow -----------------------------------------------------------------------
    def transition(self, request, step):
        """Take a workflow step. The body's ``reason`` is read once the claim is found and its
        version checked, so a bad id is still a 404 and a stale one 412; the service checks it
        after the permission (editors get 403, not 400)."""
        claim = self.get_claim_for_write()
        # Checked here for an early answer, and again by the service under the row's lock:
        # a save between this read and the step is a 412, never a step on unseen content.
        version = expected_version(request, claim.version)
        try:
            claim_transition(
                claim=claim,
                action=step,
                user=request.user,
                reason=workflow_reason(request),
                expected_version=version,
            )
        except ConcurrentEditError as error:
            raise PreconditionFailed(error.messages[0]) from None
        except DjangoPermissionDenied as error:
            raise PermissionDenied(str(error)) from None
        except DjangoValidationError as error:
            if hasattr(error, "error_dict"):  # a bad "reason": 400 naming the field
                raise ValidationError(error.message_dict) from None
            raise WorkflowConflict(" ".join(error.messages)) from None
        return self.claim_response(claim.pk)

    @_workflow_schema("Submit a draft for review")
    @action(detail=True, methods=["post"])
    def submit(self, request, *args, **kwargs):
        return self.transition(request, "submit")

    @_workflow_schema("Return a claim in review to draft")
    @action(detail=True, methods=["post"], url_path="return-to-draft")
    def return_to_draft(self, request, *args, **kwargs):
        return self.transition(request, "return_to_draft")

    @_workflow_schema("Publish a claim (reviewers)")
    @action(detail=True, methods=["post"])
    def publish(self, request, *args, **kwargs):
        return self.transition(request, "publish")

    @_workflow_schema("Retract a published claim with its reason (reviewers)", request=RetractionRequestSerializer)
    @action(detail=True, methods=["post"])
    def retract(self, request, *args, **kwargs):
        return self.transition(request, "retract")

    @_workflow_schema("Unpublish a published claim back to review, saying why in `reason` (reviewers)", WORKFLOW_REASON)
    @action(detail=True, methods=["post"])
    def unpublish(self, request, *args, **kwargs):
        return self.transition(request, "unpublish")

    # --- Pending revisions (claims.revisions) ----------------------------------------------
    def get_pending_revision(self):
        claim = self.get_claim_for_write()
        revision = pending_revision(claim)
        if revision is None:
            raise WorkflowConflict("This claim has no pending revision.")
        return revision

    @_workflow_schema("Publish the claim's pending revision (reviewers)")
    @action(detail=True, methods=["post"], url_path="publish-revision")
    def publish_revision(self, request, *args, **kwargs):
        revision = self.get_pending_revision()
        try:
            revision_publish(revision=revision, user=request.user)
        except DjangoPermissionDenied as error:
            raise PermissionDenied(str(error)) from None
        except DjangoValidationError as error:
            raise WorkflowConflict(" ".join(error.messages)) from None
        return self.claim_response(revision.claim_id)

    @extend_schema(
        summary="Discard the claim's pending revision (reviewers)",
        request=DiscardRevisionSerializer,
        responses={
            200: ClaimDetailSerializer,
            400: OpenApiResponse(description="No reason given."),
            403: OpenApiResponse(description="Only reviewers discard revisions."),
            409: OpenApiResponse(description="The claim has no pending revision."),
        },
    )
    @action(detail=True, methods=["post"], url_path="discard-revision")
    def discard_revision(self, request, *args, **kwargs):
        body = DiscardRevisionSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        revision = self.get_pending_revision()
        try:
            revision_discard(revision=revision, user=request.user, reason=body.validated_data["reason"])
        except DjangoPermissionDenied as error:
            raise PermissionDenied(str(error)) from None
        return self.claim_response(revision.claim_id)


class MetricViewSet(MetricTimelineActionsMixin, VisibleRecordsMixin, IdOrSlugLookupMixin, RecordViewSet):
    """Quantities tracked across claims over time ("North Korean troops sent to Russia")."""

    serializer_class = MetricSerializer

    def get_queryset(self):
        return self.get_records().order_by("name", "id")


class TagViewSet(VisibleRecordsMixin, IdOrSlugLookupMixin, RecordViewSet):
    """Labels grouping claims by story or topic."""

    serializer_class = TagSerializer

    def get_queryset(self):
        return self.get_records().order_by("name", "id")


class ReviewViewSet(RecordViewSet):
    """Verdicts on claims (published ones, on published claims, for anonymous clients)."""

    serializer_class = ReviewSerializer

    def get_queryset(self):
        return (
            visible_reviews(self.request.user)
            .select_related("publisher", "author")
            .prefetch_related("evidence")
            .order_by(F("date_published").desc(nulls_last=True), "-id")
        )
