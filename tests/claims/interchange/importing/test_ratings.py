"""A fact-checker's rating on our scale: words first, in many languages, then numbers on a real scale."""

import pytest

from claims.interchange.importing.ratings import rating_from_number, rating_from_words, whole_number


@pytest.mark.parametrize(
    "words, rating",
    [
        ("False", "false"),
        ("Falso.", "false"),
        ("Faux", "false"),
        ("Falsch", "false"),
        ("really_false", "false"),
        ("Incorrect", "false"),
        ("Untrue", "false"),
        ("錯誤", "false"),
        ("زائف", "false"),
        ("Неправда", "false"),
        ("Mostly false", "mostly_false"),
        ("Mostly True", "mostly_true"),
        ("대체로 사실", "mostly_true"),
        ("Half true", "mixed"),
        ("não_é_bem_assim", "mixed"),
        ("Напівправда", "mixed"),
        ("Engañoso", "misleading"),
        ("Missing context", "misleading"),
        ("Unproven", "unproven"),
        ("證據不足", "unproven"),
        ("True", "true"),
        ("Verdadero", "true"),
        ("Правда", "true"),
        ("FALSO: As imagens foram retiradas do contexto", "false"),
    ],
)
def test_words_in_many_languages(words, rating):
    assert rating_from_words(words) == rating


@pytest.mark.parametrize("words", ["", "OTHER", "We asked the ministry", "Reker hat diesen Satz nie gesagt"])
def test_words_we_do_not_know(words):
    assert rating_from_words(words) is None


@pytest.mark.parametrize(
    "value, best, worst, rating",
    [
        (1, 5, 1, "false"),
        (2, 5, 1, "mostly_false"),
        (3, 5, 1, "mixed"),
        (4, 5, 1, "mostly_true"),
        (5, 5, 1, "true"),
        (5, None, None, "true"),
        (1, 1, 5, "true"),
        (0, 10, 0, "false"),
    ],
)
def test_numbers_on_the_publishers_scale(value, best, worst, rating):
    assert rating_from_number(value, best, worst) == rating


@pytest.mark.parametrize("value, best, worst", [(-1, -1, -1), (-1, 5, 1), (7, 5, 1), (None, 5, 1), (3, 3, 3)])
def test_numbers_that_are_not_on_a_scale(value, best, worst):
    assert rating_from_number(value, best, worst) is None


@pytest.mark.parametrize(
    "raw, number", [("1", 1), (4, 4), ("4.0", 4), ("-1", -1), ("2.5", None), ("n/a", None), (True, None)]
)
def test_whole_numbers_as_published(raw, number):
    assert whole_number(raw) == number
