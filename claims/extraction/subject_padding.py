"""
What stands around a sentence's subject and its verb: the padding `acting` reads past.

Newswriting pads the opening subject on every side, and each pad used to hide a subject the
extractor had a rule for: a dateline in any house style ("HONG KONG, April 29 (Reuters) - ",
"BENGALURU: ", "Beirut, Lebanon — "), an opening phrase ("Helped by a superior network, ",
"Including special items, "), a description of the body in a phrase after its head ("The special
court for CBI and ED cases in the city sentenced", "The maker of such products as A, B and C
earned"), a bracketed abbreviation and "here" ("A National Investigation Agency (NIA) court here
sentenced"), and an adverb of time that is no "-ly" word ("has so far announced"). This module
says where each pad ends, so that `acting` sees "<subject> <verb>" whatever the house style.
It also knows two verb shapes the padding hid: a result held ("P&G had net income of $1.46
billion", and a poll's "It has a margin of error of 3 points") and a clause of claim without its "that"
("The army alleges it has been fighting 30").
"""

import re

__all__ = [
    "opening_end", "modifier_ends", "ADVERBS", "CLAIM_VERBS", "RESULT_HELD", "CLAUSE_WITHOUT_THAT", "FIXING_OBJECT",
    "TIME_OPENING",
]  # fmt: skip

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August"
    r"|September|October|November|December"
)
# A dateline: a place in capitals (or a place in title case), an optional region and date after commas, an
# optional agency in brackets, then a dash or a colon; after an agency, the dash may be left out.
_DATE = rf"(?:(?:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))(?:,?\s+\d{{4}})?"
_AGENCY = r"\s*\([\w .&/-]{2,30}\)"
DATELINE = re.compile(
    rf"""^(?:
        [A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}                      # HONG KONG, BENGALURU
        (?:,\s+(?:{_DATE}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})){{0,3}}
        (?:{_AGENCY}(?:\s*(?:[—–-]{{1,2}}|:))?\s+|\s*(?:[—–-]{{1,2}}|:)\s+)
      | [A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,2}}                         # Beirut, Lebanon —; New Delhi:
        (?:,\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,2}})?
        (?:,\s+{_DATE})?
        (?:{_AGENCY}\.?\s*(?:[—–-]{{1,2}}|:)?\s+|\s?:\s+|\s+[—–]{{1,2}}\s+)       # "(EFE).- ", "New Delhi : "
      | \([A-Z][\w .&/-]{{1,30}}\)\s*[—–-]{{1,2}}\s+                         # (Reuters) -
      | {_DATE}{_AGENCY}\s*[—–-]{{1,2}}\s*                                  # July 18 (Reuters) - : no place
      | \d{{1,2}}[.:]\d\d\s?(?:am|pm|a\.m\.|p\.m\.)\s?:\s*                      # a live blog's "10.50am: "
    )(?=[A-Z“"‘'])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+[a-z])""",
    re.VERBOSE,
)  # "Ruritania's Central Bank (RCB) Thursday decided": a day then a verb shows a subject, no dateline, before it
# An opening phrase before the subject: an adjunct ("In March,", "Despite the floods,"), a participle
# ("Including special items,", "Helped by a superior network,", "Based on initial reports,").
OPENING = re.compile(
    r"""^(?:(?:In|On|At|During|For|Last|This|By|Earlier|Later|After|Before|Since|Until|Despite|Amid|Among|With
        |Without|Under|Unlike|Like|Compared|Across|Throughout|Within|From|Through|Thanks|Due|As|Apart|Besides
        |Overall|Separately|Meanwhile|Elsewhere|Also|Again|Instead|Indeed|Still|Yet|Now|Then|However|Against
        |Moreover|Furthermore|Further|Not\s+[a-z]+ing|Additionally|Likewise|Similarly|Nonetheless|Nevertheless|Accordingly|Consequently
        |Thus|Hence|Therefore|Between|Beyond|Over|Alongside
        |[A-Z][a-z]+ly|[A-Z][a-z]+ing(?!,)|[A-Z][a-z]+ed\s+(?:by|with|in|on|to|from|for|at|after|over)
        )\b(?:[^,;:"“”]|,(?=\d{3})){0,80},\s+  # "Burdened with the Rs34,022-crore …,"
        # "While funding for audits remains steady, the government is cutting …": a clause of concession or cause
        # before the main one, with no figure of its own (a figure in it would fall to the main clause's subject)
        |(?:While|Whilst|Although|Though|Whereas|Because)\s[^,;:"“”\d]{1,80},\s+)
        # "In its annual report, released on Monday, the IMF …": a participle or relative clause on its noun
        (?:(?:released|published|issued|presented|unveiled|tabled|which)\b[^,;:"“”]{1,60},\s+)?
        # "Similarly, in the 2024 fiscal year, the government …": a second opening phrase after the first
        # "Over the weekend, county fire officials …", "Thus, year-on-year NSSO …": a bare plural, or lowercase words
        # before a name, open a subject without its article (whether it names someone is the subject rules' to say)
        # "Instead, he conditionally discharged her …": a pronoun that names someone opens the subject too
        (?=[A-Z]|the\s|a\s|an\s|(?:he|she|we)\s|(?:in|on|at|during|for|after|before|since|amid|despite|under|by|last|this)\s
        |(?:[a-z][\w-]*\s+){1,2}(?:[a-z][\w-]*s\b|[A-Z])|[a-z][\w-]*s\s)""",
    re.VERBOSE,
)


