"""
A speaker's own act: the person or body a sentence is about fixed the figure it gives.

"The government will allocate RM60 million", "ISLAMABAD: The government has budgeted the
deficit at 6.9 percent", "OPEC ministers on Wednesday agreed to cut output by 1.5 million bpd",
"The apex court though upheld the life sentence", "Mr Chambers also raised the revenue growth
target to 12 per cent": no verb of speech, yet the figure is the subject's own, and the corpus
conventions (`tests/claims/extraction/realnews/README.md`) make such a body its source: it
budgets, allocates, plans, proposes, targets, forecasts, orders, sentences, fines, posts its
results or designs its study.

`recording` knows a few such verbs by name ("recorded", "posted"). This reads the sentence's
shape instead: a subject that names someone (a body or office noun, an acronym, a person's
name, "he", "she"), past the usual padding (", in a crackdown,", "on Wednesday", "also", "will",
"is set to"), then a verb of fixing (`FIXING_STEMS`, matched by stem so every inflection counts).
What it must not credit, as the conventions say: deeds ("Police arrested 18", "sold 3 million
phones", "imposed thousands of fines": a count right after the verb), what happened to a
quantity ("Profit rose"), possessives ("The Cabinet's rating fell"), passives, and quotations,
which have their own speaker.

Before the subject's own act it reads the frames that name a source otherwise (`named_frames`: a relative
"which X said", a passive "by X", a document given out by a body) and a subject's "that" clause
(`reporting_frames`). It is the last resort of `attribution.find_attributions`: any clause of speech in the sentence
wins, and the extractor trusts the cue less (`SpeakerCue.acted`, `extractor.ACTED_PENALTY`).
"""

import re

from .acting_broad import broad_act
from .acting_by_default import default_act
from .acting_documents import document_subject, findings_subject, names_document, without_years
from .acting_subjects import POSSESSIVE_BODY, SPEAKER_HEADS, names_someone, opening_subject
from .acting_verbs import (
    AMOUNT_NOUNS,
    COUNTED_DEEDS,
    COUNTING_STEMS,
    DIVIDEND_OBJECT,
    FIXING_STEMS,
    GROWING_STEMS,
    METHOD_STEMS,
    OWN_RESULT,
    PADDING,
    PAYING_STEMS,
    PROMISING_STEMS,
    RESULT_OBJECT,
    REVISING_STEMS,
    TARGET_OBJECT,
    stem_of,
)
from .body_glosses import glossed_as_body
from .judging import judging_stem
from .named_frames import named_frames
from .one_word_names import company_in_s, names_by_one_word
from .openers import IRREGULAR_VERBS
from .past_opening import clauses_past_opening
from .past_relative import clauses_past_relative
from .reporting_frames import reporting_frame
from .sampling import draws_sample, names_study, research_stem, study_subject
from .short_subjects import one_word_acts
from .spans import DraftLink, SpeakerCue
from .speakers import PERSON_TITLES
from .subject_padding import (
    CLAIM_VERBS,
    CLAUSE_WITHOUT_THAT,
    FIXING_OBJECT,
    RESULT_HELD,
    modifier_ends,
)

__all__ = ["acting_clauses"]

PASSIVE_AUXILIARY = re.compile(
    r"\s+(?:is|are|was|were|been|be|being|get|got)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b(?!\s+to\s)"
)  # "is set to spend", "was expected to approve": a plan, no passive
POSSESSIVE = re.compile(r"['’]s?\s")
QUOTE_MARKS = re.compile(r"[\"“”]")
# A sentence whose quotation marks only wrap a few words with no figure: scare quotes or a name, no speech.
SCARE_QUOTES = re.compile(r"(?:[^\"“”]|[\"“](?:(?![\"“”])\D){1,40}?[\"”])*")
FIGURE_BEFORE = re.compile(r"[^\d]*\d", re.DOTALL)
AUXILIARY_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|should|must|did|does|do|to)(?:\s+[a-z]+)?\s*$"
)
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)(?:\s+(?:also|now|still))?\s*$")
# ", saying …": whatever the main verb, its subject speaks what follows.
SAYING = re.compile(
    r",\s+(?:(?:saying|claiming|insisting|arguing|stating)\b(?:\s+that\b)?|(?:adding|noting|explaining)\s+that\b)"
)  # ", adding 12 tractors to the fleet" is no speech


