"""
People named without speaking, whom a later "he" or "she" may mean.

`opening_person()` reads a person a sentence opens with ("Name, a student at …, has …",
"Judge Maria Costa ordered …"), `introduced_person()` one brought in with a role ("… by Jan
Ek, director of the agency"), and `opening_group()` a group that opens a sentence ("Police
arrested …"), a later "they". `mentioned_person()` reads a person named anywhere in a
sentence with a title, an honorific or a role ("Federal Minister for Water and Power Ali
Raza apologised …", "Delivering the ruling, Justice Ada Obi, called …"): when no speaker
fits a later "he said", the text means the last such person — never one it only acted
upon ("sentenced Chief Ade Bello", "Minister Ali Raza was arrested").
"""

import re

from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .units import singularise

__all__ = [
    "opening_person", "introduced_person", "opening_group", "mentioned_person", "named_company", "PERSON_NOUNS", "ROLE_NOUNS"
]  # fmt: skip

# "Sarvansh Jalwani, a Class XII student of …, has secured …": a person opens the sentence,
# described by an apposition that names a person ("a student", "the mayor", "42,").
OPENING_PERSON = re.compile(
    r"^(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}),\s+"
    r"(?P<apposition>(?:\d{1,3}|(?:a|an|the|who)\s[^,]{1,80}),)"
)
# "Judge Maria Costa ordered …": a title, then a name of two words or more, then a verb. "Railway Minister
# Asha Kant, who flew in with Board Chairman Ravi Rao, met …": a relative clause between them describes the
# person, and whoever it names on the way is no subject.
TITLED_PERSON = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){2,5}[A-Z][\w.'’-]*)(?:,\s+who\s[^,]{1,120},)?\s+(?=[a-z]+\b)"
)
# "TTP spokesman for Orakzai agency Hafiz Saeed called …": what the title is held for may come between.
DESCRIBED_PERSON = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<title>[a-z]+)\s+"
    r"(?:(?:for|of|in)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?=[a-z]+\b)"
)
# "But a Taliban spokesman, Zabihullah Mujahid, denied …": a title, then the person's name in commas.
APPOSED_PERSON = re.compile(
    r"^(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}(?P<title>[a-z]+),\s+"
    # The name keeps its capitals whatever the flag: "A security official, pleading anonymity said," names no one.
    r"(?P<name>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})),\s+(?=[a-z]+\b)",
    re.IGNORECASE,
)
# "But", "However," opening a sentence: the person comes after it.
CONNECTIVE = re.compile(r"^(?:But|However|And|Meanwhile|Yet|Still)\b,?\s+")
PERSON_NOUNS = PERSON_TITLES | frozenset(
    ["student", "pupil", "teacher", "resident", "woman", "man", "mother", "father", "farmer", "worker", "nurse",
     "survivor", "victim", "witness", "owner", "lawyer", "activist", "candidate", "athlete", "player", "coach",
     "scientist", "expert", "author", "engineer", "driver", "who"]
)  # fmt: skip


ROLE_NOUNS = PERSON_NOUNS | frozenset(["manager", "coordinator", "head", "administrator", "supervisor", "organiser"])


# "A security official in Peshawar confirmed the attack. He said …": one official left unnamed opens the sentence
# acting, not speaking; a later "he" is that official, as it is one who spoke (see `chains`).
OPENING_OFFICIAL = re.compile(
    r"^(?P<name>An?\s+(?:[a-z][\w-]*\s+){0,2}(?:official|officer|diplomat|aide)"
    r"(?:\s+(?:at|in|from|of|for|with)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*){0,3})?)"
    r"(?=\s+(?:also\s+|has\s+|had\s+)?[a-z]+ed\b)(?!\s+(?:said|told|reported|added)\b)"
)


