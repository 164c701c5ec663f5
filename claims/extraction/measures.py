"""
What a number measures when it is not a count: a rate, a price, a percentage, a unit of measure.

* `read_rate()`: "a month", "per day", "daily" after a count ("12 sanctions a month");
* `read_price_per()`: "a barrel", "per share" after money;
* `read_percent()`: "%", "per cent", "percentage points", "pp"; bare "points" among percentages;
* `read_measure()`: abbreviations and symbols ("150 mph", "45°C", "12 km", "100 GigaWatts",
  "a 35 foot boat", "6.8 magnitude"). Spelled-out plurals ("metres", "tonnes") are counted
  nouns (`units`).
"""

import re
from decimal import Decimal

__all__ = [
    "read_rate",
    "read_price_per",
    "read_measure",
    "read_percent",
    "scaled_measure",
    "is_poll_pair",
    "percentage_named",
    "MEASURES",
]

# "a month earlier" and "a year ago" say when, not how often.
RATE = re.compile(
    r"""^\s+(?:(?:a|an|per|each|every)\s+(?P<period>day|week|month|year|hour|minute|night|quarter|decade)\b
        |per\s+(?P<second>second)\b)
        (?!\s+(?:earlier|ago|before|later|prior|after|from\s+now)\b)(?!\s+on\s+(?:a\s+)?(?:year|month|week)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# What a price is per: "$93.37 a barrel", "€2 per litre".
PRICE_PER = re.compile(
    r"""^\s+(?:a|an|per|each)\s+(?P<per>barrel|share|ounce|tonne|ton|gallon|litre|liter|kilo|kilogram|pound
        |bushel|megawatt[\s-]hour|kilowatt[\s-]hour|head|person|unit|dose|night|square\s+metre)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Units of measure written as abbreviations or symbols, and how they are stored.
# Spelled-out plurals ("metres", "acres", "tonnes") are read as counted nouns.
MEASURES = (
    (r"basis[\s-]points?|bps?", "basis points"),  # "a 50-basis-point hike"
    (r"bpd|b/d|barrels\s+(?:per|a)\s+day", "barrels per day"),  # "3.4m bpd": oil output
    (r"mph|miles\s+(?:per|an)\s+hour", "mph"),
    (r"km/h|kph|kmh|kilomet(?:re|er)s\s+(?:per|an)\s+hour", "km/h"),
    (r"(?:°|º|degrees?\s+)?(?:C|Celsius|centigrade)|degrees?\s+Celsius", "degrees celsius"),
    (r"(?:°|º|degrees?\s+)?(?:F|Fahrenheit)", "degrees fahrenheit"),
    (r"sq(?:uare)?\s+(?:km|kilomet(?:re|er)s)|km2|km²", "square kilometres"),
    (r"km", "kilometres"),
    (r"mm", "millimetres"),
    (r"cm", "centimetres"),
    # "258 kilogrammes": the British spelling is the same measure; "37.4 kgs of gold", "657.200kgs drugs": the
    # plural Indian and Nigerian papers write (unseen43, unseen63).
    (r"[Kk]gs?|kilos|kilogrammes?", "kilograms"),
    (r"ha", "hectares"),
    # Energy before power: "terawatt hours" is not a count of hours.
    (r"TWh|terawatt[\s-]hours?", "terawatt hours"),
    (r"GWh|gigawatt[\s-]hours?", "gigawatt hours"),
    (r"MWh|megawatt[\s-]hours?", "megawatt hours"),
    (r"kWh|kilowatt[\s-]hours?", "kilowatt hours"),
    # Indian papers write "630 mw" and "15,000 Mw" ("Mw" after a number below ten is a quake's magnitude).
    # "450 MWs", "411 Mega Watts": the plural and the split spelling Pakistani and Indian papers write.
    (r"MWs|MW|mw|Mw|[Mm]ega\s?[Ww]atts?", "megawatts"),
    (r"tonne", "tonnes"),  # "291.95 million tonne": the singular after a number ("tonnes" reads as a noun)
    # "283.46 lakh hectare", "66,667 hectare", "1.6 acre": the singular after a number, as Indian and Chinese
    # papers write it (unseen23, unseen28, unseen34, unseen37, unseen89); the plurals read as counted nouns.
    (r"hectare", "hectares"),
    (r"acre", "acres"),
    (r"quintal", "quintals"),  # "7,883 quintal of flattened rice": the singular, as Indian papers write it
    # Singulars and abbreviations as South Asian papers write them: "69,503 litre of liquor", "138 gm of
    # brown sugar", "42.203 carat of diamonds" (the plurals read as counted nouns).
    (r"litre|liter", "litres"),
    (r"gms?", "grams"),
    (r"carat", "carats"),
    (r"GWs|GW|[Gg]iga\s?[Ww]atts?", "gigawatts"),
    (r"TW|[Tt]era[Ww]atts?", "terawatts"),  # "the 1TW mark" of installed capacity, as "3GW"
    (r"ft|foot|feet", "feet"),
    (r"in(?=\))", "inches"),  # "an 18mm (0.7in) rise": "in" is inches only glued in a bracketed conversion
    (r"degree", "degrees"),  # "a 1.5 degree target" ("degrees" is a counted noun); Celsius is read above
    (r"magnitude", "magnitude"),  # "an earthquake of 6.8 magnitude"
    (r"pence|p(?=\s+(?:a|an|per)\s)", "pence"),  # "182.4p a litre"
    (r"bcm", "billion cubic metres"),
    (r"mt", "mt"),  # lower case only: "103.6 mt" of wheat (read by `scaled_measure`); "MT" is no unit here
    (r"ppm|parts\s+per\s+million", "ppm"),  # "421 parts per million" of carbon dioxide
    (r"ppb|parts\s+per\s+billion", "ppb"),
    (r":1(?![\d:]|[.,]\d)", "ratio"),  # "wins 2:1 among moderates", "a ratio of 30:1" (never a time: "10:15")
    (
        r"cubic\s+met(?:re|er)s|m3|m³",
        "cubic metres",
    ),  # "closed at 118.20 pence" (a price, like "cents", which reads as a plural noun)
)
MEASURE = re.compile(
    r"^(?:\s?|-(?=basis-))(?:"
    + "|".join(f"(?P<m{index}>{pattern})" for index, (pattern, _) in enumerate(MEASURES))
    + r")(?![\w/])"
)
RATE_ADVERB = re.compile(r"^\s+(?P<adverb>daily|weekly|monthly|annually|yearly|nightly)\b", re.IGNORECASE)
ADVERB_PERIODS = {
    "daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
    "yearly": "year", "nightly": "night",
}  # fmt: skip
PERCENT = re.compile(
    r"^(?:\s?%|(?:\s*|-(?=per-))(?:percent|per[\s-]cent|pct)\b(?P<points>\s+points?)?|\s+percentage\s+points?\b|\s?(?:pp|ppts?)\b"
    r"|\s?pct?\b|\s+(?:por\s+cien?to|pour\s+cent)\b)",  # "40pc of the vote": British and Irish papers' percent; "6.7pct": the wires'; "24.1percent"
    # "el 0,5 por ciento", "20 por cento", "12 pour cent": Spanish, Portuguese and French copy quoted whole
    re.IGNORECASE,
)
POINTS = re.compile(r"^\s+points?\b", re.IGNORECASE)
SMALL_NUMBER_BEFORE = re.compile(r"(?<![\d,.])(?:\d{1,2}(?:\.\d+)?|[a-z]+)$", re.IGNORECASE)  # up to 99
PERCENT_IN_TEXT = re.compile(r"%|\bper\s*cent\b|\bpercent", re.IGNORECASE)


def read_rate(text: str, end: int) -> tuple[str, int] | None:
    """A period after a counted noun ("a month", "per day", "annually") and its end."""
    match = RATE.match(text[end : end + 20])
    if match:
        return (match.group("period") or match.group("second")).lower(), end + match.end()
    match = RATE_ADVERB.match(text[end : end + 20])
    if match:
        return ADVERB_PERIODS[match.group("adverb").lower()], end + match.end()
    return None


def read_price_per(text: str, end: int) -> tuple[str, int] | None:
    """What a price is for ("a barrel", "per share") after an amount of money, and its end."""
    match = PRICE_PER.match(text[end : end + 30])
    if match:
        return " ".join(match.group("per").lower().replace("-", " ").split()), end + match.end()
    return None


# "shares fell 13p to 95.5p": pence glued to the amount (never "5p.m.", a time).
GLUED_PENCE = re.compile(r"p(?![\w/]|\.\w)")


def read_measure(text: str, end: int) -> tuple[str, int] | None:
    """A unit of measure after a number ("150 mph", "45°C", "12 km") and its end."""
    if end and text[end - 1 : end].isdigit() and GLUED_PENCE.match(text, end):
        return "pence", end + 1
    match = MEASURE.match(text[end : end + 40])
    if not match:
        return None
    # "45 C" needs the degree sign or the word; a bare capital after a space is a name.
    unit = MEASURES[int(match.lastgroup[1:])][1]
    written = match.group().strip()
    if unit.startswith("degrees ") and match.group().startswith(" ") and len(written) == 1:
        if not TEMPERATURE_NAMED.search(text, 0, end) or not TEMPERATURE_END.match(text, end + match.end()):
            return None  # "45 C" is Celsius only in a sentence of temperatures ("The temperature hit 37 C in Kamaishi")
    if written == "Mw" and MAGNITUDE_SIZED.search(text, 0, end):
        return None  # "a 6.1 Mw quake": a moment magnitude
    return unit, end + match.end()


# A sentence of temperatures, and what may follow a bare "C" that is Celsius: "The highest temperature of
# 37.2 C was recorded", "hit 37 C in Kamaishi" (never "Group C", "C-section", "C." of a name).
TEMPERATURE_NAMED = re.compile(r"\b(?:temperatures?|degrees|heat(?:wave)?|mercury|thermometers?)\b", re.IGNORECASE)
TEMPERATURE_END = re.compile(
    r"(?:\s+(?:in|on|at|was|were|is|and|or|by|from|to|with|as|while)\b|\s*[,;)]|\s*\.(?!\w)|\s*$)"
)
MAGNITUDE_SIZED = re.compile(r"(?<![\d,.])\d(?:\.\d+)?\s?$")  # a number below ten just before


# "9.5 mt of mustard": Indian business papers write million tonnes "mt", and a measure of a thousand or
# more ("5,000 mt of rice") is in metric tonnes.
MILLION_TONNES_BELOW = 1000


def scaled_measure(unit: str, value: Decimal) -> tuple[str, Decimal]:
    """The unit and value of a measure written with its scale ("103.6 mt": 103,600,000 tonnes)."""
    if unit != "mt":
        return unit, value
    return "tonnes", value * 1_000_000 if value < MILLION_TONNES_BELOW else value


def read_percent(text: str, end: int) -> tuple[str, int] | None:
    """ "%", "percent", "per cent" or "percentage points" after a number, and its end.

    Bare "points" count percentage points when the text gives percentages too and the
    number is below 100 ("Labour is on 34%, down three points"); elsewhere they are a
    score or index points ("the index rose 2%, adding 300 points").
    """
    match = PERCENT.match(text[end : end + 30])
    if not match:
        # "down three points" among percentages: points of a percentage.
        points = POINTS.match(text[end : end + 10])
        if points and PERCENT_IN_TEXT.search(text) and SMALL_NUMBER_BEFORE.search(text, 0, end):
            return "percentage points", end + points.end()
        return None
    # "1.1 pp", "2 ppts": percentage points abbreviated.
    points = "point" in match.group().lower() or match.group().strip().lower().startswith("pp")
    unit = "percentage points" if points else "percent"
    return unit, end + match.end()


# "the mayor is ahead 64/31", "Garcia leads 58/39": a poll's two shares, written as a pair that
# is no date ("9/11") and no round-the-clock "24/7": two-digit shares adding up to at most 100.
POLL_PAIR = re.compile(r"(?<![\d/.,])(?P<first>\d\d)/(?P<second>\d\d)(?![\d/]|\.\d)")
POLL_HINT = re.compile(
    r"\b(?:polls?|polling|surveys?|lead|leads|leading|ahead|votes?|voters|voting|trails?|trailing)\b"
)


def is_poll_pair(text: str, start: int) -> bool:
    """Whether the number at `start` is one share of a poll pair ("64/31") in a sentence about a vote."""
    match = POLL_PAIR.search(text, max(0, start - 3), start + 5)
    if not match or start not in (match.start("first"), match.start("second")):
        return False
    total = int(match.group("first")) + int(match.group("second"))
    return 50 <= total <= 100 and bool(POLL_HINT.search(text))


# "the overall pass percentage was 78.88, down from 82.80", "the percentage of girls who cleared the tests
# was 85.66": a bare number up to 100 after the sentence names a percentage is one, sign or no sign.
PERCENTAGE_NAMED = re.compile(r"\bpercentages?\b(?![^%]*(?:%|per\s?cent\b|percent\b))[^;]{0,120}$", re.IGNORECASE)


def percentage_named(sentence: str, start: int, value) -> bool:
    """Whether a bare number at `start` (of `value`) is a percentage the sentence named before it."""
    return 0 <= value <= 100 and bool(PERCENTAGE_NAMED.search(sentence, max(0, start - 130), start))
