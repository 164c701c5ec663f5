"""
`extract_figures()`: news English in, candidate figure claims out.

The text is split into sentences; each sentence's attributions are found first (so
that "citing six sources" is chain data, not a figure), then its figures are read and
each gets the chain of the attribution whose scope it falls in. Speakers are
remembered from sentence to sentence, so "the agency said" resolves to the agency
named earlier.

**Following-sentence attribution.** A figure whose sentence names no speaker takes
the outlet as origin — with one exception, because news copy often describes a scene
in one sentence and sources it at the end of the next:

    "Kim was pictured with about a half-dozen coffins. A somber Kim bowed before one
    coffin, according to footage aired on state television."

The next sentence's attribution is borrowed (with less confidence) only when that
sentence (1) closes with its attribution (it does not open with one: "The ministry
said …" starts a new report), (2) has no figure of its own, (3) does not open with a
turn ("But", "However", "Meanwhile" …), and (4) shares a name or the counted noun with
the figure's sentence. Otherwise we do not guess: the outlet is the origin.
"""

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .abbreviations import DefinedUnits
from .attribution import SpeakerCue, find_attributions
from .calendar import MONTHS
from .chains import FIRST_PERSON, ChainBuilder, ChainLink, governing_attribution
from .currencies import CURRENCY_CODES
from .documents import named_document
from .figures import FigureDraft, Rejection, read_figures
from .listings import list_lead_ins
from .local_money import LocalMoney
from .marks import english_marks
from .mentions import introduced_person, mentioned_person, named_company, opening_group, opening_person
from .nested import inner_recorder
from .openers import topic_opener
from .quotation_speakers import quotation_speaker
from .quotations import Quotations
from .sentences import Sentence, split_sentences, unwrap_lines
from .source_counts import unread_span
from .spans import DAYS, DraftLink
from .speakers import PERSON_TITLES, SpeakerDirectory
from .speech import leading_subject
from .subject_checks import QUANTITY_NOUNS
from .units import looks_plural, singularise

__all__ = ["FigureCandidate", "extract_figures"]

TURN_WORDS = frozenset(
    ["but", "however", "yet", "still", "meanwhile", "separately", "elsewhere", "instead", "nevertheless", "although"]
)
NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
COMMON_WORD = re.compile(r"\b[a-z]{3,}\b")
COMMON_CAPITALISED = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "As",
        "And",
        "But",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "His",
        "Her",
        "Its",
    ]
)
BORROWED_PENALTY = 0.1
UNRESOLVED_PENALTY = 0.1
# A subject that acted on the figure ("The government will allocate …") with no verb of speech.
ACTED_PENALTY = 0.15
ANTECEDENT_REACH = 6  # sentences back a "thousands more" may take its noun from
# Most candidates one text gives: far more than any article has (a long one, a few
# dozen), and the bound on the work and the answer for a text that is nothing but
# figures ("12,000 troops, " × 13,000 once answered 2.5 GB).
MAX_CANDIDATES = 1000


@dataclass(frozen=True)
class FigureCandidate:
    """A figure claim found in a text, ready for an editor to confirm."""

    value: Decimal
    value_max: Decimal | None
    qualifier: str
    unit: str
    subject: str
    quote: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    chain: tuple[ChainLink, ...]
    confidence: float

    @property
    def origin(self) -> ChainLink | None:
        """The last link of the chain: who the figure comes from."""
        return self.chain[-1] if self.chain else None

    def to_dict(self) -> dict:
        """JSON-ready data; Decimals are written as strings."""
        return {
            "value": _decimal_text(self.value),
            "value_max": _decimal_text(self.value_max) if self.value_max is not None else None,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "subject": self.subject,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "chain": [link.to_dict() for link in self.chain],
            "confidence": self.confidence,
        }


def _decimal_text(value: Decimal) -> str:
    return format(value, "f")


# "As part of Tuesday's actions, a third of flights …" then a quotation "…, she told BFM on Tuesday": a
# day or a month both sentences name says when, not who or what; it links nothing.
CALENDAR_NAME = re.compile(rf"^(?:{DAYS}|{MONTHS})$")


def _names(text: str) -> set[str]:
    return {word for word in NAME.findall(text) if word not in COMMON_CAPITALISED and not CALENDAR_NAME.match(word)}


# "The FactSet consensus was for $2.04 billion", "The Zacks estimate": a name before a document's noun
# describes the document (a consensus, a forecast); it is no body a later "the company" or "it" means.
DOCUMENT_NOUN_NEXT = re.compile(
    r"\s+(?:consensus|forecast|forecasts|estimate|estimates|projection|projections|outlook|survey|poll|data"
    r"|figures|statistics|index|report|study)\b"
)


