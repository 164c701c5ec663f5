"""Tests for `claims.extraction.shares` and `share_words`: shares written in words (sixth round)."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def test_a_share_with_its_percentage_in_brackets_is_a_figure():
    # Sixth round, after the held-out check: "one in five (19%) oppose" gives the share and the percentage.
    from claims.extraction import extract_figures

    text = "Roughly one in four (26%) oppose the plan, and just over half (51%) back it."
    assert [(c.quote, c.value) for c in extract_figures(text)] == [
        ("Roughly one in four", Decimal(25)),
        ("26%", Decimal(26)),
        ("just over half", Decimal(50)),
        ("51%", Decimal(51)),
    ]


def test_fourths_are_shares():
    from claims.extraction import extract_figures

    assert [c.value for c in extract_figures("The alliance won a three-fourths majority.")] == [Decimal(75)]


def test_sevenths_and_eighths_are_shares():
    from claims.extraction import extract_figures

    text = "The new drug cut relapses by one-seventh compared with the old one, and an eighth of patients quit."
    assert [c.value for c in extract_figures(text)] == [Decimal("14.29"), Decimal("12.50")]


def test_half_that_says_or_who_says_is_a_share_of_those_asked():
    from claims.extraction import extract_figures

    text = "More than half say the plan will fail, including almost half who said they were very worried."
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)] == [
        ("More than half", Decimal(50), "percent"),
        ("almost half", Decimal(50), "percent"),
    ]


def test_an_ordinal_seventh_is_no_share():
    from claims.extraction import extract_figures

    assert extract_figures("Prices rose for a seventh straight month as the first half ended.") == []


def test_a_share_of_a_hundred_that_ends_its_phrase_is_a_rate():
    # "the risk was 8 out of 100;": a share of a hundred names no whole after it, and its 100 is no count.
    from claims.extraction import extract_figures

    text = "For smokers the chance was nearly 6 out of 100; for non-smokers it was 2 in 100."
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)] == [
        ("nearly 6 out of 100", Decimal(6), "percent"),
        ("2 in 100", Decimal(2), "percent"),
    ]


def test_a_mark_out_of_ten_is_no_share():
    from claims.extraction import extract_figures

    assert all(c.unit != "percent" for c in extract_figures("The judges gave her 8 out of 10."))


@pytest.mark.parametrize(
    "text",
    [
        "A third of the ferries on the route ran late in March.",
        "Two-thirds of the orchards were replanted after the frost.",
        "One in seven lorries failed the brake inspection.",
    ],
)
def test_an_unhedged_share_whose_percentage_is_rounded_is_still_exact(text):
    # The annotators read "a third" as the share it names (0.333, exact); only a hedge word makes it approximate.
    assert extract_figures(text)[0].qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "seven-in-ten voters": a share written hyphenated as an adjective is one share, not "ten voters".
        ("The survey found one-out-of-five shop owners expect cuts.", Decimal(20)),
        ("Some seven-in-ten Manitobans back the plan.", Decimal(70)),
    ],
)
def test_a_share_hyphenated_as_an_adjective(text, value):
    assert [(c.value, c.unit) for c in extract_figures(text)] == [(value, "percent")]


@pytest.mark.parametrize(
    "text, quote, value",
    [
        ("Seven in 10 told the canvassers that they would cycle more.", "Seven in 10", Decimal(70)),
        ("One in four also said that the buses ran late.", "One in four", Decimal(25)),
        ("One in 20 has complained to the council about the noise.", "One in 20", Decimal(5)),
    ],
)
def test_a_part_of_a_round_whole_before_a_verb_is_a_share_of_those_asked(text, quote, value):
    # Sixteenth round: "Eight in 10 told pollsters", "One in five also said": the whole is those asked.
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)] == [(quote, value, "percent")]


def test_a_part_of_an_odd_whole_is_a_tally_not_a_share():
    # "13 out of 17 regions", "48 out of 75 seats": a count of a known set; "from 33 in 2011" a count and its year.
    text = "The rebels held 11 out of 19 districts."
    assert [(c.value, c.unit) for c in extract_figures(text)] == [
        (Decimal(11), "districts"),
        (Decimal(19), "districts"),
    ]
    assert [c.value for c in extract_figures("Raids on farms fell from 41 in 2015 to 30 in 2016.")] == [41, 30]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Nearly one-fourth of the wells had run dry.", "Nearly one-fourth"),
        ("A fourth of the ferries were cancelled.", "A fourth"),
    ],
)
def test_a_fourth_is_a_quarter(text, quote):
    # Eighteenth round: "a fourth of the buildings", "One-fourth of the deaths" gave nothing or
    # "1 fourths"; a fourth is a quarter, 25 percent.
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)] == [(quote, Decimal(25), "percent")]


def test_a_fourth_term_stays_an_ordinal():
    assert [c.value for c in extract_figures("The mayor won a fourth term with 300 votes.")] == [300]


# Nineteenth round: shares in words with no "of" after them (unseen19-unseen43 missed them in ten sets).


def test_a_share_that_is_the_subject_of_its_clause_is_a_figure():
    text = "Only a third are anxious about rents, and just under half falling behind on bills fear eviction."
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)][:2] == [
        ("a third", Decimal("33.33"), "percent"),
        ("just under half", Decimal(50), "percent"),
    ]


def test_a_share_said_by_those_asked_is_no_speaker():
    text = "A quarter said the ferry helped, while 14 per cent found comfort in their garden."
    assert [(c.quote, c.value) for c in extract_figures(text)] == [
        ("A quarter", Decimal(25)),
        ("14 per cent", Decimal(14)),
    ]


def test_a_share_before_a_comparative_or_what_is_the_size_of_a_difference():
    text = "Orchard yields stand around a third lower than last season; the plum crop is half what it was."
    assert [(c.quote, c.value) for c in extract_figures(text)] == [
        ("around a third", Decimal("33.33")),
        ("half", Decimal(50)),
    ]


def test_a_hedged_share_naming_nothing_after_it_is_a_figure():
    text = "Use of the clinics rose from less than half to more than 70%, and the three valleys add less than a third to the total."
    assert [(c.quote, c.value) for c in extract_figures(text)][:2] == [
        ("less than half", Decimal(50)),
        ("more than 70%", Decimal(70)),
    ]
    assert ("less than a third", Decimal("33.33")) in [(c.quote, c.value) for c in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Unless funds arrive within a week and a half the clinic will shut.",
        "Within the next year and a half the plant will double output.",
    ],
)
def test_a_half_after_a_unit_and_and_is_no_share(text):
    # Round 21: "a week and a half" is 1.5 weeks; its "a half" is no 50 percent.
    assert all(candidate.unit != "percent" for candidate in extract_figures(text))


def test_a_dotted_acronym_in_the_whole_is_one_word():
    # Seen on the suggestion page (UPI on a Gallup poll): "At least 8 in 10 U.S. adults" had the subject "U".
    [share] = extract_figures("At least 8 in 10 U.S. adults said it was wrong.", outlet="Wire")
    assert share.subject == "U.S. adults"


def test_what_a_percentage_is_of_stops_at_its_noun():
    # The suggestion page prefilled the subject "British voters agreed" for "About 40% of British voters agreed."
    [share] = extract_figures("About 40% of British voters agreed.", outlet="Wire")
    assert share.subject == "British voters"
    [aid] = extract_figures("It sent 60% of military aid to the front.", outlet="Wire")
    assert aid.subject == "military aid"


# Round 31: a poll's confidence level, "19 times out of 20", is a share of its samples, not 19 times and 20 of nothing.
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The poll of 900 adults is accurate to 3.3 points, 19 times out of 20", Decimal(95)),
        ("Results are accurate within four points, nineteen times out of twenty, the firm said.", Decimal(95)),
    ],
)
def test_a_confidence_level_is_one_share(sentence, value):
    shares = [c for c in extract_figures(sentence) if "out of" in c.quote]
    assert [(c.value, c.unit) for c in shares] == [(value, "percent")]
    assert not [c for c in extract_figures(sentence) if c.unit == "times"]


def test_a_share_with_its_count_in_dashes_is_one_share():
    # Round 31: "More than one in four — 88,120 people — applied": the share, then its count set off in dashes.
    found = [(c.quote, c.value) for c in extract_figures("More than one in four — 88,120 people — applied in France.")]
    assert found == [("More than one in four", Decimal(25)), ("88,120 people", Decimal(88120))]
