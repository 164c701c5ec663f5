"""Tests for `claims.extraction.units`: counted nouns and plurals."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.units import (
    is_time_unit,
    pluralise,
    read_counted_noun,
    singularise,
)  # fmt: skip


@pytest.mark.parametrize(
    ("after", "subject", "unit"),
    [
        (" military construction workers to Donetsk", "military construction workers", "workers"),
        (" land mine removal workers.", "land mine removal workers", "workers"),
        (" Storm Shadow missiles, CBS said", "Storm Shadow missiles", "missiles"),
        (" troops died", "troops", "troops"),
        (" main radar sites on Monday", "main radar sites", "sites"),
        (" police officers will", "police officers", "officers"),
        (" people were killed", "people", "people"),
        (" Kh-59 missiles", "Kh-59 missiles", "missiles"),
    ],
)
def test_head_noun_is_the_unit_and_modifiers_stay_in_the_subject(after, subject, unit):
    noun = read_counted_noun(after, 0)
    assert (noun.subject, noun.unit) == (subject, unit)
    assert after[noun.start : noun.end] == subject


def test_no_noun_after_a_verb_or_preposition():
    assert read_counted_noun(" were killed", 0) is None
    assert read_counted_noun(" of them", 0) is None


def test_singular_head_when_the_figure_is_one():
    assert read_counted_noun(" Ukrainian soldier was killed", 0, singular=True).unit == "soldiers"
    assert read_counted_noun(" person died", 0, singular=True).unit == "people"


@pytest.mark.parametrize(
    ("word", "plural"),
    [("soldier", "soldiers"), ("person", "people"), ("casualty", "casualties"), ("church", "churches")],
)
def test_pluralise(word, plural):
    assert pluralise(word) == plural
    assert singularise(plural) == word


def test_time_units():
    assert is_time_unit("years") and is_time_unit("Month") and not is_time_unit("missiles")


def test_a_capitalised_name_ending_in_s_modifies_the_head():
    noun = read_counted_noun(" Windows devices were hit", 0)
    assert (noun.subject, noun.unit) == ("Windows devices", "devices")


@pytest.mark.parametrize(
    ("after", "subject", "unit"),
    [
        (" 155mm artillery shells to Ukraine", "155mm artillery shells", "shells"),
        (" 737 MAX jets in May", "737 MAX jets", "jets"),
        (" T-72 tanks were lost", "T-72 tanks", "tanks"),
        (" A320neo jets", "A320neo jets", "jets"),
    ],
)
def test_a_calibre_or_model_between_the_figure_and_its_noun(after, subject, unit):
    noun = read_counted_noun(after, 0)
    assert (noun.subject, noun.unit) == (subject, unit)


def test_diseases_ending_in_s_are_not_plurals():
    noun = read_counted_noun(" measles cases have been confirmed", 0)
    assert (noun.subject, noun.unit) == ("measles cases", "cases")


def test_a_names_possessive_before_the_noun_is_not_the_unit():
    noun = read_counted_noun(" Norway's coast guard vessels joined", 0)
    assert noun.unit == "vessels"


def test_an_adverb_ends_a_singular_noun_phrase():
    assert read_counted_noun(" bridge reportedly collapsed", 0, singular=True).unit == "bridges"


@pytest.mark.parametrize(
    ("singular", "plural"),
    [("policeman", "policemen"), ("fisherman", "fishermen"), ("chairwoman", "chairwomen"), ("human", "humans")],
)
def test_nouns_in_man_make_men(singular, plural):
    from claims.extraction.units import pluralise

    assert pluralise(singular) == plural


def test_nouns_in_men_make_man():
    from claims.extraction.units import singularise

    assert [singularise(word) for word in ("policemen", "gunmen", "specimens")] == ["policeman", "gunman", "specimen"]


def test_a_people_named_by_its_country_is_the_counted_noun():
    # "-ese" and "-is" plurals look singular ("analysis"): the count's noun is the people, not a noun carried over.
    from claims.extraction import extract_figures

    text = "The boat carried 14 Eritreans, seven Sudanese, four Yemenis and two Burmese nationals."
    assert [(c.quote, c.unit) for c in extract_figures(text)] == [
        ("14 Eritreans", "eritreans"),
        ("seven Sudanese", "sudanese"),
        ("four Yemenis", "yemenis"),
        ("two Burmese nationals", "nationals"),
    ]


# Round 22: the noun after a run of coordinated modifiers ("72,314 confirmed, suspected ... and
# asymptomatic cases", unseen51) or a dotted abbreviation ("1,017 U.S. adults", unseen52) was lost.
@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The clinic logged 312 new and recurring infections.", "312 new and recurring infections", "infections"),
        (
            "Inspectors checked 4,200 licensed, unlicensed, or suspended vendors.",
            "4,200 licensed, unlicensed, or suspended vendors",
            "vendors",
        ),
        ("The poll reached 2,406 U.K. voters last month.", "2,406 U.K. voters", "voters"),
    ],
)
def test_a_noun_after_a_modifier_run_or_a_dotted_abbreviation_is_counted(text, quote, unit):
    [candidate] = extract_figures(text)
    assert candidate.unit == unit
    assert quote is None or candidate.quote == quote


def test_a_verb_and_a_new_clause_are_no_modifier_run():
    # "died and villagers fled": the last conjunct is a bare plural, so the villagers are not counted.
    assert [c.unit for c in extract_figures("Nine died and villagers fled the valley.")] != ["villagers"]


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        ("Doctors treated 12 seriously injured workers at the site.", "12 seriously injured workers", "workers"),
        ("He paid Rs 2 lakh to one seriously injured worker.", "one seriously injured worker", "workers"),
        ("Two critically ill patients were moved.", "Two critically ill patients", "patients"),
    ],
)
def test_an_adverb_grading_a_participle_is_a_modifier(sentence, quote, unit):
    assert (quote, unit) in [(c.quote, c.unit) for c in extract_figures(sentence)]
