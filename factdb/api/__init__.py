"""Building blocks every app's API uses: the JSON renderer, keyset pagination, base viewsets."""
