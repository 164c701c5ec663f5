"""Webhook subscriptions and their delivery log.

A subscription asks factdb to POST a signed JSON message to a URL when a public claim is
published, changed, retracted or given a verdict; each message is one ``WebhookDelivery``
(its payload, attempts, last answer), so the admin can show what was sent and resend it.
How deliveries are made is ``claims.webhooks``.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.crypto import get_random_string

URL_MAX_LENGTH = 500
SECRET_MAX_LENGTH = 200
FILTER_MAX_LENGTH = 1000


class WebhookEvent(models.TextChoices):
    PUBLISHED = "published", "Claim published"
    CHANGED = "changed", "Published claim changed"
    RETRACTED = "retracted", "Claim retracted"
    VERDICT = "verdict", "Verdict changed"
    UNPUBLISHED = "unpublished", "Claim unpublished"


def new_secret():
    return get_random_string(40)


# http and https only: a subscription must not make the server open files or other protocols.
validate_webhook_url = URLValidator(schemes=["http", "https"], message="Enter an http:// or https:// URL.")


class WebhookSubscription(models.Model):
    """Someone outside the newsroom (a partner's site, a chat bot) told of public claims."""

    name = models.CharField(max_length=200, help_text="Who receives it: “Partner desk feed”.")
    url = models.CharField(
        "URL",
        max_length=URL_MAX_LENGTH,
        validators=[validate_webhook_url],
        help_text="Where the JSON is POSTed (http or https).",
    )
    secret = models.CharField(
        max_length=SECRET_MAX_LENGTH,
        default=new_secret,
        help_text="Signs every delivery (X-Factdb-Signature, HMAC-SHA256); the receiver keeps the same secret.",
    )
    on_published = models.BooleanField("published", default=True, help_text="A claim is published.")
    on_changed = models.BooleanField("changed", default=True, help_text="A published claim is changed.")
    on_retracted = models.BooleanField("retracted", default=True, help_text="A claim is retracted.")
    on_verdict = models.BooleanField("verdict", default=True, help_text="A public claim's verdict changes.")
    on_unpublished = models.BooleanField(
        "unpublished",
        default=True,
        help_text="A claim it was told of is taken back to review.",
    )
    filter = models.CharField(
        max_length=FILTER_MAX_LENGTH,
        blank=True,
        help_text="Only claims matching this API query: unit=troops&tag=kursk (empty: every public claim).",
    )
    active = models.BooleanField(default=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not any(getattr(self, f"on_{event}") for event in WebhookEvent.values):
            raise ValidationError({"on_published": "Choose at least one event."})

    @property
    def events(self):
        return [event for event in WebhookEvent.values if getattr(self, f"on_{event}")]


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RETRYING = "retrying", "Retrying"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDelivery(models.Model):
    """One message to one subscription, with what happened to it."""

    uid = models.UUIDField("delivery id", default=uuid.uuid4, unique=True, editable=False)
    subscription = models.ForeignKey(WebhookSubscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=20, choices=WebhookEvent.choices)
    claim = models.ForeignKey("claims.Claim", null=True, on_delete=models.SET_NULL, related_name="+")
    payload = models.JSONField(help_text="The body as sent (signed as it is serialised).")
    status = models.CharField(max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    response_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)
    log = models.TextField(blank=True, help_text="One line per attempt.")
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_retry_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["status", "-created_at"], name="webhookdelivery_status")]

    def __str__(self):
        return f"{self.get_event_display()} → {self.subscription}"
