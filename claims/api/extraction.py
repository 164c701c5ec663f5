"""
``POST /api/v1/extract/``: the figure claims in a text, as JSON; nothing is written.

For editors (users who may add claims). The body is ``{"text": "…", "outlet": "…"}``;
``outlet`` is optional, an outlet's slug or name (a known outlet gives its stored name,
anything else is used as written) and becomes the outermost link of every chain.
The answer lists the candidates the admin's "Suggest claims" page shows: the figure
(value, upper value, qualifier, unit and its readable form), the quote's offsets in
the text, its sentence, the attribution chain with the actors its speakers matched,
and a confidence. Texts longer than `MAX_TEXT_LENGTH` characters are refused (400
naming ``text``); at most `MAX_CANDIDATES` candidates are listed, the first ones, and
``truncated`` says when that many were found (the rest of the text was not read).
"""

from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from factdb.api.strict_input import RefuseUnknownFieldsMixin, StrictCharField

from ..extraction import QUALIFIERS, extract_figures
from ..extraction.extractor import MAX_CANDIDATES
from ..suggestions import actor_directory, candidate_data, outlet_name

MAX_TEXT_LENGTH = 200_000  # characters: about 200 KB of English, a very long article


class CanAddClaims(BasePermission):
    """Editors only: the extractor proposes claims, so it needs the right to add them."""

    message = "You need permission to add claims to extract figures."

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.has_perm("claims.add_claim"))


class ExtractionRequestSerializer(RefuseUnknownFieldsMixin, serializers.Serializer):
    text = StrictCharField(
        max_length=MAX_TEXT_LENGTH,
        trim_whitespace=False,  # offsets in the answer point into the text exactly as sent
        help_text=f"The article text (at most {MAX_TEXT_LENGTH:,} characters).",
    )
    outlet = StrictCharField(
        required=False, allow_blank=True, max_length=200, help_text="Slug or name of the outlet that published it."
    )

    def validate_text(self, value):
        if not value.strip():
            raise serializers.ValidationError("The text is empty.")
        return value


class ChainLinkSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The speaker as the text names it.")
    verb = serializers.CharField()
    role = serializers.ChoiceField(choices=["relay", "origin"])
    actor_id = serializers.IntegerField(allow_null=True, help_text="The actor matched by name or alias.")
    actor_name = serializers.CharField(allow_null=True)
    is_new = serializers.BooleanField(help_text="No actor matched: confirming would create one.")
    anonymous = serializers.BooleanField()
    source_count = serializers.IntegerField(allow_null=True, help_text='"six sources" → 6.')


class FigureCandidateSerializer(serializers.Serializer):
    value = serializers.CharField(help_text="Decimal, as a string.")
    value_max = serializers.CharField(allow_null=True, help_text="Upper end of a range.")
    qualifier = serializers.ChoiceField(choices=list(QUALIFIERS))
    unit = serializers.CharField()
    figure = serializers.CharField(help_text='Readable figure, e.g. "≈ 12,000 troops".')
    subject = serializers.CharField()
    quote = serializers.CharField(help_text="The figure phrase: text[start:end].")
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    sentence = serializers.CharField()
    sentence_start = serializers.IntegerField()
    chain = ChainLinkSerializer(many=True, help_text="Outermost first, origin last.")
    confidence = serializers.FloatField()


class ExtractionResponseSerializer(serializers.Serializer):
    outlet = serializers.CharField(allow_null=True)
    count = serializers.IntegerField()
    truncated = serializers.BooleanField(
        help_text=f"True when the text gave {MAX_CANDIDATES:,} candidates, the most listed: "
        "the rest of the text was not read."
    )
    candidates = FigureCandidateSerializer(many=True)


class FigureExtractionView(APIView):
    """Extract candidate figure claims from a text (writes nothing)."""

    permission_classes = [CanAddClaims]

    @extend_schema(
        operation_id="extract_figures",
        tags=["extraction"],
        request=ExtractionRequestSerializer,
        responses={
            200: ExtractionResponseSerializer,
            400: OpenApiResponse(description="Missing, empty or overlong text (the error names the field)."),
            403: OpenApiResponse(description="Not signed in, or not allowed to add claims."),
        },
        examples=[
            OpenApiExample(
                "A wire sentence",
                request_only=True,
                value={"text": "Some 12,000 troops were sent, according to officials.", "outlet": "the-hill"},
            )
        ],
    )
    def post(self, request, *args, **kwargs):
        serializer = ExtractionRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        outlet = outlet_name(serializer.validated_data.get("outlet"))
        candidates = extract_figures(serializer.validated_data["text"], outlet=outlet, speakers=actor_directory())
        data = {
            "outlet": outlet,
            "count": len(candidates),
            "truncated": len(candidates) >= MAX_CANDIDATES,
            "candidates": [candidate_data(c) for c in candidates],
        }
        return Response(ExtractionResponseSerializer(data).data)
