"""
Who acts at the start of a sentence: the subject `acting` credits with the figure it fixed.

The subject is read past whatever pads it (`subject_padding`): a turn word ("But the Taliban …"), an
aside ("Police, in a crackdown, …"), a dateline or an opening phrase; then as a possessive body ("China's
earthquake center"), a name with its acronym and head ("A National Investigation Agency (NIA) court"), a
name that opens the sentence, a described body ("The fast-track court", "Former prime minister X"), or a
name before its apposition ("China Unicom Ltd , the country's …,"). `names_someone()` says whether it is a
person or a body who can be a source. Split out of `acting`.
"""

import re

from .body_glosses import glossed_as_body
from .dotted_names import undotted
from .named_places import names_place
from .openers import IRREGULAR_VERBS, described_opener, leading_subject
from .spans import DAYS, WEEKDAY_END
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .subject_padding import TIME_OPENING, opening_end
from .titled_persons import names_titled_person, titled_person

__all__ = ["opening_subject", "names_someone", "POSSESSIVE_BODY", "SPEAKER_HEADS"]

POSSESSIVE_BODY = re.compile(
    r"(?P<who>(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|The\s+(?:[a-z]+\s+)?(?:bank|government|ministry|company|court))"
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:center|centre|bureau|office|agency|ministry|department|institute|service|commission"
    r"|authority|board|police|bank|court|regulator|cabinet|government|treasury|council|army|military|tribunal|committee"
    r"|panel))\b"
)
BRACKETED_GLOSS = re.compile(r"\s+\([^()]*\)$")
PRONOUNS = frozenset(["He", "She"])  # "They" is as often the people counted
JUDICIAL_TITLES = frozenset(["justice", "magistrate"])  # "Justice K. O. Adeyemi": a judge's title before the name
TITLED_NAME = re.compile(r"^[A-Z][a-z]+\.?(?:\s+[A-Z]\.)+\s*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?$")
ACRONYM = re.compile(
    r"(?:^|\s|\()(?:the\s+)?(?:[A-Z][A-Z&]{1,7}s?|(?!U\.[SK]\.)(?:[A-Z]\.){2,4})(?:\)|$|\s)"
)  # "NDMA", "(CBI)", "The U.N." (not "U.S." or "U.K.", which are places)
MIXED_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){3})[A-Z][A-Za-z]{2,9}")
PERSON_NAME = re.compile(
    r"^(?!(?:The|A|An|This|That)\s)(?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'’-]+(?:[-\s][A-Z][a-z'’-]+)?$"
)
SPEAKER_HEADS = BODY_NOUNS | ORGANISATION_WORDS | PERSON_TITLES | frozenset(
    ["senate", "parliament", "assembly", "congress", "legislature", "association", "authorities", "officials", "center", "centre", "witnesses", "residents", "villagers", "tribesmen",
     "elders", "activists", "medics", "doctors", "sources", "monitors", "observers", "experts", "ministers",
     "police", "court", "bench", "judge", "judges", "jury", "magistrate", "commission", "board", "regulators", "regulator", "watchdog", "government",
     "governments", "companies", "firms", "banks", "researchers", "scientists", "analysts", "economists",
     "organisers", "organizers", "rebels", "militants", "insurgents", "prosecutors", "investigators",
     "lawmakers", "legislators", "senators", "limited", "ltd", "inc", "corp", "corporation", "plc", "llc",
     "co", "holdings", "bureau", "authority", "university", "hospital", "prosecution", "defence", "defense", "treasury", "tribunal", "exchequer",
     "fed", "representatives", "participants", "delegates", "councillors", "councilors", "network", "coalition",
     "alliance", "management"]
)  # fmt: skip
HEADED_SUBJECT = re.compile(
    r"(?P<who>(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?:[a-z]+\s+)??(?P<head>[a-z]+))(?=\s+[a-z])"
)
TURN = re.compile(r"(?:But|And|Yet|However|Meanwhile|Still),?\s+(?=[A-Za-z])")
# An opening phrase before the subject: "In March,", "On Tuesday,", "For 2024-25,", "KARACHI:".
OPENING_PHRASE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{2,}(?:\s*\([\w .&-]+\)\s*[—–-]{1,2}\s*|:\s+)"
    # "In March,", "Excluding special items,", "Despite the floods,", "For the year ended in March,": an adjunct
    r"|(?:In|On|At|During|For|Last|This|By|Earlier|Later|After|Before|Since|Until|Despite|Amid|Among|With|Without"
    r"|Under|Unlike|Like|Compared|Across|Throughout|Within|From|Through|Thanks|Due|As|Apart|Besides|Overall"
    r"|Not\s+[a-z]+ing|[A-Z][a-z]+ing)\s[^,]{1,150},\s+"
    r"|(?:Further|Furthermore|Moreover|Additionally|Separately|Likewise|Similarly),\s+)"  # a linking adverb alone
)

