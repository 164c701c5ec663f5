"""
Who is written before a verb: the subject a speech verb speaks for.

`subject_before()` reads the speaker written before a verb of speech or estimate, skipping
what stands between them ("X, an expert at Y, said", "X, citing Y, said", "Name, head of
the council (NDRRMC), said") and refusing what cannot speak: a clause ("his department was
still working on a crowd estimate"), a share ("64% of adults say"), a fragment.
Who opens a sentence (`leading_subject()`) is `openers`.
"""

import re

from .acting_verbs import NOT_ISSUING
from .appositions import (
    NAME_ONLY,
    OPEN_APPOSITION_TITLE,
    glossed_subject,
    modified_head,
    name_before_apposition,
    named_after_post,
    opened_apposition,
)
from .spans import chunk_start, clean_name
from .speakers import BODY_NOUNS, ORGANISATION_WORDS, PERSON_TITLES
from .subject_checks import COORDINATED, SPEAKER_NOUNS, VALID_LOWERCASE_START, valid_subject
from .subject_padding import TIME_OPENING

__all__ = ["subject_before", "COORDINATED", "SPEAKER_NOUNS", "VALID_LOWERCASE_START"]

SAID_INSIDE = re.compile(r"^.*\b(?:said|says|reported|reports)\s+(?:that\s+)?")
APPOSITION = re.compile(r"^(?:an?|the|(?:also\s+|better\s+|formerly\s+)?known\s+as|called)\s")
# "the Civil Human Rights Front": an apposition that is a body's name, with its article.
NAMED_APPOSITION = re.compile(r"^the\s+[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|on|[A-Z][\w.'’&-]*))+$")
# "The march's organiser", "its organiser", "the main opposition group": a description, no name.
DESCRIPTION = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w'’-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*$"
)
OWN_SUBJECT_RELATIVE = re.compile(
    r"^(?:.*\s)?(?:which|that|whom)\s+(?P<who>(?!(?:is|was|are|were|has|had|have)\b)\S.*)$"
)
RELATIVE = re.compile(r"^(?:who|which|whose|citing|quoting)\s")
# "A group that has tracked the war", "an agency which monitors the border": a relative clause whose pronoun
# is its subject (an auxiliary or a verb with its object follows), inside the chunk, after the noun it hangs on.
RESTRICTIVE_RELATIVE = re.compile(
    r"^(?P<head>(?:(?!\b(?:that|which|who)\b)\S)+(?:\s+(?:(?!\b(?:that|which|who)\b)\S)+)*?)\s+(?:that|which|who)\s+"
    r"(?:(?:has|have|had|is|was|are|were)\s+(?:[a-z]+ly\s+)?[a-z]+|(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\s+(?:the|a|an|its|their|his|her|[A-Z])\S*)"
    r"(?:\s(?!.*\b(?:was|were|is|are|has|have|had|will|would|could)\b).*)?$"  # the clause ends at the verb
)
# "X, speaking at …, said"; "Electronic Arts, popularly called EA by gamers, raised …", "The ministry in its
# projection, released on Friday, said" ("released", once its time is cut): a participle phrase in apposition.
# "the department of San Marcos, bordering Mexico, …": a participle of place glosses the place before it
# and is never the speaker.
PLACE_ASIDE = re.compile(
    r"\s*(?:bordering|adjoining|neighbou?ring|overlooking|straddling)\s+(?:the\s+)?[A-Z][^,]*,?\s*$"
)
# "An officer and an official, both speaking on condition of anonymity, told": a word for how many of the
# speakers may open the participle.
PARTICIPLE = re.compile(
    r"^(?:(?:both|all|each)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ing|[a-z]{3,}ed|called|known|made|written|held|run|owned|led|seen)(?:\s|$)"
)
# "…, the executive director of the council (NDRRMC) said": an acronym glossing the name before it.
PAREN_GLOSS = re.compile(r"\s*\([^()]{1,40}\)\s*,?\s*$")


