"""The API for outlets, sources and speakers (registered, narrowed to what users may see, by ``claims.api``)."""