def _is_named_body(name: str) -> bool:
    """Whether a sentence's opening name may be "the company" later: "Ryanair", "JPMorgan Chase"."""
    words = name.split()
    if len(words) > 1:
        # "JPMorgan Chase", "The World Health Organization"; not "President Lula".
        names = [word for word in words if word.lower() not in ("the", "of", "and", "for", "in", "de", "&")]
        return all(word[:1].isupper() for word in names) and not any(word.lower() in PERSON_TITLES for word in names)
    # One capitalised word that is not a plural common noun ("Officials", "Rescuers").
    return len(words) == 1 and words[0] not in ("He", "She", "It", "They") and not looks_plural(words[0])


def _may_borrow(
    sentence: Sentence,
    draft: FigureDraft,
    following: Sentence,
    attributions: list[SpeakerCue],
    following_has_figures: bool,
) -> bool:
    """Whether `following`'s closing attribution also sources `draft` (see module doc)."""
    if not attributions or following_has_figures:
        return False
    if any(clause.forward or clause.start == 0 for clause in attributions):
        return False
    first_word = re.match(r"\W*(\w+)", following.text)
    if first_word and first_word.group(1).lower() in TURN_WORDS:
        return False
    shared_names = _names(sentence.text) & _names(following.text[1:])
    noun = singularise(draft.unit.split(" per ")[0]) if draft.unit else ""
    mentions_noun = bool(noun) and re.search(rf"\b{re.escape(noun)}", following.text, re.IGNORECASE)
    return bool(shared_names or mentions_noun)


def extract_figures(
    text: str,
    outlet: str | None = None,
    speakers: SpeakerDirectory | None = None,
    rejected: list[Rejection] | None = None,
) -> list[FigureCandidate]:
    """The candidate figure claims of `text`, in order of appearance.

    `outlet` is the publisher (the outermost link of every chain); `speakers` matches
    speakers to known actors. Numbers refused by a named rule (a date, an age, a score …)
    are appended to `rejected` when it is given, with offsets into `text`. At most
    `MAX_CANDIDATES` are returned, the first ones; with that many, the rest of the text
    was not read.
    """
    unwrapped = english_marks(unwrap_lines(text))  # „…” and «…» are read as “…”
    sentences = split_sentences(unwrapped)
    clauses = [find_attributions(sentence.text) for sentence in sentences]
    skips = [[unread_span(link, c) for c in found for link in c.links] for found in clauses]
    builder = ChainBuilder(outlet, speakers)
    quotations = Quotations(unwrapped)
    lead_ins = list_lead_ins(unwrapped, sentences, clauses) if ":" in unwrapped else {}
    candidates: list[FigureCandidate] = []
    money = LocalMoney.read(unwrapped, outlet)  # "Rs 208 billion" in a Pakistani paper is PKR
    defined = DefinedUnits.read(unwrapped)  # "63.6 lakh hectares (LH)", then "302.20 LH"
    recent_units: list[tuple[int, str, Decimal]] = []
    drafts_by_sentence: dict[int, list[FigureDraft]] = {}

    def drafts_of(index: int) -> list[FigureDraft]:
        if index not in drafts_by_sentence:
            # The latest unit, if near enough (units are noted in sentence order, so an
            # older one is never nearer; looking further back made long texts quadratic).
            at, unit, value = recent_units[-1] if recent_units else (None, None, None)
            near = at is not None and index - at <= ANTECEDENT_REACH
            antecedent, size = (unit, value) if near else (None, None)
            refused: list[Rejection] | None = [] if rejected is not None else None
            drafts = read_figures(sentences[index].text, skips[index], antecedent, refused, size)
            text_of = sentences[index].text
            drafts_by_sentence[index] = [
                replace(draft, unit=money.localise(draft.unit, text_of, draft.start, draft.end))
                for draft in (defined.apply(draft, text_of) for draft in drafts)
            ]
            offset = sentences[index].start
            for rejection in refused or ():
                rejected.append(  # type: ignore[union-attr]
                    replace(rejection, start=offset + rejection.start, end=offset + rejection.end)
                )
        return drafts_by_sentence[index]

    # Words the text writes in lowercase: "Revenue" opening a sentence is then a common noun, not a body.
    common_words = set(COMMON_WORD.findall(text))
    for index, sentence in enumerate(sentences):
        builder.memory.next_sentence()
        subject = leading_subject(sentence.text)
        if (
            subject
            and _is_named_body(sentence.text[subject[0] : subject[1]])
            and sentence.text[subject[0] : subject[1]].lower() not in common_words
            # "Revenue rose six per cent." then "It will pay …": a measured quantity is no body a later "it" means.
            and sentence.text[subject[0] : subject[1]].lower() not in QUANTITY_NOUNS
            and not DOCUMENT_NOUN_NEXT.match(sentence.text, subject[1])
        ):
            builder.memory.note_subject(sentence.text[subject[0] : subject[1]])
        topic = topic_opener(sentence.text)
        if (
            topic
            and (sentence.text[topic[0] : topic[0] + 4] == "The " or _is_named_body(sentence.text[topic[0] : topic[1]]))
            and sentence.text[topic[0] : topic[1]].split()[-1].lower() not in QUANTITY_NOUNS
            and not DOCUMENT_NOUN_NEXT.match(sentence.text, topic[1])
        ):
            builder.memory.note_topic(sentence.text[topic[0] : topic[1]])
        person = opening_person(sentence.text) or introduced_person(sentence.text)
        if person:
            builder.memory.note_person(person)
        group = opening_group(sentence.text)
        if group:
            builder.memory.note_group(group)
        drafts = drafts_of(index)
        recent_units.extend(
            (index, draft.unit.split(" per ")[0], draft.value)
            for draft in drafts
            if (draft.unit.islower() or draft.unit in CURRENCY_CODES)
            and not draft.unit.startswith("percent")
            and not draft.descriptor
        )
        # Each clause is resolved with the speakers before it, in this sentence too: in "X said …
        # but he told AFP …" he is X. Chains of this sentence's clauses are read before any is noted.
        own_chains = {}
        for clause in clauses[index]:
            if drafts:
                own_chains[id(clause)] = builder.chain(clause)
            if not clause.acted:
                builder.remember(clause)  # who acted without speaking is no "he said" or "the court" later
        document = named_document(sentence.text)
        if document:
            # "The report by the Global Carbon Project was published …": a later "the report" means it.
            builder.memory.note_report(*document)
        for draft in drafts[: MAX_CANDIDATES - len(candidates)]:
            candidates.append(
                _candidate(
                    sentence, draft, index, sentences, clauses, builder, drafts_of, quotations, own_chains, lead_ins
                )
            )
        mentioned = mentioned_person(sentence.text)
        if mentioned:
            builder.memory.note_mentioned(mentioned)  # after this sentence's own "he said" was read
        company = named_company(sentence.text)
        if company:
            builder.memory.note_company(company)
        builder.memory.bodies.note(sentence.text)  # after this sentence's own "the central bank said" was read
        if len(candidates) >= MAX_CANDIDATES:
            break
    return candidates


