"""
How a person's name is written, for taking it up later: by the last name alone, with or without its particle.

Split out of `memory`, which resolves "Miklos", "Mr Miklos", "he" and "it" to the speakers named before it. A
text names a person in full once ("Finance Minister Ali bin Ahmed al-Kuwari") and then by the last name,
often without its particle ("Kuwari said"); a name of two capitalised words with no title ("Pulse Asia") reads
like a person's but may as well be a body's, which a later "it" may mean.
"""

import re

from .speaker_kinds import speaker_kind
from .speakers import ORGANISATION_WORDS, _is_person, normalise_speaker

__all__ = ["FULL_NAME", "HONORIFIC", "SURNAME", "last_name", "named_person", "person_by_look_only"]


# A person taken up by the last name alone, or with an honorific: "Miklos", "Mr Miklos".
SURNAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<surname>[A-Z][a-z'’-]+)$")


# A last name's particle, joined by a hyphen: "al-Kuwari" and "Al-Butti" are taken up as "Kuwari", "Butti".
PARTICLE = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")


HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+(?=\S+\s)")


# A person's full name: two or three capitalised words, none a body's ("Aminu Bello", not "Reuters Estimates").
FULL_NAME = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")


def last_name(name: str) -> str:
    """The last word of a person's name without its particle ("Ali bin Ahmed al-Kuwari" is "Kuwari")."""
    return PARTICLE.sub("", name.split()[-1])


def named_person(name: str) -> bool:
    """Whether `name` is a person by their name or title ("Mr. Tan", "Aminu Bello"), not a body ("Shana")."""
    return _is_person(name, normalise_speaker(name).split()) or bool(
        FULL_NAME.match(name) and not any(word.lower() in ORGANISATION_WORDS for word in name.split())
    )


def person_by_look_only(name: str) -> bool:
    """Whether `name` reads as a person only because its words are capitalised ("Pulse Asia", "ARLA
    Propertymark"): no title, no honorific, nothing written in lowercase says so."""
    words = name.split()
    return (
        all(word[:1].isupper() for word in words)
        and not _is_person(name, normalise_speaker(name).split())
        and not HONORIFIC.match(f"{name} x")
        and speaker_kind(name) == "person"
    )
