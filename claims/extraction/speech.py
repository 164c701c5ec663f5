"""
Attribution built on verbs: "X said", "…, said X", "X told Y", "X expects", ", saying".

`speech_clauses()` finds the speaker written before a verb of speech or estimate
(skipping appositions: "X, an expert at Y, said"), after it ("…, said X"), or both
sides of "briefed by" ("lawmakers briefed by the spy agency said": relay, then
origin). Refused: "an estimated 5,000" and "its forecast" (nouns), "more than
economists had expected" (a comparison), "employers added 147,000 jobs", "put
pressure on" ("put" counts only as "put the toll at …").

`saying_clauses()` gives ", saying …" / ", adding that …" to the sentence's subject
("Pfizer raised its forecast, saying …"). Estimates sourced by their owner or a passive
agent ("the 2.7% expected by economists") are `estimates`.
"""

import re

from .relays import outlet_audience
from .spans import DraftLink, SpeakerCue, chunk_start, clean_name, name_after, points_forward
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES

__all__ = [
    "speech_clauses", "saying_clauses", "recording_clauses", "leading_subject",
    "subject_before", "VERB_CODES",
]  # fmt: skip

SPEECH_VERB = re.compile(
    r"""\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?P<verb>said|says|say|told|tells|reported|reports
        |estimated|estimates|estimate|added|adds|stated|claimed|claims|announced|confirmed
        |wrote|writes|noted|warned|revealed|disclosed|tweeted|expects|expected|expect
        |forecast|forecasts|predicted|predicts|projected|put|puts
        |conceded|concedes|admitted|admits|acknowledged|acknowledges|insisted|insists|argued|argues
        |points\s+out|pointed\s+out|issued|released|published|raised|revised|updated|lowered
        |envisages|envisaged|anticipates|anticipated|anticipate|claim|mentioned|mentions
        |emphasi[sz]ed|emphasi[sz]es|stressed|stresses|underlined|underlines|explained|explains
        |(?:asked|urged|demanded|reads|read)(?=\s+that\b|\s*:)
        |(?:found|finds|calculated|calculates|concluded|concludes|discovered)(?=\s+that\b)
        |sought(?=\s+(?:a|an)\s+[\d\w-]*\d|\s+(?:a|an)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty)))\b""",
    re.VERBOSE,
)
VERB_CODES = {
    "told": "told", "tells": "told", "reported": "reported", "reports": "reported",
    "estimated": "estimated", "estimates": "estimated", "estimate": "estimated",
    "expects": "estimated", "expected": "estimated", "expect": "estimated", "forecast": "estimated",
    "forecasts": "estimated", "predicted": "estimated", "predicts": "estimated", "projected": "estimated",
    "put": "estimated", "puts": "estimated", "raised": "estimated", "revised": "estimated",
    "updated": "estimated", "lowered": "estimated", "issued": "reported", "released": "reported",
    "published": "reported", "envisages": "estimated", "envisaged": "estimated", "anticipates": "estimated",
    "anticipated": "estimated", "anticipate": "estimated", "sought": "estimated",
    "calculated": "estimated", "calculates": "estimated",
}  # fmt: skip
# "issued a statement saying …", "released its annual report on Monday": a body publishing what it says.
ISSUED_OBJECT = re.compile(
    r"\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}(?:statement|report|update|summary|bulletin|figures|data|estimate)s?\b"
)
# "raised the death toll to 17", "revised its full year 2011 revenue forecast": the body's own estimate.
REVISED_OBJECT = re.compile(
    r"\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:toll|count|tally)s?\b"
    r"|\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,4}(?:forecast|outlook|guidance|estimate|target|projection)s?"
    r"\s+(?:[\w-]+\s+){0,3}?(?:to|from|by)\s"  # "raised its forecast for 2025" names no figure
)
REDUCED_RELATIVE_AFTER = re.compile(r"\s*,\s*according\s+to\b|\s+by\s")
PUBLISHING_VERBS = frozenset({"issued", "released", "published"})
REVISING_VERBS = frozenset({"raised", "revised", "updated", "lowered"})
# "put" gives a figure only as "put the toll at …", "puts its losses at …".
PUT_OBJECT = re.compile(
    r"""\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}(?:toll|figure|number|count|cost|bill|damage|losses|total
        |tally|turnout|attendance|crowd|size|estimate|shortfall|share|rate|price|value|level|output|growth
        |deficit|debt|population|capacity)\b
      | \s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+\s+at\s+  # "put their deaths at 147"
        (?:[a-z]+\s+){0,2}[$€£¥\d]""",  # "at just 30,000", "at more than 200,000"
    re.VERBOSE,
)
# Verbs that are also nouns, and what shows that the words before them are a clause.
# "…, stated the NGO.", "…, reported the BBC": verbs a speaker may follow.
INVERTIBLE_VERBS = frozenset(
    ["said", "says", "told", "added", "stated", "reported", "announced", "confirmed", "noted", "wrote", "claimed"]
)
NOUN_LIKE_VERBS = frozenset(
    {"forecast", "forecasts", "estimate", "estimates", "reports", "claims", "claim", "put", "puts"}
)
VERB_AFTER_NOUN = re.compile(
    r"\s+(?:put|puts|show|shows|showed|suggest|suggests|suggested|indicate|indicated|were|was|are|is|have|has|had)\b"
)
ADJECTIVE_END = re.compile(r"[a-z](?:less|ful|ous|ive|ic|al|ary|ish|ual)$", re.IGNORECASE)
CLAUSE_INSIDE = re.compile(r"\s(?:its|their|his|her|our|the|a|an)\s")
COORDINATED = re.compile(r"\s(?:but|and|yet)$")
# ", and the governor said …", "; officials said …": a new clause opens before the speaker.
COORDINATING_BEFORE = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas|yet)|;)\s+$")
# "more than economists had expected": a comparison, not an attribution.
COMPARATIVE_BEFORE = re.compile(r"\b(?:than|as)\s+$")
COMPARATIVE_IN = re.compile(r"\bthan\s")
# ", saying …", ", adding that …": what follows is said by the sentence's subject.
# "adding" speaks only before a clause: "adding that …", "adding it would …", not "adding $277 billion".
SAYING = re.compile(
    r""",\s+(?:(?:saying|noting|warning|arguing|explaining|estimating|claiming|predicting)\b
        |adding\s+(?=(?:that|it|he|she|they|there|we|the|a)\b(?!\s+(?:\d|further|more|about|some|nearly)\b)))""",
    re.VERBOSE,
)
LEADING_SUBJECT = re.compile(
    r"""^(?P<who>(?:He|She|It|They)
          | The\s+(?:[a-z]+\s+){0,2}(?:ministry|government|company|agency|bank|army|police|military|council
            |commission|committee|department|office|union|court|parliament|board|regulator|airline|group|firm
            |authority|authorities|embassy|cabinet|administration|operator|utility|insurer|carrier|retailer)
          | (?:(?:The|A|An)\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.'’&-]*){0,5})
        (?=\s+[a-z])""",
    re.VERBOSE,
)
NOT_LEADING_SUBJECTS = frozenset(
    [
        "In",
        "On",
        "At",
        "After",
        "Before",
        "Last",
        "This",
        "That",
        "Meanwhile",
        "But",
        "And",
        "However",
        "Since",
        "When",
        "While",
        "As",
        "With",
        "For",
        "From",
        "During",
        "Earlier",
        "Later",
        "Separately",
        "Under",
        "Over",
        "About",
        "Some",
        "More",
        "Nearly",
        "Almost",
        "Around",
        "Only",
        "Also",
        "Then",
        "Now",
        "There",
        "Here",
        "Despite",
        "Although",
        "Though",
        "If",
        "Because",
        "Asked",
        "According",
        "Overall",
        "Elsewhere",
        "Still",
        "Yet",
        "Half",
        "Most",
        "All",
        "Many",
        "Few",
        "Several",
        "Both",
        "Each",
        "Every",
        "No",
        "None",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Up",
        "Upwards",
        "Fewer",
        "Less",
        "Roughly",
        "Approximately",
        "Just",
        "Exactly",
        "Well",
        "Close",
        "Among",
        "Including",
        "Even",
        "Like",
        "Unlike",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "My",
        "Your",
    ]
)
PARTICIPLE_OPENERS = frozenset(
    ["Excluding", "Including", "Following", "Citing", "Speaking", "Adding", "Using", "Assuming", "Counting",
     "Leaving", "Taking", "Given", "Barring", "Stripping", "Adjusting", "Judging", "Compared", "Based", "Looking"]
)  # fmt: skip
# "The WHO recorded …", "JPMorgan Chase posted a quarterly profit …": the body's own figures.
RECORDED = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|already)\s+)?(?:recorded|registered|logged|posted|booked)\b"
)
# Bodies that count and record, named after an opening phrase ("By midday authorities recorded …").
RECORDED_BY_BODY = re.compile(
    r"(?:^|,\s+|^(?:[\w'’-]+\s+){1,4}?)(?P<who>(?:the\s+)?(?:[a-z]+\s+)?(?:authorities|police|officials"
    r"|ministry|agency|government|army|military|coastguard|coast\s+guard|organi[sz]ers|hospitals?|health\s+workers"
    r"|board|commission|council|bureau|department|office|institute|regulator|service))" + RECORDED.pattern
)
# "lawmakers briefed by the spy agency", "analysts polled by Reuters": two links.
BRIEFED_BY = re.compile(r",?\s+(?:who\s+(?:were|was|had\s+been)\s+)?(?P<how>briefed|polled|surveyed)\s+by\s+")
AUDIENCE_AFTER_TOLD = re.compile(
    r"\s+(?!that\b)(?P<audience>(?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|news|"
    r"reporters|lawmakers|journalists|parliament|sister|network|agency|outlet|television|tv|radio|media"
    r"|newspaper|broadcaster)){0,4})"
)

