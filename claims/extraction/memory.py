"""
Speakers taken up again: "he said", "the agency said", "the commander said", "the poll".

`SpeakerMemory` keeps the speakers of a text in the order they spoke and resolves a
later reference to the most recent one that fits: a pronoun to a person or a body ("he"
is never a name only read from, "…, according to Shana"), "the <title>" to a person
named with that title or rank ("the commander" is "Lt. Gen. Oleh Marko"), "the <noun>"
to a speaker with that head noun or a body that opened one of the last few sentences
("the airline" is "Ryanair"), "the watchdog" to the body it describes (see `epithets`), and "the poll"
or "the survey" to the owner of the last report named that fits ("the survey" skips a report named since;
see `documents`). A person a sentence
opens with ("Name, a student at …, has …") or, failing any speaker, the last person named with a title
("Federal Minister for Water and Power Ali Raza apologised …") is who a later "he" means, though they did
not speak: `mentions` reads both. Failing those too, "he" is the last person named in full, read from or not:
a "he said" that falls back to the outlet is always wrong. What kind of speaker a name is (a person, a group, a
body) is read in `speaker_kinds`.
"""

import re

from .described_bodies import NamedBodies
from .epithets import EPITHETS, epithet_body
from .held_names import holds_person_name
from .openers import DOCUMENT_HEADS
from .person_names import HONORIFIC, SURNAME, last_name, named_person, person_by_look_only
from .speaker_kinds import corporate, speaker_kind
from .speakers import (
    BODY_NOUNS,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    PRONOUNS,
    REPORT_REFERENCE,
    _kind,
    normalise_speaker,
)
from .title_families import TITLE_FAMILIES
from .units import singularise
from .unnamed_officials import UnnamedOfficial

__all__ = ["SpeakerMemory"]


# The notices a body issues of its own ("the update", "the bulletin"), taken up without their report named.
BODY_UPDATES = frozenset(["update", "bulletin"])


# "Its 4 pm update", "Their latest statement": a notice named by its owner's pronoun.
OWNED_NOTICE = re.compile(r"^(?P<pronoun>[Ii]ts|[Tt]heir)\s+(?P<rest>(?:[\w-]+\s+){0,3}(?P<head>[a-z]+))$")
NOTICE_HEADS = frozenset(["statement", "release", "notice", "announcement", "filing", "tweet", "post"])


# A place named as such ("Purnea district", "Helmand province"): where a count was made, never an "it" that
# speaks. "The department said …. Purnea district reported 28 deaths …. …, it said": the department.
PLACE_HEADS = frozenset(["district", "province", "county", "city", "town", "village", "region", "municipality"])


# Words that end a body's name, never a person's: "the Nationwide" is "Nationwide Building Society", no titled person.
INSTITUTION_WORDS = BODY_NOUNS | frozenset(
    ["society", "centre", "center", "foundation", "trust", "school", "hospital", "college", "museum", "library",
     "institution", "exchange", "market", "bureau", "agency", "commission", "programme", "program", "fund"]
)  # fmt: skip
# "The London-based company", "Calif.-based company" (after "Sunnyvale, "): a place, "-based", a body's noun.
PLACE_BASED_BODY = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?-based\s+(?P<head>[a-z]+)$")


