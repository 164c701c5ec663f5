"""The home page: what factdb holds and where to go next."""

from django.views.generic import TemplateView

from claims.models import Claim
from claims.visibility import visible_actors, visible_sources


class HomeView(TemplateView):
    """A short, plain front page for a newcomer, with counts and links."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            claim_count=Claim.objects.listed_to(self.request.user).count(),
            # Sources and speakers that only drafts cite are not counted for the public.
            source_count=visible_sources(self.request.user).count(),
            speaker_count=visible_actors(self.request.user).count(),
        )
        return context
