"""
Suggested claims: a source's text turned into draft claims for an editor to confirm.

`drafts` finds the candidates of a source and writes the chosen ones as draft claims;
`actors` matches their speakers to actors and proposes the new ones.
"""

from .actors import ActorTable, ProposedActor, actor_directory, guess_actor_kind
from .drafts import (
    Suggestion,
    candidate_data,
    create_suggested_claims,
    outlet_name,
    suggest_claims,
    suggest_from_text,
)  # fmt: skip

__all__ = [
    "ActorTable", "ProposedActor", "Suggestion", "actor_directory", "candidate_data",
    "create_suggested_claims", "guess_actor_kind", "outlet_name", "suggest_claims", "suggest_from_text",
]  # fmt: skip
