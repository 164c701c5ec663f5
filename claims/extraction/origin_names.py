"""
Whether an extracted speaker names the speaker an annotator wrote.

The extractor names a speaker as the text does ("the USDA", "Mr Katambo", "the company"); an
annotator writes a cue as written and a chain whose last link is the body resolved and often
glossed ("US Department of Agriculture", "Peter Katambo (KNBS director)"). `origin_matches`
accepts the ways one body or person is named twice in real reporting: case and articles, a
lowercase description or a report noun, every word of one name in the other, a gloss in
brackets, a surname after a title or honorific, an acronym, British or American spelling and a
company's legal form. Each way was found on real news where the extractor was right and the
scorer said it was wrong; each is pinned in `tests/claims/extraction/test_evaluation.py` with
look-alikes that must stay apart.
"""

import re

from .calendar import MONTHS
from .chains import ChainLink
from .spans import DAYS, clean_name
from .speakers import COMPANY_FORMS, PERSON_TITLES, SpeakerDirectory, normalise_speaker
from .units import singularise

__all__ = ["origin_matches"]

REPORT_TAIL = re.compile(r"\s+(?:data|figures|statistics|numbers)$")


def _bare_speaker(name: str) -> str:
    """A speaker's name without a lowercase description before it or a report noun after it."""
    start, end = clean_name(name, 0, len(name))
    return normalise_speaker(REPORT_TAIL.sub("", name[start:end]))


SPEAKER_FILLER = frozenset(["the", "a", "an", "of", "in", "for", "and", "its", "their", "new", "recent", "latest"])
PRONOUN_SPEAKERS = frozenset(["he", "she", "it", "they", "we", "i", "his", "her"])


# British and American spellings of one name: "Ministry of Defence" ~ "Ministry of Defense",
# "Labour" ~ "Labor", "Organisation" ~ "Organization".
SPELLINGS = (
    (re.compile(r"ense$"), "ence"),
    (re.compile(r"(?<=[a-z]{2})our$"), "or"),
    (re.compile(r"isation$"), "ization"),
)


def _spelled_one_way(word: str) -> str:
    for pattern, spelling in SPELLINGS:
        word = pattern.sub(spelling, word)
    return word


# A company's legal form is no part of which company it is: "Fauji Fertilizer Ltd" ~ "Fauji Fertilizer Company"
# ("company" stays a word: "the Cupertino-based company" is the company a cue "the company" names).
LEGAL_FORMS = COMPANY_FORMS | frozenset(["co", "ag", "sa", "nv", "spa", "ab", "asa", "oyj", "kk"])


def _speaker_words(name: str) -> frozenset[str]:
    # "Matiang'i" is one word (its "i" is no pronoun); "Pakistan's" is "Pakistan".
    words = [re.sub(r"['’]s?$", "", word) for word in re.findall(r"\w[\w'’-]*", name.lower())]
    return frozenset(
        _spelled_one_way(singularise(word)) for word in words if word not in SPEAKER_FILLER and word not in LEGAL_FORMS
    )


# Words that say when, which name no body on their own: a speaker "Friday" is no "data released Friday". A month
# may be a surname ("May" for Theresa May), so only a weekday is never one.
WEEKDAYS = frozenset(day.lower() for day in DAYS.split("|"))
# The twelve names `calendar.MONTHS` lists before their abbreviations ("the Feb" keeps scoring as before).
MONTH_NAMES = frozenset(month.lower() for month in MONTHS.split("|")[:12])
TIME_WORDS = WEEKDAYS | MONTH_NAMES | frozenset(
    ["today", "yesterday", "tomorrow", "last", "next", "this", "week", "month", "year", "day", "night", "morning",
     "evening", "earlier", "later"]
)  # fmt: skip


def _same_body(left: frozenset[str], right: frozenset[str]) -> bool:
    short, long = sorted((left, right), key=len)
    return bool(short - TIME_WORDS) and not (short & PRONOUN_SPEAKERS) and short <= long


def _clause(name: str) -> bool:
    """ "They included two women": a pronoun, then more, is a clause read as a name, not a name."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in PRONOUN_SPEAKERS - {"his", "her"}


# An annotator's description after a name: "Ismail Shafeeu (Maldives education minister)".
GLOSS = re.compile(r"\s*\([^()]*\)\s*$")
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gen|Col|Lt|Capt|Sgt|Sir|Dame)\.?\s+(?=[A-Z])")


# Titles before a surname: "Judge Jackson", "CEC Awal" (a title's acronym), "Finance Minister Okafor".
LEADING_TITLES = re.compile(r"^(?:(?:[A-Z]{2,5}|[A-Z][a-z]+)\.?\s+)+(?=[A-Z][\w'’-]+$)")


def _without_titles(short: str) -> str:
    titles = LEADING_TITLES.match(short)
    if not titles:
        return short
    words = titles.group().split()
    return short[titles.end() :] if all(w.isupper() or w.lower().rstrip(".") in PERSON_TITLES for w in words) else short


def _is_surname_of(short: str, long: str) -> bool:
    """ "Cooper", "Ms. Pouilly" or "Judge Jackson" names "Governor Roy Cooper", "Cécile Pouilly
    (spokesperson)" or "Amy Berman Jackson"."""
    short = _without_titles(HONORIFIC.sub("", short.strip()))
    words = GLOSS.sub("", long).split()
    return (
        " " not in short
        and short[:1].isupper()
        and short.lower() not in WEEKDAYS
        and len(words) >= 2
        and words[-1].strip(",.") == short
    )


