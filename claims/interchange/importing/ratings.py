"""
Reading a fact-checker's rating onto our verdict scale.

Fact-checkers word ratings their own way, in their own language ("Falso", "Faux",
"Engañoso", "錯誤", "really_false") and number them on their own scales, or not at
all (``ratingValue`` -1 means "no number" for several of them). The words decide
first; the number only when the words say nothing we recognise, and only when it
lies on a real scale (``worstRating`` … ``bestRating``).
"""

import re
import unicodedata

from ...models import Rating

# Checked in this order, so "mostly false" is not read as "false" nor "untrue" as
# "true". ASCII keywords match whole words; others (Devanagari, CJK, Arabic) match
# anywhere in the text.
RATING_WORDS = (
    (
        Rating.MOSTLY_TRUE,
        [
            "mostly true",
            "mostly correct",
            "mayormente verdadero",
            "principalmente verdadeiro",
            "plutot vrai",
            "majoritairement vrai",
            "weitgehend richtig",
            "mostly accurate",
            "대체로 사실",
        ],
    ),
    (
        Rating.MOSTLY_FALSE,
        [
            "mostly false",
            "mostly incorrect",
            "mayormente falso",
            "principalmente falso",
            "plutot faux",
            "weitgehend falsch",
            "대체로 거짓",
        ],
    ),
    (
        Rating.MIXED,
        [
            "half true",
            "half false",
            "mixed",
            "mixture",
            "partly true",
            "partly false",
            "partially true",
            "partially false",
            "partly correct",
            "verdadero a medias",
            "medio verdadero",
            "en partie vrai",
            "en partie faux",
            "teilweise falsch",
            "teilweise richtig",
            "nao e bem assim",
            "impreciso",
            "imprecise",
            "half right",
            "напівправда",
            "полуправда",
            "절반의 사실",
        ],
    ),
    (
        Rating.MISLEADING,
        [
            "misleading",
            "enganoso",
            "trompeur",
            "irrefuhrend",
            "irrefuehrend",
            "missing context",
            "out of context",
            "lacks context",
            "sin contexto",
            "fuera de contexto",
            "sem contexto",
            "hors contexte",
            "fehlender kontext",
            "manipulated",
            "manipulado",
            "manipule",
            "distorted",
            "distorsionado",
            "exaggerated",
            "exagerado",
            "exagere",
            "satire",
            "altered",
            "edited",
            "маніпуляція",
            "манипуляция",
            "भ्रामक",
            "গুজব",
            "誤導",
            "مضلل",
        ],
    ),
    (
        Rating.UNPROVEN,
        [
            "unproven",
            "unverified",
            "unsupported",
            "no evidence",
            "insufficient evidence",
            "inconclusive",
            "not proven",
            "sin evidencia",
            "sem provas",
            "insustentavel",
            "infondado",
            "unbelegt",
            "non prouve",
            "не підтверджено",
            "판단 유보",
            "證據不足",
            "尚無證據",
        ],
    ),
    (
        Rating.FALSE,
        [
            "false",
            "falso",
            "faux",
            "falsch",
            "fake",
            "incorrect",
            "wrong",
            "untrue",
            "not true",
            "pants on fire",
            "fabricated",
            "hoax",
            "bulo",
            "fausse",
            "really false",
            "incorrecto",
            "errado",
            "錯誤",
            "錯誤訊息",
            "虚假",
            "假",
            "زائف",
            "كاذب",
            "غير صحيح",
            "फ़र्ज़ी",
            "फर्जी",
            "गलत",
            "झूठ",
            "असत्य",
            "неправда",
            "фейк",
            "ложь",
            "거짓",
            "ভুয়া",
            "ভুল",
            "মিথ্যা",
        ],
    ),
    (
        Rating.TRUE,
        [
            "true",
            "correct",
            "accurate",
            "verdadero",
            "verdadeiro",
            "vrai",
            "wahr",
            "richtig",
            "cierto",
            "правда",
            "사실",
            "正確",
            "صحيح",
            "सच",
            "सही",
            "সত্য",
        ],
    ),
)


def _fold(text):
    """Lower case, no accents on Latin letters, words separated by single spaces.

    Only the combining accents Latin scripts use (U+0300–U+036F) are dropped: the vowel
    signs of Devanagari or Bengali are combining marks too, and part of the word.
    """
    text = unicodedata.normalize("NFKD", str(text).lower())
    text = "".join(char for char in text if not 0x0300 <= ord(char) <= 0x036F)
    return " ".join(re.sub(r"[_\-/.,:;!?()«»\"'“”]+", " ", text).split())


def _pattern(keyword):
    folded = _fold(keyword)
    if folded.isascii():
        return re.compile(rf"\b{re.escape(folded)}\b")
    return re.compile(re.escape(folded))


_PATTERNS = [(rating, [_pattern(word) for word in words]) for rating, words in RATING_WORDS]


def rating_from_words(text):
    """Our rating for a fact-checker's wording, or None when the words are not recognised."""
    folded = _fold(text or "")
    if not folded:
        return None
    for rating, patterns in _PATTERNS:
        if any(pattern.search(folded) for pattern in patterns):
            return rating
    return None


def whole_number(value):
    """``ratingValue``-style numbers as published ("1", 1, "4.0") as an int, or None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def rating_from_number(value, best, worst):
    """Our rating for ``value`` on a ``worst``…``best`` scale (default 1…5), or None when
    there is no real scale (-1, value outside it, best equal to worst)."""
    best = 5 if best is None else best
    worst = 1 if worst is None else worst
    if value is None or best == worst or not min(best, worst) <= value <= max(best, worst):
        return None
    position = (value - worst) / (best - worst)  # 0 = worst, 1 = best, whichever way the scale runs
    if position >= 0.9:
        return Rating.TRUE
    if position >= 0.65:
        return Rating.MOSTLY_TRUE
    if position >= 0.4:
        return Rating.MIXED
    if position >= 0.2:
        return Rating.MOSTLY_FALSE
    return Rating.FALSE
