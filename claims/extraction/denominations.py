"""
Numbers that name a kind of thing by its size, not how many there are.

News copy names some things by a number that is part of what they are:

* a banknote's or a coin's denomination: "the cost of printing the new GH¢100 and GH¢200
  notes", "the 100 and 200 Ghana cedi notes", "the new £2 coin". The cost of printing them is the claim; the note's face value names the note, as
  "Boeing 737" names the plane. A face value is a small whole amount with no scale word:
  "$500 million notes due 2030" are bonds, an amount raised.
* a home's number of bedrooms: "rents for three-bedroom houses rose 2 per cent", "$360 a week
  for two-bedroom dwellings". Property reports name the class of home the rent or price is
  of; the rent is the claim.
* a vehicle's class by its wheels, as Indian copy names it: "cash was seized from a
  four-wheeler", "a two-wheeler was stopped" (one vehicle, not two or four of anything).

Written after the noun ("notes of Rs 2,000", "a house with three bedrooms") the number is
read as usual, and so is a single note's face value with its sign alone ("wads of Rs 1,000
notes"), which a story of withdrawn notes may count in.
"""

import re

from .numbers import NumberToken

__all__ = ["names_a_kind"]

# The largest face value printed: the yen's, the naira's and the rupee's notes stay under it.
MAX_FACE_VALUE = 10_000
_SIGN = r"(?:US\$|[A-Z]{0,2}[$¢₵]|GH[₵¢ȼ]|[€£¥₹₦₱]|Rs\.?\s?|N|K?Sh\s?)?"
_CURRENCY_NAME = (
    r"(?:cedis?|rupees?|naira|dollars?|euros?|pounds?|yuan|yen|shillings?|rand|taka|pesos?|riyals?|dirhams?|kwacha"
    r"|birr|dinars?|francs?|rubles?|roubles?|lira|ringgit|baht|won)"
)
# "100 and GH¢200 notes", "100 and 200 Ghana cedi notes", "£2 coin": more face values of the list, a
# currency's name, then the notes or coins.
NOTES_AFTER = re.compile(
    rf"^(?P<listed>(?:\s*,\s*|\s+(?:and|or)\s+){_SIGN}\d{{1,3}}(?:,\d{{3}})?)*"
    rf"(?P<currency>\s+(?:[A-Z][a-z]+\s+)?{_CURRENCY_NAME})?\s+(?:bank\s?)?(?:notes?|coins?)\b"
)
# "GH¢100 and GH¢200 notes": the last face value of a list.
LISTED_BEFORE = re.compile(rf"\d(?:\s*,\s*|\s+(?:and|or)\s+){_SIGN}$")
# A currency's sign right before the face value: "GH¢100", "£2", "Rs 1,000".
SIGN_BEFORE = re.compile(r"(?:[$¢₵ȼ€£¥₹₦₱]|\bRs\.?\s?|\bN|\bK?Sh\s?)$")
CLASS_AFTER = re.compile(r"^[-\s]bedroom\b|^-wheelers?\b", re.IGNORECASE)


def names_a_kind(token: NumberToken, before: str, after: str) -> bool:
    """Whether `token`, between the text `before` and `after` it, is a note's face value, a home's number of
    bedrooms or a vehicle's of wheels. A face value is named as money, by a sign before it or a currency
    after it ("750 notes" counts)."""
    if token.kind in ("digits", "words") and CLASS_AFTER.match(after):
        return True
    if token.kind != "digits" or not re.fullmatch(r"\d{1,3}(?:,\d{3})?", token.text):
        return False
    notes = NOTES_AFTER.match(after)
    # "wads of Rs 1,000 notes" may be what a story of withdrawn notes counts in; a list of face values, a
    # currency's name before "notes" and a coin name kinds.
    listed = notes and (
        notes.group("currency") or notes.group("listed") or LISTED_BEFORE.search(before) or "coin" in notes.group()
    )
    money = listed and (notes.group("currency") or SIGN_BEFORE.search(before))
    return 0 < token.value <= MAX_FACE_VALUE and bool(money)