ACRONYM = re.compile(r"\b[A-Z](?:&?[A-Z]){1,5}\b")
NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
ACRONYM_FILLER = frozenset(["of", "for", "and", "the", "on", "de", "des", "du", "la", "le"])


def _initials(words: list[str]) -> str:
    """Each capitalised word's initial, an acronym word whole ("US"), "&" as itself; else a gap."""
    letters = []
    for word in words:
        bare = word.strip(",.()")
        letters.append(
            bare if ACRONYM.fullmatch(bare) or bare == "&" else word[0] if NAME_WORD.fullmatch(bare) else " "
        )
    return "".join(letters)


def _initials_spell(acronym: str, name: str) -> bool:
    """Whether consecutive words of ``name`` spell ``acronym``: "Sudan Liberation Army" (SLA),
    "Procter & Gamble" (P&G), "US Department of Agriculture" (USDA), and "Research in Motion"
    (RIM), where a short lowercase word gives its initial too."""
    words = name.split()
    kept = [word for word in words if word.lower() not in ACRONYM_FILLER]
    if acronym in _initials(kept):
        return True
    lifted = [
        word[0].upper() + word[1:] if len(word) <= 3 and word.isalpha() and word.islower() else word for word in words
    ]
    return acronym in _initials(lifted)


# An acronym written with full stops: "R.I.M.", "U.S.D.A.".
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,6}")


def _undotted(name: str) -> str:
    return DOTTED_ACRONYM.sub(lambda match: match.group().replace(".", "") + " ", name)


def _is_acronym_of(short: str, long: str) -> bool:
    """ "SLA statement" and "the rebels with the Sudan Liberation Army" name one body; so does "R.I.M."
    and "Research In Motion"."""
    short, long = _undotted(short), _undotted(long)
    # An acronym the other name holds as a word, or inside one, spells nothing: "UN" is no
    # acronym of "UN Environment Programme", nor "US" of "the USDA".
    inner = ACRONYM.findall(long)
    return any(
        _initials_spell(acronym, long) and not any(acronym in word for word in inner)
        for acronym in ACRONYM.findall(short)
    )


def origin_matches(origin: ChainLink | None, gold: str | None, directory: SpeakerDirectory | None = None) -> bool:
    """Whether a candidate's origin link names the gold origin speaker."""
    if gold is None:
        return True
    if origin is None:
        return False
    gold_key = normalise_speaker(gold)
    names = [origin.name] + ([origin.actor_name] if origin.actor_name else [])
    keys = [normalise_speaker(name) for name in names]
    if gold_key in keys:
        return True
    # A clause read as a name matches no name by the looser ways below.
    names = [name for name in names if not _clause(name)]
    keys = [normalise_speaker(name) for name in names]
    # Annotators write "public broadcaster RTV" or "RTV", "customs data" or "customs": one speaker.
    bare = _bare_speaker(gold)
    if bare not in TIME_WORDS and bare in {_bare_speaker(name) for name in names}:
        return True
    if directory is not None:
        gold_actor = directory.match(gold)
        if gold_actor and (gold_actor[0] == origin.actor_id or gold_actor == directory.match(origin.name)):
            return True
    # "the study" ~ "a decade-long global study", "security officials in Nuristan" ~ "Security
    # officials in eastern province Nuristan": every word of one is in the other.
    gold_words = _speaker_words(gold)
    if gold_words and any(_same_body(gold_words, _speaker_words(name)) for name in names):
        return True
    # "Ismail Shafeeu (education minister)" ~ "Education Minister Dr. Ismail Shafeeu": the
    # annotator's gloss in brackets is no part of a person's full name.
    named = GLOSS.sub("", gold)
    if named != gold and len(named.split()) >= 2:
        if any(_same_body(_speaker_words(named), _speaker_words(name)) for name in names):
            return True
    # "Cooper" ~ "North Carolina Governor Roy Cooper": a surname names the person.
    if any(_is_surname_of(short, long) for name in names for short, long in ((name, gold), (gold, name))):
        return True
    # "SLA statement" ~ "the Sudan Liberation Army": an acronym names the body it abbreviates.
    if any(_is_acronym_of(short, long) for name in names for short, long in ((name, gold), (gold, name))):
        return True
    # "the South Korean intelligence agency" ~ "South Korean intelligence agency said"
    return any(
        len(short.split()) >= 2 and set(short.split()) - TIME_WORDS and f" {short} " in f" {long} "
        for key in keys
        for short, long in ((gold_key, key), (key, gold_key))
    )
