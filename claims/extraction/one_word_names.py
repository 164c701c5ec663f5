"""
A subject of one capitalised word that is a name, whatever verb follows it.

`acting_subjects.names_someone` wants more than one capitalised word, and `short_subjects.one_word_acts` lets a
single word act only by a verb that only a speaker uses (posts results, sentences, allocates): a sentence's first
word has a capital whatever it is ("Funding allocated to schools rose …", "Farmers used 30 tonnes …"), and a
country that opens a clause mostly does a deed ("Ruritania exported 40,000 tonnes"). Some one-word subjects are
names by their form or setting, and then may be the subject of `acting_by_default` with any verb (which still
refuses deeds, changes of quantity, being and having, passives):
- a capital inside the word ("iiNet declared …", "ZenPay provides bursaries ranging between …");
- a body's common noun just before it ("Brewing group Tollers has hiked …", "software maker Orbitec would have
  recorded …"), as `openers.DESCRIBED_NAME` reads a longer name;
- a relative clause about it ("Kestrelgate, which runs the scheme, provides …"): reporters gloss a name so;
- a name in "'s" whose verb changes what is its own ("Hartley's dropped its final dividend"): a company named for
  its founder ("Sainsbury's", "Moody's"), where "'s" otherwise marks an owner ("Britain's revised figures").
A bare first word ("Kestrelgate provides …") stays unread: nothing in the sentence tells it from a common noun.
"""

import re

from .speakers import BODY_NOUNS

__all__ = ["company_in_s", "names_by_one_word"]

ONE_WORD = re.compile(r"[A-Z][\w&'’-]*")
INNER_CAPITAL = re.compile(r"[a-z][A-Z]|^[a-z]+[A-Z]")
NOT_NAMES = frozenset(["It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here"])
# "Brewing group Tollers", "U.S. software maker Orbitec": a body's common noun right before the name describes it.
DESCRIBED_BEFORE = re.compile(rf"(?:^|\s)(?:{'|'.join(sorted(BODY_NOUNS))})s?\s+$", re.IGNORECASE)
RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\s")  # "Moovit, which …,": a clause about the name, after it


def names_by_one_word(sentence: str, start: int, end: int) -> bool:
    """Whether the one-word subject at `start`-`end` is a name by its form or its setting."""
    name = sentence[start:end]
    if name in NOT_NAMES or not ONE_WORD.fullmatch(name[:1].upper() + name[1:]):
        return False
    return bool(
        INNER_CAPITAL.search(name)  # "iiNet", "YouGov"
        or company_in_s(sentence, start, end)
        or DESCRIBED_BEFORE.search(sentence, 0, start)
        or RELATIVE_AFTER.match(sentence, end)
    )


# "Sainsbury's dropped its final dividend by 18.5 per cent", "Moody's has lowered its outlook": a name in "'s" whose
# verb changes what is its own is a company named for its founder, not an owner ("Britain's revised figures").
NAME_IN_S_ACTS = re.compile(
    r"(?:\s+(?:also|has|have|had|will|would|[a-z]+ly))*\s+(?:[a-z]+ed|cut|set|kept|held|put|made|took)\s+(?:its|their)\s"
)


def company_in_s(sentence: str, start: int, end: int) -> bool:
    """Whether the one-word subject at `start`-`end`, in "'s", is a company that acts on its own figure."""
    return sentence[start:end].endswith(("'s", "’s")) and bool(NAME_IN_S_ACTS.match(sentence, end))
