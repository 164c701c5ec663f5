"""
Money written around a number: currency signs, ISO codes and currency names, read as ISO codes.

`currency_before()` reads "$", "US$", "€", "CHF" and the like just before an amount;
`currency_after()` reads "dollars", "US dollars", "Swiss francs", "lei" or a code just after
it. `CURRENCY_CODES` is every code either can return: the domain takes it as the set of
units whose figures may be negative (a loss), so an amount the extractor suggests is never
refused for its sign (`claims.figures.SIGNED_UNITS`).
"""

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "CURRENCY_CODES", "CURRENCY_NAMES", "CURRENCY_SYMBOLS", "CurrencyMatch", "GLUED_CURRENCY", "ISO_CODES", "currency_after",
    "currency_before", "kobo_amount", "local_rupee", "local_shilling", "localise_rupees", "localise_shillings",
]  # fmt: skip

CURRENCY_SYMBOLS = {
    "US$": "USD", "$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₩": "KRW", "₽": "RUB", "₴": "UAH", "₹": "INR", "₦": "NGN", "Rs.": "INR", "Rs": "INR",
    "Rp": "IDR", "Rp.": "IDR", "KSh": "KES", "N": "NGN", "R": "ZAR", "NT$": "TWD", "MX$": "MXN", "CA$": "CAD", "AU$": "AUD",
    "GH₵": "GHS", "₵": "GHS", "GH¢": "GHS", "GHȼ": "GHS", "₱": "PHP", "₺": "TRY", "₪": "ILS", "฿": "THB", "₫": "VND", "৳": "BDT", "Tk": "BDT",
    "Tk.": "BDT", "Taka": "BDT", "RMB": "CNY", "NIS": "ILS", "Dhs": "AED", "Dh": "AED",
    # As Malaysian and Kenyan papers write them: "RM1.72 million", "Ksh 525B", "KShs 2bn".
    "RM": "MYR", "Ksh": "KES", "Kshs": "KES", "KShs": "KES", "Ksh.": "KES",
    # East African shillings: "Sh13 billion" and "Shs 2bn" bare (the text's own country's, see
    # `local_shilling`), "TSh"/"Tsh" Tanzania's, "USh"/"Ush" Uganda's.
    "Sh": "KES", "Shs": "KES", "Sh.": "KES", "TSh": "TZS", "Tsh": "TZS", "TShs": "TZS", "Tshs": "TZS",
    "USh": "UGX", "Ush": "UGX", "UShs": "UGX", "Ushs": "UGX",
    # Other countries' dollars, prefixed: "T$104.4 billion" (Taiwan), "TT$5 million", "G$3 billion", "J$".
    "T$": "TWD", "TT$": "TTD", "G$": "GYD", "J$": "JMD",
    "FJ$": "FJD", "N$": "NAD", "BDS$": "BBD", "BZ$": "BZD", "SI$": "SBD",  # bare, each country's own (`dollars`)
    # The country after the sign, as Australian papers write it: "$US11.8 billion", "$C15 a tonne", "$A2".
    "$US": "USD", "$A": "AUD", "$C": "CAD", "$NZ": "NZD", "$AU": "AUD", "$CA": "CAD", "$HK": "HKD", "$S": "SGD",
    "Kes": "KES",  # Kenyan papers: "Kes12.6 billion", "Kes 7.2 billion"
    "P": "PHP",  # Philippine papers: "P2,661,100", "P164 million" (glued and scaled only, as N and R)
    "K": "PGK",  # Papua New Guinea's kina: "K8.4 billion", "K45 million" (glued and scaled only, as N and R)
    "SR": "SAR",  # Saudi papers: "SR783,000,000,000", "SR2.5 billion" (glued and scaled only)
    # Indian papers set the rupee sign in a font that maps it onto the grave accent: "a fine of `2 lakhs".
    "`": "INR",
    # HTML entities left in scraped copy: "&pound194,454", "&euro;12 million".
    "&pound;": "GBP", "&pound": "GBP", "&euro;": "EUR", "&euro": "EUR", "&yen;": "JPY", "&yen": "JPY",
    "KD": "KWD",  # Kuwaiti papers: "KD 7.773 billion", "KD3 million"
    "VNĐ": "VND",  # Vietnamese papers: "VNĐ165.7 trillion" (the dong's own letter)
    "euro": "EUR",  # wire style: "operating EPS of euro 1.60", "euro 170 million"
}  # fmt: skip
# Currency signs and codes written glued to the digits: "CHF2.4bn", "N21.8Trn", "R45 million", "Rs.5 crore"
# (look-behinds `numbers.DIGITS` lets an amount start after).
GLUED_CURRENCY = (
    r"(?<=\b(?:CHF|EUR|USD|GBP|INR|NGN|ZAR|JPY|CNY|HUF|RUB|PKR|KES|AUD|CAD|SEK|NOK|DKK|PLN|TRY|BRL|MXN"
    r"|PHP|MYR|BDT|IDR|EGP|GHS|THB|VND|SAR|AED|HKD|SGD|NZD|LKR|NPR|ZMW|UGX|TZS|QAR|KWD|OMR|PGK))"
    # Signs as the region's papers write them: "RM1.72 million" (ringgit), "Ksh525B" and "KShs"
    # (Kenyan shillings), "Sh13 billion", "TSh", "USh" (East African shillings), "Tk50 crore"
    # (taka), "P2,661,100" (Philippine pesos), "Dh8 billion" (dirhams, as UAE papers write them).
    r"|(?<=\bRs)|(?<=\bRs\.)|(?<=\bRp)|(?<=\b[NRPK])|(?<=\bSR)|(?<=\bRM)|(?<=\bRMB)|(?<=\bK[Ss]h)|(?<=\bK[Ss]hs)|(?<=\bTk)|(?<=\bKD)|(?<=\bDh)|(?<=\bDhs)"
    r"|(?<=\bSh)|(?<=\bShs)|(?<=\b[TU][Ss]h)|(?<=\b[TU][Ss]hs)|(?<=\bKes)"
    # The cedi as Ghanaian papers set it, with a stroked c ("GHȼ67 billion"), a letter, so never a word's edge.
    r"|(?<=\bGHȼ)"
    # Scraped HTML entities ("&pound194,454") and the dong's own letter ("VNĐ165.7 trillion").
    r"|(?<=&pound)|(?<=&pound;)|(?<=&euro)|(?<=&euro;)|(?<=&yen)|(?<=&yen;)|(?<=\bVNĐ)"
    # The country after the dollar sign, as Australian papers write it: "$US11.8 billion", "$C15", "$NZ40".
    r"|(?<=\$US)|(?<=\$A)|(?<=\$AU)|(?<=\$C)|(?<=\$CA)|(?<=\$NZ)|(?<=\$HK)|(?<=\$S)"
)
# Letters that are a currency only glued to an amount with a scale ("N21.8Trn", "R45 million").
SCALED_ONLY = frozenset({"N", "R", "P", "K", "SR"})
SCALED_AMOUNT = re.compile(
    # "R1 476 million": groups parted by a space, as South African papers write.
    r"\d(?:[\d,.]*\d)?(?:[ \u00a0]\d{3})*[\s-]?(?:[-–]\s?[NR]?\d[\d,.]*\s?)?"
    r"(?:(?i:trn|tn|bn|mn|m|trillion|billion|million|crores?|lakhs?))\b"
    r"|\d{1,3}(?:,\s?\d{3}){2,}(?!\d|,\s?\d)"  # "N7,415,228,330,002", "N400, 700, 000": millions in digits
    r"|\d{1,3},\d{3}(?!\d|,\s?\d)"  # "to pay N500,000 each as a fine": thousands in digits
    # "bail of N100, 000": the same with a stray space ("N423, 006 million" is left alone: which scale is meant?)
    r"|\d{1,3},\ \d{3}(?!\d|,\s?\d|\s(?i:million|billion|trillion)\b)"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?!\d|[,.]\d)"  # "valued at R400 000": thousands parted by a space
    r"|\d{1,3}(?:,\d{3})*\.\d\d(?!\d|\.\d)"  # "N2.95 per share": an amount to the kobo or cent
)
ISO_CODES = frozenset(
    [
        "USD",
        "BSD",  # the Bahamas' dollar and Brunei's, read bare by `dollars` (no prefix of their own is common)
        "BND",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "RUB",
        "UAH",
        "KRW",
        "KPW",
        "INR",
        "CHF",
        "CAD",
        "AUD",
        "BRL",
        "HKD",
        "SGD",
        "NZD",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "TRY",
        "ZAR",
        "NGN",
        "KES",
        "GHS",
        "EGP",
        "MXN",
        "ARS",
        "PHP",
        "IDR",
        "MYR",
        "THB",
        "VND",
        "ILS",
        "AED",
        "SAR",
        "PKR",
        "BDT",
        "XOF",
        "XAF",
        "MZN",
        "ZMW",
        "TWD",
        "TZS",
        "UGX",
        "QAR",  # the Gulf's codes as their papers write them: "QAR204 billion", "KWD 3 million"
        "KWD",
        "OMR",
        "PGK",  # Papua New Guinea's kina, as its papers write it: "PGK8.4 billion"
        "BGN",  # Bulgarian papers write the lev's code after the amount: "nearly 97 billion BGN in expenditures"
        "RSD",
        "ISK",
        "BHD",
        "JOD",
    ]
)
# Currency names, singular, as written after a number. Names that are also common words
# or that several countries share ("crowns", "pesos", "dinars") are read only with their
# country ("Norwegian crowns", "Mexican pesos"): see QUALIFIED_CURRENCIES.
CURRENCY_NAMES = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "ruble": "RUB",
    "rouble": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
    "rupee": "INR", "franc": "CHF", "forint": "HUF", "zloty": "PLN",
    "zlotych": "PLN", "naira": "NGN", "rand": "ZAR", "lira": "TRY",
    "shekel": "ILS", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dirham": "AED",
    "riyal": "SAR", "cedi": "GHS", "reais": "BRL", "kronor": "SEK", "kroner": "NOK",
    "metical": "MZN", "meticais": "MZN", "kwacha": "ZMW", "shilling": "KES", "taka": "BDT", "dong": "VND",
    # Names one country uses: "6 billion lei", "4.2 trillion tenge", "900 million lari".
    "lei": "RON", "leu": "RON", "tenge": "KZT", "lari": "GEL", "leva": "BGN", "kuna": "HRK", "afghani": "AFN",
    "birr": "ETB", "kyat": "MMK", "tugrik": "MNT", "somoni": "TJS", "kwanza": "AOA", "hryvnya": "UAH",
}  # fmt: skip
# (country adjective, singular name) -> code: "Swiss francs", "CFA francs", "Norwegian crowns".
QUALIFIED_CURRENCIES = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD", ("hong kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD", ("new zealand", "dollar"): "NZD",
    ("swiss", "franc"): "CHF", ("cfa", "franc"): "XOF", ("west african cfa", "franc"): "XOF",
    ("central african cfa", "franc"): "XAF",
    ("norwegian", "crown"): "NOK", ("norwegian", "krone"): "NOK", ("norwegian", "kroner"): "NOK",
    ("swedish", "crown"): "SEK", ("swedish", "krona"): "SEK", ("swedish", "kronor"): "SEK",
    ("danish", "crown"): "DKK", ("danish", "krone"): "DKK", ("danish", "kroner"): "DKK",
    ("czech", "crown"): "CZK", ("czech", "koruna"): "CZK", ("hungarian", "forint"): "HUF",
    ("polish", "zloty"): "PLN", ("romanian", "lei"): "RON", ("romanian", "leu"): "RON",
    ("turkish", "lira"): "TRY", ("south african", "rand"): "ZAR", ("nigerian", "naira"): "NGN",
    ("kenyan", "shilling"): "KES", ("tanzanian", "shilling"): "TZS", ("ugandan", "shilling"): "UGX",
    ("ghanaian", "cedi"): "GHS", ("ghana", "cedi"): "GHS", ("egyptian", "pound"): "EGP",
    ("mexican", "peso"): "MXN", ("argentine", "peso"): "ARS", ("argentinian", "peso"): "ARS",
    ("philippine", "peso"): "PHP", ("brazilian", "real"): "BRL", ("brazilian", "reais"): "BRL",
    ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR", ("indonesian", "rupiah"): "IDR",
    ("malaysian", "ringgit"): "MYR", ("thai", "baht"): "THB", ("vietnamese", "dong"): "VND",
    ("israeli", "shekel"): "ILS", ("uae", "dirham"): "AED", ("saudi", "riyal"): "SAR",
    ("bangladeshi", "taka"): "BDT", ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY",
    ("south korean", "won"): "KRW", ("north korean", "won"): "KPW", ("russian", "rouble"): "RUB",
    ("russian", "ruble"): "RUB", ("ukrainian", "hryvnia"): "UAH", ("british", "pound"): "GBP",
    ("kazakh", "tenge"): "KZT", ("georgian", "lari"): "GEL", ("bulgarian", "lev"): "BGN",
    ("azerbaijani", "manat"): "AZN", ("turkmen", "manat"): "TMT", ("uzbek", "som"): "UZS", ("kyrgyz", "som"): "KGS",
    ("serbian", "dinar"): "RSD", ("iraqi", "dinar"): "IQD", ("jordanian", "dinar"): "JOD", ("kuwaiti", "dinar"): "KWD",
    ("tunisian", "dinar"): "TND", ("algerian", "dinar"): "DZD", ("libyan", "dinar"): "LYD", ("iranian", "rial"): "IRR",
    ("omani", "rial"): "OMR", ("qatari", "riyal"): "QAR", ("moroccan", "dirham"): "MAD", ("sri lankan", "rupee"): "LKR",
    ("nepalese", "rupee"): "NPR", ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("peruvian", "sol"): "PEN",
    ("belarusian", "ruble"): "BYN", ("icelandic", "krona"): "ISK", ("icelandic", "kronur"): "ISK",
}  # fmt: skip
# Every code ``currency_before`` and ``currency_after`` can give ("6 billion tenge" is KZT,
# "300 Serbian dinars" RSD, whether or not a bare code is read on its own).
CURRENCY_CODES = (
    frozenset(CURRENCY_SYMBOLS.values())
    | ISO_CODES
    | frozenset(CURRENCY_NAMES.values())
    | frozenset(QUALIFIED_CURRENCIES.values())
)