# "On Tuesday, the bank slowed …, raising …": a day or date that opens the sentence is no subject before an aside.
DATED_OPENING = re.compile(r"(?:On|In|Last|This|Early|Late|By)\s+[^,]{1,30},")
# "The council, facing a shortfall, allocated …": a subject, then an aside in commas, then its verb.
SUBJECT_BEFORE_ASIDE = re.compile(
    r"(?P<who>(?:The\s+)?(?:[A-Za-z][\w.&'’-]*\s+){0,3}[A-Za-z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,3}),\s+(?=[a-z][^,]{0,58},)"
)

# "The Liberals", "The Greens", "The Tories": a party or a movement named by its members, in the plural. The
# endings are those of members ("-als", "-ists", "-ans", "-ats", "-atives"), not of places ("The Philippines",
# "The Netherlands", "The Maldives").
PARTY_MEMBERS = re.compile(r"The\s+[A-Z][a-z]+(?:als|ists|ans|ats|atives|ites|eens|ories)")
# "Finance Minister Tan Wei Ming", "President Ana Maria Lopes (Anita)", "Finance Minister Jo Doe of Ruritania": an
# office in capitals, then a name of two to four words (`PERSON_NAME` reads two or three), a nickname in brackets
# or the country it serves.
OFFICE_THEN_NAME = re.compile(
    r"(?!(?:The|A|An)\s)(?:[A-Z][a-z]+\s+){0,4}(?:"
    + "|".join(sorted((title.capitalize() for title in PERSON_TITLES if title.isalpha()), key=len, reverse=True))
    + r")(?:\s+(?:Dr|Datuk|Seri|Tan\s+Sri|Sir|Dame)\.?)*"
    r"(?:\s+[A-Z][a-z'’-]+){2,4}(?:\s+\([A-Z][\w .-]{1,30}\)|\s+of\s+[A-Z][a-z]+)?"
)

# "The Regional District of Eastmoor", "The City of Northport", "The County of Fenwick": a place's formal name, its
# capitalised head before "of", names its government (in plain reference a place is "Northport" or "the city").
LOCAL_AUTHORITY = re.compile(
    r"[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:District|County|City|Municipality|Borough|Province|Region|State|Township|Town"
    r"|Village|Shire|Prefecture)\s+of\s+(?:[A-Z][a-z'’-]+\s*){1,3}"
)


def names_someone(name: str) -> bool:
    """Whether a subject names a person or a body who can be a source (not "Heavy rain", "Texas")."""
    plain = undotted(name)  # "U.S. District Court Judge Jo Roe": the abbreviation read as one word too
    return _names_someone(name) or (plain != name and _names_someone(plain))