VALID_LOWERCASE_START = re.compile(
    r"^(?:the|a|an|he|she|it|they|we|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"several|multiple|some|many|state|local|senior|[a-z]+s)\b"
)
APPOSITION = re.compile(r"^(?:an?|the|(?:also\s+|better\s+|formerly\s+)?known\s+as|called)\s")
RELATIVE = re.compile(r"^(?:who|which|whose|citing|quoting)\s")
FIGURE_IN_SUBJECT = re.compile(
    r"""%|\bper\s*cent\b|\bpercent\b|\d{3}|\d,\d|\b(?:thousands|millions|hundreds)\b
      | \b(?:half|third|thirds|quarter|quarters|fifth|fifths)\s+of\b
      | \b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|two|three|four
        |five|six|seven|eight|nine|ten)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# "the company said it expected …": a verb inside what someone else said.
REPORTED_INSIDE = re.compile(r"\b(?:said|says|told|tells)\b")
SAID_INSIDE = re.compile(r"^.*\b(?:said|says|reported|reports)\s+(?:that\s+)?")
PARTICIPLE = re.compile(r"^[a-z]+ing\s")
SPEAKER_NOUNS = frozenset(["police", "media", "military", "army", "government", "opposition", "staff"])
# Speech verbs that also take a plain object: they speak only before "that", a quote or a stop.
OBJECT_TAKING_VERBS = frozenset(
    [
        "added",
        "adds",
        "admitted",
        "admits",
        "acknowledged",
        "acknowledges",
        "conceded",
        "concedes",
        "argued",
        "argues",
        "insisted",
        "insists",
        # "stressed the need", "explained the plan", "mentioned 40 cases": speech only before a clause.
        "mentioned",
        "mentions",
        "emphasised",
        "emphasized",
        "emphasises",
        "emphasizes",
        "stressed",
        "stresses",
        "underlined",
        "underlines",
        "explained",
        "explains",
    ]
)
CLAUSE_OR_STOP_AFTER = re.compile(r"\s*(?:[,.;:'’\"”]|$|\s+that\b|\s+on\s+\w+day\b)")
# "Eduardo del Rosario", "Ursula von der Leyen": particles inside a name are lowercase.
NAME_ONLY = re.compile(
    r"^[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|de|del|della|da|das|dos|do|van|von|der|den|al|el|bin|ibn|la|le|di|du)\s+){0,3}"
    r"[A-Z][\w.'’-]*$|^[A-Z][\w.'’-]*$"
)
PARTICLE_NAME = re.compile(
    r"^[A-Z][\w.'’-]+\s+(?:de|del|della|da|das|dos|do|van|von|der|den|al|el|bin|ibn|la|le|di|du)\s+[A-Z]"
)
# "…, the executive director of the council (NDRRMC) said": an acronym glossing the name before it.
PAREN_GLOSS = re.compile(r"\s*\([^()]{1,40}\)\s*,?\s*$")
QUOTE_BEFORE = re.compile(r"""[,.!?]\s*['’"”]\s*$|['’"”],\s*$""")
NOT_SUBJECTS = frozenset({"it", "there", "this", "that", "what", "which", "who", "i", "you"})


def subject_before(sentence: str, verb_start: int, citations: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The speaker written before a speech verb, skipping appositions and "citing …".

    "X, an expert at Y, said" and "X, citing Y, said" give X; "…, said X" gives None
    (the speaker follows the verb).
    """
    end = verb_start
    need_skip = False
    gloss = PAREN_GLOSS.search(sentence, 0, verb_start) if ")" in sentence[verb_start - 4 : verb_start] else None
    if gloss:
        end = gloss.start()
        piece_start = chunk_start(sentence, end)
        start, stop = clean_name(sentence, piece_start, end)
        if piece_start > 0:
            named = _name_before_apposition(sentence, piece_start, sentence[start:stop])
            if named:
                return named  # "Eduardo del Rosario, the executive director of … (NDRRMC) said"
    for _ in range(4):
        piece_start = chunk_start(sentence, end)
        start, stop = clean_name(sentence, piece_start, end)
        text = sentence[start:stop]
        cited = any(s <= start and stop <= e for s, e in citations)
        if not text:
            if need_skip or piece_start == 0:
                return None
            need_skip = True
        elif NAME_ONLY.match(text) and piece_start > 0 and PLACE_RELATIVE.search(sentence, 0, piece_start):
            need_skip = True  # "The company, which is based in Waterloo, Ontario, said": Ontario ends the place
        elif cited or RELATIVE.match(text) or (need_skip and (APPOSITION.match(text) or PARTICIPLE.match(text))):
            need_skip = False
        elif need_skip:
            # "the city's mayor, Vitali Klitschko, said": the name is the speaker;
            # "Amina Diallo, head of the port authority, told …": the name before the apposition.
            return (start, stop) if NAME_ONLY.match(text) else _name_before_apposition(sentence, piece_start, text)
        elif ADVERB_CHUNK.match(text):
            need_skip = True  # "X, the spokesman, however said": the adverb stands between speaker and verb
        else:
            # "Police put the crowd at 4,000 while organisers claimed 30,000": the second clause's subject.
            turn = TURN_INSIDE.search(text)
            if turn:
                start = start + turn.end()
                text = sentence[start:stop]
            reported = SAID_INSIDE.search(text)
            if reported and len(text) - reported.end() > 3:
                # "Reuters said a report in a local paper, which gave no source, said …":
                # the inner speaker is the subject; `attribution` makes the outer one a relay.
                start = start + reported.end()
                text = sentence[start:stop]
            relayed = RELAYED_BY.match(text)
            if relayed:
                # "Statement relayed by the education ministry said": the ministry speaks.
                start = start + relayed.start("who")
                text = sentence[start:stop]
            pronoun = TRAILING_PRONOUN.search(text)
            if pronoun:
                # "But at a regular briefing he said", "In a statement it said": the pronoun speaks.
                return start + pronoun.start(1), stop
            named = OFFICE_THEN_NAME.match(text)
            if named and not set(named.group("name").lower().split()) & (
                ORGANISATION_WORDS | NOT_PERSON_WORDS | PERSON_TITLES
            ):
                # "The Acting spokesperson of the National Disaster … Agency Abdul Muhari said",
                # "Power and New and Renewable Energy R K Singh said": the person named after the office.
                start = start + named.start("name")
                text = sentence[start:stop]
            body = BODY_THEN_NAME.match(text)
            if body and body.group("noun") in BODY_HEADS:
                # "The United Nations children's agency UNICEF said": the name after the description.
                start = start + body.start("name")
                text = sentence[start:stop]
            return (start, stop) if _valid_subject(text) else None
        if piece_start == 0:
            return None
        end = piece_start - 1
    return None


TRAILING_PRONOUN = re.compile(
    r"^(?:at|in|on|during|after|before|by|from|with|speaking|asked)\b.*\s(he|she|they|it|we)$", re.I
)
# "the UN children's agency UNICEF", "the media regulator Ofcom": a description, then the name.
BODY_THEN_NAME = re.compile(r"^.*\s(?P<noun>[a-z]+)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})$")
BODY_HEADS = (
    ORGANISATION_WORDS | BODY_NOUNS | frozenset(["watchdog", "regulator", "body", "organisation", "organization"])
) - {"news", "media", "forces", "force"}
# An office or a body's name, then a person's name: the person speaks.
OFFICE_THEN_NAME = re.compile(
    r"""^.*\b(?:Agency|Ministry|Energy|Department|Office|Commission|Council|Authority|Service|Bureau|Police
        |Institute|University|Bank|Party|Board|Committee|Court|Affairs|Development|Health|Finance|Defen[cs]e
        |Interior|Justice|Education|Environment|Management|Mitigation|Power|Trade|Industry|Agriculture|Transport)
        \s+(?P<name>(?:[A-Z][a-z'’-]+|[A-Z]\.?)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.?)){1,3})$""",
    re.VERBOSE,
)
NOT_PERSON_WORDS = frozenset(["team", "research", "unit", "division", "desk", "centre", "center", "trust", "index"])
# ", which is based in Waterloo," or ", who lives in Seoul,": a place a country or region may follow.
PLACE_RELATIVE = re.compile(
    r",\s*(?:which|who)\s+[^,]{0,40}?\b(?:in|near|from)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w.-]*,\s*$"
)
TURN_INSIDE = re.compile(
    r"^(?:.*\s)?(?:while|whereas|but|though|although|[Ww]here|[Ww]hen|[Ii]f|[Bb]ecause|[Ss]ince|[Oo]nce|[Uu]nless)\s+(?=\S)"
)
RELAYED_BY = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:statement|report|message|post|letter|note|notice|release)\s+"
    r"(?:relayed|issued|released|published|sent|shared|posted|cited)\s+by\s+(?P<who>\S.*)$",
    re.IGNORECASE,
)
ADVERB_CHUNK = re.compile(r"^(?:however|also|meanwhile|further|though|too|separately|later|earlier)$", re.IGNORECASE)
APPOSITION_WORDS = re.compile(
    r"\b(?:chief|head|spokes(?:man|woman|person)|minister|director|governor|commander|officer|official|secretary"
    r"|chairman|chair|president|mayor|leader|member|founder|executive|analyst|economist|professor|of|in|for)\b"
    r"|['’]s\b",
    re.IGNORECASE,
)


def _name_before_apposition(sentence: str, piece_start: int, text: str) -> tuple[int, int] | None:
    """The name in "Name, <what they are>, said": only when the chunk describes a person or post."""
    if NAME_ONLY.match(text) or not APPOSITION_WORDS.search(text) or not sentence[:piece_start].endswith(","):
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
    return None


FINITE_VERB = re.compile(r"\s(?:was|were|is|are|has|have|had|will|would|could|should|did|does|do)\s")


def _valid_subject(text: str) -> bool:
    """Whether `text` can be the speaker of a speech verb ("the ministry", "analysts")."""
    words = text.split()
    if not words or len(words) > 12:
        return False
    first, last = words[0], words[-1].lower()
    if first.lower() in NOT_SUBJECTS and not (first.lower() == "it" and len(words) == 1):
        return False
    if re.search(r"\b(?:was|were|is|are|be|been|being)$", text):
        return False
    if FINITE_VERB.search(text) and not COORDINATED.search(text):
        # "his department was still working on a crowd estimate": a clause, not a speaker ("X does
        # not … but says" is read for its opening subject by `speech_clauses`).
        return False
    if FIGURE_IN_SUBJECT.search(text):
        return False  # "64% of adults say", "four in 10 voters say": the figure is the news, not a speaker
    if REPORTED_INSIDE.search(text):
        return False  # "the company said it expected": "said" already speaks
    if first[0].isupper() or VALID_LOWERCASE_START.match(first.lower()):
        return True
    if any(word[0].isupper() for word in words[1:]):
        return True  # "public broadcaster NHK"
    return last in SPEAKER_NOUNS or (last.endswith("s") and not last.endswith("ss"))


# A quotation: its words are what was said, never who said it ("'We have confirmed 6,000
# planets,' said Elena Marsh" is Elena Marsh's, not "We"'s).
QUOTATION = re.compile(r'"[^"]{3,}"|“[^”]{3,}”')
# "Americans reported losing $16.6 billion": an experience, not a report of it.
GERUND_AFTER = re.compile(r"\s+(?!(?:nothing|something|everything|morning|evening)\b)[a-z]+ing\b")


def speech_clauses(sentence: str, taken: list[tuple[int, int]]) -> list[SpeakerCue]:
    """Clauses built on a speech verb: "X said", "X told Y", "…, said X"."""
    found = []
    quoted = [match.span() for match in QUOTATION.finditer(sentence)] if '"' in sentence or "“" in sentence else []
    for match in SPEECH_VERB.finditer(sentence):
        verb_word = match.group("verb")
        if any(s < match.start() < e for s, e in quoted):
            continue
        if verb_word in ("reported", "reports") and GERUND_AFTER.match(sentence, match.end()):
            continue
        if verb_word == "reported" and REDUCED_RELATIVE_AFTER.match(sentence, match.end()):
            continue  # "the highest total reported, according to X": X speaks, the total does not
        if verb_word in OBJECT_TAKING_VERBS and not CLAUSE_OR_STOP_AFTER.match(sentence, match.end()):
            continue  # "employers added 147,000 jobs" adds jobs, "hospitals admitted 2,300 people"
        if verb_word in ("put", "puts") and not PUT_OBJECT.match(sentence, match.end()):
            continue  # "put pressure on", "put forward"
        if verb_word in REVISING_VERBS and not REVISED_OBJECT.match(sentence, match.end()):
            continue  # "raised the death toll to 17" estimates; "raised taxes" does not
        if verb_word in PUBLISHING_VERBS and not ISSUED_OBJECT.match(sentence, match.end()):
            continue  # "issued a statement saying"; "released 40 prisoners" is not a report
        if sentence.startswith(" by", match.end()):
            continue  # "expected by economists" is a passive: see `passive_agent_clauses`
        before = sentence[max(0, match.start() - 12) : match.start()]
        if re.search(
            r"\b(?:an?|the|its|their|his|her|our|was|were|is|are|been|be|\d[\d,]*)\s+$", before, re.IGNORECASE
        ):
            continue  # "an estimated 5,000", "it was reported", "300 reported cases", "its forecast"
        if any(s <= match.start() < e for s, e in taken):
            continue
        verb = VERB_CODES.get(verb_word, "said")
        subject = subject_before(sentence, match.start(), taken)
        if subject and COORDINATED.search(sentence, subject[0], subject[1]):
            # "The ministry does not distinguish … but says": the speaker opens the clause.
            leading = LEADING_SUBJECT.match(sentence[subject[0] : subject[1]])
            if not leading:
                continue
            subject = (subject[0], subject[0] + leading.end("who"))
        as_reported = (
            verb in ("said", "reported", "told") and sentence[: subject[0]].rstrip().endswith("as")
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
        if verb_word in NOUN_LIKE_VERBS and VERB_AFTER_NOUN.match(sentence, match.end()):
            continue  # "police estimates put the crowd at …", "official forecasts show": a noun, then its verb
        if subject and verb_word in NOUN_LIKE_VERBS and ADJECTIVE_END.search(sentence, subject[0], subject[1]):
            continue  # "Jobless claims rose", "Official forecasts show": an adjective before a noun
        if subject and verb_word in NOUN_LIKE_VERBS and CLAUSE_INSIDE.search(sentence, subject[0], subject[1]):
            continue  # "The ministry cut its growth forecast": a noun, after a clause
        end = match.end()
        if subject is None:
            if verb_word in INVERTIBLE_VERBS:
                found.extend(_inverted(sentence, match, verb))
            continue
        relay = None
        if verb == "told":
            audience = AUDIENCE_AFTER_TOLD.match(sentence, end)
            if audience:
                end = audience.end()
                # "officials told Reuters": the outlet they told is a relay of the chain.
                relay = outlet_audience(sentence, audience.start("audience"), audience.end("audience"))
        links = _briefed_split(sentence, subject[0], subject[1], verb)
        if relay:
            links = (relay, *links)
        clause_start = min(link.start for link in links)
        if QUOTE_BEFORE.search(sentence, 0, subject[0]):
            found.append(SpeakerCue(links, clause_start, end, False, True))
            continue
        forward = points_forward(sentence, end)
        opens = forward and bool(COORDINATING_BEFORE.search(sentence, 0, clause_start))
        found.append(SpeakerCue(links, clause_start, end, forward, opens_clause=opens))
    return found


def _inverted(sentence: str, match: re.Match, verb: str) -> list[SpeakerCue]:
    """ "…, said Fyodor Tertitskiy, an expert": a short name after the verb, then a stop."""
    if not re.search(r"[,\"”’'—]\s*$", sentence[: match.start()]):
        return []
    start, stop = name_after(sentence, match.end())
    name = sentence[start:stop]
    closes = re.match(r"\s*(?:[,.;!?]|$)", sentence[stop:])
    looks_like_name = name[:1].isupper() or name.startswith("the ")
    if not (name and closes and looks_like_name and len(name.split()) <= 8) or re.search(r"\d", name):
        return []
    quoted = bool(QUOTE_BEFORE.search(sentence, 0, match.start()))
    return [SpeakerCue((DraftLink(name, verb, start, stop),), match.start(), stop, False, quoted)]


def leading_subject(sentence: str) -> tuple[int, int] | None:
    """The span of the name or body that opens `sentence` ("Pfizer", "The ministry"), or None.

    A wire dateline before it is skipped ("TORONTO (AP) — The company …"), and so is a
    description before a name ("The BlackBerry maker Research in Motion posted …").
    """
    dateline = DATELINE.match(sentence)
    offset = dateline.end() if dateline else 0
    described = DESCRIBED_NAME.match(sentence, offset)
    if described:
        return described.span("name")
    subject = LEADING_SUBJECT.match(sentence[offset:])
    if not subject:
        return None
    who = subject.group("who")
    if who.split()[0] in NOT_LEADING_SUBJECTS or who in ("The", "A", "An"):
        return None
    if sentence.startswith(" et al", offset + subject.end("who")):
        return None  # "Pan et al reported": authors, not a body "the company" may go back to
    following = NEXT_WORD.match(sentence, offset + subject.end("who"))
    if following and following.group(1) in NOUN_HEADS:
        return None  # "A UN official, who …", "The Nordic airline": the name describes a noun
    if who in PARTICIPLE_OPENERS:
        return None  # "Excluding a tax benefit, …", "Following the vote …": a participle opens the sentence
    return offset + subject.start("who"), offset + subject.end("who")


NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
NOUN_HEADS = (
    PERSON_TITLES | BODY_NOUNS | ORGANISATION_WORDS
    | frozenset(["officials", "sources", "source", "people", "residents", "workers", "troops", "forces", "lawmakers",
                 "results", "data", "figures", "report", "survey", "poll", "study", "statistics", "estimates"])
)  # fmt: skip
# "TORONTO (AP) — ", "LAGOS, Nigeria (Reuters) - ": a wire's dateline.
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,\s+[A-Z][\w .]+)?(?:\s*\([\w .&-]+\))?\s*[—–-]{1,2}\s+")
# "The BlackBerry maker Research in Motion posted …": a common noun of a body, then its name.
DESCRIBED_NAME = re.compile(
    rf"""(?:The\s+|A\s+|An\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{"|".join(sorted(BODY_NOUNS))})\s+
        (?P<name>[A-Z][\w.&'’-]*(?:\s+(?:(?:of|in|and|for|de)\s+)?[A-Z][\w.&'’-]*){{0,4}})(?=\s+[a-z])""",
    re.VERBOSE,
)


def recording_clauses(sentence: str) -> list[SpeakerCue]:
    """ "The WHO recorded 2.7 million cases", "JPMorgan posted a profit of $14.6 billion".

    The body that opens the sentence and recorded or posted the figures gave them. The
    extractor uses this only when the sentence has no other attribution: in "Chicago
    recorded 573 homicides, the police chief said" the chief speaks.
    """
    subject = leading_subject(sentence)
    if not subject or not RECORDED.match(sentence, subject[1]):
        # "By midday authorities recorded 180,000 demonstrators": a body after an opening phrase.
        inner = RECORDED_BY_BODY.search(sentence)
        if not inner:
            return []
        subject = inner.span("who")
    start, end = subject
    link = DraftLink(sentence[start:end], "reported", start, end)
    return [SpeakerCue((link,), start, RECORDED.match(sentence, end).end(), True)]


def saying_clauses(sentence: str, clauses: list[SpeakerCue]) -> list[SpeakerCue]:
    """ "Pfizer raised its forecast, saying it expects 1.3 billion doses": the subject speaks."""
    found = []
    for match in SAYING.finditer(sentence):
        before = [clause for clause in clauses if clause.start < match.start()]
        if before and before[-1].closes_quote:
            # "'…,' Zelenskiy said, adding that Russia used 330 drones": the quote's speaker goes on.
            found.append(SpeakerCue(before[-1].links, match.start(), match.end(), True))
            continue
        if before:
            continue  # "X said …, adding …": X already speaks for the rest
        subject = leading_subject(sentence)
        if not subject:
            continue
        start, end = subject
        link = DraftLink(sentence[start:end], "said", start, end)
        found.append(SpeakerCue((link,), match.start(), match.end(), True))
    return found


def _briefed_split(sentence: str, start: int, end: int, verb: str) -> tuple[DraftLink, ...]:
    """ "lawmakers briefed by the spy agency" is two links: relay, then origin."""
    briefed = BRIEFED_BY.search(sentence, start, end)
    if not briefed:
        return (DraftLink(sentence[start:end], verb, start, end),)
    relay_start, relay_end = clean_name(sentence, start, briefed.start())
    origin_start, origin_end = clean_name(sentence, briefed.end(), end)
    if briefed.group("how") != "briefed":
        # "analysts polled by Reuters expect …": the pollster relays what the analysts said.
        return (
            DraftLink(sentence[origin_start:origin_end], "reported", origin_start, origin_end),
            DraftLink(sentence[relay_start:relay_end], verb, relay_start, relay_end),
        )
    return (
        DraftLink(sentence[relay_start:relay_end], verb, relay_start, relay_end),
        DraftLink(sentence[origin_start:origin_end], "briefed", origin_start, origin_end),
    )