BULLET = re.compile(r"[•·▪►*-]\s+(?=[A-Z“‘])")


def opening_end(sentence: str) -> int:
    """Where the subject may start: past a dateline and opening phrases ("HONG KONG, April 29 (Reuters) -
    Including special items, P&G …" → at "P&G"). 0 when nothing pads the start."""
    bullet = BULLET.match(sentence)  # "• The government will …": a listed item, only at the very start
    offset = bullet.end() if bullet else 0
    for _ in range(3):
        rest = sentence[offset:]
        if offset and rest[:1].islower():
            rest = rest[:1].upper() + rest[1:]  # the second of two opening phrases starts in lowercase
        found = DATELINE.match(rest) or OPENING.match(rest)
        if not found or found.end() == 0:
            break
        offset += found.end()
    return offset


# Between a subject's head and its verb: a bracketed abbreviation, a phrase that describes the head (a list
# in it may have commas: "as Pampers diapers, Tide detergent and Crest toothpaste"), "here" or "there".
MODIFIER = re.compile(
    r"""(?:\s*\([^()\d]{1,40}\))?
        (?:\s+(?:of|for|in|at|on|from|with|under|over|based\s+in|headed\s+by|led\s+by|set\s+up\s+(?:by|for|in))
           \s+[^;:"“”()\d]{1,110})?
        (?:\s*\([^()\d]{1,40}\))?
        (?:\s+(?:here|there|itself|themselves))?""",
    re.VERBOSE,
)
WORD = re.compile(r"\s+([a-z]+)\b|\s*,")  # a word the verb may be, or an aside in commas before it
# A finite verb that ends the subject whatever comes after ("The head of the ministry said"): no modifier
# reaches past it.
CLAUSE_VERBS = frozenset(
    ["said", "says", "told", "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can",
     "may", "might", "should", "must", "did", "does", "do", "which", "who", "that", "whose"]
)  # fmt: skip


def modifier_ends(sentence: str, end: int, limit: int = 130) -> list[int]:
    """Where a modifier of the subject ending at `end` may end: before each later word, in order, as long
    as the text between reads as a phrase describing the subject ("for CBI and ED cases in the city",
    "(NIA) … here"). The caller tries the verb at each."""
    ends = []
    for word in WORD.finditer(sentence, end, min(len(sentence), end + limit)):
        between = sentence[end : word.start()]
        if word.start() > end and MODIFIER.fullmatch(between):
            ends.append(word.start())
        if word.group(1) and word.group(1) in CLAUSE_VERBS:
            break
    return ends


