"""
What kind of speaker a name is, for taking it up later: a person ("he"), a group ("they") or a body ("it").

Split out of `memory`, which resolves "he", "it" and "the agency" to the speakers before them. `speakers._kind`
reads the words of a name; a few shapes it misreads are read here first: a role "of" something ("the head of
state") and a title "of" a department ("Minister for Ports Lina Okafor") are people; a company's legal suffix
("Hewlett-Packard Co") makes a body; a lowercase role then a name ("deputy regent Agustinus Boli") and a name
with a particle ("Ibrahim al-Hillo") are people.
"""

import re

from .mentions import ROLE_NOUNS
from .spans import NAME_PARTICLES
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES, _kind
from .units import singularise

__all__ = ["corporate", "speaker_kind"]

# "the national manager of road policing", "the head of state", "a director at the museum": a person's
# role, then what it is a role of. The body after "of" makes `_kind` read a body; the role is a person.
# "the Met officer in charge of the march" too: what the person is in charge of.
# "a military spokesman in Swat", "an official from the district": where the person serves, a person still.
ROLE_OF = re.compile(
    r"^(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<role>[a-z]+)\s+(?:in\s+charge\s+)?(?:of|for|at|in|from)\s+\S",
    re.IGNORECASE,
)


# "Minister for Ports and Shipping Lina Okafor", "Deputy Secretary of Trade Omar Haddad", "the Minister of
# Water": a title, then the department it is of. The department's capitalised words make `_kind` read a body;
# the title makes a person, a later "he".
TITLE_OF = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?P<title>[A-Z][a-z-]+)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")

# A company's legal suffix, abbreviated. Written out ("Birla Corporation") it is often the name's own word, and
# left out: on unseen31 it moved "the company said in a release" off the annotators' "the company".
CORPORATE_SUFFIXES = frozenset(
    ["co", "corp", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bhd", "tbk", "gmbh", "spa"]
)


def corporate(name: str) -> bool:
    """Whether `name` ends with a company's legal suffix ("Co.", "Inc", "Plc")."""
    words = name.split()
    return len(words) >= 2 and words[-1].strip(".,").lower() in CORPORATE_SUFFIXES


def speaker_kind(name: str) -> str:
    """ "person", "plural" or "organisation", as `_kind` reads it, a role "of" something being a person."""
    word = name.strip()
    if corporate(word):
        return "organisation"  # "Hewlett-Packard Co": a company's legal suffix, whatever the words before it look like
    single = singularise(word.lower())
    if " " not in word and word[1:].islower() and single != word.lower() and single in ROLE_NOUNS:
        return "plural"  # "Workers said …": people in the plural opening a sentence, a later "they", no "he"
    role = ROLE_OF.match(name.strip())
    if role and role.group("role").lower() in ROLE_NOUNS and role.group("role").islower():
        return "person"
    title = TITLE_OF.match(name.strip())
    if title and title.group("title").lower() in PERSON_TITLES:
        return "person"
    trailing = TRAILING_NAME.search(name.strip())
    if (
        trailing
        and trailing.group("word") not in ORGANISATION_WORDS | BODY_NOUNS | NAME_JOINERS
        and not any(word.lower() in ORGANISATION_WORDS | BODY_NOUNS for word in trailing.group("name").split())
    ):
        return "person"  # "East Flores deputy regent Agustinus Payong Boli": a role in lowercase, then a name
    bare = INNER_PARTICLE.sub(" ", word)
    if bare != word and speaker_kind(bare) == "person":
        return "person"  # "Finance Minister Ali bin Ahmed al-Kuwari", "Mohammed bin Saleh Al-Butti": read without them
    if PARTICLED_NAME.fullmatch(word) and not any(
        part.lower() in ORGANISATION_WORDS | BODY_NOUNS for part in word.split()
    ):
        return "person"  # "Ibrahim al-Hillo", "Osama bin Laden": a particle in lowercase inside a person's name
    return _kind(name)


# A person's name whose last part has a lowercase particle ("Ibrahim al-Hillo", "Abdel Fattah el-Sisi",
# "Osama bin Laden"): `_kind` wants every word capitalised, and read it as a body a later "he" never meant.
PARTICLED_NAME = re.compile(rf"(?:[A-Z][a-z'’-]+\s+){{1,2}}(?:{NAME_PARTICLES})(?:-|\s+)[A-Z][a-z'’-]+")


# A lowercase word (a role: "regent", "spokesperson"), then a name of two or three capitalised words that closes
# the speaker: whatever the role, what follows it is a person ("the rebel group Hayat Tahrir" is a body's noun).
TRAILING_NAME = re.compile(r"(?:^|\s)(?P<word>[a-z][a-z-]+)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})$")
NAME_JOINERS = frozenset(["of", "for", "and", "the", "in", "at", "on", "from", "by", "with", "to", "de", "van", "von"])


# Particles inside a person's name, after a capitalised word: "bin", "ibn", and "al-" or "Al-" joined to the next
# part ("Ali bin Ahmed al-Kuwari", "Mohammed bin Saleh Al-Butti"). A name read without them is read for its kind;
# at a name's start ("Al-Qaeda", "Al Jazeera") the particle is the body's own word and stays.
INNER_PARTICLE = re.compile(r"(?<=[A-Za-z'’])\s+(?:(?:bin|ibn|bint)\s+|(?:al|el|Al|El)-)(?=[A-Z])")