SPEAKING_OF = frozenset(["spoke", "speaks", "spoken", "talked", "talks", "wrote", "writes", "written"])
SPOKE_OF = re.compile(r"\s+of\s+(?:[a-z]+\s+){0,3}?[$€£¥\d]")


def acting_clauses(sentence: str) -> list[SpeakerCue]:
    """The subject who acted on the sentence's figures, as a forward clause, or nothing; read again past the
    sentence's opening phrase when nothing is found (`past_opening`)."""
    found = _acting_clauses(sentence)
    if found:
        return found
    from .attribution import find_attributions  # the reader of every clause, which calls this one

    return clauses_past_opening(sentence, find_attributions) or clauses_past_relative(sentence, find_attributions)


def _acting_clauses(sentence: str) -> list[SpeakerCue]:
    quote = QUOTE_MARKS.search(sentence)
    if quote and SCARE_QUOTES.fullmatch(sentence):
        quote = None  # "described the boat as a “rustic vessel” with 15 migrants": a word quoted is no speech
    if quote and not FIGURE_BEFORE.match(sentence[: quote.start()]):
        return []  # a quotation has its own speaker, found by the extractor; figures before it are outside it
    named = named_frames(sentence)
    if named:
        return named
    findings = findings_subject(sentence)
    if findings:
        # "Official results from … show that …": findings that show the sentence's figures are its source
        link = DraftLink(sentence[findings[0] : findings[1]], "according_to", *findings)
        return [SpeakerCue((link,), findings[0], findings[1], True)]
    subject = opening_subject(sentence) or document_subject(sentence) or study_subject(sentence)
    if not subject:
        return _second_clause(sentence)
    start, end = subject
    name = sentence[start:end]
    document = names_document(name)  # "The budget 2018-19 has set aside …": a document fixes its figure
    if any(character.isdigit() for character in (without_years(name) if document else name)):
        return []  # "Eleven miners", "The 12 inside": what is counted
    frame = reporting_frame(sentence, start, end)
    if not frame and names_someone(name):
        # "The … Agency (BPJT) of the Ministry of Public Works (PUPR) noted that …": past the subject's modifier
        frame = next(
            filter(None, (reporting_frame(sentence, start, end, at) for at in modifier_ends(sentence, end))), None
        )
    if frame:
        return [frame]
    saying = SAYING.search(sentence, end)
    if saying and not PASSIVE_AUXILIARY.match(sentence, end):
        # "But the Taliban rejected the claim as baseless, saying 10 … were killed"
        link = DraftLink(name, "said", start, end)
        return [SpeakerCue((link,), saying.start(), saying.end(), True)]
    someone = (
        names_someone(name)
        or names_by_one_word(sentence, start, end)
        or glossed_as_body(sentence, end)  # "Orbitec, the country's biggest mill, posted …"
        or one_word_acts(sentence, name, end)
    )
    if not someone and not document and not names_study(name):
        # "Bills rose after the regulator raised the levy to Sh4.51": no speaker opens, a body may open a clause
        return _second_clause(sentence)
    possessive = POSSESSIVE_BODY.match(sentence, start)
    if possessive:
        end = possessive.end("who")  # "China's earthquake center recorded …": a body named by its owner
        name = sentence[start:end]
    elif (POSSESSIVE.match(sentence, end) or name.endswith(("'s", "’s"))) and not company_in_s(sentence, start, end):
        return []  # "The Cabinet's disapproval rate fell": the subject is the rate
    claim = PADDING.match(sentence, end)
    if claim and claim.group("verb") in CLAIM_VERBS and CLAUSE_WITHOUT_THAT.match(sentence, claim.end("verb")):
        # "The army alleges it has been fighting 30 to 40 militants": a claim whose clause drops "that".
        link = DraftLink(name, "said", start, end)
        return [SpeakerCue((link,), start, claim.end("verb"), True)]
    for verb_at in (end, *modifier_ends(sentence, end)):
        # "The special court for CBI and ED cases in the city sentenced …": the verb after the subject's modifier.
        acted = _acted(sentence, start, end, verb_at)
        if acted is not None:
            return acted or broad_act(sentence, start, end)
        padding = PADDING.match(sentence, verb_at)
        if padding and padding.group("verb") in IRREGULAR_VERBS:
            break  # a verb that is not one of fixing: the modifier ends before it
    # "The company models revenue of $2 billion": no verb known, yet the subject's own clause gives the figure
    return (
        _trailing_revision(sentence, start, end) or default_act(sentence, start, end) or broad_act(sentence, start, end)
    )


