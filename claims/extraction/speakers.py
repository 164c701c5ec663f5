"""
Who a speaker is: directory matching, anonymous sources, and speakers taken up again.

* `SpeakerDirectory` matches a speaker as written ("the spy agency") against known
  actors and their aliases, ignoring case, a leading "the", possessive "'s" and
  punctuation, so "South Korea's intelligence agency" and "the South Korean
  intelligence agency" both reach the National Intelligence Service.
* `spokespeople.speaks_for()` names the body an unnamed spokesperson speaks for.
* `describe_source()` tells anonymous sources ("six sources", "people familiar with
  the matter", "two officials") and how many there are.
* `memory.SpeakerMemory` resolves a speaker named again later ("he said", "the agency
  said", "the commander said") to the most recent compatible speaker.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from .spokespeople import speaks_for
from .units import singularise

__all__ = [
    "SpeakerDirectory", "normalise_speaker", "describe_source", "anonymous_sources_name",
    "is_reference", "speaks_for",
]  # fmt: skip

POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
NON_WORD = re.compile(r"[^\w\s]+")
ACRONYM = re.compile(r"^[A-Z][A-Z&.-]*[A-Z]s?$")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")

COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a dozen": 12, "dozen": 12,
}  # fmt: skip
ANONYMOUS = re.compile(
    r"""^(?P<count>a\s+dozen|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven
        |twelve|\d+|several|multiple|some|many|numerous|other)?\s*
        (?:[A-Za-z.’'-]+\s+){0,4}?
        (?P<head>sources?|insiders?|people|persons?|officials?|diplomats?|officers?
        |individuals?|aides?|employees?)\b(?P<rest>.*)$""",
    re.VERBOSE | re.IGNORECASE,
)
ANONYMITY_HINT = re.compile(
    r"familiar\s+with|anonymity|not\s+authori[sz]ed|declined\s+to\s+be\s+named"
    r"|\bunnamed\b|\banonymous\b|close\s+to|with\s+knowledge",
    re.IGNORECASE,
)
ALWAYS_ANONYMOUS_HEADS = ("source", "insider", "person", "people", "individual")

PRONOUNS = {"he": "person", "she": "person", "him": "person", "it": "organisation", "they": "plural", "them": "plural"}
# "the poll", "the survey", "the pollster": a report named before, taken up by its owner.
REPORT_REFERENCE = re.compile(
    r"^(?:the|this|that)\s+(?:same\s+|latest\s+|new\s+|online\s+|nationwide\s+|telephone\s+)?"
    r"(?:poll|survey|study|report|analysis|census|review|research|pollster|polling\s+firm|polling\s+company|update|bulletin)$",
    re.IGNORECASE,
)
# What news copy calls a named body it has just mentioned: "the airline said".
BODY_NOUNS = frozenset(
    [
        "company",
        "firm",
        "airline",
        "carrier",
        "group",
        "bank",
        "lender",
        "retailer",
        "insurer",
        "automaker",
        "carmaker",
        "chipmaker",
        "manufacturer",
        "operator",
        "utility",
        "club",
        "charity",
        "broadcaster",
        "network",
        "newspaper",
        "giant",
        "conglomerate",
        "startup",
        "supermarket",
        "miner",
        "producer",
        "exporter",
        "developer",
        "platform",
        "planemaker",
        "drugmaker",
        "steelmaker",
        "shipbuilder",
        "maker",
        "brewer",
        "league",
        "federation",
        "owner",
        "chain",
    ]
)
# Words that name one person by office ("the governor said", "Health Minister X said").
PERSON_TITLES = frozenset(
    [
        "governor",
        "mayor",
        "minister",
        "president",
        "premier",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "leader",
        "commander",
        "secretary",
        "director",
        "ambassador",
        "general",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "prosecutor",
        "judge",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "executive",
        "founder",
        "king",
        "queen",
        "prince",
        "sheikh",
        "pope",
        "envoy",
        "adviser",
        "advisor",
        "analyst",
        "economist",
        "official",
        "officer",
        "diplomat",
        "researcher",
        "professor",
        "doctor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "sir",
        "colonel",
        "captain",
        "lieutenant",
        "admiral",
        "sergeant",
        "mp",
        "superintendent",
        "commissioner",
        "inspector",
        "sheriff",
        "constable",
        "marshal",
        "attorney",
        "auditor",
        "treasurer",
        "comptroller",
        "deputy",
        "head",
    ]
)
# A company's legal form written after its name ("Fauji Fertilizer Ltd", "Banco Norte Bhd"): a body, never a person.
COMPANY_FORMS = frozenset(
    ["ltd", "limited", "inc", "incorporated", "corp", "plc", "llc", "bhd", "berhad", "pvt", "pty", "gmbh"]
)
ORGANISATION_WORDS = COMPANY_FORMS | frozenset(
    [
        "agency",
        "ministry",
        "service",
        "force",
        "forces",
        "news",
        "media",
        "television",
        "tv",
        "radio",
        "government",
        "council",
        "office",
        "department",
        "committee",
        "command",
        "army",
        "navy",
        "military",
        "police",
        "party",
        "administration",
        "house",
        "kremlin",
        "pentagon",
        "union",
        "organization",
        "organisation",
        "institute",
        "university",
        "bank",
        "fund",
        "court",
        "parliament",
        "assembly",
        "cabinet",
        "embassy",
        "company",
        "group",
        "network",
        "agencies",
        "newspaper",
        "times",
        "post",
        "journal",
        "daily",
        "outlet",
        "broadcaster",
        "staff",
        "authorities",
        "officials",
        "lawmakers",
        "sources",
        "intelligence",
        "motors",
        "pharma",
        "pharmaceuticals",
        "holdings",
        "corporation",
        "airlines",
        "airways",
        "railways",
        "railway",
        "energy",
        "petroleum",
        "oil",
        "gas",
        "steel",
        "systems",
        "technologies",
        "capital",
        "partners",
        "foods",
        "insurance",
        "bureau",
        "commission",
        "association",
        "federation",
        "board",
        "authority",
        "laboratory",
    ]
)


@lru_cache(maxsize=4096)
def normalise_speaker(text: str) -> str:
    """The key a speaker is matched by: lowercase, no "the", "'s" or punctuation."""
    key = POSSESSIVE.sub("", text.lower())
    key = NON_WORD.sub(" ", key)
    key = " ".join(key.split())
    return LEADING_ARTICLE.sub("", key)


class SpeakerDirectory:
    """Known actors and their aliases, matched as `match("the spy agency")`.

    `entries` are ``(actor_id, name, aliases)``.
    """

    def __init__(self, entries: Iterable[tuple[int, str, Iterable[str]]] = ()) -> None:
        self._by_key: dict[str, tuple[int, str]] = {}
        for actor_id, name, aliases in entries:
            for spelling in (name, *aliases):
                key = normalise_speaker(spelling)
                if key:
                    self._by_key.setdefault(key, (actor_id, name))

    def __len__(self) -> int:
        return len(self._by_key)

    def match(self, text: str) -> tuple[int, str] | None:
        """The ``(actor_id, name)`` that `text` names, or None.

        An exact key match wins; otherwise a multi-word name or alias that ends the
        text ("Seoul's National Intelligence Service") is accepted.
        """
        key = normalise_speaker(text)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        for known, actor in self._by_key.items():
            if " " in known and key.endswith(" " + known):
                return actor
        return None


def is_reference(name: str) -> bool:
    """Whether `name` only points back ("he", "it", "the poll"): never an actor of its own."""
    lowered = name.lower().strip()
    return lowered in PRONOUNS or bool(REPORT_REFERENCE.match(lowered))


def anonymous_sources_name(host: str) -> str:
    """The name that stands for the anonymous sources `host` cites: "Anonymous sources (NBC News)"."""
    return f"Anonymous sources ({host})"


def describe_source(name: str) -> tuple[bool, int | None]:
    """Whether `name` is an anonymous source, and how many ("six sources" → 6)."""
    match = ANONYMOUS.match(name.strip())
    if not match:
        return False, None
    count_text = (match.group("count") or "").lower()
    head = singularise(match.group("head"))
    count: int | None = None
    if count_text.isdecimal():
        count = int(count_text)
    elif " ".join(count_text.split()) in COUNT_WORDS:
        count = COUNT_WORDS[" ".join(count_text.split())]
    anonymous = (
        head in ALWAYS_ANONYMOUS_HEADS
        or count is not None
        or bool(ANONYMITY_HINT.search(name))
        or count_text in ("several", "multiple", "some", "many", "numerous", "other")
    )
    if anonymous and head in ("people", "person") and match.start("head") == 0 and not ANONYMITY_HINT.search(name):
        # Plain "people said" is vox pop, not a source.
        return False, None
    return anonymous, count if anonymous else None


def _kind(name: str) -> str:
    """ "person", "plural" or "organisation", guessed from how a speaker is written."""
    words = normalise_speaker(name).split()
    if not words:
        return "organisation"
    head = words[-1]
    if _is_person(name, words):
        return "person"
    if any(word in ORGANISATION_WORDS for word in words):
        return "plural" if head.endswith("s") and head not in ("news", "times", "forces") else "organisation"
    capitalised = [word for word in name.split() if word[:1].isupper()]
    named = [word for word in capitalised if word not in ("The", "A", "An")]
    if len(named) == 1 and ACRONYM.match(named[0]):
        return "organisation"  # "WMATA", "NASA", "PPP": a body's initials, not a person's name
    if capitalised and len(capitalised) == len(name.split()) and len(capitalised) <= 4:
        return "person"
    if head.endswith("s"):
        return "plural"
    return "organisation"


def _is_person(name: str, words: list[str]) -> bool:
    """A title ("the regional governor", "a spokeswoman"), or a name after one ("Union
    leader Maria Lopez", "Health Minister Viktor Liashko")."""
    if words[-1] in PERSON_TITLES:
        return True
    # Read the name as written ("The finance minister Ana Lee" keeps its article, which `words` drops),
    # and take the last title of a run ("deputy director Zulkifli Ali": the name follows "director").
    written = name.split()
    for index, word in enumerate(written[:-1]):
        if NON_WORD.sub("", word.lower()) not in PERSON_TITLES:
            continue
        rest = written[index + 1 :]
        if NON_WORD.sub("", rest[0].lower()) in PERSON_TITLES and rest[0].islower():
            continue  # "deputy director …": the title goes on
        # What follows the title is a name: capitalised words, none of them a body. Else a later title may
        # start the name ("Chief Executive Officer District Health Authority Dr Aslam Asad").
        if all(part[:1].isupper() for part in rest) and not any(
            NON_WORD.sub("", part.lower()) in ORGANISATION_WORDS for part in rest
        ):
            return True
    return False
