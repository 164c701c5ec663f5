"""
The verbs of a speaker's own act, for `acting`: what stands between a subject and its verb (`PADDING`), the
stems of verbs by which a body fixes a figure, changes it or posts it, and the objects that make a verb of
change a verb of fixing ("raised its target to", "lifted its dividend by"), or a count of deeds ("sold 26
million phones"). Split out of `acting`, which reads the sentence; this is only its vocabulary.
"""

import re

from .subject_padding import ADVERBS

__all__ = [
    "PADDING", "FIXING_STEMS", "REVISING_STEMS", "GROWING_STEMS", "PAYING_STEMS", "DIVIDEND_OBJECT", "RESULT_OBJECT",
    "TARGET_OBJECT", "COUNTED_DEEDS", "NOT_ISSUING", "OWN_RESULT", "FEE_OBJECT", "AMOUNT_NOUNS", "METHOD_STEMS", "COUNTING_STEMS", "PROMISING_STEMS", "stem_of",
]  # fmt: skip

# A document's participle that doubts, relays or handles figures another gave ("figures disputed by", "data
# obtained by"): its agent is not their source, as the agent of any other ("statistics put out by") is.
NOT_ISSUING = (
    r"(?:disput|reject|question|challeng|critici[sz]|denied|contest|doubt|dismiss|stolen|leak|obtain|seen|review|cit"
    r"|quot|hack|accessed|examin|analy[sz]|check|verifi|cover|based|backed|funded|commission)"
)
MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Padding between a subject and its verb: an aside in commas, a day, an adverb, auxiliaries.
PADDING = re.compile(
    rf"""(?:\s*,\s*(?:[^,]|,(?=\d{{3}})|,(?=\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*,))+?,)?                           # ", in a crackdown,", ", … 35,000 educators,", ", based in Austin, Texas,"
        (?:\s+(?:(?:earlier|later)\s+this|on|last|this|earlier|late)(?:\s+[A-Z]?[a-z]+)?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?)?(?=\s)|\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?(?=\s+[a-z])  # "on Wednesday", "Thursday afternoon"
          |\s+(?:yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?(?=\s))?  # "today tabled": the verb follows
        (?:\s+(?:also|now|already|still|then|later|earlier|recently|though|however|further|again|[a-z]+ly|{ADVERBS}))*
        (?:\s+(?:has|have|had|will|would|could|can|may|might|shall|should|must|did|does|do)(?:\s+not)?
          (?:\s+have(?=\s+[a-z]+ed\b))?)?                                           # "would have recorded"
        (?:\s+(?:also|now|already|still|then|further|again|earlier|later|recently|since|once|just|even|[a-z]+ly|{ADVERBS}))*
        (?:\s+(?:on\s+[A-Z][a-z]+day|(?:last|this|next)\s+(?:week|month|year)                 # "had last week attributed"
          |in\s+(?:(?:early|late|mid-?)\s*)?{MONTHS}(?:,?\s+(?:19|20)\d\d)?)(?=\s+[a-z]))?   # "had in late November, 2023 presented"
        (?:\s+(?:been|be|is|are|was|were)(?:\s+(?:also|now|still|further))?\s+(?:set|due|expected|poised|planning|going|about|able)\s+to)?
        (?:\s+(?:is|are|was|were|been|be)(?:\s+(?:also|now|still))?(?=\s+[a-z]+ing\b))?    # "are demanding", "will be issuing"
        \s+(?P<verb>[a-z]+)\b""",
    re.VERBOSE,
)
# Verbs by which a body fixes its own figure (the corpus conventions): it decides, plans, proposes or
# forecasts it, rules or sentences, posts its results, or designs its study. Deeds ("arrested 18",
# "cut 400 jobs", "opened 225 camps") are the outlet's report of what happened: they credit nobody.
FIXING_STEMS = frozenset(
    ["allocat", "approv", "count", "tall", "releas", "issu", "publish", "tabl", "present", "unveil", "budget", "earmark", "sanction",
     "propos", "request", "demand", "seek", "sought", "order", "sentenc", "fin", "impos", "award", "uphold",
     "upheld", "enhanc", "commut", "target", "aim", "plan", "hop", "expect", "project", "forecast", "estimat",
     "predict", "pledg", "promis", "commit", "announc", "declar", "confirm", "report", "repor", "post", "earn",
     "record", "register", "log", "book", "set", "fix", "peg", "cap", "offer", "bid", "agre", "decid", "vot",
     "revis", "conduct", "survey", "poll", "interview", "analys", "analyz", "studi", "exam", "review", "track",
     "assess", "rul", "recommend", "allot", "requir", "charg", "levi", "grant", "approp", "ask", "sought",
     "want", "put", "calculat", "quot", "bill", "authoris", "authoriz", "direct", "instruct", "mandat", "pass",
     "convict", "acquit", "allow", "provid", "suggest", "attribut", "describ", "list", "verifi"]
)  # fmt: skip
# "raised its long-term revenue growth target", "left its main interest rate unchanged at 6.75%", "kept its
# benchmark rate at 4%", "suspended both sentences": changing or keeping a figure fixes it only when the object
# is a target, a rate or a sentence.
REVISING_STEMS = frozenset(
    ["rais", "lower", "cut", "trim", "slash", "hik", "increas", "reduc", "left", "kept", "keep", "held", "hold",
     "maintain", "leav", "suspend", "narrow", "widen", "drop"]
)  # fmt: skip
# "narrowed its outlook to $92-$96 million", "widened its guidance range": a range tightened or loosened on the
# body's own forecast is revised like one raised or cut (only with a target object, as the others).
# "National Bank has lifted first-half cash earnings by 4.1 per cent", "BPI grew its net profit by 46.8 percent":
# a company that changes its own results posts them (the corpus conventions: it posts or earns results).
GROWING_STEMS = frozenset(["lift", "grew", "grow", "boost", "doubl", "tripl", "swell", "swollen"])
# "The lender will pay a fully franked dividend of 73 cents a share": a dividend paid is one declared.
PAYING_STEMS = frozenset(["pay", "pai", "spen"])  # "paid" stems to "pai"; "will spend" ("spen") is a budget
# "will pay an initial fee of €55m", "have agreed a deal worth £68m": a sum a body commits to is its own figure.
FEE_OBJECT = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:fee|deal|price|sum|compensation|bid|offer|package|settlement|transfer)s?"
    r"\s+(?:of|worth|for|totall?ing)\b"
)
DIVIDEND_OBJECT = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+(?:dividend|payout)s?\s+of\b")
RESULT_OBJECT = re.compile(
    r"(?:\s+(?:its|their|the))?(?:\s+[\w'’-]+){0,4}?\s+(?:profit|earnings|revenue|sales|turnover|income|dividend|payout"
    r"|ebitda|EBITDA|loan\s+book|deposits)s?\s+(?:by|to|from|for|during|in)\b"
)
# "declared an interim dividend of", "made $30 billion (£23.5 billion) in profit", "achieved a 4 per cent fall in
# operating costs": whatever the verb, a body's dividend, profit or cost change is a result it posts.
OWN_RESULT = re.compile(
    r"""(?:\s+[\w'’-]+){0,4}?\s+(?:dividend|payout)s?\s+of\b
      | \s+(?:a\s+)?(?:record\s+|net\s+)?[$€£¥]?\d[\d,.]*\s*(?:(?:million|billion|bn|m|crore|lakh)\b\s*)?
        (?:(?:dollars|euros|pounds|rupees|yuan|yen|riyals|pesos)\s+)?(?:\([^()]{1,30}\)\s+)?
        in\s+(?:net\s+|operating\s+|pre-tax\s+|quarterly\s+|annual\s+)?(?:profit|earnings|revenue|sales|income)s?\b
      | \s+(?:a|an)\s+\d[\d.]*\s*(?:%|per\s?cent\b|percent\b)\s+(?:fall|rise|increase|decrease|drop|jump|gain|decline
        |growth|reduction|cut)\s+in\s+(?:its\s+)?(?:[a-z-]+\s+)?(?:profit|earnings|revenue|sales|income|costs|expenses
        |margin|turnover)s?\b""",
    re.VERBOSE,
)
# "has increased the value of a confiscation order", "cut the sentence": a court changing its own ruling fixes it.
TARGET_OBJECT = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:target|goal|forecast|outlook|guidance|estimate|projection|price|tax|tariff|fee|levy|duty|surcharge|limit|cap"
    r"|ceiling|threshold|allocation|budget|(?:interest|policy|benchmark|repo|base|lending|key|short-term|overnight|deposit|borrowing)\s+rate"
    r"|(?:confiscation|compensation|forfeiture)\s+order|sentence|jail\s+term|prison\s+term|fine|penalty"
    r"|toll|death\s+count|tally)s?\b"
    # "is cutting $2.8 million from the allocation for audits": a sum taken off a budget changes the budget
    r"|\s+(?:[$€£¥₹₦]|(?:Rs|Sh|RM|N|R|P|US\$|A\$|C\$)\.?\s?)?\d[\d,.]*(?:\s+(?:million|billion|trillion|crore|lakh))?"
    r"\s+(?:from|off)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:allocation|budget|funding|spending)s?\b"
)  # "increased its estimated death toll to over 2,900": a body's own toll, changed, is a toll it gives
# "imposed thousands of fines", "approved over 90 new permits", "sold 26 million iPhones": a count of what the
# body did is the outlet's report of a deed, not a figure the body fixed.
COUNTED_DEEDS = re.compile(
    r"(?:\s*,[^,]{1,30},)?\s+(?:(?:about|some|over|more\s+than|nearly|almost|at\s+least|up\s+to|only|just|another"
    r"|a\s+further|a\s+total\s+of|an\s+estimated|around|roughly)\s+)*(?:\d[\d,.]*(?:\s+(?:million|billion|lakh|crore))?"
    r"|no|thousands|hundreds|dozens|[a-z]+teen|twenty|thirty|forty|fifty|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}[a-zA-Z-]+s\b(?!\s*(?:worth|of\s+(?:Rs|\$|€|£)))"
)
# Money and measures after the verb are the body's own amount, not a count of its deeds.
AMOUNT_NOUNS = frozenset(
    ["cents", "percent", "points", "dollars", "euros", "pounds", "rupees", "shillings", "naira", "yuan", "yen", "pesos",
     "francs", "rand", "tonnes", "tons", "barrels", "units", "megawatts", "hectares", "acres", "seats", "votes",
     # a currency's small coin or a plural written with "s" ("curtail the tariff by 28 paisas per unit")
     "paisas", "paise", "pence", "kobo", "cedis", "riyals", "dirhams", "dinars", "roubles", "rubles", "liras",
     "kronor", "kroner", "ringgit", "rupiah"]
)  # fmt: skip
METHOD_STEMS = frozenset(
    ["conduct", "survey", "poll", "interview", "analys", "analyz", "studi", "exam", "review", "track"]
)
# "sentenced five persons to 7 years", "has so far announced a total of 1,139": a count the verb gives out or
# sentences is the body's own, no deed; so is whom a court convicts ("convicted 51 supporters").
COUNTING_STEMS = frozenset(
    ["sentenc", "convict", "attribut", "announc", "report", "repor", "confirm", "declar", "estimat", "forecast", "predict", "project", "quot",
     "calculat", "list", "verifi"]
)  # fmt: skip
# "pledged 1.3 million jobs", "targets 2.5 million visitors", "plans 400 new homes": a count promised is no deed done.
PROMISING_STEMS = frozenset(["pledg", "promis", "target", "aim", "plan", "propos", "commit", "vow"])


def stem_of(verb: str) -> str:
    """ "allocated", "allocates", "allocate" → "allocat"; "proposed" → "propos"; "studies" → "studi"."""
    for ending in ("ied", "ies", "ing", "ed", "es", "e", "s", "d"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            stem = verb[: -len(ending)] + ("i" if ending in ("ied", "ies") else "")
            if ending in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
                return stem[:-1]  # "logged", "pegged", "capping", "committed": the consonant doubled
            return stem
    return verb
