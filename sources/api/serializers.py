"""Serializers for outlets, sources and speakers."""

from rest_framework import serializers

from ..models import Actor, Outlet, Source


class OutletLinkSerializer(serializers.ModelSerializer):
    """An outlet named inside another record."""

    api_url = serializers.HyperlinkedIdentityField(view_name="api:outlet-detail")

    class Meta:
        model = Outlet
        fields = ["id", "slug", "name", "api_url"]


class ActorLinkSerializer(serializers.ModelSerializer):
    """A speaker named inside another record."""

    api_url = serializers.HyperlinkedIdentityField(view_name="api:actor-detail")

    class Meta:
        model = Actor
        fields = ["id", "slug", "name", "api_url"]


class OutletSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:outlet-detail")

    class Meta:
        model = Outlet
        fields = ["id", "api_url", "slug", "name", "kind", "country", "homepage", "created_at", "updated_at"]


class SourceSerializer(serializers.ModelSerializer):
    """A published document. Its full text stays in the database (it is the publisher's)."""

    api_url = serializers.HyperlinkedIdentityField(view_name="api:source-detail")
    outlet = OutletLinkSerializer(read_only=True)
    published_display = serializers.CharField(read_only=True, help_text="The date at its precision: “July 2025”.")

    class Meta:
        model = Source
        fields = [
            "id",
            "api_url",
            "title",
            "url",
            "outlet",
            "published",
            "published_precision",
            "published_display",
            "byline",
            "language",
            "retrieved",
            "archive_url",
            "created_at",
            "updated_at",
        ]


class ActorSerializer(serializers.ModelSerializer):
    """A speaker: person, agency, group or anonymous sources, with the other names it goes by."""

    api_url = serializers.HyperlinkedIdentityField(view_name="api:actor-detail")
    aliases = serializers.ListField(source="alias_list", child=serializers.CharField(), read_only=True)
    outlet = OutletLinkSerializer(read_only=True, allow_null=True, help_text="For media: the outlet it speaks for.")

    class Meta:
        model = Actor
        fields = [
            "id",
            "api_url",
            "slug",
            "name",
            "kind",
            "country",
            "aliases",
            "description",
            "wikidata_id",
            "outlet",
            "created_at",
            "updated_at",
        ]
