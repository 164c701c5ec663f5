"""
Attribution built on verbs: "X said", "…, said X", "X told Y", "X expects", ", saying".

`speech_clauses()` finds the speaker written before a verb of speech or estimate
(skipping appositions: "X, an expert at Y, said"), after it ("…, said X"), or both
sides of "briefed by" ("lawmakers briefed by the spy agency said": relay, then
origin). Refused: "an estimated 5,000" and "its forecast" (nouns), "more than
economists had expected" (a comparison), "employers added 147,000 jobs", "put
pressure on" ("put" counts only as "put the toll at …").

A speaker written after the verb ("…, said X") is read by `inversion`; ", saying …", ", adding that …" and
"He continued: …" are `saying`. Estimates sourced by their owner or a passive
agent ("the 2.7% expected by economists") are `estimates`; who is written before a verb
(`subject_before`) is `subjects`, who opens a sentence (`leading_subject`) `openers`; a body's own
records ("The WHO recorded …") are `recording`; which objects and subjects make a verb that is
not speech give a figure ("counted 14,800", "The data showed", "Researchers analyzed") is `acts`.
"""

import re
from dataclasses import replace

from .acts import (
    CLOSING_TAG,
    ISSUED_OBJECT,
    METHOD_VERBS,
    NAMED_SHOWER,
    OWN_FIGURE_VERBS,
    PUBLISHED_REPORT,
    PUBLISHING_VERBS,
    PUT_OBJECT,
    REVISED_OBJECT,
    REVISING_VERBS,
    names_a_document,
    names_research,
)
from .after_verb import AUDIENCE_AFTER_TOLD, BY_MEANS, GERUND_AFTER, OBJECT_AFTER
from .bare_bodies import bare_body
from .breaks import after_break
from .inversion import INVERTED_ASIDE, INVERTIBLE_VERBS, QUOTE_BEFORE, inverted_clause
from .object_verbs import OBJECT_TAKING_VERBS, takes_an_object
from .openers import LEADING_SUBJECT, described_opener, leading_subject
from .quote_tags import closing_quote_tag
from .recording import recording_clauses
from .relays import briefed_split, outlet_audience
from .saying import GOING_ON_VERBS, TAG_THEN_AND
from .second_clauses import second_clause_speaker
from .spans import QUOTATION, DraftLink, SpeakerCue, points_forward
from .speaker_counts import counted_things
from .speech_verbs import SPEECH_VERB
from .spoken_of import joined_in_with_phrase, relative_antecedent, speaking_subject
from .subjects import COORDINATED, subject_before
from .verb_codes import VERB_CODES

__all__ = [
    "speech_clauses", "recording_clauses", "leading_subject",
    "subject_before", "VERB_CODES", "QUOTE_BEFORE",
]  # fmt: skip

COMPARED_NOUN = re.compile(
    r"\b(?:in\s+line\s+with|compared\s+(?:with|to)|consistent\s+with|matching|beating|missing|topping|above|below"
    r"|versus|against|than|ahead\s+of|short\s+of)\s+(?:[\w'’.&-]+\s+){0,4}$"
)
LATER_TAG = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|told|reported)\b")
CLAIMED_LIVES = re.compile(r"\s+(?:[^,;.]{0,40}?\s)?lives\b")
REDUCED_RELATIVE_AFTER = re.compile(r"\s*,\s*according\s+to\b|\s+by\s")
# Verbs that are also nouns, and what shows that the words before them are a clause.
NOUN_LIKE_VERBS = frozenset(
    {"forecast", "forecasts", "estimate", "estimates", "reports", "claims", "claim", "put", "puts", "places", "pegs"}
)
COORDINATED_VERB = re.compile(r"\)\s+(?:and|but)\s+$")
PROGRESSIVE = re.compile(r"(?:is|are|was|were)\s")
# "The U.S. Geological Survey placed the magnitude at 6.4", "pegged the toll at 40": "put" in other words.
# "The statistics for July to September of 2004 found": a year dating the subject is no count before the verb.
YEAR_CLOSING_SUBJECT = re.compile(r"(?:\b(?:of|in|for|since)|[A-Z][a-z]+)\s+(?:19|20)\d\d\s+$")
# "…,” emphasized the teacher.", "…,” states a release of the bank.": verbs a speaker may follow here too.
INVERTING_VERBS = INVERTIBLE_VERBS | frozenset(
    ["states", "emphasized", "emphasised", "stressed", "explained", "warned", "insisted", "wrote", "revealed"]
)
PUTTING_VERBS = frozenset(["put", "puts", "placed", "places", "pegged", "pegs"])
PARTICIPLE_ESTIMATES = frozenset(["expected", "forecast", "predicted", "projected", "anticipated", "estimated"])
FIGURE_BEFORE = re.compile(r"(?:\d|%|\b(?:million|billion|trillion|bn|cents?))\s*$")


