"""Attribution: the chain of who said a claim, link by link, inside one source."""

from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from sources.models import Actor, Source

from ..figures import number_in_words


class Verb(models.TextChoices):
    SAID = "said", "said"
    REPORTED = "reported", "reported"
    ACCORDING_TO = "according_to", "according to"
    CITING = "citing", "citing"
    BRIEFED = "briefed", "briefed"
    ESTIMATED = "estimated", "estimated"
    TOLD = "told", "told"


class Role(models.TextChoices):
    ORIGIN = "origin", "Origin"
    RELAY = "relay", "Relay"


class Attribution(models.Model):
    """One link of a claim's chain inside one source.

    "NBC News reported, citing six sources", as published by The Hill, is two rows in
    The Hill's source: NBC News (relay, position 1), then anonymous sources (origin,
    position 2, ``source_count`` 6). Relays come first; the origin is the last link.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="attributions")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="attributions")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="attributions")
    verb = models.CharField(max_length=16, choices=Verb.choices, default=Verb.SAID)
    role = models.CharField(max_length=8, choices=Role.choices, default=Role.ORIGIN)
    position = models.PositiveSmallIntegerField(default=1, help_text="1 is the link nearest the outlet.")
    source_count = models.PositiveIntegerField(
        null=True, blank=True, help_text='How many anonymous sources were cited ("six sources" → 6).'
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["claim_id", "source_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "source", "position"], name="attribution_position_unique"),
            models.UniqueConstraint(
                fields=["claim", "source"], condition=Q(role="origin"), name="attribution_one_origin_per_source"
            ),
            models.CheckConstraint(condition=Q(position__gte=1), name="attribution_position_positive"),
            models.CheckConstraint(
                condition=Q(source_count__isnull=True) | Q(source_count__gte=1),
                name="attribution_source_count_positive",
            ),
        ]
        indexes = [
            models.Index(fields=["actor", "role"], name="attribution_actor_role_idx"),
            models.Index(fields=["source", "claim"], name="attribution_source_claim_idx"),
            # The claims of a speaker (``actor``, ``origin`` filters) from the index alone.
            models.Index(fields=["actor", "claim", "role"], name="attribution_actor_claim_idx"),
            # A page's chains read by claim id in chain order from the index alone (it covers
            # every column of a link the API shows).
            models.Index(
                fields=["claim", "source", "position", "actor", "verb", "role", "source_count"],
                name="attribution_claim_chain_idx",
            ),
        ]

    def __str__(self):
        return f"{self.speaker_display} ({self.get_role_display().lower()}, {self.get_verb_display()})"

    @property
    def is_anonymous(self):
        return self.actor.is_anonymous

    @property
    def speaker_display(self):
        """ "six anonymous sources" for a counted anonymous origin, else the actor's name."""
        if self.actor.is_anonymous and self.source_count:
            noun = "source" if self.source_count == 1 else "sources"
            return f"{number_in_words(self.source_count)} anonymous {noun}"
        return self.actor.name
