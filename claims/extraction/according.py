"""
Sources named by a phrase rather than a verb: "according to X", "as per X", "X, per Y data", "según el
INDEC", "Going by the latest estimates, …", and, in copy translated from French, Spanish or Italian,
"119,000 for the police".

Split out of `attribution`, which gathers every kind of clause of a sentence: this module only reads
where such a source's name ends (a participle, a publisher, a count, a pairing "and" end it) and
whether it sources the figure before it or what follows.
"""

import re

from .inversion import titled_past_gloss
from .media import medium_owner
from .spans import NP_END, DraftLink, SpeakerCue, clean_name, name_after, points_forward

__all__ = ["according_to_clauses", "for_counter_clauses"]

# "according to the fourth advance estimates of crop production released on Tuesday": what follows a
# participle says when or how the source came out; it is no part of its name.
PARTICIPLE_AFTER_NAME = re.compile(
    r",?\s+(?:based|drawing|drawn|relying)\s+(?:on|from)\b|,?\s+compiled\s+from\b"
    r"|,?\s+(?:released|published|issued|presented|unveiled|tabled)\s+(?:on|in|at|last|this|earlier|late|yesterday|today)\b"
)
# "according to the fourth advance estimates of crop production released by the farm ministry": the
# body that put the document out is the source (its title is no speaker: "crop production" is not one).
PUBLISHED_BY = re.compile(
    r",?\s+(?:released|published|issued|compiled|prepared|presented|put\s+out)"
    r"(?:\s+(?:on|last|this|earlier|late)\s+[A-Za-z]+)?\s+by\s+(?=(?:the\s+)?[A-Za-z])"
)
PUBLISHER_ENDS = re.compile(r"\s+(?:from|based\s+on|using|with|on\s+(?:the\s+)?basis)\b")
# "according to X", and Indian and wire English "as per X", ", per Commerce Department data"; in a Spanish,
# Portuguese, French or Italian quotation or record, "según el INDEC", "segundo o Estado Maior" (a name follows).
# "Going by the latest estimates, production is …": an opening "going by" is "according to"; so is "based on".
ACCORDING_TO = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Aa]s\s+per|(?:[Ss]egún|[Ss]egundo|[Ss]elon|[Ss]econdo|[Dd]e\s+acuerdo\s+(?:a|con))(?=\s+(?:el|la|los|las|o|a|os|as|le|les|l['’]|il|lo|gli|i)?\s*[A-Z])|(?<=,\s)per(?=\s+(?:the\s+)?[A-Z])|^Going\s+by(?=\s+(?:the|its|their|official)\s)"
    # "Based on the initial reports, Cordillera has …": an opening "based on" a report or data is "according to".
    # "Based on the Department of Health (DOH)-Epidemiology Bureau's monitoring, there are …": a body's watch too.
    r"|^Based\s+on(?=\s+(?:(?:the|its|their|official)\s+)?(?:[^,\s]+\s+){0,8}?(?:reports?|data|figures|estimates?"
    r"|surveys?|census|results|statistics|records|counts?|tally|tallies|assessments?|monitoring|surveillance)\b)"
    # "By the ministry's count, 28,985 people have died": a body's own count opening the sentence is its source.
    r"|^By(?=\s+(?:the\s+)?(?:[\w.&-]+\s+){0,5}?[\w.&-]+['’]s?\s+(?:own\s+|latest\s+|official\s+)?"
    r"(?:count|tally|estimates?|reckoning|calculations?|figures)\s*,))\s+"
)
COUNT_IN_NAME = re.compile(
    r"\s+(?:(?:only|just|about|some|nearly|almost|more\s+than|at\s+least)\s+)?"
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+s\b)"
)
# "According to the 2019-20 report, …", "according to its 2021 census": a year after a determiner dates
# the document and is part of its name, not a count that ends it.
DATED_DOCUMENT = re.compile(
    r"\b(?:the|its|their|his|her|a|an|this|last|latest)\s+(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?\s+[A-Za-z]"
)


def according_to_clauses(sentence: str) -> list[SpeakerCue]:
    """ "according to X", where X may own a medium ("according to a Reuters tally")."""
    found = []
    for match in ACCORDING_TO.finditer(sentence):
        # "according to a New York Times analysis of restrictions on …": read to the
        # end of the clause first, then find who owns the analysis.
        raw_end = NP_END.search(sentence, match.end())
        name_end = raw_end.start() if raw_end else len(sentence)
        publisher = PUBLISHED_BY.search(sentence, match.end(), name_end)
        released = PARTICIPLE_AFTER_NAME.search(sentence, match.end(), name_end)
        if released:
            name_end = released.start()  # "… estimates of crop production released on Tuesday"
        owner = medium_owner(sentence, match.end(), name_end) if publisher is None else None
        if publisher is not None:
            start, end = name_after(sentence, publisher.end())
            source_of = PUBLISHER_ENDS.search(sentence, start, end)  # "compiled by Reuters from hospital records"
            if source_of:
                start, end = clean_name(sentence, start, source_of.start())
        else:
            start, end = clean_name(sentence, *owner) if owner else name_after(sentence, match.end())
            if not owner:
                end = titled_past_gloss(sentence, end)  # "according to the Flood Board (FB) director Lina Moss"
        # "a tally by AFP based on official sources": a participle after the name is no part of it.
        participle = PARTICIPLE_AFTER_NAME.search(sentence, start, end)
        if participle and participle.start() > start:
            start, end = clean_name(sentence, start, participle.start())
        # "According to these results only four groups …": a speaker stops before a count.
        count = COUNT_IN_NAME.search(sentence, start, end)
        if count and DATED_DOCUMENT.match(sentence, _word_start(sentence, count.start())):
            count = COUNT_IN_NAME.search(sentence, count.end(), end)
        if count:
            start, end = clean_name(sentence, start, count.start())
            # "50,000 according to police and 200,000 according to organisers": "and" starts the next pair.
            conjunction = re.search(r"\s+(?:and|or|but|while|against)$", sentence[start:end])
            if conjunction:
                start, end = clean_name(sentence, start, start + conjunction.start())
        # "according to the prefecture, and “nearly 50,000”": a list read on stops before what it pairs with.
        dangling = re.search(r",\s+(?:and|or|but|while)$", sentence[start:end])
        if dangling:
            start, end = clean_name(sentence, start, start + dangling.start())
        if end > start:
            link = DraftLink(
                sentence[start:end], "according_to", start, end, report=owner is not None or publisher is not None
            )
            # A figure right before "according to" is what the source gives: the clause points back to it.
            # "2 million demonstrated, according to the CGT, and 570,000 for the ministry", "700,000, according
            # to the CGT (81,000, according to the prefecture)": a second count with its own source follows,
            # so this source gives the count before it.
            forward = (
                points_forward(sentence, end)
                and not FIGURE_RIGHT_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
                and not PAIRED_COUNT_AFTER.match(sentence, end)
            )
            # "… in four seats where the vote was put off as per court rulings.": the source
            # closes a relative clause and says why the vote was put off, not the figures before it.
            local = not forward and bool(
                RELATIVE_CLAUSE.search(sentence, max(0, match.start() - 200), match.start())
                or ESTIMATE_ASIDE.search(sentence, max(0, match.start() - 200), match.start())
            )
            found.append(SpeakerCue((link,), match.start(), end, forward, local=local))
    return found


def _word_start(sentence: str, pos: int) -> int:
    """Where the word before position `pos` starts."""
    return len(sentence[:pos].rstrip()) - len(sentence[:pos].rstrip().split()[-1]) if sentence[:pos].strip() else pos


# "…, 160,000 according to the unions" (a bare comma pairs them too), "… and “nearly 50,000 marchers”,
# according to the unions": the second count may be quoted and name what it counts.
PAIRED_COUNT_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*(?:,\s+|,?\s+(?:and|while|against|but)\s+|\(\s*)[“\"‘']?"
    r"(?:(?:about|some|nearly|only|just|around|almost|over|more\s+than)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+[a-z]+){0,2}[”\"’']?,?\s+(?:for|according\s+to)\s"
)
FIGURE_RIGHT_BEFORE = re.compile(r"\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|million|billion))?\s*$")
# A relative clause still open where a closing "according to" starts (no comma since its opener).
RELATIVE_CLAUSE = re.compile(r"\b(?:where|which|who|whom|whose)\s[^,;:]*$")
# "X earned 49 cents, beating the forecast of 46 cents, according to Y": a closing source after an
# aside that weighs the figure against a forecast gives the forecast only; the subject gives the rest.
ESTIMATE_ASIDE = re.compile(
    r",\s+(?:with\s+(?:the\s+|its\s+)?[\w-]+\s+)?(?:beating|missing|topping|exceeding|trailing|above|below|ahead\s+of|short\s+of|shy\s+of"
    r"|compared\s+(?:with|to)|versus|against)\s+[^,;:]*?\b(?:forecasts?|estimates?|expectations?|consensus"
    r"|projections?)\b[^,;:]*,?\s*$"
)


# "exceeded 1.5 million for the police, while for the organisers there were 3.6 million": in copy
# translated from French, Italian or Spanish, "for" a counting body is "according to" it.
FOR_COUNTER = re.compile(
    r"\b[Ff]or\s+(?P<who>(?:the\s+)?(?:police|organi[sz]ers|unions?|authorities|prefecture|[Ii]nterior\s+[Mm]inistry"
    r"|[Mm]inistry\s+of\s+(?:the\s+)?[Ii]nterior))(?=\s*[,.;]|\s*$|\s+there\s+(?:were|was|are)\b)"
)


def for_counter_clauses(sentence: str) -> list[SpeakerCue]:
    """ "… 119,000 for the police", "for the organisers there were 3.6 million"."""
    found = []
    for match in FOR_COUNTER.finditer(sentence):
        start, end = match.span("who")
        forward = bool(re.match(r"\s+there\b", sentence[end:]))
        link = DraftLink(sentence[start:end], "according_to", start, end)
        found.append(SpeakerCue((link,), match.start(), end, forward))
    return found
