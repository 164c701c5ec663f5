"""The home page: what factdb holds and where to go next."""

from django.views.generic import TemplateView

from claims.models import Claim
from sources.models import Actor, Source


class HomeView(TemplateView):
    """A short, plain front page for a newcomer, with counts and links."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            claim_count=Claim.objects.visible_to(self.request.user).count(),
            source_count=Source.objects.count(),
            speaker_count=Actor.objects.count(),
        )
        return context