def _names_someone(name: str) -> bool:
    if any(character.isdigit() for character in name):
        return False  # "Eleven miners", "The 12 inside": what is counted
    if names_place(name):
        return False  # "Mon State", "Purnea district": a place; "Oxford Police District" and "the state" are bodies
    if name[:1].upper() + name[1:] in PRONOUNS or WITH_COLLEAGUES.fullmatch(name):
        return True  # "Among the highlights, he has proposed …": the pronoun after an opening phrase
    if PARTY_MEMBERS.fullmatch(name) or OFFICE_THEN_NAME.fullmatch(name):
        return True
    # "vice-chancellors", "co-founders": a compound's last part is its head
    words = [word.strip("(),.'’").lower().rsplit("-", 1)[-1] for word in name.split()]
    if any(word in SPEAKER_HEADS or (word.endswith("s") and word[:-1] in SPEAKER_HEADS) for word in words[-3:]):
        return True  # "the Model Courts": a head noun in the plural names bodies too
    last = BRACKETED_GLOSS.sub("", name).split()[-1]  # "the Bank of Ruritania (BoR)": the gloss is no word of it
    if "of" in words[1:] and words[words.index("of", 1) - 1] in SPEAKER_HEADS and last[:1].isupper():
        return True  # "the Ministry of the Interior": the head comes before its "of"
    if LOCAL_AUTHORITY.fullmatch(name):
        return True
    if words and words[0] in PERSON_TITLES | JUDICIAL_TITLES and TITLED_NAME.match(name):
        return True  # "Judge I. M. Sanni", "Justice K. Rao": a title, initials, a surname
    if MIXED_ACRONYM.fullmatch(name):
        return True  # "MePDCL", "KeRRA": a body's acronym with a small letter inside
    return bool(ACRONYM.search(name) or PERSON_NAME.match(name)) or names_titled_person(name)


def opening_subject(sentence: str) -> tuple[int, int] | None:
    """The span of the subject that opens `sentence`, past its padding, with a body's head noun that follows a
    name ("The Supreme Court bench headed by …", "The Lagos State government"), or None."""
    found = _opening_subject(sentence)
    if not found and (plain := undotted(sentence)) != sentence:
        found = _opening_subject(plain)  # "A top U.S. banking regulator fined …": the abbreviation as one word
    if found and sentence[found[0] : found[1]].split()[0] in SUBORDINATORS:
        return None  # "Although local officials described it as …": a concession, whose speaker is `contrasts`'
    if found and (weekday := WEEKDAY_END.search(sentence, found[0], found[1])):
        found = found[0], weekday.start()  # "the Model Courts Tuesday awarded": the day is when, not who
    if found and sentence[found[0] : found[1]].split()[-1][:1].isupper():
        # "The Lagos State government", "The Romanian central bank": the head, one or two words on
        acronym = ACRONYM_END.search(sentence, found[0], found[1])
        for pattern in (HEAD_AFTER_NAME, HEAD_TWO_AFTER_NAME) + ((HEAD_THREE_AFTER_NAME,) if acronym else ()):
            head = pattern.match(sentence, found[1])
            if head and head.group(1) in SPEAKER_HEADS and not DETERMINER.search(sentence, found[1], head.end()):
                found = found[0], head.end()
                break
    if found and sentence[found[0] : found[1]].split()[-1].lower() in SEATED_HEADS:
        seat = COURT_SEAT.match(sentence, found[1])
        if seat:
            found = found[0], seat.end()  # "The sessions court, Lahore sentenced …": the court with its seat
    return _joint_subject(sentence, found)


