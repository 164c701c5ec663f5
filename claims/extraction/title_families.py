"""
Titles a later "the <title>" may take up: "the commander" is "Lt. Gen. Oleh Marko", "the Premier" the Prime Minister.

`SpeakerMemory` takes "the minister" up as the last speaker whose name carries that title; a few titles stand
for a family of others (a general, a colonel or a captain is "the commander" or "the officer"). Kept apart from
`memory` so that module stays about how a reference is resolved, not which words make a rank.
"""

__all__ = ["TITLE_FAMILIES"]

_RANKS = frozenset(
    ["gen", "general", "lt", "col", "colonel", "maj", "major", "brig", "brigadier", "admiral", "adm", "commander",
     "cmdr", "cdr", "marshal", "capt", "captain", "sgt", "sergeant"]
)  # fmt: skip
# Titles a later "the <title>" may take up: "the commander" is the general named before.
TITLE_FAMILIES = {
    "commander": _RANKS, "general": _RANKS, "colonel": _RANKS, "officer": _RANKS | {"officer"},
    "minister": {"minister"}, "governor": {"governor", "gov"}, "mayor": {"mayor"},
    "premier": {"premier", "prime"},  # "The Premier said" after "Prime Minister Imran Khan said"
    "president": {"president"}, "prosecutor": {"prosecutor"}, "spokesman": {"spokesman"},
    "spokeswoman": {"spokeswoman"}, "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    "chief": {"chief"}, "director": {"director"}, "ceo": {"ceo", "executive"}, "secretary": {"secretary"}, "senator": {"senator", "sen"},
}  # fmt: skip