def opening_person(sentence: str) -> str | None:
    """The person a sentence opens with, when an apposition or a title says it is one; else None.

    "Name, a student at …, has …" and "Judge Maria Costa ordered …" open with a person.
    """
    sentence = CONNECTIVE.sub("", sentence, count=1)
    official = OPENING_OFFICIAL.match(sentence)
    if official:
        return official.group("name")
    apposed = APPOSED_PERSON.match(sentence)
    if (
        apposed
        and apposed.group("title").lower() in PERSON_NOUNS
        and not any(word.lower() in ORGANISATION_WORDS for word in apposed.group("name").split())
    ):
        return apposed.group("name")
    match = OPENING_PERSON.match(sentence)
    if match and any(word.lower() in ORGANISATION_WORDS for word in match.group("name").split()):
        match = None  # "Railway Minister Asha Kant, who …,": a body's word in a title, read as a titled name
    described = DESCRIBED_PERSON.match(sentence)
    if not match and described and described.group("title").lower() in PERSON_TITLES:
        # "District police chief Ahmed Khan spoke to reporters": a lowercase title, then the name.
        if not any(word.lower() in ORGANISATION_WORDS for word in described.group("name").split()):
            return described.group("name")
    if not match:
        titled = TITLED_PERSON.match(sentence)
        if not titled:
            return None
        words = titled.group("name").split()
        title_at = [index for index, word in enumerate(words[:-1]) if word.lower().strip(".") in PERSON_TITLES]
        names = words[title_at[-1] + 1 :] if title_at else []
        if len(names) < 2 or any(word.lower() in ORGANISATION_WORDS for word in names):
            return None
        return titled.group("name")
    name = match.group("name")
    if any(word.lower() in ORGANISATION_WORDS for word in name.split()):
        return None
    apposition = match.group("apposition")
    words = {singularise(word) for word in re.findall(r"[a-z]+", apposition.lower())}
    return name if apposition[0].isdigit() or words & PERSON_NOUNS else None


# "The figures were similar to those presented by Par Liljert, director of the IOM.": a person brought in by
# "by" or "from" and described by a role; the sentence's speaker, if it has one, is noted after and wins.
INTRODUCED_PERSON = re.compile(
    r"\b(?:by|from)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:(?:the|a|an)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?P<role>[a-z]+)\s+(?:of|at|for)\b"
)


def introduced_person(sentence: str) -> str | None:
    """A person a sentence brings in with their role ("… by Jan Ek, director of the agency"); else None."""
    for match in INTRODUCED_PERSON.finditer(sentence):
        name = match.group("name")
        if match.group("role") in ROLE_NOUNS and not any(w.lower() in ORGANISATION_WORDS for w in name.split()):
            return name
    return None


# "Police arrested two men …", "Health officials in Lagos met …", "Researchers at Oxford University
# studied …": a group of people or a body written in the plural opens the sentence; a later "they" may be it.
OPENING_GROUP = re.compile(
    r"""^(?P<name>(?:The\s+)?(?:[A-Z][\w'’-]*\s+)?(?:[a-z]+\s+)?
        (?:[Pp]olice|officials|[Rr]esearchers|scientists|[Aa]nalysts|[Aa]uthorities|economists|experts|doctors
        |organi[sz]ers|rescuers|investigators|prosecutors|[Ss]cientists|[Oo]fficials|[Ee]conomists|[Ee]xperts
        |[Dd]octors|[Oo]rgani[sz]ers|[Rr]escuers|[Ii]nvestigators|[Pp]rosecutors
        # "Muslim separatists have accused troops …. They say …": an armed or protesting side.
        |separatists|rebels|militants|insurgents|protesters|activists|unions|witnesses)
        (?:\s+(?:at|in|from|of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*){0,4})?)
        (?=\s+(?:also\s+|have\s+|had\s+|on\s+\w+\s+)?[a-z]+(?:ed|s)?\b)(?!\s+(?:said|say|says|told)\b)""",
    re.VERBOSE,
)


def opening_group(sentence: str) -> str | None:
    """The group that opens a sentence without speaking ("Police arrested …"), a later "they"; else None."""
    match = OPENING_GROUP.match(sentence)
    return match.group("name") if match else None


