"""
Which dollar a bare "$" is: the United States' unless the text (or its outlet) says otherwise.

"$" alone is read as USD by `currencies`. A paper of another dollar country writes its own
dollar bare and the American one "US$" ("stealing more than US$150 million ($216.7 million)"
in a New Zealand paper; "net income fell to $163.1 million" in a Canadian one). As the
annotators did, the text decides, the way `currencies.local_rupee()` reads "Rs":

* a bare "$" amount marked "(U.S.)" after it is American ("a $187.9-million (U.S.) profit");
* a bare "$" amount in brackets right after a "US$" amount converts it, so it is the dollar
  of the country the text or its outlet names ("The New Zealand Herald");
* any other bare "$" is local when one dollar country is named (in the text and the outlet's
  name) more often than the United States, and the text writes no prefixed local dollar
  ("A$", "C$") in its own prose: wire copy writes the local dollar so and keeps "$" for the American one.
  An outlet named for the dollar country counts once more (its masthead is its home).
  Wire agencies' own copy is never localised: a "SYDNEY (Reuters) - Gold rose $12" dateline
  names a city, not the dollar.

An American paper reporting a Canadian company's results names Canada once, as the company's
seat ("Ottawa, Ontario-based JDS Uniphase lost $997 million"; "based in Waterloo, Ontario"), and
the American market it trades on ("Wall Street expectations", "the regular close on Nasdaq"), not
the United States (unseen55, unseen62: 16 amounts the annotators read as USD). So an American
market names the United States, and a city with its province or state ("Waterloo, Ontario") is
one place named once.
"""

import re

from .currencies import most_named

__all__ = ["local_dollar", "localise_dollars"]

DOLLAR_COUNTRIES = (
    # The provinces and the national broadcasters name their country too: "CBC News", "CityNews" (Toronto's),
    # "9News", "RNZ", "1News" write their own dollar bare (unseen71, unseen77, unseen79).
    (
        "CAD",
        r"Canad(?:a|ian|ians)|Ottawa|Toronto|Montreal|Vancouver|Calgary|Alberta|Ontario|Quebec|Newfoundland"
        r"|Nova\s+Scotia|Manitoba|Saskatchewan|British\s+Columbia|CBC|CTV|CityNews",
    ),
    (
        "AUD",
        r"Australi(?:a|an|ans)|Sydney|Melbourne|Brisbane|Canberra|Adelaide|Queensland|New\s+South\s+Wales"
        r"|Tasmania(?:n|ns)?|Hobart|9\s?News|7\s?News|SBS",
    ),
    ("NZD", r"New\s+Zealand(?:ers?)?|NZ|Auckland|Christchurch|Kiwis?|RNZ|TVNZ|1\s?News|Newshub"),
    ("TWD", r"Taiwan(?:ese)?|Taipei"),
    ("TTD", r"Trinidad(?:ian)?|Tobago|T&T"),
    ("GYD", r"Guyan(?:a|ese)"),
    ("JMD", r"Jamaica(?:n|ns)?"),
    ("SGD", r"Singapore(?:an|ans)?"),
    ("HKD", r"Hong\s+Kong"),
    # The other dollars whose papers write them bare: Fiji's (unseen30, unseen45), and Namibia's, the Bahamas',
    # Barbados', Belize's, Brunei's and the Solomon Islands'.
    ("FJD", r"Fiji(?:an|ans)?|Suva"),
    ("NAD", r"Namibia(?:n|ns)?|Windhoek"),
    ("BSD", r"Bahamas|Bahamian(?:s)?|Nassau"),
    ("BBD", r"Barbados|Barbadian(?:s)?|Bajan(?:s)?"),
    ("BZD", r"Belize(?:an|ans)?"),
    ("BND", r"Brunei(?:an|ans)?"),
    ("SBD", r"Solomon\s+Islands?(?:ers)?|Honiara"),
    # Samoa's tala and the Cayman Islands' dollar, which their papers write "$" (unseen70, unseen72);
    # American Samoa's is the American dollar.
    ("WST", r"(?<!American\s)Samoa(?:n|ns)?|Apia"),
    ("KYD", r"Cayman(?:ian|ians)?"),
)
COUNTRY_PATTERNS = tuple((code, re.compile(rf"\b(?:{names})\b")) for code, names in DOLLAR_COUNTRIES)
# The states name their country as the provinces do (Georgia is a country too, and is left out).
STATES = (
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois"
    r"|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi"
    r"|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina"
    r"|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee"
    r"|Texas|Utah|Vermont|(?:West\s+)?Virginia|Wisconsin|Wyoming"
)
UNITED_STATES = re.compile(
    r"\bU\.S\.(?!\$)|\bUS(?!\$)\b|\bUnited\s+States\b|\bAmerica(?:n|ns)?\b|\bWashington\b"
    r"|\bWall\s+Street\b|\bNasdaq\b|\bNASDAQ\b|\bNYSE\b"
    rf"|\b(?:{STATES})\b",
)
# Copy datelined from an American state or the capital ("NEW YORK, N.Y. -", "WASHINGTON --") was filed in
# the United States: a Canadian site carrying it reports Twitter's results in American dollars (unseen92).
DATELINE = re.compile(r"\A\s*([A-Z][A-Z.' ]{2,40}?)\s*(?:,|\(|[-–—])")
AMERICAN_PLACE = re.compile(rf"(?:{STATES}|Washington)\Z")
# The provinces and states the countries above name: "Ottawa, Ontario" and "Waterloo, Ontario" each name one place.
PROVINCES = r"Ontario|Quebec|Alberta|Queensland|New\s+South\s+Wales"
CITY_OF_PROVINCE = re.compile(rf"\b(?!(?:{PROVINCES})\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+(?=(?:{PROVINCES})\b)")
# A local dollar written with its prefix ("A$1.2 billion", "NZ$40", "C$"): the wire convention.
PREFIXED_LOCAL = re.compile(r"(?<![A-Za-z])(?:A|AU|C|CA|NZ|NT|S|HK|T|TT|G|J)\$\s?\d|\$(?:AU?|CA?|NZ|HK|S)\s?\d")
# "US$150 million", and "$US2000" as Australian papers write it.
US_DOLLAR = re.compile(r"(?<![A-Za-z])(?:US|U\.S\.)\$\s?\d|\$US\s?\d")
WIRES = re.compile(r"\b(?:Reuters|Associated\s+Press|AP|AFP|Agence\s+France|Bloomberg|Dow\s+Jones)\b")
# "$US11.8 billion", "$C15": the country written after the sign, as Australian papers do, is no bare dollar.
BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$(?!(?:US|AU?|CA?|NZ|HK|S)\s?\d)")
# "US$150 million ($216.7 million)", "$US2000 ($2980)": the bracket converts the American amount.
AFTER_US_AMOUNT = re.compile(
    r"(?:(?:US|U\.S\.)\$|\$US)\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|b)\b)?\s*\(\s*$", re.IGNORECASE
)