def _start_of_words(sentence: str, verb_start: int) -> int:
    """Where the run of words right before a verb starts (after the last comma or clause mark)."""
    cut = max(sentence.rfind(mark, 0, verb_start) for mark in (",", ";", ":", "(", "—", "“", '"'))
    return cut + 1


VERB_AFTER_NOUN = re.compile(
    r"\s+(?:put|puts|show|shows|showed|suggest|suggests|suggested|indicate|indicated|were|was|are|is|have|has|had"
    # "The unsettled reports contained 905 paragraphs": what a document does, after its noun.
    r"|contained|contain|contains|found|find|finds|noted|revealed|stated|listed|included|cited|highlighted)\b"
)
ADJECTIVE_END = re.compile(r"[a-z](?:less|ful|ous|ive|ic|al|ary|ish|ual)$", re.IGNORECASE)
CLAUSE_INSIDE = re.compile(r"\s(?:its|their|his|her|our|the|a|an)\s")
# ", and the governor said …", "; officials said …": a new clause opens before the speaker.
COORDINATING_BEFORE = re.compile(
    r"(?:[,;]\s*(?:and|but|while|whilst|whereas|yet|although|though)|;|[a-z%]\s+(?:as|whereas|because|since))\s+$"
)  # "… 49 percent as the ministry expects …": the clause it opens does not reach back
# "…, but Director-General of ISPR, Maj-Gen X, said": the name after its title opens the clause as well.
TURN_THEN_TITLE = re.compile(r"[,;]\s*(?:and|but|while|whilst|whereas|yet)\s+[^,;\d]{1,60},\s*$")
# "more than economists had expected": a comparison, not an attribution.
COMPARATIVE_BEFORE = re.compile(r"\b(?:than|as)\s+$")
COMPARATIVE_IN = re.compile(r"\bthan\s")
AS_ADJECTIVE = re.compile(r"\bas\s+(?:[\w-]+\s+){1,3}as\s+$")
TRAILING_ADVERB = re.compile(
    r"\s+(?:now|also|still|again|already|further|previously|meanwhile|too|then|on\s+average|overall|in\s+total)$"
)

# A body that counts and reports what it did ("the Coast Guard reported intercepting 191 migrants").
REPORTING_BODY = re.compile(
    r"\b(?:[Gg]uard|[Pp]olice|[Aa]uthorit(?:y|ies)|[Oo]fficials|[Mm]inistry|[Aa]gency|[Aa]rmy|[Mm]ilitary|[Nn]avy"
    r"|[Ff]orces?|[Dd]epartment|[Ss]ervice|[Oo]ffice|[Cc]ommand|[Gg]overnment|[Bb]oard|[Cc]ommission|[Bb]ureau)\b"
)
# "the silver medallists with INR 15 lakhs and the athletes who have claimed": an amount is no part of a speaker.
AMOUNT_IN_SUBJECT = re.compile(
    r"(?:[$€£₹]|\b(?:INR|Rs\.?|USD|EUR|GBP|RM|Sh|Ksh|Tk)\s?)\d|\d[\d,.]*\s*(?:lakhs?|crores?|million|billion|trillion)\b"
)


# "the IMF’s new forecast of 1.4%", "the bank's latest estimate of 2%": a named owner's estimate, a noun.
OWNED_ESTIMATE = re.compile(
    r"(?P<owner>(?<![\w'’-])(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,3})['’]s"
    r"\s+(?:new|latest|revised|updated|own|initial|earlier|previous|current|official|preliminary)\s+$"
)
ESTIMATE_OF = re.compile(r"(?P<of>\s+(?:of|at))\s+(?:about\s+|around\s+|some\s+|just\s+)?[$€£]?\d")
# A lowercase preposition opening what was read as a verb's subject: a place or a time, never who speaks.
PREPOSITION_OPENED = re.compile(r"(?:in|from|on|at|to|during|over|between|since|until|after|before)\s")