class SpeakerMemory:
    """The speakers named so far in a text, most recent last.

    It also keeps the last few named bodies that opened a sentence ("Ryanair carried
    19.3 million passengers"), which "the airline said" or "the company said" may
    refer to when no earlier speaker fits.
    """

    SUBJECTS_KEPT = 3
    SUBJECT_REACH = 4  # sentences after which "the company" no longer goes back to a sentence's opening body

    SPEAKER_REACH = 40  # distinct speakers a "he", "the agency" or surname may go back to

    def __init__(self) -> None:
        self._speakers: list[str] = []
        self._subjects: list[str] = []
        self._sentence = 0  # sentences read so far, to tell how long ago a subject was named
        self._subject_seen: dict[str, int] = {}
        self._reports: list[tuple[str, str | None]] = []  # owners of reports named, and the report's noun
        self._person: str | None = None  # the last person who opened a sentence, after the last speaker
        self._read_from: set[str] = set()
        self._group: tuple[str, int] | None = None  # the last group that opened a sentence, and when
        self._titled: set[str] = set()  # speakers a later "the <title>" showed to be people
        self._topic: tuple[str, int] | None = None  # the body or document the last sentence was about, and when
        self._things: set[str] = set()  # speakers an "it" went back to, whatever their name looks like
        self._mentioned: str | None = None  # the last person named with a title, speaking or not
        self._people: list[str] = []  # persons named in full so far, speaking or not, most recent last
        self._company: str | None = None  # the last company named with its legal suffix, speaking or not
        self._gendered: set[str] = set()  # speakers a "he" or "she" went back to: people, whatever they look like
        self.unnamed_official = UnnamedOfficial()  # "A city official said …. The official said …"
        self.bodies = NamedBodies()  # "the Reserve Bank of Fiji …. The central bank said …. It said …"

    def note_report(self, owner: str, noun: str | None = None) -> None:
        """Note the owner of a poll, survey or data ("Gallup"), as a later "the poll".

        `noun` is what the document is called ("report", "survey") when the text says it; a
        later "the survey" then skips a report of another kind named since.
        """
        self._reports = [*(report for report in self._reports if report[0] != owner), (owner, noun)][-4:]

    def _report(self, reference: str) -> str | None:
        """The owner of the most recent report that `reference` ("the study") may mean."""
        noun = reference.split()[-1]
        for owner, kind in reversed(self._reports):
            if kind is None or kind == noun:
                return owner
        if self._reports:
            return self._reports[-1][0]
        if noun in BODY_UPDATES:
            # "The ministry reported 12 deaths. …. The update said …": a body's update or bulletin is the
            # body that spoke last speaking again.
            return next((earlier for earlier in reversed(self._speakers) if speaker_kind(earlier) != "person"), None)
        return None

    def note_subject(self, name: str) -> None:
        """Note a named body that opened a sentence, as a possible "the company"."""
        name = re.sub(r"['’]s?$", "", name)  # "The National Audit Office’s work …": the office
        if name in self._subjects:
            self._subjects.remove(name)
        self._subjects = [*self._subjects, name][-self.SUBJECTS_KEPT :]
        self._subject_seen = {subject: self._subject_seen.get(subject, self._sentence) for subject in self._subjects}
        self._subject_seen[name] = self._sentence
        if named_person(name) and name.split()[0] not in ("The", "A", "An"):
            self._note_full_name(name)  # "Dana Rusk is head of …. He said …": a person, though not speaking

    def next_sentence(self) -> None:
        """Note that a new sentence starts: subjects named long ago are no "the company"."""
        self._sentence += 1

    def _recent_subject(self) -> str | None:
        """The last body that opened a sentence, if it did so in the last few sentences."""
        if not self._subjects:
            return None
        name = self._subjects[-1]
        return name if self._sentence - self._subject_seen.get(name, 0) <= self.SUBJECT_REACH else None

    def note_person(self, name: str) -> None:
        """Note a person who opened a sentence without speaking: a later "he" may be them."""
        self._person = name
        self._note_full_name(name)

    def _note_full_name(self, name: str) -> None:
        name = HONORIFIC.sub("", name)  # "Ms Cécile Pouilly" is "Cécile Pouilly", as her title-less name
        if len(name.split()) >= 2 and speaker_kind(name) == "person":
            self._people = [*(person for person in self._people if person != name), name][-self.SPEAKER_REACH :]

    def _full_name(self, surname: str) -> str | None:
        """The person named in full before whose last name is `surname` ("Dorn" is "Finance Minister Ivan Dorn").

        A text names a person in full once, spoken or not, and by the surname after: "Miklos said" is the
        minister named before, not a new speaker, nor a body because the one word reads like a name.
        """
        named = [person for person in reversed(self._people) if last_name(person) in (surname, last_name(surname))]
        if not named:
            return None
        # One who spoke is the name the text goes on with ("UNHCR spokesperson Cécile Pouilly said …. Ms
        # Cécile Pouilly, …. Ms Pouilly said"): a plain mention may be written another way.
        named.sort(key=lambda person: person not in self._speakers)
        # "Minister Ivan Dorn", read again after "Finance Minister Ivan Dorn": the fuller writing of the same name.
        return max((person for person in named if person.endswith(named[0])), key=len)

    def note_topic(self, name: str) -> None:
        """Note the body or document a sentence is about ("The model for ovarian cancer worked well"):
        an "it" in the next sentence is it, unless somebody speaks in between."""
        self._topic = (name, self._sentence)

    def note_mentioned(self, name: str) -> None:
        """Note a person a sentence names with a title or a role (see `mentions`): a later "he" means them
        when no speaker and no person opening a sentence does."""
        self._mentioned = name
        self._note_full_name(name)

    def note_company(self, name: str) -> None:
        """Note a company a sentence names with its legal suffix ("Talmont Robotics Corp"), speaking or not."""
        self._company = name

    def _named_company(self) -> str | None:
        """The company a "the company" with no other antecedent means: the last that spoke under a name its
        legal suffix closes, else the last named so ("Earnings of Talmont Robotics Corp rose …")."""
        return next((earlier for earlier in reversed(self._speakers) if corporate(earlier)), None) or self._company

    def note_group(self, name: str) -> None:
        """Note a group that opened a sentence without speaking: a later "they" may be it."""
        self._group = (name, self._sentence)

    def remember(self, name: str, verb: str = "said") -> None:
        """Note that `name` spoke, making it the most recent speaker.

        A name only read from ("…, according to Shana") is no "he" or "she": that is who spoke.
        """
        if verb == "according_to":
            self._read_from.add(name)
            if name.split()[-1].lower() in DOCUMENT_HEADS:
                self.note_topic(name)  # "According to HSE figures there are 441 …. It said …": the figures
        else:
            self._read_from.discard(name)
            self._topic = None
        if speaker_kind(name) == "person" and (verb != "according_to" or named_person(name)):
            # A person who speaks later is the one "he" goes back to, and so is one a sentence reads from by
            # name: "…, a police official said. …, according to Ali Sherzad, the police chief. “…,” he said."
            self._person = None
            self.unnamed_official.person_spoke()
        if speaker_kind(name) != "person" and verb != "according_to":
            self._group = None  # and a body or group that speaks later the one "they" goes back to
        if name in self._speakers:
            self._speakers.remove(name)
        self._speakers.append(name)
        self._note_full_name(name)
        # A reference goes back a few speakers, never hundreds: looking further made long texts quadratic.
        del self._speakers[: -self.SPEAKER_REACH]

    def resolve(self, name: str) -> str | None:
        """The earlier speaker that `name` ("he", "the agency", "the poll") refers to, or None."""
        found = self._resolve(name)
        if found is None:
            self.bodies.take_up(name)  # "The central bank said" stays as written; see `described_bodies`
        elif name.lower().strip() in PRONOUNS:
            return self.bodies.behind(found) or found
        return found

    def _resolve(self, name: str) -> str | None:
        lowered = name.lower().strip()
        owned = OWNED_NOTICE.match(name.strip())
        if owned and owned.group("head").lower() in DOCUMENT_HEADS | BODY_UPDATES | NOTICE_HEADS:
            # "The ministry reported 11 deaths. Its 4 pm update said …": the update is the ministry's, and a
            # later "it said" takes up that update, named with its owner.
            owner = self.resolve(owned.group("pronoun").lower().replace("its", "it").replace("their", "they"))
            return f"{owner} {owned.group('rest')}" if owner else None
        if REPORT_REFERENCE.match(lowered):
            return self._report(lowered)
        if lowered in PRONOUNS:
            wanted = PRONOUNS[lowered]
            if lowered == "it" and self._topic and self._sentence - self._topic[1] == 1:
                self._things.add(self._topic[0])  # "Tallaght Hospital": an "it", though named like a person
                # "The consumer robots company posted …. It also narrowed …": the company that phrase describes.
                return (
                    self._described_company(self._topic[0]) if self._topic[0][:4] == "The " else None
                ) or self._topic[0]
            if wanted == "person" and self._person:
                return self._person
            if wanted == "plural" and self._group and self._sentence - self._group[1] <= self.SUBJECT_REACH:
                return self._group[0]
            for earlier in reversed(self._speakers):
                if wanted != "person" and earlier.split()[-1] in PLACE_HEADS:
                    continue  # "Purnea district reported 28 deaths": a place counts its dead, no "it said"
                kind = "person" if earlier in self._titled else speaker_kind(earlier)
                kind = "organisation" if earlier in self._things else kind
                if wanted == "person" and earlier in self._read_from and not named_person(earlier):
                    # "according to Shana" is no "he"; "According to Mr. Tan, …. He said …" is, and so is
                    # "According to Aminu Bello, head of the zonal office, …. He said …": a given name and a surname.
                    continue
                if kind == wanted or (wanted == "plural" and kind == "organisation"):
                    if wanted == "person":
                        self._gendered.add(earlier)
                    return earlier
                if wanted == "organisation" and (
                    (len(earlier.split()) == 1 and earlier[:1].isupper() and not self._surname(earlier))
                    or (kind == "plural" and all(word[:1].isupper() for word in earlier.split()))
                ):
                    return earlier  # "Agrolux", "Nordvik Motors": a proper name may well be a company
            # "Ofgem will raise its price cap …, it said": no speaker yet, the body the text is about.
            # "United have the touch and last year they announced …": "they" may be a body too.
            if wanted in ("organisation", "plural") and self._subjects:
                subject = self._recent_subject()
                if subject:
                    return None if self._surname(subject) else subject  # "Verma said …. …, it said."
            if lowered == "it":
                return self._unproven_person()
            # "Federal Minister for Water and Power Ali Raza apologised …. He said …": no one spoke yet. Else the last
            # person named in full, only read from or opening a sentence ("Dana Rusk is head of …. He said …").
            # Failing all, a speaker whose title hides a person's name ("National Coordinator of the … Centre
            # Keerthi Ekanayake"): "he" is a person, never the outlet (see `held_names`).
            if wanted != "person":
                return None
            held = (earlier for earlier in reversed(self._speakers) if holds_person_name(earlier))
            return self._mentioned or next(reversed(self._people), None) or next(held, None)
        based = PLACE_BASED_BODY.match(name)
        if based and based.group("head").lower() in BODY_NOUNS | EPITHETS:
            # "The Montreal-based company says", "The Sunnyvale, Calif.-based company reported": where a body is
            # based describes it; it is the body the text is about, like "the company" — unless that body's
            # name says it is another kind ("The Bank of England" is no "Munich-based group").
            subject = self._recent_subject()
            kinds = {word.lower() for word in (subject or "").split()} & (ORGANISATION_WORDS | BODY_NOUNS)
            if subject and (not kinds or based.group("head").lower() in kinds):
                return subject
            # "Hewlett-Packard Co. reported …. The Palo Alto-based company said": a company its legal suffix names.
            return self._named_company() if based.group("head").lower() in ("company", "firm") else None
        words = lowered.split()
        if SURNAME.match(name.strip()):
            return self._full_name(SURNAME.match(name.strip()).group("surname"))
        if len(words) < 2 or words[0] not in ("the", "this", "that", "these", "those"):
            return None
        written = name.split()
        if (
            len(words) in (3, 4)
            and words[-1] in BODY_NOUNS
            and written[-1].islower()
            and self._subjects
            and all(any(letter.isupper() for letter in word) and "-" not in word for word in written[1:-1])
        ):
            # "the iPhone maker", "the Facebook owner": a product names the firm ("the World Bank" is a name);
            # "the Munich-based group" is a place, not a product.
            return self._recent_subject()
        if len(words) <= 4:
            titled = self._titled_speaker(written[1:])
            if titled:
                return titled
        if any(word[:1].isupper() and word.lower() not in PERSON_TITLES for word in written[1:]) or len(words) > 4:
            return None  # "the World Bank"; "the CEO" and "the Governor" are titles
        head = singularise(words[-1])
        modifiers = set(words[1:-1])
        if words[-1] == "official" and (len(words) == 2 or (len(words) == 3 and written[1].islower())):
            # "…, Education Secretary Aswathy S said. …, the official said": any person in office; so is
            # "the rebel official" or "the senior official" after "SPLM-IO Spokesperson Paul Malieth told …".
            unnamed = self.unnamed_official.taken_up(words[1:-1])
            if unnamed:
                return unnamed
            person = next((earlier for earlier in reversed(self._speakers) if _kind(earlier) == "person"), None)
            if person:
                return person
        titles = TITLE_FAMILIES.get(head, {head}) if head in PERSON_TITLES else set()
        for earlier in reversed(self._speakers):
            earlier_words = normalise_speaker(earlier).split()
            if titles and earlier.lower() != lowered and titles & {word.strip(".") for word in earlier.lower().split()}:
                # "the commander" is "Lt. Gen. Oleh Marko", "the minister" "Finance Minister Rui Costa".
                if modifiers <= set(earlier_words):
                    return earlier
            if not earlier_words or singularise(earlier_words[-1]) != head or earlier.lower() == lowered:
                continue
            if words[-1] != head and singularise(earlier_words[-1]) == earlier_words[-1]:
                continue  # "the unions" are no "inter-union", "the agencies" no "the agency": number agrees
            # "the office" may be "the mayor's office", "the elections office" may not.
            if modifiers <= set(earlier_words):
                return earlier
        if len(words) == 2 and head in EPITHETS:
            # "The National Audit Office's work …, the watchdog has said": see `epithets`.
            return epithet_body(
                head, [*reversed(self._speakers), *reversed(self._subjects)], self._recent_subject(), INSTITUTION_WORDS
            )
        recent = self._recent_subject() if len(words) == 2 and head in BODY_NOUNS else None
        if recent:  # "the airline", not "the airport operator"
            return recent
        return self._described_company(name)

    def _described_company(self, name: str) -> str | None:
        """The company "the company" or "the consumer robots company" means, when nothing nearer does.

        "Hyundai Engineering & Construction Co. said …. …, the company said": a name a company's legal suffix
        closes is a company, whichever sentence named it; "the consumer robots company" describes one the same way.
        """
        words = name.split()
        if not 2 <= len(words) <= 4 or words[0].lower() != "the" or words[-1] not in ("company", "firm"):
            return None
        if any(not word.islower() for word in words[1:]):
            return None
        return self._named_company()

    def _unproven_person(self) -> str | None:
        """The speaker an "it" with no body to go back to means: the last one read as a person only by its look.

        "Pulse Asia said …. …, it noted": two capitalised words read like a person's name, but no title names
        them one, and no "he" or "she" took them up; an "it" that finds no body is that name, not the outlet.
        """
        for earlier in reversed(self._speakers[-3:]):
            if earlier in self._gendered or earlier in self._titled or self._surname(earlier):
                continue
            if person_by_look_only(earlier):
                return earlier
        return None

    def _surname(self, word: str) -> bool:
        """Whether a one-word speaker ("Kharge") is the last name of a person named before ("Mallikarjun Kharge"):
        "it" never goes back to a person."""
        return any(
            earlier != word and earlier.split()[-1] == word and _kind(earlier) == "person" for earlier in self._speakers
        )

    def _titled_speaker(self, title: list[str]) -> str | None:
        """The earlier speaker whose name carries `title` (one word or more) before a name of two words or more.

        "District Collector A Md Imtiaz said …. The Collector added …": a word written before a
        person's name and taken up alone is their title, whatever the country calls its officials,
        so the speaker is a person a later "he" may mean. A body's word ("the Ministry") is no title,
        nor a word before another title ("the Foundation" in "Foundation President Jane Doe") or
        before a body's name ("the Nationwide" in "Nationwide Building Society").
        """
        lowered = [word.lower() for word in title]
        if lowered[-1] in ORGANISATION_WORDS or lowered[-1] in BODY_NOUNS or not all(map(str.isalpha, title)):
            return None
        size = len(lowered)
        for earlier in reversed(self._speakers):
            written = earlier.split()
            for index in range(len(written) - size - 1):
                name = written[index + size :]
                if [word.lower() for word in written[index : index + size]] == lowered and all(
                    part[:1].isupper() for part in name
                ):
                    if any(part.lower() in ORGANISATION_WORDS | PERSON_TITLES | INSTITUTION_WORDS for part in name):
                        break  # "Foundation President Jane Doe": the title is "President", not "Foundation"
                    self._titled.add(earlier)
                    return earlier
        return None