# "The anti-terrorism court (ATC), Gujranwala handed down …", "The sessions court, Lahore sentenced …": South Asian
# court reporting names a court's seat after a comma, then goes straight on to its verb.
SEATED_HEADS = frozenset(["court", "tribunal", "bench"])
COURT_SEAT = re.compile(r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?,\s+[A-Z][a-z]+(?=\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b)")


# "The ministry and the central bank have agreed …", "The International Organization for Migration and the United
# Nations High Commissioner for Refugees confirmed …": two bodies joined by "and" are one subject, and act together.
JOINED = re.compile(r"\s+(?:and|&)\s+(?=[A-Za-z])")


def _joint_subject(sentence: str, found: tuple[int, int] | None) -> tuple[int, int] | None:
    if not found or not names_someone(sentence[found[0] : found[1]]):
        return found
    joined = JOINED.match(sentence, found[1])
    if not joined:
        return found
    rest = sentence[joined.end() :]
    second = _opening_subject(rest[:1].upper() + rest[1:])
    if not second or second[0] or not names_someone(rest[second[0] : second[1]]):
        return found
    return found[0], joined.end() + second[1]


SUBORDINATORS = frozenset(
    ["Although", "Though", "While", "Whilst", "Whereas", "If", "Unless", "Because", "Since", "When", "Once", "As"]
)
HEAD_TWO_AFTER_NAME = re.compile(r"\s+[a-z]+\s+(?:[a-z]+-)?([a-z]+)\b")
# "The U.N. human rights office", "The EU foreign policy chief": after an acronym, three words may describe the head.
HEAD_THREE_AFTER_NAME = re.compile(r"\s+[a-z]+\s+[a-z]+\s+(?:[a-z]+-)?([a-z]+)\b")
ACRONYM_END = re.compile(r"(?:\b[A-Z]{2,5}|(?:\b[A-Z]\.){2,4})$")
# "ATC sentences the activists": an article or a possessive starts a noun phrase of its own, the object of a
# headline's verb, never words that describe the name's head ("The U.N. human rights office").
DETERMINER = re.compile(r"\s(?:the|a|an|its|their|his|her)\s")
HEAD_AFTER_NAME = re.compile(r"\s+(?:[a-z]+\s+)??(?:[a-z]+-)?([a-z]+)\b")  # "sub-committee": the compound's head


def _opening_subject(sentence: str) -> tuple[int, int] | None:
    turn = TURN.match(sentence)
    if turn:
        # "But the Taliban rejected …": the subject after a turn word
        rest = sentence[turn.end() :]
        found = _opening_subject(rest[:1].upper() + rest[1:])
        return (turn.end() + found[0], turn.end() + found[1]) if found else None
    timed = TIME_OPENING.match(sentence)
    if timed:
        rest = sentence[timed.end() :]
        found = _opening_subject(rest[:1].upper() + rest[1:])
        return (timed.end() + found[0], timed.end() + found[1]) if found else None
    colleagues = _with_colleagues(sentence)
    if colleagues:
        return colleagues  # "Ana Ruiz, of the University of Oslo, and colleagues": the gloss is no aside
    aside = SUBJECT_BEFORE_ASIDE.match(sentence)
    if aside and names_someone(aside.group("who")) and not DATED_OPENING.match(sentence):  # not "On Tuesday, …,"
        return aside.span("who")  # "Police, in a crackdown, on Thursday …": the aside is padding
    opening = OPENING_PHRASE.match(sentence)
    if opening:
        rest = sentence[opening.end() :]
        found = _to_acronym(rest, leading_subject(rest[:1].upper() + rest[1:])) or described_opener(rest)
        if found:
            return opening.end() + found[0], opening.end() + found[1]
    padded = opening_end(sentence)
    if padded:
        # "HONG KONG, April 29 (Reuters) - China Unicom Ltd , the …, posted", "Helped by …, China Unicom, which …,
        # logged": past a dateline or an opening phrase of any house style, the subject as at the start.
        rest = sentence[padded:]
        found = _opening_subject(rest[:1].upper() + rest[1:])
        return (padded + found[0], padded + found[1]) if found else None
    if opening:
        return None
    headed = PLURAL_HEAD_THEN_BODY.match(sentence)
    if headed:
        # "Researchers from the University of X followed …": the verb after the body (`modifier_ends`)
        return headed.span()
    leading = _to_acronym(sentence, leading_subject(sentence))
    named = _name_before_comma(sentence)
    if leading and named and named[0] == leading[0] and named[1] > leading[1]:
        leading = named  # "Royal Bank of Ruritania, the country's …,": the name runs to its apposition
    return (
        _with_colleagues(sentence)  # "Lopez and her colleagues analysed …"
        or titled_person(sentence)  # "Treasury acting CS Jane Doe has proposed …"
        or _possessive_body(sentence)
        or _acronym_then_head(sentence)
        or leading
        or described_opener(sentence)
        or _headed_subject(sentence)
        or _described_head(sentence)
        or _name_before_comma(sentence)
        or _one_name_before_relative(sentence)
        or _office_then_name(sentence)
    )


def _office_then_name(sentence: str) -> tuple[int, int] | None:
    """ "Eastport High Court Judge Amir Hadi Abdul Rahman has sentenced …": an office, then a long name, then its verb."""
    match = OFFICE_THEN_NAME.match(sentence)
    return match.span() if match and re.match(r"\s+[a-z]", sentence[match.end() :]) else None


# "Kestrel, which has a market value of $700 million, maintained …": one capitalised word, then a relative clause
# about it; whether it acts is the verb's to say (`short_subjects.one_word_acts`).
ONE_NAME_BEFORE_RELATIVE = re.compile(r"(?P<who>[A-Z][\w&'’-]+),\s+(?:which|who)\s")


def _one_name_before_relative(sentence: str) -> tuple[int, int] | None:
    match = ONE_NAME_BEFORE_RELATIVE.match(sentence)
    return match.span("who") if match else None


# "Researchers from the University of Eastfield", "Scientists at the Marine Institute": people named by their body.
PLURAL_HEAD_THEN_BODY = re.compile(
    r"(?:The\s+)?(?:Researchers|Scientists|Experts|Economists|Analysts|Doctors|Investigators|Officials)"
    r"(?=\s+(?:from|at|with)\s+(?:the\s+)?[A-Z])"
)


# "Lopez and her colleagues analysed …", "Dr Ana Ruiz and her team surveyed …": a researcher with the people
# who worked with her, as one subject.
# "Ana Ruiz, Ph.D., of the University of Oslo, and colleagues recruited …": the house style of research news puts
# the researcher's degree and place in commas and drops "her"; the gloss holds no figure.
# "Pawlowski and colleagues at the Mayo clinic carried out …", "Nundy and his colleagues Asha Ray and Ishan Shah
# used …": where the colleagues work, or their names, close the subject too.
WITH_COLLEAGUES = re.compile(
    r"(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+){0,2}"
    r"(?:,\s+[^,\d]{1,60}?(?:,\s+[^,\d]{1,60}?){0,3},)?\s+and\s+(?:(?:his|her|their)\s+)?"
    r"(?:colleagues|co-?authors|co-?workers|team|research\s+team|fellow\s+researchers)"
    r"(?:\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?:clinic|hospital|university))?"
    r"|\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:,?\s+and\s+[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)?)?"
)
COLLEAGUES_ACTING = re.compile(WITH_COLLEAGUES.pattern + r"(?=\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b)")  # then a verb


def _with_colleagues(sentence: str) -> tuple[int, int] | None:
    match = COLLEAGUES_ACTING.match(sentence)
    return match.span() if match else None


# "The fast-track court for land cases …", "A district court recently …": an article, a few describing words,
# then the head noun of a body.
DESCRIBED_HEAD = re.compile(r"(?:The|A|An)((?:\s+[\w'’-]+){1,4})(?=\s+[a-z(])")


def _described_head(sentence: str) -> tuple[int, int] | None:
    match = DESCRIBED_HEAD.match(sentence)
    if not match:
        return None
    for word in re.finditer(r"[\w'’-]+", sentence[: match.end()]):
        if word.start() and word.group() in SPEAKER_HEADS:
            return 0, word.end()  # the first head noun ends the subject
        if word.group().endswith(("ed", "es")) or word.group() in IRREGULAR_VERBS:
            return None  # "The prosecution informed the court": a verb comes before any head
    return None


# "China Unicom Ltd , the country's second-biggest carrier, posted …": a name, then an apposition in commas.
NAME_BEFORE_COMMA = re.compile(
    r"(?P<who>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,5})\s*,\s+(?=(?:the|a|an|which|who|its|[A-Z][\w.'’-]*['’]s)\s)"
)  # "Emirates Bank, Dubai's biggest lender, recorded …": a possessive opens the apposition too


def _name_before_comma(sentence: str) -> tuple[int, int] | None:
    match = NAME_BEFORE_COMMA.match(sentence)
    if not match:
        return None
    # "Orbitec, the country's biggest textile mill, posted …": the gloss says the name is a body's
    return (
        match.span("who") if names_someone(match.group("who")) or glossed_as_body(sentence, match.end("who")) else None
    )


def _possessive_body(sentence: str) -> tuple[int, int] | None:
    match = POSSESSIVE_BODY.match(sentence)
    return match.span("who") if match else None


def _speaker_head(head: str) -> bool:
    """ "police", "court", and the plural of an office ("EU leaders", "State governors"): people of that office."""
    head = head.lower()
    return head in SPEAKER_HEADS or (len(head) > 4 and head.endswith("s") and head[:-1] in PERSON_TITLES)


def _headed_subject(sentence: str) -> tuple[int, int] | None:
    """ "The Hong Kong police released …", "EU leaders have pledged …": a body's common noun after the place it
    belongs to."""
    match = HEADED_SUBJECT.match(sentence)
    if match and not _speaker_head(match.group("head")):
        # "Former prime minister …": the lowercase word before the head is read as the head first
        match = HEADED_SUBJECT_LONG.match(sentence)
    if not match or not _speaker_head(match.group("head")):
        return None
    named = NAME_AFTER_TITLE.match(sentence, match.end())
    if named and match.group("head").lower() in PERSON_TITLES:
        return match.start("who"), named.end()  # "Former prime minister Najib Razak had proposed …"
    return match.span("who")


HEADED_SUBJECT_LONG = re.compile(
    r"(?P<who>(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?:[a-z]+\s+)(?P<head>[a-z]+))(?=\s+(?:[A-Z]|[a-z]+(?:ed|s)\b|(?:has|had|have|will|would|is|was)\b))"
)
NAME_AFTER_TITLE = re.compile(r"(?:\s+[A-Z][\w.'’-]*){1,4}(?=\s+[a-z])")


# "Nishat Power Limited (NPL) has posted …": a name with its acronym in brackets, then its verb.
NAME_WITH_ACRONYM = re.compile(
    r"(?P<who>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|on|in)\s+(?:the\s+)?|the\s+)?[A-Z][\w.&'’-]*){0,6}"
    r"\s+\([A-Z][A-Za-z&.]{1,9}\))(?=\s+[a-z]|\s*,\s+[a-z]"  # "… Affairs (CCEA), chaired by …, approved"
    rf"|\s+(?:on\s+)?(?:{DAYS})\s+[a-z])"  # "… Bank (BCRA) Thursday decided": the day is when, the verb follows
)


# "A Lagos State (LS) High Court on May 3 sentenced …": the acronym glosses the place, the name goes on to its head.
ACRONYM_THEN_NAMED_HEAD = re.compile(
    r"(?:The\s+|A\s+|An\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.&'’-]*){0,5}"
    r"\s+\([A-Z][A-Za-z&.]{1,9}\)(?:\s+[A-Z][a-z]+){0,2}\s+(?P<head>[A-Z][a-z]+)(?=\s+[a-z])"
)


def _acronym_then_head(sentence: str) -> tuple[int, int] | None:
    """ "A National Investigation Agency (NIA) court": a name, its acronym, then the body's head noun."""
    named = ACRONYM_THEN_NAMED_HEAD.match(sentence)
    if named and named.group("head").lower() in SPEAKER_HEADS:
        return named.span()
    match = NAME_WITH_ACRONYM.match(sentence)
    head = HEAD_AFTER_ACRONYM.match(sentence, match.end()) if match else None
    return (match.start("who"), head.end()) if head and head.group(1) in SPEAKER_HEADS else None


def _to_acronym(sentence: str, leading: tuple[int, int] | None) -> tuple[int, int] | None:
    """The opening subject run on to its acronym, or the name with its acronym when no subject opens:
    "Ayala-led Bank of the Philippine Islands (BPI) grew", "Indus Cement Limited (ICL) has posted"."""
    glossed = _name_with_acronym(sentence)
    if leading and glossed and glossed[0] == leading[0] and glossed[1] > leading[1]:
        return glossed
    return leading or glossed


def _name_with_acronym(sentence: str) -> tuple[int, int] | None:
    match = NAME_WITH_ACRONYM.match(sentence)
    if not match:
        return None
    head = HEAD_AFTER_ACRONYM.match(sentence, match.end())
    if head and head.group(1) in SPEAKER_HEADS:
        return match.start("who"), head.end()  # "A National Investigation Agency (NIA) court": the head follows
    return match.span("who")


HEAD_AFTER_ACRONYM = re.compile(r"\s+(?:[a-z]+\s+)??([a-z]+)\b")