# "Ruven Menikdiwela, director of the UN High Commissioner for Refugees (UNHCR) office in New York,
# told …": a short bracket inside a phrase, read as blanks so that it does not split the phrase.
# A bracket with a figure in it, or one before "and", "but" …, is an aside that ends a phrase.
INNER_BRACKET = re.compile(r"\([^()\d]{1,40}\)(?=\s+(?!(?:and|or|but|while|as|with)\b)[a-z])")


def subject_before(sentence: str, verb_start: int, citations: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The speaker written before a speech verb, skipping appositions, glosses and "citing …".

    "X, an expert at Y, said", "X (a gloss), the Z, said" and "X, citing Y, said" give X; "…, said X" gives None
    (the speaker follows the verb). A bracket followed by more of its phrase ("the refugee agency (UNHCR)
    office in New York") is read as blanks; the span returned is the same in the sentence as written.
    """
    if sentence[verb_start - 1 : verb_start] == "-":
        return None  # "a better-than-expected 15%": the verb ends a compound adjective and has no subject
    if "(" in sentence[:verb_start]:
        sentence = (
            INNER_BRACKET.sub(lambda bracket: " " * len(bracket.group()), sentence[:verb_start]) + sentence[verb_start:]
        )
    aside = DASHED_ASIDE.search(sentence, 0, verb_start)
    if aside and QUOTE_MARK.search(aside.group()):
        # "Governor Jane Holt -- calling the storm "historic" -- told": a word quoted inside an aside in dashes
        # is part of the aside, no quotation that ends the speaker's chunk; its marks are read as blanks.
        sentence = sentence[: aside.start()] + QUOTE_MARK.sub(" ", aside.group()) + sentence[aside.end() :]
    found = _subject_before(sentence, verb_start, citations)
    if found is None:
        found = _before_relative(sentence, verb_start, citations)
    return found


# ", which ferries passengers, cars and freight between Ireland and Britain, said": a relative clause in commas,
# with a list inside, that closes right before the verb; its own subject is its pronoun.
LISTING_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?![^,]*\b(?:said|says|told|estimated|reported)\b)[^;:\"“”()]{3,200}?,\s*$"
)


def _before_relative(sentence: str, verb_start: int, citations: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The speaker before a relative clause whose commas (a list inside it) break the walk over chunks: "Acme,
    which makes bikes, scooters and prams, said" gives Acme; the speaker is read back from the clause's comma."""
    # the first ", which" whose clause runs to the verb: the whole clause, with its inner commas
    relative = next(LISTING_RELATIVE.finditer(sentence, 0, verb_start), None)
    if relative is None or relative.start() == 0 or relative.group().count(",") < 3:
        return None  # no clause, or one with no comma inside it: the walk over chunks has read it already
    if any(character.isdigit() for character in relative.group()):
        return None  # "The price, which accounts for 90 percent …, was $234,900 …, said X": figures, no gloss
    return _subject_before(sentence, relative.start(), citations)


# "…, called news organizations Saturday to say", "…, went on television to announce": a verb phrase whose infinitive
# is the verb of speech; it has no subject of its own in the chunk, so the speaker is written before its comma.
DEED_THEN_TO = re.compile(
    r"^(?:(?:also|later|then|[a-z]+ly)\s+)?(?:[a-z]{2,}ed|went|took|came|rang|wrote|spoke|got|made)\s(?:.*\s)?to$"
)
# An aside in dashes that closes right before the verb: " -- calling the storm "historic" -- ".
DASHED_ASIDE = re.compile(r"\s(?:--|[—–])\s(?:(?!\s(?:--|[—–])\s).){1,120}?\s(?:--|[—–])\s*$")
QUOTE_MARK = re.compile(r"[\"“”]")


def _subject_before(sentence: str, verb_start: int, citations: list[tuple[int, int]]) -> tuple[int, int] | None:
    end = verb_start
    need_skip = after_place = in_asides = False
    gloss = PAREN_GLOSS.search(sentence, 0, verb_start) if ")" in sentence[verb_start - 4 : verb_start] else None
    if gloss:
        end = gloss.start()
        piece_start = chunk_start(sentence, end)
        start, stop = clean_name(sentence, piece_start, end)
        if piece_start > 0:
            named = name_before_apposition(sentence, piece_start, sentence[start:stop])
            if named:
                return named  # "Eduardo del Rosario, the executive director of … (NDRRMC) said"
    for _ in range(6):
        piece_start = chunk_start(sentence, end)
        start, stop = clean_name(sentence, piece_start, end)
        text = sentence[start:stop]
        cited = any(s <= start and stop <= e for s, e in citations) or sentence[start - 1 : stop + 1] == f"({text})"
        if piece_start > 0 and sentence[:piece_start].endswith(",") and AGE_CHUNK.match(text):
            # "Mayor Ann Roe, 54, said": an age between commas glosses the name before it, never speaks.
            need_skip = True
        elif not need_skip and text and APPOSITION.match(text) and _age_before(sentence, piece_start):
            need_skip = True  # "John Smith, 61, a farmer in the valley, said": the gloss after the age
        elif PLACE_ASIDE.match(sentence, piece_start, end):
            need_skip = after_place = (
                True  # "Jane Doe, governor of Nord, bordering Ruritania, told": the place glosses Nord
            )
        elif not text:
            if need_skip or piece_start == 0:
                return None
            need_skip = True
        elif NAME_ONLY.match(text) and piece_start > 0 and PLACE_RELATIVE.search(sentence, 0, piece_start):
            need_skip = True  # "The company, which is based in Waterloo, Ontario, said": Ontario ends the place
        elif (need_skip or in_asides) and (ADVERB_CHUNK.match(text) or ASIDE_CHUNK.match(text) or ASIDE.match(text)):
            # "Organisers, however, said", "The ministry, in a statement, said": the speaker is before; so in
            # "Police, in a crackdown, on Thursday claimed" and "X, speaking, on the impact of the rain, told".
            need_skip, in_asides = False, True
        elif need_skip and named_after_post(sentence, piece_start, text):
            return start, stop  # "Current OPEC Chairman, the UAE Energy Minister Jane Doe, told": the person named
        elif need_skip and NAMED_APPOSITION.match(text) and piece_start > 0:
            # "The march's organiser, the Civil Rights Front, put …": the named body, not its description.
            before = piece_start - 1
            described = sentence[chunk_start(sentence, before) : before].strip()
            if DESCRIPTION.match(described):
                return start, stop
            need_skip = False
        elif (
            not need_skip
            and RESTRICTIVE_RELATIVE.match(text)
            and valid_subject(RESTRICTIVE_RELATIVE.match(text)["head"])
        ):
            # "A rights group that monitors the conflict said": the relative pronoun is its clause's subject, so
            # the noun it hangs on speaks, never the clause.
            return clean_name(sentence, start, start + RESTRICTIVE_RELATIVE.match(text).end("head"))
        elif not need_skip and OWN_SUBJECT_RELATIVE.match(text):
            # "The toll, which officials said could rise, …": the relative clause's own subject speaks,
            # never the noun it hangs on.
            inner = start + OWN_SUBJECT_RELATIVE.match(text).start("who")
            if len(sentence[inner:stop].split()) > 3 and piece_start > 0:
                # "The poll, which collates eight of the main indices also found": a relative clause left
                # open up to the verb says what the noun is; the noun it hangs on speaks, never the clause.
                antecedent_start, antecedent_stop = clean_name(
                    sentence, chunk_start(sentence, piece_start - 1), piece_start - 1
                )
                antecedent = sentence[antecedent_start:antecedent_stop]
                return (antecedent_start, antecedent_stop) if valid_subject(antecedent) else None
            return (inner, stop) if valid_subject(sentence[inner:stop]) else None
        elif (
            piece_start > 0
            and sentence[:piece_start].endswith(",")
            and APPOSITIVE_RELATIVE.match(text)
            and sentence[stop:verb_start].strip() == ","  # the apposition closes right before the verb
            and glossed_subject(sentence, piece_start)
        ):
            # "The Civil Defense, rescuers who work under the government, said": a description with its relative
            # clause glosses the speaker before it.
            return glossed_subject(sentence, piece_start)
        elif cited or RELATIVE.match(text) or (need_skip and (APPOSITION.match(text) or PARTICIPLE.match(text))):
            need_skip = False
        elif NAME_ONLY.match(text) and modified_head(sentence, piece_start):
            # "The results of the bank released on the Stock Exchange, NSE, indicated", "The minister who
            # spoke from Unity House, Lusaka said": the name glosses the place or body a modifier of the
            # subject ends on; the subject is the head before the modifier.
            return modified_head(sentence, piece_start)
        elif need_skip:
            # "the city's mayor, Vitali Klitschko, said": the name is the speaker;
            # "Amina Diallo, head of the port authority, told …": the name before the apposition.
            if NAME_ONLY.match(text):
                # "Ana Petrova, Deputy Prosecutor, said": a post in title case glosses the name before it
                posted = OPEN_APPOSITION_TITLE.search(text) and name_before_apposition(sentence, piece_start, text)
                return posted or (start, stop)
            named = name_before_apposition(sentence, piece_start, text)
            if named is None and after_place and valid_subject(text):
                return start, stop  # "The council of Vale, adjoining the Eastmark, said": the phrase before it
            return named
        elif piece_start > 0 and sentence[:piece_start].endswith(",") and DEED_THEN_TO.match(text):
            need_skip = True  # "X, a commander, telephoned Reuters to say": the verb phrase's subject is before it
        elif ADVERB_CHUNK.match(text):
            need_skip = True  # "X, the spokesman, however said": the adverb stands between speaker and verb
        else:
            # "Police put the crowd at 4,000 while organisers claimed 30,000": the second clause's subject.
            turn = TURN_INSIDE.search(text) or TIME_OPENING.match(text) or (piece_start == 0 and BULLET.match(text))
            # "Until March the agency counted", "• The ministry said": the subject after the opening
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
                start = start + relayed.start("who" if relayed.group("who") else "agent")
                text = sentence[start:stop]
            dashed = DASHED.search(text)
            if dashed:
                # "Governor Jane Holt -- calling the storm historic -- told": the aside in dashes closes before the
                # verb, the speaker is before it; "The rally was on May 4 -- police said": a clause after the dash.
                before = text[: dashed.start()].rstrip()
                if dashed.end() == len(text):
                    before = text[: DASH.search(text).start()].rstrip()
                    return (start, start + len(before)) if before and valid_subject(before) else None
                start = start + dashed.end()
                text = sentence[start:stop]
            opened = opened_apposition(sentence, piece_start, text)
            if opened:
                return opened  # "Narayan Das, Controller of Examinations told BSS that …": the person
            pronoun = TRAILING_PRONOUN.search(text)
            if pronoun:
                # "But at a regular briefing he said", "In a statement it said": the pronoun speaks.
                group = 1 if pronoun.group(1) else 2
                return start + pronoun.start(group), stop
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
            return (start, stop) if valid_subject(text) else None
        if piece_start == 0:
            return None
        end = piece_start - 1
    return None


# An age between commas after a name: "54", "aged 54", "54 years old".
AGE_CHUNK = re.compile(r"^(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?$")


def _age_before(sentence: str, piece_start: int) -> bool:
    """Whether the chunk before `piece_start` is an age glossing the name before it ("Jane Roe, 54, a nurse")."""
    if piece_start < 2 or not sentence[:piece_start].endswith(","):
        return False
    before = piece_start - 1
    opening = chunk_start(sentence, before)
    return opening > 0 and bool(AGE_CHUNK.match(sentence[opening:before].strip()))


APPOSITIVE_RELATIVE = re.compile(r"^(?:an?\s+|the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s+(?:who|which)\s+\S")
BULLET = re.compile(r"^[•·▪►*-]\s+(?=[A-Z])")
# A dash with spaces around it ("--", "—", "–"): the last one in a chunk, and the first.
DASHED = re.compile(r"\s(?:--|[—–])(?:\s+|$)(?!.*\s(?:--|[—–])(?:\s|$))")
DASH = re.compile(r"\s(?:--|[—–])(?:\s|$)")
TRAILING_PRONOUN = re.compile(
    r"^(?:at|in|on|during|after|before|by|from|with|speaking|asked)\b.*\s(he|she|they|it|we)$"
    # "… and last year they announced": a pronoun opening a coordinated clause speaks.
    r"|^.*\s(?:and|but)\s+(?:(?:last|this|next|that)\s+(?:year|month|week|season|quarter)\s+|later\s+|then\s+)?"
    r"(he|she|they|it|we)$",
    re.I,
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
# "The company, which is based in Waterloo, Ontario, said", "Camp Mystic, located along the river in Hunt,
# Texas, confirmed": the place's second name ends the apposition; the speaker is before it.
PLACE_RELATIVE = re.compile(
    r",\s*(?:(?:which|who)\s+|(?:located|based|headquartered|situated|nestled)\s+)[^,]{0,40}?\b(?:in|near|from|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w.-]*,\s*$"
)
TURN_INSIDE = re.compile(
    r"^(?:.*\s)?(?:while|whilst|whereas|but|though|although|[Ww]here|[Ww]hen|[Ii]f|[Bb]ecause|[Ss]ince|[Oo]nce|[Uu]nless|[Aa]fter|[Bb]efore|(?<!such\s)(?<!well\s)[Aa]s)\s+(?=\S)"
)
RELAYED_BY = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:statement|report|message|post|letter|note|notice|release)\s+"
    r"(?:relayed|issued|released|published|sent|shared|posted|cited)\s+by\s+(?P<who>\S.*)$"
    # "Data prepared by the Harbour Authority show", "Statistics put out by the board show": the body, not the
    # document and its participle, is who shows the figures.
    rf"|^(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:data|figures|statistics|numbers|results|estimates|surveys?|reports?|polls)\s+"
    rf"(?!{NOT_ISSUING})(?:[a-z]{{3,}}(?:ed|en)|put\s+out|made\s+public|given\s+out)\s+by\s+(?P<agent>(?:the\s+)?(?-i:[A-Z])\S.*)$",
    re.IGNORECASE,
)
ASIDE_CHUNK = re.compile(
    r"^(?:in|on|at|during|late|earlier|later)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:statement|interview|briefing|conference|report|post|letter|speech|filing|release|Twitter|X|Facebook"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|night|morning|evening|day)$"
)
# Any aside of a few words on where or how ("in a crackdown", "on the impact of the rainfall"), or a bare
# participle ("speaking"), between commas after the speaker.
ASIDE = re.compile(
    r"^(?:(?:in|on|during|amid|after|following)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w'’-]*"
    r"|speaking|addressing\s+(?:a|an|the)\s+[\w\s'’-]{1,30})$"
)
# "Frontex, the EU's border agency, yesterday reported": a word of time between the apposition and the verb.
# "Analysts, on average, had forecast …", "The unions, for their part, claimed …": a phrase of manner too.
ADVERB_CHUNK = re.compile(
    r"^(?:however|also|meanwhile|further|though|too|separately|later|earlier|yesterday|today|(?:on\s+)?\w+day"
    r"|on\s+average|in\s+(?:all|total|turn|contrast|response)|by\s+contrast|overall|instead|for\s+(?:its|their|his|her)\s+part)$",
    re.IGNORECASE,
)