# "a $187.9-million (U.S.) profit": Canadian and Australian papers mark an American amount after it.
US_MARK_AFTER = re.compile(r"\s*\((?:U\.S\.|US|U\.S\.\s+dollars|US\s+dollars)\)")


# A speaker's quoted words are no house style: "NZ$34.6 million" in a chairman's quotation, in copy that
# writes its own "$34.6 million" bare (unseen70).
QUOTATION = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def local_dollar(text: str, outlet: str | None = None) -> tuple[str | None, str | None]:
    """The dollar a bare "$" stands for in `text`, and the one a bracket after "US$" converts into.

    Each is a code, or None for the American dollar.
    """
    if "$" not in text:
        return None, None
    count, code = most_named(COUNTRY_PATTERNS, CITY_OF_PROVINCE.sub("", text), outlet)
    if not count:
        return None, None
    bracketed = code if US_DOLLAR.search(text) else None
    american = len(UNITED_STATES.findall(text))
    if _named_for(code, outlet):
        count += 1
    house_prose = QUOTATION.sub("", text)
    if count <= american or PREFIXED_LOCAL.search(house_prose) or WIRES.search(outlet or "") or _filed_in_us(text):
        return None, bracketed
    return code, bracketed


def _filed_in_us(text: str) -> bool:
    """Whether `text` opens with the dateline of an American state or of Washington."""
    dateline = DATELINE.match(text)
    return bool(dateline) and bool(AMERICAN_PLACE.match(dateline.group(1).title()))


def _named_for(code: str, outlet: str | None) -> bool:
    """Whether the outlet is named for the country of `code` ("The Australian Financial Review").

    Its masthead is its home: one "American" in its copy ("an American partner") does not make its "$"
    the American one (unseen70, and unseen4's bracket), as a tie of one name each would.
    """
    return any(code == named and pattern.search(outlet or "") for named, pattern in COUNTRY_PATTERNS)


def localise_dollars(unit: str, sentence: str, start: int, end: int, dollars: tuple[str | None, str | None]) -> str:
    """`unit` with USD made the text's own dollar where the amount at `start:end` of `sentence` is a bare "$"."""
    bare, bracketed = dollars
    if not unit.startswith("USD") or not BARE_DOLLAR.search(sentence[start:end]):
        return unit
    if US_MARK_AFTER.match(sentence, end):
        return unit  # "a $187.9-million (U.S.) profit" in a Toronto paper
    if bracketed and AFTER_US_AMOUNT.search(sentence, max(0, start - 40), start):
        return bracketed + unit[3:]
    return bare + unit[3:] if bare else unit
