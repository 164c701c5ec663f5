"""API views for claims."""

from rest_framework import viewsets

from ..models import Claim
from .serializers import ClaimSerializer


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ClaimSerializer

    def get_queryset(self):
        return Claim.objects.visible_to(self.request.user).for_api()