def _candidate(
    sentence, draft, index, sentences, clauses, builder, drafts_of, quotations, own_chains, lead_ins
) -> FigureCandidate:
    confidence = draft.confidence
    clause = governing_attribution(clauses[index], draft.start, draft.end, sentence.text)
    first_person = clause is not None and clause.links[-1].name.lower() in FIRST_PERSON
    quotation = quotations.around(sentence.start + draft.start) if clause is None or first_person else None
    if quotation and first_person:
        # '“We have announced the results of 3.1 lakh students. …,” he said': "we" is who speaks the quotation.
        clause = quotation_speaker(quotation, index, sentences, clauses, quotations) or clause
    elif quotation:
        # "“… 910 were killed. Another 82 were wounded,” the army said": the quotation's speaker.
        clause = quotation_speaker(quotation, index, sentences, clauses, quotations)
    if clause is None and index in lead_ins:
        # "As per the ministry, output is as under:" then "Rice – 100 million tonnes.": the lead-in's source.
        clause = lead_ins[index]
    if clause is None and index + 1 < len(sentences):
        following = sentences[index + 1]
        # Reading the next sentence's figures early is safe: they depend only on
        # earlier sentences' units, which are all known by now.
        if _may_borrow(sentence, draft, following, clauses[index + 1], bool(drafts_of(index + 1))):
            clause = clauses[index + 1][-1]
            confidence -= BORROWED_PENALTY
    inner = None
    if clause is not None and clause.forward and clause.end <= draft.start and clause in clauses[index]:
        inner = inner_recorder(sentence.text, clause.end, draft.start)
    if clause is None:
        chain = builder.outlet_chain()
    elif inner:
        # "He said tragically, IOM recorded 2,778 deaths": he relays the body's count.
        chain, resolved = builder.chain(
            replace(clause, links=(*clause.links, DraftLink(inner[0], "reported", *inner[1:])))
        )
    else:
        chain, resolved = own_chains.get(id(clause)) or builder.chain(clause)
        confidence -= 0 if resolved else UNRESOLVED_PENALTY
        confidence -= ACTED_PENALTY if clause.acted else 0
    start = sentence.start + draft.start
    end = sentence.start + draft.end
    return FigureCandidate(
        value=draft.value,
        value_max=draft.value_max,
        qualifier=draft.qualifier,
        unit=draft.unit,
        subject=draft.subject,
        quote=sentence.text[draft.start : draft.end],
        start=start,
        end=end,
        sentence=sentence.text,
        sentence_start=sentence.start,
        chain=chain,
        confidence=round(max(0.05, min(0.99, confidence)), 2),
    )
