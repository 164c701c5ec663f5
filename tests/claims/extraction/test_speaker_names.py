"""Speakers are noun phrases that name someone (`claims.extraction.speaker_names`).

Unit cases on names as the attribution rules read them from real prose (the shapes, with
invented words), then through the extractor; each extractor case fails on the code before
`speaker_names`, which proposed the fragment as a new speaker.
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.speaker_names import tidy_speaker


def tidied(name: str) -> str | None:
    span = tidy_speaker(name, 0, len(name))
    return name[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("On Monday the regional health authority", "the regional health authority"),
        ("Last Sunday the Thames Valley police", "the Thames Valley police"),
        ("On June 18 Finance Minister Ada Obi", "Finance Minister Ada Obi"),
        ("In both cases union leaders", "union leaders"),
        ("In a separate phone interview rebel commander Col. Ali Musa", "rebel commander Col. Ali Musa"),
        ("ACCRA - The Ghana Statistical Service", "The Ghana Statistical Service"),
        ("Zenith Motors posted a smaller-than-", "Zenith Motors"),
        ("Army spokesman Col. Ben Ode in a telephone call to AFP", "Army spokesman Col. Ben Ode"),
        ("The union thus declared to", "The union"),
        ("the materials to the draft budget for", "the materials to the draft budget"),
        ("the police –", "the police"),
        # names that stay as written
        ("he", "he"),
        ("shipping data and sources", "shipping data and sources"),
        ("Said Hamdan", "Said Hamdan"),
        # a relative pronoun the subject rule read on to
        ("a Senate watchdog that", "a Senate watchdog"),
        ("the agency which", "the agency"),
        # ... but an acronym that spells one is a name ("The WHO said")
        ("The WHO", "The WHO"),
        ("the WHO", "the WHO"),
        # a comparison word before an estimate's owner
        ("above analysts", "analysts"),
        ("beating economists", "economists"),
        # a bare weekday between the name and its verb is when, not part of the name
        ("Ruritania Cement Corporation Monday", "Ruritania Cement Corporation"),
        ("the Home Office Thursday", "the Home Office"),
        ("the Black Friday", "the Black Friday"),
        # no one named
        ("- Little or no retirement money", None),
        ("trying to cross the Aegean Sea", None),
        ("a better-than-", None),
        # a currency read as a capitalised name ("… Rs. 8.5 crore and Rs. 11 crore")
        ("Rs.", None),
        ("Tk", None),
    ],
)
def test_a_speaker_is_trimmed_to_the_noun_phrase_that_names_them(name, expected):
    assert tidied(name) == expected


def test_the_extractor_proposes_the_trimmed_name():
    text = "On Monday the regional health authority said 41 patients were treated."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("41 patients", "the regional health authority")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSLO (Nordwire) - The fisheries directorate said 14 trawlers were held.", [("14 trawlers", "The fisheries directorate")]),
        ("LIMA, May 3 (Andes) -- Northwind Mining Corp. reported that output rose 6 percent.",
         [("6 percent", "Northwind Mining Corp")]),
    ],
)  # fmt: skip
def test_a_speaker_opening_a_sentence_after_a_wire_dateline(text, expected):
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == expected


def test_a_currency_is_no_second_speaker():
    text = (
        "“Our plan is big,” Minister Ada Obi said. “For wind, we need an estimated outlay of Rs. 6 crore a megawatt,"
        " for solar it is Rs. 4.5 crore and Rs. 9 crore for gas. Of 40 gigawatts, 12 gigawatts would be wind,” he said."
    )
    assert {c.origin.name for c in extract_figures(text, outlet="Wire")} == {"Minister Ada Obi"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # when it was said, after the name, is no part of it
        ("the Ruritania Statistics Office on Tuesday via its website", "the Ruritania Statistics Office"),
        ("the Borduria Health Ministry on June", "the Borduria Health Ministry"),
        ("Nordwire News on Friday and Saturday", "Nordwire News"),
        ("the port authority at the end of the day", "the port authority"),
        # ... but a body named "on" something keeps its name, and a verb after the day is left to the rules
        ("the Committee on Fisheries", "the Committee on Fisheries"),
        # a time read where a name stands names no one
        ("Last week", None),
        ("from January to July", None),
        ("In March", None),
        # a bare month may be a surname ("May said …")
        ("May", "May"),
    ],
)
def test_a_time_is_no_part_of_a_speakers_name(name, expected):
    assert tidied(name) == expected


def test_the_extractor_leaves_the_day_out_of_a_document_owner():
    text = (
        "According to the latest bulletin released by the Ruritania Statistics Office on Tuesday via its website,"
        " 4,210 new firms were registered."
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("4,210 new firms", "the Ruritania Statistics Office")
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a clause read as a name: its subject is the name
        ("they received", "they"),
        ("We also received", "We"),
        ("Borduria insisted the figures", "Borduria"),
        ("the navy attacked the port of Vell", "the navy"),
        # a bare possessive names no one
        ("their", None),
        # a participle before its noun is no verb
        ("the embattled ferry operator", "the embattled ferry operator"),
        ("economists polled by Nordwire", "economists polled by Nordwire"),
    ],
)
def test_a_clause_read_as_a_name_is_cut_to_its_subject(name, expected):
    assert tidied(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        # an opening phrase of place or occasion, read where a name stands, names no one
        "Throughout the nine districts",
        "In a major development",
        "Across the flooded provinces",
    ],
)
def test_an_opening_phrase_is_no_speaker(name):
    assert tidied(name) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a place or a body inside the phrase is left to the rules that read it
        ("In Ruritania the police", "In Ruritania the police"),
        ("In both cases union leaders", "union leaders"),
    ],
)
def test_an_opening_phrase_that_holds_a_name_is_left(name, expected):
    assert tidied(name) == expected


def test_a_figure_after_an_opening_phrase_is_the_closing_speakers():
    text = "Throughout the nine districts mentioned, 4,120 families were affected by floods, the disaster agency said."
    assert {c.origin.name for c in extract_figures(text, outlet="Wire")} == {"the disaster agency"}


@pytest.mark.parametrize(
    "text",
    [
        "Just over a third (34%) of shoppers said they had cut back on meat.",
        "Nearly two in five (38 per cent) of nurses said they planned to leave.",
    ],
)
def test_a_share_cut_off_by_its_bracket_leaves_its_group_measured_not_speaking(text):
    # "of shoppers" is the rest of the share, the population measured; "of" opens no name
    assert {c.origin.name for c in extract_figures(text, outlet="Wire")} == {"Wire"}


def test_a_name_after_of_with_no_bracket_before_is_kept():
    sentence = "The head of the Ruritanian Bankers Association said 12 banks had failed."
    assert {c.origin.name for c in extract_figures(sentence, outlet="Wire")} != {"Wire"}