# Honorifics written before a person's name in Malaysia, Nigeria, the courts and churches: each makes what
# follows a person, as a title does. "Tan" and "Seri" only as "Tan Sri" and "Datuk Seri" ("Tan" is a surname too).
HONORIFICS = frozenset(
    ["dr", "datuk", "dato", "dato'", "datin", "tun", "alhaji", "alhaja", "justice", "hon", "honourable", "rev",
     "reverend", "pastor", "bishop", "prof", "engr", "barrister", "sen", "gov", "rep", "dame", "lord", "lady", "sri"]
)  # fmt: skip
TITLE_WORDS = PERSON_TITLES | HONORIFICS
# A run of capitalised words, with the small words a department's name takes ("Minister for Water and Power").
# "State Minister for Power, Energy and Mineral Resources Ali Raza": a department's list takes commas too.
CAPITALISED_RUN = re.compile(r"[A-Z][\w.'’-]*(?:,?\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w.'’-]*)*")
# "chief executive Joseph Aidoo", "police spokesman Ali Khan": a lowercase title, then the name.
LOWER_TITLED = re.compile(r"\b(?P<title>[a-z]+)\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b(?![\w'’-])")
# "Ada Obi, the head of the council,", "Ali Raza, a spokesman for …": a name, then a role in commas.
ROLE_APPOSED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:(?:the|a|an)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?P<role>[a-z]+)\s+(?:of|at|for)\b"
)
# A person acted upon, not acting: "sentenced Chief Ade Bello", "the victim, Ada Obi", "a case against Dr …".
ACTED_UPON_BEFORE = re.compile(
    r"\b(?:sentenc\w*|convict\w*|jailed|arrest\w*|charged|killed|murder\w*|shot|against|accus\w*|victims?|suspects?"
    r"|defendants?|late|kidnapp\w*|abduct\w*|detain\w*|deceased|executed|impeached|sacked|fired|dismissed"
    r"|suspended|replaced|succeed\w*)\W+(?:\w+\W+){0,2}$"
    # "passed on a former official", "a letter to Governor …": a preposition right before the person's words.
    r"|\b(?:on|to|with|of|for)\s+(?:(?:the|a|an|former|late)\s+)*$",
    re.IGNORECASE,
)
ACTED_UPON_AFTER = re.compile(
    r"^\W*(?:who\s+|had\s+|has\s+)?(?:was|were|is|been|be)\s+(?:\w+\s+)?(?:sentenced|convicted|jailed|arrested|charged"
    r"|killed|murdered|shot|found|detained|kidnapped|abducted|impeached|sacked|fired|dismissed|suspended|replaced)"
    r"|^\W*(?:died|dies)\b",
    re.IGNORECASE,
)
CONNECTORS = frozenset(["of", "for", "and", "the", "&"])
NOT_NAME_WORDS = ORGANISATION_WORDS | BODY_NOUNS | TITLE_WORDS


def _titled_name(run: str) -> str | None:
    """A capitalised run's title and name ("Minister for Water and Power Ali Raza"), when it ends in one."""
    words = run.split()
    lowered = [word.lower().strip(".,") for word in words]
    titles = [
        index
        for index, word in enumerate(lowered)
        if word in TITLE_WORDS and (word != "sri" or (index and lowered[index - 1] in ("tan", "datuk", "dato")))
    ]
    if not titles:
        return None
    connectors = [
        index
        for index, word in enumerate(words)
        if index > titles[-1] and (lowered[index] in CONNECTORS or word.endswith(","))
    ]
    # "Minister for Water and Power Ali Raza": the department's last words run on into the name.
    name = words[(connectors or titles)[-1] + 1 :]
    if not 2 <= len(name) <= (6 if connectors else 4) or any(
        word.lower().strip(".,") in NOT_NAME_WORDS for word in name
    ):
        return None
    if any(not word[:1].isupper() or not re.fullmatch(r"[\w.'’-]+", word) for word in name):
        return None  # "Minister for Water and Power": a department, no name after it
    return " ".join(words[titles[0] :])


def mentioned_person(sentence: str) -> str | None:
    """The last person `sentence` names with a title, an honorific or a role, not one acted upon; else None."""
    found: list[tuple[int, str]] = []
    for match in CAPITALISED_RUN.finditer(sentence):
        name = _titled_name(match.group())
        if name:
            found.append((match.start() + match.group().index(name), name))
    for match in LOWER_TITLED.finditer(sentence):
        words = match.group("name").split()
        if match.group("title") in PERSON_TITLES and not any(w.lower() in NOT_NAME_WORDS for w in words):
            found.append((match.start(), match.group("name")))
    for match in ROLE_APPOSED.finditer(sentence):
        words = match.group("name").split()
        if match.group("role") in ROLE_NOUNS and not any(w.lower() in NOT_NAME_WORDS for w in words):
            found.append((match.start(), match.group("name")))
    for start, name in sorted(found, reverse=True):
        end = sentence.index(name, start) + len(name)
        if ACTED_UPON_BEFORE.search(sentence, max(0, start - 40), start) or ACTED_UPON_AFTER.match(sentence[end:]):
            continue
        return name
    return None


# "Earnings of Talmont Robotics Corp (TRC) rose", "Vantel Holdings Inc., the nation's largest …": a company named
# by its legal suffix anywhere in a sentence, speaking or not. A later "the company" with no other antecedent means it.
COMPANY_NAME = re.compile(
    r"(?<![\w.'’&-])(?:[A-Z]|[a-z]{1,2}[A-Z])[\w.'’&-]*\s+(?:[A-Z][\w.'’&-]*\s+){0,3}(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV|Bhd|Tbk|GmbH|SpA)\b\.?"
)


def named_company(sentence: str) -> str | None:
    """The last company `sentence` names with its legal suffix ("Talmont Robotics Corp"); else None."""
    found = COMPANY_NAME.findall(sentence)
    return found[-1].strip() if found else None
