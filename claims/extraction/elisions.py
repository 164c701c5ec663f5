"""
Counts written after a name with their noun left out: "the BJP won 240 seats and the Congress 99".

A number right after a capitalised word is read as a name or model ("Boeing 737", "Article
5") by `exclusions`; these rules find where it is instead the count of a list whose noun was
said once, at its head:

* a head-to-head: "411 seats to the Conservatives 121", "against Labour 290";
* a comma list that goes on from a counted figure, item after item: "the Awami League had won
  223 seats, the Jatiya Party 11, the Workers Party one", "leading with 127 seats followed by
  PTI 123, independents 29, PML seven, PPPP 6", "55.09 per cent was recorded in Punjab followed
  by Sindh 48.11, Khyber Pakhtunkhwa 45.52". Each item is a name and a number; the list's head
  is a number with its noun (or percent) at most a short phrase before the first item.

The item must close its clause (a comma, a full stop, "and"): "PTI 123 MPs" is not elided.
"""

import re

from .numbers import NumberToken

__all__ = ["elided_count", "listed_percent"]

# "the BJP winning 240 seats and the Congress 99,": a name and the count of what the list counts;
# "411 seats to the Conservatives 121", "against Labour 290": a head-to-head.
ELIDED_AFTER_NAME = re.compile(
    r"\d\s+[a-z]+\s*,?\s+(?:and|while|to|against|versus|vs\.?)\s+(?:the\s+)?[A-Z][\w.()-]+['’]?\s+$"
)
CLAUSE_STOP = re.compile(r"^\s*(?:[,.;)]|$|\s+(?:and|while|respectively)\b)")
_NAME_WORD = r"(?:[A-Z][\w.()'’&-]*|[a-z]+s)"  # "Jatiya", "PML-N", "independents"
# One item of the list, ending at the number: a separator, then a name of up to four words.
ITEM_BEFORE = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+followed\s+by\s+|\s+and\s+)(?:the\s+)?(?:{_NAME_WORD}\s+){{0,3}}[A-Z][\w.()'’&-]*\s+$"
)
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]\w+)?|thirty(?:[\s-]\w+)?|forty(?:[\s-]\w+)?|fifty(?:[\s-]\w+)?"
    r"|sixty(?:[\s-]\w+)?|seventy(?:[\s-]\w+)?|eighty(?:[\s-]\w+)?|ninety(?:[\s-]\w+)?)"
)
# The item before: a number ending it ("the Jatiya Party 11").
NUMBER_ENDING = re.compile(rf"(?<![\w.,]){_NUMBER}\s*$")
# The list's head: a number with its plural noun or percent, then at most a short phrase
# ("127 seats", "114 seats in the National Assembly", "55.09 per cent was recorded in the Punjab elections").
HEAD_ENDING = re.compile(
    rf"(?<![\w.,]){_NUMBER}(?:(?P<percent>\s?%|\s(?:per\s?cent|percent)\b)|\s(?:[a-z]+\s)?[a-z]{{2,}}s\b)[^,;:()]{{0,70}}$"
)
MAX_ITEMS = 12


def _list_head(sentence: str, start: int) -> re.Match | None:
    """The head of the comma list the number at `start` is an item of, if its head is a counted number."""
    position = start
    for _ in range(MAX_ITEMS):
        item = ITEM_BEFORE.search(sentence, max(0, position - 60), position)
        if not item:
            return None
        before = sentence[max(0, item.start() - 100) : item.start()]
        if head := HEAD_ENDING.search(before):
            return head
        number = NUMBER_ENDING.search(before)
        if not number:
            return None
        position = item.start() - len(before) + number.start()
    return None


def listed_percent(sentence: str, start: int) -> bool:
    """Whether the bare number at `start` is an item of a list headed by a percentage: "55.09 per cent was
    recorded in Punjab followed by Sindh 48.11, Khyber Pakhtunkhwa 45.52"."""
    head = _list_head(sentence, start)
    return bool(head and head.group("percent"))


def elided_count(sentence: str, token: NumberToken) -> bool:
    """Whether `token` repeats, after a name, the count of an earlier figure with its noun left out."""
    if not CLAUSE_STOP.match(sentence[token.end : token.end + 20]):
        return False
    return bool(ELIDED_AFTER_NAME.search(sentence, max(0, token.start - 80), token.start)) or bool(
        _list_head(sentence, token.start)
    )
