"""The claims app's REST API: claims (the hot path), metrics, tags, reviews, and the records claims link to."""
