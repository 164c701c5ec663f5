"""
What is *not* a figure claim, and why.

A number in news copy is a figure claim only when it counts something. These rules
refuse the rest; each returns a short reason (kept for tests and debugging) or None.

Decisions, applied in this order:

* **Dates, years and times** are never figures (`calendar`): "June 21", "21 June", "in
  February 2022", "from 2022 to 2024" (a period, not a range), "5 p.m.", "14:30", "the
  Iranian year of 1398".
* **Names, models and calibres**: digits glued to letters ("G7", "MH17") never match
  in `numbers`; here we refuse hyphenated models ("Kh-59", "F-16", "COVID-19"), a
  number right after a capitalised word ("Boeing 737", "Article 5"), a capitalised
  number word inside a sentence ("Group of Seven"), "No. 10", and calibres
  ("155 mm Howitzer", "155mm"), which are followed by a noun ("0.4 mm a year" and
  "250 mm of rain" are measures).
* **Number-word adjectives** ("12-day war", "20-year strategic partnership",
  "three-year war", "45-year-old") produce **nothing**, not a low-confidence
  candidate: they describe the noun, they do not count it, and an editor gains
  nothing from reviewing them.
* **Durations and periods**: a figure whose counted noun is a span of time ("more
  than three years ago", "within the next two months") is refused by the extractor
  via `units.is_time_unit`; rates ("170 sanctions a month") are not durations.
* **Pronoun-like uses**: "one" is a figure only with a hedge ("at least one
  soldier"), never in "one of …" or "in front of one coffin". A spelled-out number
  after a definite word ("the two leaders", "those three", "both") refers back to
  things already named, unless a plural noun follows and is counted ("the six host venues",
  "the two boards": `definites`). Spelled-out two or three with a relational noun ("two
  countries", "three sides") is refused too. Digits are kept ("Those 6,000 workers").
* **Periods of a whole**: "the first half of the year", "the final quarter of".
* (Denominators are figures: in "142 of the 300 seats" the 300 seats is a count the shared policy
  annotates, as every real-news annotator has; the sixth round stopped refusing them.)
* **Ages** (`ages`): "children under five", "aged 34, 41 and 52", "45 years old", "Smith, 45, said".
* **Kinds named by a number** (`denominations`, `exchange_rates`, `openings`): "the new GH¢100 and
  GH¢200 notes", "a three-bedroom house", "($1 = 0.3055 Kuwaiti dinars)", a list's "1." alone.
* **Conversions** are *not* refused (since issue 18, as the shared annotation policy
  says): "¥9.8 trillion ($62 billion)" gives two figures; `conversions.is_conversion()` lets the
  extractor give the bracketed one the hedge and speaker of the amount it converts.
* **Numbers that name, place or date** (ages after a name, phone numbers, addresses,
  scores, references such as "section 409", descriptors such as "12-day"): `noncounts`.
* **Adjacent numbers**: in "48 737 MAX jets" the 737 names the model.
* **Rankings**: "finished in the top four", "a top-five economy", "the top 10 list" (`rankings`:
  "the top five students" counts a group); "the top 20 percent of
  houses" is a share, and a grouped or scaled amount ("Grade D-1,16,262", "Venezuela 17
  thousand barrels", "2025 - 830 billion") is never a model, a name or a score.
* **Fractions and scores**: "1/2", "a 2-1 vote", "51-49" (a hyphenated pair whose
  second number is not larger is a score, not a range).
* **Source counts** inside an attribution ("citing six sources") are chain data; the
  extractor drops numbers inside attribution spans.
"""

import re

from .ages import is_age
from .calendar import (
    DAY_BRACKETED_BEFORE,
    DAY_LIST_AFTER,
    MONTH_AFTER,
    MONTH_BEFORE,
    MONTH_DAY_LIST_BEFORE,
    is_clock,
    is_year,
)
from .casualties import in_harm
from .currencies import CURRENCY_CODES, CURRENCY_SYMBOLS, currency_after
from .definites import counts_plural
from .denominations import names_a_kind
from .elisions import elided_count
from .exchange_rates import is_rate_base
from .label_lists import is_list_label
from .labels import label_rule
from .measures import is_poll_pair
from .noncounts import bare_number_rule, descriptor_count, spaced_time_descriptor
from .numbers import NumberToken
from .openings import is_item_number, opens_sentence
from .rankings import RANKING_BEFORE, counts_ranked_group
from .units import looks_plural

