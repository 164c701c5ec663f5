"""
The apposition around a subject: "Name, <what they are>, said" and its kin.

A speaker is often written with a gloss beside it ("Amina Diallo, head of the port authority, told",
"The Civil Defense, rescuers who work under the government, said", "The minister who spoke from Unity
House, Lusaka said"). These helpers find the speaker on the far side of such a gloss for
`subjects.subject_before`; they are kept apart so that the walk over a subject's chunks stays readable.
"""

import re

from .body_glosses import body_gloss
from .spans import NAME_PARTICLES, chunk_start, clean_name
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .subject_checks import FIGURE_IN_SUBJECT, valid_subject

__all__ = [
    "NAME_ONLY",
    "OPEN_APPOSITION_TITLE",
    "PARTICLE_NAME",
    "glossed_subject",
    "modified_head",
    "name_before_apposition",
    "named_after_post",
    "opened_apposition",
]

# "Eduardo del Rosario", "Ursula von der Leyen": particles inside a name are lowercase.
NAME_ONLY = re.compile(
    rf"^[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|{NAME_PARTICLES})\s+){{0,3}}"
    r"[A-Z][\w.'’-]*$|^[A-Z][\w.'’-]*$"
)
PARTICLE_NAME = re.compile(rf"^[A-Z][\w.'’-]+\s+(?:{NAME_PARTICLES})\s+[A-Z]")
APPOSITION_WORDS = re.compile(
    r"\b(?:chief|head|spokes(?:man|woman|person)|minister|director|governor|commander|officer|official|secretary"
    r"|chairman|chair|president|mayor|leader|member|founder|executive|analyst|economist|professor|of|in|for)\b"
    r"|['’]s\b",
    re.IGNORECASE,
)


# A subject with a modifier that ends on a named place or body: "The results of the bank released on the
# Stock Exchange", "The minister who spoke from Unity House": a relative clause or a participle of
# publishing, then a preposition and a capitalised object.
MODIFIED_HEAD = re.compile(
    r"""^(?P<head>\S.*?)\s+
        (?:(?:who|which|that)\s+(?:[a-z]+ly\s+)?[a-z]+
          | (?:released|published|issued|announced|presented|posted|filed|unveiled|tabled|made\s+public)
            (?:\s+(?:on|last|this|early|late)\s+[A-Za-z]+)?)
        \s+(?:on|in|at|from|to|before|with)\s+(?:the\s+)?[A-Z][^,]*$""",
    re.VERBOSE,
)


def glossed_subject(sentence: str, piece_start: int) -> tuple[int, int] | None:
    """The subject in the chunk before an apposition starting at `piece_start`, if it can speak."""
    before = piece_start - 1
    start, stop = clean_name(sentence, chunk_start(sentence, before), before)
    text = sentence[start:stop]
    return (start, stop) if valid_subject(text) and not PLACE_OR_TIME_OPENER.match(text) else None


def modified_head(sentence: str, piece_start: int) -> tuple[int, int] | None:
    """The head of the sentence's opening subject when the chunk before `piece_start` is that subject
    with a modifier ending on a name ("The CS who spoke from Unity House", then ", Lusaka said")."""
    if piece_start == 0 or not sentence[:piece_start].endswith(","):
        return None
    before = piece_start - 1
    opening = chunk_start(sentence, before)
    if opening != 0:
        return None
    raw = sentence[opening:before]
    modified = MODIFIED_HEAD.match(raw.strip())
    if not modified:
        return None
    offset = opening + len(raw) - len(raw.lstrip())
    start, stop = clean_name(sentence, offset, offset + modified.end("head"))
    return (start, stop) if valid_subject(sentence[start:stop]) else None