# "The central bank slowed its tightening, raising its benchmark interest rate by 50 basis points": whatever the
# main verb, a participle that changes the subject's own rate, target or results fixes them.
TRAILING_PARTICIPLE = re.compile(r",\s+(?:(?:also|further)\s+)?(?P<verb>[a-z]+ing)\b")


def _trailing_revision(sentence: str, start: int, end: int) -> list[SpeakerCue]:
    found = TRAILING_PARTICIPLE.search(sentence, end)
    if not found or FIGURE_BEFORE.match(sentence[end : found.start()]):
        return []  # a figure before the participle is no part of what it fixes
    stem, object_at = stem_of(found.group("verb")), found.end("verb")
    owned = OWN_OBJECT.match(sentence, object_at)
    if not owned or stem not in REVISING_STEMS | GROWING_STEMS | {"set", "fix", "peg"}:
        return []
    if not (TARGET_OBJECT.match(sentence, object_at) or RESULT_OBJECT.match(sentence, object_at)):
        return []
    link = DraftLink(sentence[start:end], "reported", start, end)
    return [SpeakerCue((link,), start, found.end("verb"), True, acted=True)]


# "The team selected four risk factors", "The team looked at 72,314 cases": a study's design, by its study or team.
STUDY_DESIGN_STEMS = frozenset(["select"])
LOOKED_AT = re.compile(r"\s+at\b")
OWN_OBJECT = re.compile(r"\s+(?:its|their)\s")  # "raising its rate": the subject's own figure, not another's