__all__ = ["why_not_a_figure", "is_relational", "is_year"]

# A calibre modifies the noun after it ("155 mm Howitzer shells"); a measure does not
# ("300 mm of rain", "0.4 millimetres a year", "rose 5 mm.").
CALIBRE_AFTER = re.compile(
    r"""^(?:\s?-?(?:mm|millimet(?:er|re)s?)|-?\s?(?:caliber|calibre|inch))\b
        (?=\s+(?!(?:a|an|per|of|in|to|on|at|from|by|for|and|or|each|every|over|since|this|last|during
        |across|overnight|than|more|less|higher|lower|above|below|was|were|is|are|fell|rose)\b)[A-Za-z])""",
    re.IGNORECASE | re.VERBOSE,
)
# "48 737 MAX jets": a number right after another is a model or a name, not a count.
NUMBER_BEFORE = re.compile(r"(?<![,.])\b\d+\s+$")
# "an 8.6-per-cent drop", "a 50-basis-point hike": a rate hyphenated as an adjective is still the rate.
ADJECTIVE_AFTER = re.compile(r"^-(?!odd\b|plus\b|per-cent\b|basis-points?\b)[A-Za-z]")
# "F-16", "Kh-59"; "a magnitude-6.8 quake" is a measure.
MODEL_BEFORE = re.compile(r"\b(?![Mm]agnitude-)[A-Za-z]+-$")
NUMBER_SIGN_BEFORE = re.compile(r"(?:\bNo\.?|\bnumber|\btype|#)\s*$", re.IGNORECASE)  # "type 2 diabetes": a class
CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)\b(?P<word>[A-Z][A-Za-z]+)\s+$")
DEFINITE_BEFORE = re.compile(
    r"\b(?:the|these|those|both|all|its|their|his|her|our|my|your|first|last|other|"
    r"latter|former|next)\s+$",
    re.IGNORECASE,
)
FRACTION = re.compile(r"^/\d")
# "around 6.05 a.m. Four passengers …": a full stop the sentence splitter kept (after an abbreviation) ends a
# sentence before a capitalised number word all the same.
STOP_BEFORE = re.compile(r"[.!?]\s+$")
SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
# "the 2017-’18 crop year": the end of a fiscal or crop year written with an apostrophe.
YEAR_END_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*['’]$")
ONE_OF_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)
ALL_THE_BEFORE = re.compile(r"\ball\s+the\s+$", re.IGNORECASE)
# "The other two men were caught at a toll plaza": the rest of a count, its noun named ("the other two are said
# to …" is counted by the gold too, but what it counts is too often a count further back to read).
THE_OTHER_BEFORE = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
WORD_AFTER = re.compile(r"^\s+([a-z]+)\b")


def _plural_after(after: str) -> bool:
    word = WORD_AFTER.match(after)
    return bool(word and looks_plural(word.group(1)))


# "All six had apologised": the shared policy's "all 29", a count of people or things named before.
ALL_BEFORE = re.compile(r"\ball\s+$", re.IGNORECASE)
# "the two regions with the largest populations", "the two main citizenships", "the two phases carried out
# in October": a pair the sentence defines is a count; "the two sides", "the two agencies said" name a pair.
DEFINED_PAIR_AFTER = re.compile(
    r"^\s+(?:(?:main|major|largest|biggest|leading|key|principal|remaining)\s+[a-z]+s\b"
    r"|[a-z]+s\s+(?:with|that|which|where|who)\s|[a-z]+s\s+[a-z]+ed\s+(?:out|in|on|by|at)\b)"
)
# "at least one of the 19 risk factors": a hedged "one of" counts.
HEDGED_ONE_BEFORE = re.compile(
    r"\b(?:at\s+least|more\s+than|fewer\s+than|less\s+than|exactly|up\s+to)\s+$", re.IGNORECASE
)
ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|latter|final|other|next|previous)\s+$", re.IGNORECASE)

# Capitalised words that may sit right before a number without naming it.
NOT_A_NAME = frozenset(
    [
        "Some",
        "About",
        "Around",
        "Roughly",
        "Nearly",
        "Almost",
        "Over",
        "Under",
        "More",
        "Fewer",
        "Less",
        "Up",
        "As",
        "At",
        "Approximately",
        "Just",
        "Only",
        "Another",
        "Those",
        "These",
        "The",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "And",
        "But",
        "In",
        "On",
        "Of",
        "For",
        "With",
        "By",
        "From",
        "To",
        "Since",
        "Between",
        "After",
        "Before",
        "During",
        "Until",
        "Exactly",
        "Precisely",
        "Still",
        "Yet",
        "Then",
        "Now",
        "Another",
        "Also",
        "All",
        "Both",
        "Some",
        "Each",
        "Every",
        "Of",
        "Than",
        # "MoD said on Tuesday 109 militants were killed": a day written before a count names no model.
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday"),
    ]
)

