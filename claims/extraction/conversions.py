"""
Bracketed and dashed conversions: "¥9.8 trillion ($62 billion)", "300 mm (12 inches)", "40 degrees Celsius -
104 Fahrenheit -".

The shared annotation policy counts a conversion as a figure of its own that takes the hedge and the speaker of the
amount it converts, so `figures` asks `is_conversion()` before it gives the converted figure its own reading. The
conversion is recognised by what comes before it (a figure, then an opening bracket, a dash or a comma inside the
bracket) and by what it is written in (a currency sign or code, or a unit of measure).
"""

import re

from .numbers import NumberToken

__all__ = ["is_conversion"]

# "¥9.8 trillion ($62 billion)", "300 mm (12 inches)": a conversion of the figure before it.
CONVERSION_BEFORE = re.compile(
    r"""\d(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|tn|[mkb]))?(?:\s*[A-Za-z%°]+){0,2}\s*\(\s*
        (?:(?:about|around|roughly|some|nearly|almost|approximately|or|over|more\s+than|up\s+to|nearly)\s+)?
        (?:US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|[A-Z]{3}\s?)?$""",
    re.VERBOSE,
)
# "3.71 trillion yuan (531.77 billion dollars, 537.93 billion euros)": the second conversion of one bracket.
LISTED_CONVERSION_BEFORE = re.compile(
    r"\d[^()\d]{0,25}\(\s*[^()]{0,6}\d[\d.,]*[^(),\d]{0,30},\s*(?:[$€£¥]|[A-Z]{3}\s?)?$"
)
# "40 degrees Celsius - 104 Fahrenheit - in Spain": a conversion set off by dashes, as wires write it.
DASH_CONVERSION_BEFORE = re.compile(r"\d(?:\s*[A-Za-z%°]+){1,2}(?:\s+[-–—]|\s*—)\s*$")
CONVERTED_UNIT_AFTER = re.compile(
    r"""^(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|tn|[mkb]))?\s*(?:miles?|inch(?:es)?|feet|foot|ft
        |kilomet(?:re|er)s?|km|metres?|meters?|m|cm|mm|pounds?|lb|lbs|kg|kilograms?|tonnes?|tons?|acres?|hectares?
        |gallons?|litres?|liters?|°?[CF]|degrees|Fahrenheit|Celsius|mph|km/h|square\s+(?:miles|kilomet(?:re|er)s)
        |(?:U\.?S\.?\s+)?dollars|euros|yuan|yen|rubles|roubles|francs|rupees)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def is_conversion(sentence: str, token: NumberToken) -> bool:
    """Whether `token` is a bracketed conversion of the figure before it ("¥9.8 trillion ($62 billion)").

    The shared annotation policy counts conversions as figures of their own, with the
    hedge and the speaker of the amount they convert.
    """
    before = sentence[max(0, token.start - 30) : token.start]
    # "around 15 kilometres (nine miles)": a conversion may be written in words.
    if token.kind not in ("digits", "words"):
        return False
    if DASH_CONVERSION_BEFORE.search(before):
        return bool(CONVERTED_UNIT_AFTER.match(sentence[token.end : token.end + 30]))
    listed = LISTED_CONVERSION_BEFORE.search(sentence, max(0, token.start - 60), token.start)
    return bool(CONVERSION_BEFORE.search(before) or listed) and _converted(sentence, token)


def _converted(sentence: str, token: NumberToken) -> bool:
    """Whether the bracketed `token` restates the figure before it in other units."""
    before = sentence[max(0, token.start - 6) : token.start]
    return bool(re.search(r"[$€£¥₹]\s?$|\b(?:[A-Z]{3}|Rs\.?)\s?$", before)) or bool(
        CONVERTED_UNIT_AFTER.match(sentence[token.end : token.end + 30])
    )