def name_before_apposition(sentence: str, piece_start: int, text: str) -> tuple[int, int] | None:
    """The name in "Name, <what they are>, said": only when the chunk describes a person or post."""
    post = OPEN_APPOSITION_TITLE.search(text)  # "Ana Petrova, Deputy Prosecutor, said": a post in title case
    if (NAME_ONLY.match(text) and not post) or not (post or APPOSITION_WORDS.search(text)):
        return None
    if not sentence[:piece_start].endswith(","):
        return None
    before = piece_start - 1
    start, stop = clean_name(sentence, chunk_start(sentence, before), before)
    raw = sentence[chunk_start(sentence, before) : before]
    if PARTICLE_NAME.match(raw.strip()):
        # "Eduardo del Rosario": a lowercase particle is part of the name, not a description before it.
        start = chunk_start(sentence, before) + len(raw) - len(raw.lstrip())
        stop = start + len(raw.strip())
    name = sentence[start:stop]
    if len(name.split()) >= 2 and NAME_ONLY.match(name) and not FIGURE_IN_SUBJECT.search(name):
        return start, stop
    if ONE_NAME.fullmatch(name) and chunk_start(sentence, before) == 0 and body_gloss(text):
        return start, stop  # "Kestrel, Ruritania's second-largest bank, said": one word the gloss makes a body
    return None


# One capitalised word opening the sentence, no turn word ("Meanwhile, the bank's chief, said" is no name).
ONE_NAME = re.compile(
    r"(?!(?:However|Meanwhile|Separately|Elsewhere|Overall|Instead|Indeed|Still|Yet|Now|Then|Also|Again|Moreover"
    r"|Furthermore|Further|Additionally|Likewise|Similarly|Nonetheless|Nevertheless|Thus|Hence|Therefore"
    r"|Yesterday|Today|Earlier|Later)\b)[A-Z][\w&'’-]*(?<!ly)"
)


# "Ms Ana Lopes, a Spokesperson for the UNHCR said", "Rina Das, DTB Controller of Schools told": an
# apposition that names a post, its closing comma left out before the verb.
OPEN_APPOSITION_TITLE = re.compile(
    rf"\b(?:{'|'.join(sorted(PERSON_TITLES))}|controller|manager|registrar|superintendent|inspector|coordinator)s?\b",
    re.IGNORECASE,
)


PLACE_OR_TIME_OPENER = re.compile(
    r"(?:In|On|At|From|For|After|Before|During|Since|Under|Over|With|Near|Across|Outside|Inside|By|To|Last|This"
    r"|Earlier|Later|Across|Throughout|Until|Through)\s"
)


def opened_apposition(sentence: str, piece_start: int, text: str) -> tuple[int, int] | None:
    """The person named at the start of the sentence before an apposition left open up to the verb."""
    if piece_start == 0 or not OPEN_APPOSITION_TITLE.search(text) or chunk_start(sentence, piece_start - 1) != 0:
        return None
    title = OPEN_APPOSITION_TITLE.search(text)
    if re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", text, re.IGNORECASE):
        return None  # "Mullah Dadullah, one of two commanders the government said …": a count, not a post
    if re.search(r"\sand\s", text[: title.start()]):
        return None  # "Acting Information, Publicity and Broadcasting Minister Jane Doe told": a list of portfolios
    named = name_before_apposition(sentence, piece_start, text)
    if named is None:
        return None
    if PLACE_OR_TIME_OPENER.match(sentence, named[0]):
        return None  # "In Tilla, a district official said": a place or a time opens, not a person
    words = {word.lower().strip(".") for word in sentence[named[0] : named[1]].split()}
    return None if words & (ORGANISATION_WORDS | BODY_NOUNS) else named  # "Justice Department, officials said"


_POSTS = "|".join(sorted(PERSON_TITLES | {"chairman", "chairwoman", "chairperson", "ceo"}, key=len, reverse=True))
# "Current OPEC Chairman, the UAE Energy Minister Suhail Al Mazrouei, told": a post on its own, then an apposition
# that names the person holding it after another office. The person speaks, not the bare post.
BARE_POST = re.compile(rf"^(?:[A-Z][\w.&'’-]*\s+){{0,4}}(?:{_POSTS})$", re.IGNORECASE)
POST_THEN_PERSON = re.compile(
    rf"^the\s+(?:[A-Za-z][\w.&'’-]*\s+){{0,5}}?(?i:{_POSTS})\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{1,3}})$"
)


def named_after_post(sentence: str, piece_start: int, text: str) -> bool:
    """Whether the apposition `text` (from `piece_start`) names, after an office, the holder of the bare post
    written before its comma ("Current OPEC Chairman, the UAE Energy Minister Suhail Al Mazrouei")."""
    if not POST_THEN_PERSON.match(text) or not sentence[:piece_start].endswith(","):
        return False
    before = piece_start - 1
    return bool(BARE_POST.match(sentence[chunk_start(sentence, before) : before].strip()))