def _acted(sentence: str, start: int, end: int, verb_at: int) -> list[SpeakerCue] | None:
    """The cue of a subject whose verb, after its padding from `verb_at`, fixes a figure: a list with the cue,
    [] when the verb is a deed, None when no verb of fixing follows."""
    name = sentence[start:end]
    padded = PADDING.match(sentence, verb_at)
    held = RESULT_HELD.match(sentence, verb_at) or (padded and FIXING_OBJECT.match(sentence, padded.start("verb") - 1))
    if held:
        # "Including special items, P&G had net income of $1.46 billion": a result held is a result posted.
        link = DraftLink(name, "reported", start, end)
        return [SpeakerCue((link,), start, held.end(), True, acted=True)]
    padding = PADDING.match(sentence, verb_at)
    if not padding:
        return None
    verb = padding.group("verb")
    between = sentence[end : padding.start("verb")]
    after_auxiliary = AUXILIARY_BEFORE.search(between) or (verb.endswith("ing") and PROGRESSIVE.search(between))
    stem, object_at = (verb if verb in REVISING_STEMS else stem_of(verb)), padding.end("verb")  # "held", "kept"
    judged = judging_stem(sentence, verb, object_at)  # "gave Smith two years of probation", "found Roe guilty"
    known = verb in IRREGULAR_VERBS | FIXING_STEMS or stem in REVISING_STEMS | GROWING_STEMS | PAYING_STEMS or judged
    if not (known or verb.endswith(("ed", "s")) or after_auxiliary):
        return None  # "The Italian coast guard coordinated": "coast" is no verb, the name goes on
    if name not in ("He", "She") and not PERSON_TITLES & {w.lower() for w in name.split()}:
        if OWN_RESULT.match(sentence, object_at) and not PASSIVE_AUXILIARY.match(sentence, end):
            # "The company achieved a 4 per cent fall in operating costs": its own results, whatever the verb
            link = DraftLink(name, "reported", start, end)
            return [SpeakerCue((link,), start, object_at, True, acted=True)]
    if verb in SPEAKING_OF and SPOKE_OF.match(sentence, object_at):
        # "The Interior Ministry spoke of almost 1.1 million people": a figure spoken of is said
        link = DraftLink(name, "said", start, end)
        return [SpeakerCue((link,), start, object_at, True)]
    if verb == "looking" and sentence.startswith(" for ", object_at):
        stem, object_at = "expect", object_at + 4  # "Analysts were looking for $12.6 billion": what they expected
    if names_study(name) and (
        stem in STUDY_DESIGN_STEMS or (verb == "looked" and LOOKED_AT.match(sentence, object_at))
    ):
        stem, object_at = "analys", object_at + (3 if verb == "looked" else 0)  # "The team looked at 72,314 cases"
    stem = judged or stem
    if draws_sample(sentence, name, stem, object_at):
        stem = "survey"  # "YouGov questioned 1,641 adults": a study's sample, drawn by its owner
    stem = research_stem(sentence, name, stem, object_at) or stem  # "researchers evaluated 639 people"
    if stem == "earn" and (name in ("He", "She") or {w.lower() for w in name.split()} & PERSON_TITLES):
        return None  # "The chairman of the company earned $4 million": a person's pay, no result posted
    if (stem in REVISING_STEMS | GROWING_STEMS and RESULT_OBJECT.match(sentence, object_at)) or (
        stem in PAYING_STEMS and DIVIDEND_OBJECT.match(sentence, object_at)
    ):
        pass  # "lifted its dividend by 25 percent", "will pay a dividend of 73 cents": results posted
    elif stem in GROWING_STEMS and TARGET_OBJECT.match(sentence, object_at):
        pass  # "The Treasury tripled the allocation for roads to $9 billion": a budget changed is a budget fixed
    elif stem in PAYING_STEMS and AUXILIARY_BEFORE.search(between):
        pass  # "The club will pay the seller a further €10m": a sum it commits to ("paid a fee of £4m" is a deed)
    elif stem in GROWING_STEMS | PAYING_STEMS:
        return None
    elif stem in REVISING_STEMS:
        if not TARGET_OBJECT.match(sentence, padding.end("verb")):
            return []  # "The charity raised 20 million dollars": a deed
    elif stem not in FIXING_STEMS and verb not in FIXING_STEMS:
        return None  # a deed, or what happened to a quantity: the outlet reports it
    elif stem not in METHOD_STEMS | COUNTING_STEMS | PROMISING_STEMS and (
        deed := COUNTED_DEEDS.match(sentence, object_at)
    ):
        # "sentenced five persons to 7 years": whom a court sentences is part of its sentence, no deed
        if deed.group().split()[-1].lower() not in AMOUNT_NOUNS:
            return []  # "sold 26 million iPhones"; "earned 89 cents a share" is its result
    if PASSIVE_AUXILIARY.match(sentence, end):
        return []  # "The bridge was destroyed": the subject is what was acted on
    link = DraftLink(name, "reported", start, end)
    return [SpeakerCue((link,), start, padding.end("verb"), True, acted=True)]


# "… is the fixed amount and the State government has decided to contribute Rs 11,500": a body that opens a
# coordinated clause acts on that clause's figures only.
SECOND_CLAUSE_BODY = re.compile(
    r"(?:,\s+|\s+)(?:and|but|while|whereas|after|when|once)\s+(?P<who>the\s+(?:[A-Za-z][\w.&'’-]*\s+){0,3}?[a-z-]+)(?=\s+[a-z])"
)


def _second_clause(sentence: str) -> list[SpeakerCue]:
    """The cue of a named body opening a coordinated clause with a verb of fixing, as a clause of its own."""
    for found in SECOND_CLAUSE_BODY.finditer(sentence):
        start, end = found.span("who")
        name = sentence[start:end]
        if name.split()[-1].lower() not in SPEAKER_HEADS or not any(c.isdigit() for c in sentence[end:]):
            continue
        acted = _acted(sentence, start, end, end)
        if acted:
            cue = acted[0]
            return [SpeakerCue(cue.links, cue.start, cue.end, True, opens_clause=True, acted=True)]
    return []