# "…, said two officials with direct knowledge.", "…, said three people familiar with the matter.": sources
# counted, not named, after the verb; what describes them runs to the stop.
COUNTED_AFTER = re.compile(
    r"\s+(?P<who>(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:officials|sources|people|persons|diplomats|executives|insiders|bankers|traders|officers|analysts)"
    r"(?:\s+(?:familiar|with|close|briefed|involved|aware|who|in|at|from)\b[^,;:.!?\d\"“”]{0,60})?)"
    r"\s*[.!?]?[\"”’']?\s*$"
)


def _counted_after(sentence: str, match: re.Match, verb: str) -> list[SpeakerCue]:
    """ "…, said two officials with direct knowledge.": the counted sources after the verb speak."""
    counted = COUNTED_AFTER.match(sentence, match.end())
    if not counted or not re.search(r"[,\"”’'—]\s*$", sentence[: match.start()]):
        return []
    start, end = counted.span("who")
    quoted = bool(QUOTE_BEFORE.search(sentence, 0, match.start()))
    return [SpeakerCue((DraftLink(sentence[start:end], verb, start, end),), match.start(), end, False, quoted)]


def speech_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """Clauses built on a speech verb: "X said", "X told Y", "…, said X"."""
    found = []
    quoted = [match.span() for match in QUOTATION.finditer(sentence)] if '"' in sentence or "“" in sentence else []
    for match in SPEECH_VERB.finditer(sentence):
        verb_word = match.group("verb")
        if any(s < match.start() < e for s, e in quoted):
            continue
        if found and verb_word in GOING_ON_VERBS and TAG_THEN_AND.fullmatch(sentence, found[-1].end, match.start()):
            # "'…,' Colonel Kalia said and added three suspects were killed": the tag's speaker goes on,
            # and what "added" takes is what they said, never an object added.
            found.append(SpeakerCue(found[-1].links, match.start(), match.end(), True))
            continue
        gerund = verb_word in ("reported", "reports") and GERUND_AFTER.match(sentence, match.end())
        if verb_word == "reported" and REDUCED_RELATIVE_AFTER.match(sentence, match.end()):
            continue  # "the highest total reported, according to X": X speaks, the total does not
        if verb_word.startswith("claim") and CLAIMED_LIVES.match(sentence, match.end()):
            continue  # "Floods have claimed 39 lives": "claimed" is "killed", and no one speaks
        if (
            verb_word in OBJECT_TAKING_VERBS
            and takes_an_object(sentence, verb_word, match.end())
            and not INVERTED_ASIDE.match(sentence, match.end())  # "…, BT added in a results statement."
        ):
            if not inverted_clause(sentence, match, VERB_CODES.get(verb_word, "said")):  # "…, added Meena." speaks
                continue  # "employers added 147,000 jobs" adds jobs, "hospitals admitted 2,300 people"
        if verb_word in ("saying", "claiming") and not PROGRESSIVE.match(match.group()):
            continue  # "The BBC are saying 5,000": a progressive tense only; ", saying …" is `saying`
        if verb_word in PUTTING_VERBS and not PUT_OBJECT.match(sentence, match.end()):
            continue  # "put pressure on", "put forward", "placed an order"
        if verb_word in REVISING_VERBS and not REVISED_OBJECT.match(sentence, match.end()):
            continue  # "raised the death toll to 17" estimates; "raised taxes" does not
        if verb_word in PUBLISHING_VERBS and not ISSUED_OBJECT.match(sentence, match.end()):
            continue  # "issued a statement saying"; "released 40 prisoners" is not a report
        if verb_word in PARTICIPLE_ESTIMATES and FIGURE_BEFORE.search(
            sentence, max(0, match.start() - 12), match.start()
        ):
            continue  # "the $2.1 billion expected": a participle after its figure (see `estimates`)
        if sentence.startswith(" by", match.end()) and not BY_MEANS.match(sentence, match.end()):
            continue  # "expected by economists" is a passive: see `passive_agent_clauses`
        before = sentence[max(0, match.start() - 24) : match.start()]
        if re.search(
            r"\b(?:an?|the|its|their|his|her|our|\d(?:[\d,]*\d)?|on|of|in|for|from|with|about|amid|despite|denied|dismissed|rejected"
            r"|(?:was|were|is|are|been|be)(?:\s+(?:also|now|still|currently|already|[a-z]+ly))?)\s+$",
            before,
            re.IGNORECASE,
        ) and not YEAR_CLOSING_SUBJECT.search(before):
            continue  # "an estimated 5,000", "it was reported", "300 reported cases", "its forecast", "on reports that",
            # "a twofold increase in reported cases": after a preposition a participle is an adjective
        if verb_word in ("estimates", "forecasts") and COMPARED_NOUN.search(sentence, 0, match.start()):
            continue  # "…, in line with Wall Street estimates": a noun the figure is weighed against
        if any(s <= match.start() < e for s, e in taken):
            continue
        verb = VERB_CODES.get(verb_word, "said")
        subject = (
            subject_before(sentence, match.start(), taken)
            or after_break(sentence, match.start(), taken, match.end())
            or bare_body(sentence, match.start())
        )
        if subject and verb_word in INVERTIBLE_VERBS and PREPOSITION_OPENED.match(sentence, subject[0]):
            # "… were reported from January to July this year, a 9% increase on last year, said Health Minister
            # Dr Ali Hassan.": a phrase a preposition opens, then an aside, is no speaker; the name after the verb is.
            inverted = inverted_clause(sentence, match, verb)
            if inverted:
                found.extend(inverted)
                continue
        if subject:
            subject = speaking_subject(sentence, subject)
            if subject is None:
                continue  # "With two more deaths reported from …, the toll rose": no one speaks
        second = second_clause_speaker(sentence, match.start())
        if second and (subject is None or subject[0] < second[0]):
            subject = second  # "… when the fighting broke out and officials said …": a clause of its own
        if gerund and not (subject and REPORTING_BODY.search(sentence, subject[0], subject[1])):
            continue  # "Americans reported losing $16.6 billion"; "the Coast Guard reported intercepting …" reports
        if subject is None and COORDINATED_VERB.search(sentence, 0, match.start()):
            # "However, militants have denied the claim of the Inter Services Public Relations (ISPR) and said
            # …": a bracket hides the clause; the subject that opens the sentence speaks, if one does.
            subject = (0, match.start() - 1)
        shared = next((c for c in found if subject and subject[0] <= c.start < match.start() and c.links), None)
        if shared and COORDINATED.search(sentence, subject[0], subject[1]) and not quoted:
            # "Officials had earlier put the toll at six and said that …": the verb before speaks, and
            # the second verb goes on with its subject, from where it stands.
            links = tuple(replace(link, verb=VERB_CODES.get(verb_word, "said")) for link in shared.links[-1:])
            found.append(SpeakerCue(links, match.start(), match.end(), points_forward(sentence, match.end())))
            continue
        if subject and COORDINATED.search(sentence, subject[0], subject[1]):
            # "The ministry does not distinguish … but says": the speaker opens the clause.
            leading = LEADING_SUBJECT.match(sentence[subject[0] : subject[1]])
            described = None if leading else described_opener(sentence[subject[0] : subject[1]])
            if described:
                # "But an army spokesman disputed the account and said …": the spokesman opens the clause.
                subject = (subject[0] + described[0], subject[0] + described[1])
            elif not leading:
                continue
            else:
                subject = (subject[0], subject[0] + leading.end("who"))
        as_reported = (
            sentence[: subject[0]].rstrip().endswith("as")
            and (
                verb in ("said", "reported", "told")
                # "… 49 percent as the ministry expects gross debt at 48.7 percent": "as" is "because"
                # when the verb has an object and no "as high as" comes before.
                or (OBJECT_AFTER.match(sentence, match.end()) and not AS_ADJECTIVE.search(sentence, 0, subject[0]))
            )
            if subject
            else False
        )
        if (
            subject
            and not as_reported
            and (
                COMPARATIVE_BEFORE.search(sentence, 0, subject[0])
                or COMPARATIVE_IN.search(sentence, subject[0], subject[1])
            )
        ):
            continue  # "more than economists had expected"; "as CNN reported" is a source
        if (
            verb_word in ("shows", "showed", "show")
            and not (
                verb_word != "show"
                and NAMED_SHOWER.fullmatch(sentence[_start_of_words(sentence, match.start()) : match.start()].strip())
            )
            and not (subject and names_a_document(sentence[subject[0] : subject[1]]))
        ):
            continue  # "PPP also shows …", "The data showed …"; "the map shows" is the outlet's
        if verb_word in ("listed", "lists") and LATER_TAG.search(sentence, match.end()):
            continue  # "The depot lists 50 missiles, CBS News reported, citing …": the tag speaks
        if verb_word in OWN_FIGURE_VERBS and CLOSING_TAG.search(sentence, match.end()):
            continue  # "The government has proposed a budget of 10 trillion, the minister said": the tag speaks
        if verb_word in METHOD_VERBS and not (subject and names_research(sentence[subject[0] : subject[1]])):
            continue  # "Researchers analyzed …", "The analysis covers …"; "Farmers used 40 tonnes" is news
        owned = OWNED_ESTIMATE.search(sentence[: match.start()]) if verb_word in NOUN_LIKE_VERBS and subject else None
        estimate_of = ESTIMATE_OF.match(sentence, match.end()) if owned and owned.start() >= subject[0] else None
        if owned and estimate_of:
            # "Whilst the IMF’s new forecast of 1.4% is …": a noun, its owner's estimate of the figure after it.
            link = DraftLink(owned.group("owner"), "estimated", owned.start("owner"), owned.end("owner"))
            found.append(SpeakerCue((link,), owned.start("owner"), estimate_of.end("of"), True, local=True))
            continue
        if verb_word in NOUN_LIKE_VERBS and VERB_AFTER_NOUN.match(sentence, match.end()):
            continue  # "police estimates put the crowd at …", "official forecasts show": a noun, then its verb
        if subject and verb_word in NOUN_LIKE_VERBS and ADJECTIVE_END.search(sentence, subject[0], subject[1]):
            continue  # "Jobless claims rose", "Official forecasts show": an adjective before a noun
        if (
            subject
            and verb_word in NOUN_LIKE_VERBS
            and verb_word != "put"  # "the government based in the east put the toll at …": "put" is no noun
            and CLAUSE_INSIDE.search(sentence, subject[0], subject[1])
        ):
            continue  # "The ministry cut its growth forecast": a noun, after a clause
        end = match.end()
        if subject is None:
            antecedent = relative_antecedent(sentence, match.start())
            if antecedent and not COMPARATIVE_IN.search(sentence, *antecedent):
                subject = antecedent  # "…, a draft budget, which expects …": what the relative stands for speaks
        if subject is None:
            if verb_word in INVERTING_VERBS:
                found.extend(inverted_clause(sentence, match, verb) or _counted_after(sentence, match, verb))
            continue
        relay = None
        if verb == "told":
            audience = AUDIENCE_AFTER_TOLD.match(sentence, end)
            if audience:
                end = audience.end()
                # "officials told Reuters": the outlet they told is a relay of the chain.
                relay = outlet_audience(sentence, audience.start("audience"), audience.end("audience"))
        if counted_things(sentence[subject[0] : subject[1]]) or AMOUNT_IN_SUBJECT.search(sentence, *subject):
            continue  # "40 countries reported cases": the count is the news, not who speaks
        adverb = TRAILING_ADVERB.search(sentence, subject[0], subject[1])
        if adverb and adverb.start() > subject[0]:
            subject = (subject[0], adverb.start())  # "The IMF now expects": the IMF
        links = briefed_split(sentence, subject[0], subject[1], verb)
        if verb_word in PUBLISHING_VERBS and PUBLISHED_REPORT.match(sentence, match.end()):
            # "OPEC released its monthly report on Monday. The report showed …": the report is OPEC's.
            links = (*links[:-1], replace(links[-1], report=True))
        if relay:
            links = (relay, *links)
        clause_start = min(link.start for link in links)
        if QUOTE_BEFORE.search(sentence, 0, subject[0]):
            found.append(SpeakerCue(links, clause_start, end, False, True))
            continue
        forward = points_forward(sentence, end)
        opens = forward and bool(
            COORDINATING_BEFORE.search(sentence, 0, clause_start)
            or TURN_THEN_TITLE.search(sentence, 0, clause_start)
            or (second and subject == second)
            or joined_in_with_phrase(sentence, clause_start)
        )
        found.append(SpeakerCue(links, clause_start, end, forward, opens_clause=opens))
    return found or (closing_quote_tag(sentence) if not taken else [])