RELATIONAL_NOUNS = frozenset(
    [
        "leaders",
        "countries",
        "nations",
        "sides",
        "parties",
        "hands",
        "eyes",
        "presidents",
        "governments",
        "allies",
        "neighbours",
        "neighbors",
        "rivals",
        "powers",
        "superpowers",
        "halves",
        "ways",
        "parts",
        "partners",
        "camps",
        "sexes",
        "genders",
        "capitals",
    ]
)

DAY_OF_MONTH = re.compile(r"0?[1-9]|[12]\d|3[01]")


def why_not_a_figure(sentence: str, token: NumberToken) -> str | None:
    """The reason `token` in `sentence` is not a figure claim, or None if it may be."""
    before = sentence[max(0, token.start - 30) : token.start]
    after = sentence[token.end : token.end + 30]
    if is_year(sentence, token):
        return "year"
    if token.kind == "digits" and YEAR_END_BEFORE.search(before):
        return "year"
    if token.kind == "fraction" and ORDINAL_BEFORE.search(before):
        return "period of a whole"
    if is_age(sentence, token, before, after):
        return "age"
    if names_a_kind(token, before, after) or is_rate_base(token, before, after) or is_item_number(sentence, token):
        return "name or model"  # "GH¢100 notes", "a three-bedroom house", "($1 = 0.3055 dinars)", a list's "1."
    if token.kind == "words" and BIG_GROUP_BEFORE.search(before):
        return "name or model"  # "the big six suppliers", "the Big Four": a group's name, never a count in the gold
    if RANKING_BEFORE.search(before) and not PERCENT_AFTER.match(after) and not counts_ranked_group(token, after):
        return "ranking"  # "the top 10 clubs"; "the top 20 percent of houses" is a share
    if token.kind in ("digits", "words") and (MONTH_BEFORE.search(before) or MONTH_AFTER.match(after)):
        return "date"
    if token.kind == "digits" and DAY_LIST_AFTER.match(after):
        return "date"  # "on the 21 and 22 December"
    if DAY_OF_MONTH.fullmatch(token.text) and DAY_BRACKETED_BEFORE.search(before) and after.lstrip().startswith(")"):
        return "date"  # "29 yesterday (25)": the day of the month
    if token.kind == "digits" and is_clock(token.text, before, after):
        return "time"
    if CALIBRE_AFTER.match(after):
        return "calibre"
    if (ADJECTIVE_AFTER.match(after) or spaced_time_descriptor(after)) and not descriptor_count(after):
        return "number-word adjective"  # "a 10-year high", "a four year high"
    if (MODEL_BEFORE.search(before) and not _amount(token)) or NUMBER_SIGN_BEFORE.search(before):
        return "name or model"
    if token.kind == "digits" and is_list_label(sentence, token.start):
        return "part of a name"  # a list's label: "on counts 1, 3, 4 and 13", "Regions 2 (Cagayan Valley), 3 …"
    if token.kind == "digits" and NUMBER_BEFORE.search(before) and re.match(r"\s+[A-Z]", after):
        return "name or model"  # "48 737 MAX jets"
    if (FRACTION.match(after) or before.endswith("/")) and not is_poll_pair(sentence, token.start):
        return "fraction"
    if token.kind == "digits" and SCORE_BEFORE.search(before) and not _amount(token):
        return "score or range end"  # the "1" of "a 2-1 vote"; real ranges are read whole
    if (
        token.kind == "words"
        and token.text[0].isupper()
        and not opens_sentence(sentence, token)
        and not STOP_BEFORE.search(before)
        and not (SCALED_WORDS.search(token.text) and currency_after(sentence, token.end))
    ):
        return "name or model"
    name = CAPITALISED_BEFORE.search(before)
    if (
        name
        and name.group("word") not in NOT_A_NAME
        and token.kind == "digits"
        and not _amount(token)  # "and Venezuela 17 thousand barrels"
        and not _money_or_share(after, before)
        and not is_poll_pair(sentence, token.start)  # "Ortiz trails Lee 41/55"
        and not elided_count(sentence, token)
        and not POWER_AFTER.match(after)  # "Meghnaghat 584MW": a plant's capacity, not a model
        and not ("." in token.text and MEASURE_AFTER.match(after))  # "in Haryana 7.15 mt"
    ):
        if not opens_sentence(sentence, token, name.start()):
            return "name or model"
    if token.kind == "digits" and MONTH_DAY_LIST_BEFORE.search(before) and DAY_OF_MONTH.fullmatch(token.text):
        return "date"  # "Aug. 2 and 3"; "On January 2, 52 people died" and "Nov. 17 to 3,377" name no day
    if rule := bare_number_rule(sentence, token, before, after) or label_rule(token, before, after):
        return rule
    if token.kind == "words":
        if token.value == 1 and ONE_OF_AFTER.match(after) and not HEDGED_ONE_BEFORE.search(before):
            return "pronoun-like"
        if (
            DEFINITE_BEFORE.search(before)
            and not descriptor_count(after)
            and not counts_plural(token, before, after)
            and not in_harm(sentence, token.start, token.end)  # "killing the governor and his two bodyguards"
            and not ALL_THE_BEFORE.search(before)  # "All the ten accused were present"
            and not (THE_OTHER_BEFORE.search(before) and _plural_after(after))  # "The other two men were …"
            and not (token.value > 1 and ALL_BEFORE.search(before))
            and not (token.value == 2 and DEFINED_PAIR_AFTER.match(after))
        ):
            return "pronoun-like"
    return None


