"""
The official a text leaves unnamed, taken up again: "A city official said …. The official said …".

`SpeakerMemory` keeps named speakers only; an official who speaks unnamed ("A city official said",
"according to an official") is a source of their own, and a later "the official" means them rather
than a person named before them, whom "the official" would otherwise go back to as anyone in office.
"""

__all__ = ["UnnamedOfficial"]


class UnnamedOfficial:
    """The last official who spoke unnamed, and whether no named person spoke since."""

    def __init__(self) -> None:
        self._name: str | None = None
        self._latest = False

    def note(self, name: str) -> None:
        """Note an official who spoke unnamed ("A city official said", "according to an official")."""
        self._name, self._latest = name, True

    def person_spoke(self) -> None:
        """Note that a named person spoke since: a bare "the official" is no longer the unnamed one."""
        self._latest = False

    def taken_up(self, modifiers: list[str]) -> str | None:
        """The unnamed official a later "the official" or "the military official" means, if any.

        "Linders said …. A city official said …. The official said …": the unnamed official who spoke last,
        not a person named before them. "A military official said …. Col. Ana Cruz said …. …, the military
        official said": the unnamed one whose description the reference repeats, though a person spoke since;
        "the security official" is no "military official".
        """
        if not self._name:
            return None
        described = set(self._name.lower().split())
        return self._name if set(modifiers) <= described and (self._latest or modifiers) else None