_SYMBOL = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
SYMBOL_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?P<symbol>{_SYMBOL})|\b(?P<iso>[A-Z]{{3}}))\s?$")
_COUNTRY = "|".join(
    re.escape(country).replace(r"\ ", r"\s+")
    for country in sorted({country for country, _ in QUALIFIED_CURRENCIES}, key=len, reverse=True)
)
QUALIFIED_NAMES = frozenset(name for _, name in QUALIFIED_CURRENCIES)
_QUALIFIED_NAME = "|".join(sorted(QUALIFIED_NAMES, key=len, reverse=True))
NAME_AFTER = re.compile(
    rf"""
    ^\s+(?:of\s+)?
    (?:(?P<country>{_COUNTRY})\s+(?P<qualified>(?:{_QUALIFIED_NAME})(?:e?s)?)\b
    |(?P<name>dollars?|euros?|pounds(?:\s+sterling)?|sterling|yen|yuan|renminbi|won
      |rubles?|roubles?|hryvnias?|hryvnas|rupees?|francs?|forints?|zlotys?|zlotych|naira|rand
      |liras?|shekels?|rupiah|ringgit|baht|dirhams?|riyals?|cedis?|reais|kronor|kroner|meticais|metical
      |kwacha|shillings?|taka|dong|lei|leu|tenge|lari|leva|kunas?|afghanis?|birr|kyats?|tugriks?|somoni
      |kwanzas?|hryvnyas?)\b)
    | ^\s?(?P<iso>[A-Z]{{3}})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


# "281 billion Birr": after a scale word a capitalised currency name is money, not a name.
SCALE_BEFORE = re.compile(r"\d\s*(?:million|billion|trillion|mn|bn)$", re.IGNORECASE)
# "US dollar 73.59 a barrel": South Asian wires write the currency's name before the amount.
NAMED_DOLLAR_BEFORE = re.compile(r"\b(?:US|U\.S\.)\s?dollars?\s$")


@dataclass(frozen=True)
class CurrencyMatch:
    """A currency written next to a number, with the span it covers."""

    code: str
    start: int
    end: int


def currency_before(text: str, start: int) -> CurrencyMatch | None:
    """A currency symbol or ISO code written just before position `start`."""
    match = SYMBOL_BEFORE.search(text, max(0, start - 8), start)
    if not match:
        named = NAMED_DOLLAR_BEFORE.search(text, max(0, start - 14), start)
        return CurrencyMatch("USD", named.start(), start) if named else None
    if match.group("symbol"):
        symbol = match.group("symbol")
        if symbol in SCALED_ONLY and (match.end() != start or not SCALED_AMOUNT.match(text, start)):
            return None
        return CurrencyMatch(CURRENCY_SYMBOLS[symbol], match.start(), start)
    if match.group("iso") in ISO_CODES:
        return CurrencyMatch(match.group("iso"), match.start(), start)
    return None


def _singular(name: str, names) -> str:
    for suffix in ("es", "s"):
        if name.endswith(suffix) and name[: -len(suffix)] in names:
            return name[: -len(suffix)]
    return name


def currency_after(text: str, end: int) -> CurrencyMatch | None:
    """A currency name ("dollars", "US dollars", "won", "Swiss francs") or ISO code just after `end`."""
    match = NAME_AFTER.match(text[end : end + 40])
    if not match:
        return None
    if match.group("iso"):
        code = match.group("iso")
        return CurrencyMatch(code, end, end + match.end()) if code in ISO_CODES and code.isupper() else None
    if match.group("qualified"):
        code = _qualified_code(match.group("country"), match.group("qualified"))
        return CurrencyMatch(code, end, end + match.end()) if code else None
    name = _singular(match.group("name").lower().split()[0], CURRENCY_NAMES)
    if match.group("name")[0].isupper() and name != "sterling" and not SCALE_BEFORE.search(text, 0, end):
        return None  # "Rand" or "Won" as a name, not a currency ("281 billion Birr" is money)
    return CurrencyMatch(_named_earlier(text[:end], name) or CURRENCY_NAMES[name], end, end + match.end())


QUALIFIED_BEFORE = re.compile(rf"\b(?P<country>{_COUNTRY})\s+(?P<name>{_QUALIFIED_NAME})(?:e?s)?\b", re.IGNORECASE)


def _qualified_code(country: str, name: str) -> str | None:
    """The code of a currency written with its country ("Swiss", "francs" → CHF), or None."""
    singular = _singular(name.lower(), QUALIFIED_NAMES)
    return QUALIFIED_CURRENCIES.get((re.sub(r"\s+", " ", country.lower()), singular))


def _named_earlier(text: str, name: str) -> str | None:
    """The currency ``name`` stands for after the text named it with its country:
    "2,200 CFA francs ..., up from 1,800 francs" (CFA francs both times)."""
    for match in reversed(list(QUALIFIED_BEFORE.finditer(text))):
        if match.group("name").lower() == name and (code := _qualified_code(match.group("country"), name)):
            return code
    return None


# "an interim dividend of 100k": Nigerian papers write kobo (a hundredth of a naira) as "k" glued to the
# amount, which elsewhere is a thousand. Read so only where the sentence speaks of a dividend, and
# only for amounts under 1,000 kobo (a dividend of "100k" naira would be written "N100,000").
DIVIDEND = re.compile(r"\bdividends?\b", re.IGNORECASE)
KOBO_WRITTEN = re.compile(r"\d{1,3}(?:\.\d+)?[kK]")


def kobo_amount(sentence: str, text: str) -> Decimal | None:
    """The kobo a number written `text` ("100k") stands for in a dividend `sentence`, or None."""
    if not KOBO_WRITTEN.fullmatch(text) or not DIVIDEND.search(sentence):
        return None
    return Decimal(text[:-1])


# Rupee signs ("Rs", "Rs.", "rupees") say no country: a Pakistani, Sri Lankan or Nepali paper writes
# them for its own rupee. The country a text names most (above India) decides. Place names are read
# in any case: a dateline writes the city in capitals ("ISLAMABAD:", "NEW DELHI:").
RUPEE_COUNTRIES = (
    (
        "PKR",
        re.compile(
            r"\b(?:Pakistan(?:i|is)?|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|PKR"
            r"|Balochistan|Sindh|Khyber\s+Pakhtunkhwa|Gilgit[\s-]Baltistan|Azad\s+(?:Jammu\s+and\s+)?Kashmir)\b",
            re.IGNORECASE,
        ),
    ),
    ("LKR", re.compile(r"\b(?:Sri\s+Lanka(?:n|ns)?|Colombo|LKR)\b", re.IGNORECASE)),
    # Nepal's cities, provinces, market (NEPSE) and its business press ("Merolagani", "ShareSansar", "The Himalayan
    # Times") name it too: a Nepali bank's results in Merolagani name no country, and their "Rs" is NPR (unseen64).
    (
        "NPR",
        re.compile(
            r"\b(?:Nepal(?:i|ese)?|Kathmandu|NPR|Pokhara|Lalitpur|Bhaktapur|Biratnagar|Birgunj|Bagmati|Gandaki"
            r"|Lumbini|Karnali|Sudurpaschim|Madhesh|NEPSE|Merolagani|ShareSansar|Himalayan\s+Times|Onlinekhabar"
            r"|Setopati|Khabarhub)\b",
            re.IGNORECASE,
        ),
    ),
)
INDIA_NAMED = re.compile(
    r"\b(?:India(?:n|ns)?|New\s+Delhi|Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Bangalore|INR)\b", re.IGNORECASE
)
RUPEE_WRITTEN = re.compile(r"\bRs(?![A-Za-z])|\brupees?\b", re.IGNORECASE)  # "Rs 5", "Rs.5", "Rs100,000"


def most_named(countries, text: str, outlet: str | None = None) -> tuple[int, str]:
    """How often the country `text` (and its outlet's name) names most is named, and that country's code.

    `countries` is ``((code, pattern), …)``. A bare "Rs", "Sh", "$", "pesos" or "dinars" is the money
    of that country: the one reading `local_rupee`, `local_shilling`, `dollars` and `shared_names` share.
    """
    return max((len(pattern.findall(text)) + len(pattern.findall(outlet or "")), code) for code, pattern in countries)


def local_rupee(text: str, outlet: str | None = None) -> str | None:
    """The code of the rupee a text's "Rs" stands for when it is not India's ("PKR"), else None.

    The outlet's name counts as the text does: "The Nation (Pakistan)", "Pakistan Observer".
    """
    if not RUPEE_WRITTEN.search(text):
        return None
    indian, _ = most_named((("INR", INDIA_NAMED),), text, outlet)
    count, code = most_named(RUPEE_COUNTRIES, text, outlet)
    return code if count > indian else None


def localise_rupees(unit: str, quote: str, rupee: str | None) -> str:
    """`unit` with India's code made the text's own rupee where the amount is written "Rs" or "rupees"."""
    if rupee and unit.startswith("INR") and RUPEE_WRITTEN.search(quote) and "Indian" not in quote:
        return rupee + unit[3:]
    return unit


# "Sh13 billion" and bare "shillings" say no country either: Kenyan, Tanzanian and Ugandan papers
# all write their own shilling so. The country the text names most decides; Kenya's when none is
# named (the most-read of the three presses). "KSh", "TSh", "USh" and "Kenyan shillings" say it.
SHILLING_COUNTRIES = (
    ("KES", re.compile(r"\b(?:Kenya(?:n|ns)?|Nairobi|Mombasa|Kisumu|Nakuru|KES)\b", re.IGNORECASE)),
    ("TZS", re.compile(r"\b(?:Tanzania(?:n|ns)?|Dar\s+es\s+Salaam|Dodoma|Zanzibar|Arusha|TZS)\b", re.IGNORECASE)),
    ("UGX", re.compile(r"\b(?:Uganda(?:n|ns)?|Kampala|Entebbe|Mbarara|Gulu|Jinja|Mbale|UGX)\b", re.IGNORECASE)),
)
SHILLING_WRITTEN = re.compile(r"(?<![A-Za-z])Shs?\b|(?<![A-Za-z])Shs?(?=\d)|\bshillings?\b", re.IGNORECASE)
SHILLING_NAMED = re.compile(r"(?<![A-Za-z])[KTU]Shs?|\b(?:Kenyan|Tanzanian|Ugandan)\s+shillings?\b", re.IGNORECASE)


def local_shilling(text: str, outlet: str | None = None) -> str | None:
    """The code of the shilling a text's bare "Sh" stands for when it is not Kenya's ("TZS"), else None.

    The outlet's name counts as the text does ("Mbarara Sun", "Daily Monitor Uganda"), as for rupees.
    """
    if not SHILLING_WRITTEN.search(text):
        return None
    count, code = most_named(SHILLING_COUNTRIES, text, outlet)
    return code if count and code != "KES" else None


def localise_shillings(unit: str, quote: str, shilling: str | None) -> str:
    """`unit` with Kenya's code made the text's own shilling where the amount is written bare ("Sh", "shillings")."""
    if shilling and unit.startswith("KES") and SHILLING_WRITTEN.search(quote) and not SHILLING_NAMED.search(quote):
        return shilling + unit[3:]
    return unit