# "the country's big six suppliers", "the Big Four agenda": the name of a set of firms or aims.
BIG_GROUP_BEFORE = re.compile(r"\b[Bb]ig\s+$")
PERCENT_AFTER = re.compile(r"^\s?(?:%|per\s*cent\b|percent\b|pct\b)", re.IGNORECASE)
# A power or energy unit glued to the digits after a name ("Rupsha 880MW", "Hornsea 1.2GW"): a
# plant or a wind farm's capacity. Models carry no power unit glued to their number.
POWER_AFTER = re.compile(r"^(?:[kMGT]Wh?|[kMG]We)\b")
# A decimal amount of a measure written as an abbreviation after a place ("in Haryana 7.15 mt, in Madhya
# Pradesh 4.78 mt", "Sindh 12.5 km"): a list item's quantity. A version or model carries no such unit.
MEASURE_AFTER = re.compile(r"^\s?(?:mt|km|kg|bcm|mph)\b")
CURRENCY_WORD_BEFORE = re.compile(r"\b(?:(?P<code>[A-Z]{3})|Rs\.?|Rp|KSh)\s?$")

# "Seven hundred and eighty three billion Saudi Riyals": an amount spelt out in capitals, as a decree or a
# court order writes it, is money when a currency follows, never a name ("Seven Sisters").
SCALED_WORDS = re.compile(r"\s(?i:hundred|thousand|million|billion|trillion)\b")


def _amount(token: NumberToken) -> bool:
    """Whether digits are grouped or scaled ("1,16,262", "830 billion"), which no model number, name or score is:
    "Grade D-1,16,262", "in 2025 - 830 billion rubles"."""
    return "," in token.text or any(letter.isalpha() for letter in token.text)


def _money_or_share(after: str, before: str) -> bool:
    """ "EUR 310 million", "Rs 3 crore", "Kennedy 49%": a capitalised word before money or a
    percentage is a currency or a name with its share, never a model number."""
    currency = CURRENCY_WORD_BEFORE.search(before)
    # "GPA 5.00" is a grade: three capitals are money only when they are a currency's code.
    return bool(PERCENT_AFTER.match(after)) or bool(
        currency and (not currency.group("code") or currency.group("code") in CURRENCY_CODES | CURRENCY_SYMBOLS.keys())
    )


# "Two countries – Chile and Peru – cut tariffs", "three parties (A, B and C)": the members are named.
MEMBERS_AFTER = re.compile(r"\s*(?:[–—:(]|\s-\s)")


def is_relational(token: NumberToken, unit: str, sentence: str = "", noun_end: int = 0) -> bool:
    """Whether "two countries"-style wording names a pair or trio, not a count.

    A pair whose members the sentence goes on to name ("Two countries – Chile and Peru –")
    is counted.
    """
    if sentence and MEMBERS_AFTER.match(sentence, noun_end):
        return False
    return token.kind == "words" and token.value in (2, 3) and unit in RELATIONAL_NOUNS
