"""Admin for webhooks: subscriptions (reviewers and admins) and the read-only delivery log."""

import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import format_html

from ..models import WebhookDelivery, WebhookSubscription
from ..models.webhook import SECRET_MAX_LENGTH
from ..selectors import filtered_claims
from ..webhooks.tasks import redeliver


class WebhookSubscriptionForm(forms.ModelForm):
    """The secret is shown once, when the subscription is made; after that it can only be replaced."""

    class Meta:
        model = WebhookSubscription
        fields = [
            "name",
            "url",
            "secret",
            "on_published",
            "on_changed",
            "on_retracted",
            "on_verdict",
            "on_unpublished",
            "filter",
            "active",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["secret"] = forms.CharField(
                required=False,
                max_length=SECRET_MAX_LENGTH,
                widget=forms.PasswordInput(render_value=False),
                help_text="Kept, and never shown again. Type a new secret here to replace it.",
            )

    def clean_secret(self):
        secret = self.cleaned_data.get("secret", "")
        if self.instance.pk and not secret:
            return WebhookSubscription.objects.get(pk=self.instance.pk).secret
        if len(secret) < 16:
            raise ValidationError("Use at least 16 characters: the secret is all that proves a message is ours.")
        return secret

    def clean_filter(self):
        query = self.cleaned_data["filter"].strip().lstrip("?")
        try:
            filtered_claims(query, None)  # what an anonymous API reader may ask
        except ValidationError as error:
            raise ValidationError(
                [f"{name}: {message}" for name, messages_ in error.message_dict.items() for message in messages_]
            ) from None
        return query


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    form = WebhookSubscriptionForm
    list_display = ["name", "url", "events_display", "filter", "active", "owner", "created_at"]
    list_filter = ["active"]
    list_select_related = ["owner"]
    search_fields = ["name", "url"]
    readonly_fields = ["owner", "created_at", "deliveries_link"]
    fieldsets = [
        (None, {"fields": ["name", "url", "secret", "active"]}),
        ("Events", {"fields": [("on_published", "on_changed", "on_retracted", "on_verdict", "on_unpublished")]}),
        (
            "Which claims",
            {
                "fields": ["filter"],
                "description": "The claim filter, as in the API: <code>unit=troops&amp;tag=kursk</code>. "
                "Only public claims are ever sent.",
            },
        ),
        ("Record", {"fields": [("owner", "created_at"), "deliveries_link"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.owner = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="Events")
    def events_display(self, subscription):
        return ", ".join(subscription.events)

    @admin.display(description="Deliveries")
    def deliveries_link(self, subscription):
        if not subscription.pk:
            return "—"
        return format_html(
            '<a href="../../../webhookdelivery/?subscription__id__exact={}">Delivery log</a>', subscription.pk
        )


@admin.action(description="Redeliver the selected messages", permissions=["redeliver"])
def redeliver_selected(modeladmin, request, queryset):
    with transaction.atomic():
        copies = [redeliver(delivery) for delivery in queryset.select_related("subscription")[:100]]
    modeladmin.message_user(
        request, f"{len(copies)} message(s) queued again; the worker sends them shortly.", messages.SUCCESS
    )


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    """What was sent where, and what came back; nothing here can be edited."""

    # What went wrong first (the claim's statement is long: last).
    list_display = [
        "created_at",
        "status",
        "event",
        "subscription",
        "attempts",
        "response_code",
        "next_retry_at",
        "error",
        "claim",
    ]
    list_filter = ["status", "event", "subscription"]
    list_select_related = ["subscription", "claim"]
    search_fields = ["uid"]
    actions = [redeliver_selected]
    fields = [
        "uid",
        "subscription",
        "event",
        "claim",
        "status",
        "attempts",
        "response_code",
        "error",
        ("created_at", "last_attempt_at", "next_retry_at", "delivered_at"),
        "attempt_log",
        "payload_display",
    ]
    readonly_fields = [name for entry in fields for name in (entry if isinstance(entry, tuple) else (entry,))]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_redeliver_permission(self, request):
        return request.user.has_perm("claims.add_webhookdelivery")

    @admin.display(description="Attempts log")
    def attempt_log(self, delivery):
        return format_html("<pre>{}</pre>", delivery.log or "—")

    @admin.display(description="Payload")
    def payload_display(self, delivery):
        return format_html("<pre>{}</pre>", json.dumps(delivery.payload, indent=2, ensure_ascii=False))