# "P&G had net income of $1.46 billion", "The bank has total assets of": a result held is a result posted.
RESULT_HELD = re.compile(
    r"(?:\s+(?:also|[a-z]+ly))*\s+(?:had|has|have|saw|made)\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:income|profit|profits|loss|losses|revenue|revenues|sales|earnings|turnover|ebitda|EBITDA|assets|deposits)"
    r"\s+(?:of|at|totalling|totaling|worth)\s"
    # "The central bank has an inflation target of 3%": a body's own target or budget is a figure it fixed.
    r"|(?:\s+(?:also|[a-z]+ly))*\s+(?:had|has|have)\s+(?:a\s+|an\s+|its\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:target|budget|goal|forecast|guidance|ceiling|cap)\s+(?:of|at)\s"
    # "The lender saw its net profit jump 28 percent": a company's own results, whatever they did.
    r"|(?:\s+(?:also|[a-z]+ly))*\s+(?:saw|sees|see)\s+its\s+(?:[\w-]+\s+){0,2}?"
    r"(?:income|profit|profits|loss|losses|revenue|revenues|sales|earnings|turnover|ebitda|EBITDA|assets|deposits)"
    r"\s+[a-z]+\b"
    # "It has a margin of error of 3 points", "It has a plus or minus 2.8% error margin": a poll's own precision
    r"|(?:\s+(?:also|[a-z]+ly))*\s+(?:had|has|have)\s+(?=(?:a|an)\s+(?:[^.;]|\.(?=\d)){0,60}?(?:margins?\s+of\s+(?:sampling\s+)?error"
    r"|error\s+margins?)\b)"
)
# "The army alleges it has been fighting 30 to 40 militants", "The ministry believes they were …": a verb of
# claim whose clause drops "that", known by the pronoun and auxiliary that open the clause.
CLAIM_VERBS = frozenset(
    ["alleges", "alleged", "claims", "claimed", "believes", "believed", "maintains", "maintained", "insists",
     "insisted", "contends", "contended", "estimates", "estimated", "reckons", "reckoned", "thinks", "thought",
     "argues", "argued", "asserts", "asserted", "admits", "admitted", "acknowledges", "acknowledged", "denies",
     "expects", "expected", "fears", "feared", "suspects", "suspected", "projects", "projected", "forecasts",
     "predicts", "predicted", "warns", "warned", "concedes", "conceded", "stated", "states", "noted", "notes",
     "found", "concluded", "concludes"]
)  # fmt: skip
CLAUSE_WITHOUT_THAT = re.compile(
    r"\s+(?:it|he|she|they|we|there|its\s+[a-z]+|their\s+[a-z]+)\s+(?:has|have|had|is|are|was|were|will|would|could"
    r"|may|might|had|has)\b"
    # "The U.N. found global emissions need to fall 42 percent": a finding's clause, its subject a short noun phrase
    # "A poll of polls has concluded average house prices rose 0.4%": a conclusion's clause likewise
    r"|(?:(?<=\bfound)|(?<=\bconcluded)|(?<=\bconcludes))\s+(?:[\w'’-]+\s+){1,3}?(?:need|needs|must|will|would|could"
    r"|should|has|have|had|is|are|was|were|rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased)\b"
)
# Adverbs of time and manner that are no "-ly" word ("has so far announced", "on average forecast"), as an
# alternation for a pattern of padding before a verb.
ADVERBS = (
    r"so\s+far|thus\s+far|until\s+now|to\s+date|on\s+average|in\s+total|in\s+all|once\s+again|yet\s+again|here|there"
    r"|together|jointly|too|first|in\s+turn|meanwhile|likewise|separately"
)
# "The court then made a confiscation order of £1", "handed each a two-year prison sentence": a light verb whose
# object is a figure the subject fixes (an order, an offer, a sentence, a fine, an award). Up to ten words name
# whom it is given to ("handed former minister A and businessman B each a two-year prison sentence").
FIXING_OBJECT = re.compile(
    r"(?:\s+(?:also|then|now|[a-z]+ly))*\s+(?:made|makes|make|gave|gives|handed|hands|issued|issues|passed|passes"
    r"|slapped|slaps)\s+(?:[\w'’-]+\s+){0,10}?(?:a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:order|offer|award|sentence"
    r"|fine|penalty|bid|grant|allocation|compensation|jail\s+term|prison\s+term)s?\b"
    # "has made provision of Rs 2,255 crore for …": a budget's provision needs no article
    r"|(?:\s+(?:also|then|now|[a-z]+ly))*\s+(?:made|makes|make)\s+(?:[\w-]+\s+)?(?:provision|allocation)s?\s+(?:of|for)\b"
)


# "Until March the agency counted …", "By 2030 the government plans …": a short phrase of time with no comma.
TIME_OPENING = re.compile(
    r"(?:Until|Till|Since|By|In|On|Before|After|Through|Throughout|Last|This)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|now|then|today|yesterday|(?:19|20)\d\d|last\s+(?:week|month|year)"
    r"|(?:this|last)\s+(?:week|month|year)|week|month|year)\s+(?=(?:the|a|an)\s+[a-z]|[A-Z][a-z])"
    # "A year ago the Ohio-based retailer earned …": how long before, with no comma after it
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Ten|Twelve)\s+(?:years?|months?|weeks?|decades?)\s+(?:ago|earlier)"
    r"\s+(?=(?:the|a|an)\s+[A-Za-z]|[A-Z][a-z])"
)
