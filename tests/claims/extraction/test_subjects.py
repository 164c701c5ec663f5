"""Tests for `claims.extraction.subjects`: who is written before a verb (invented sentences)."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a relative clause left open up to the verb: the noun it hangs on speaks, never the clause
        (
            "The Halden price index, which pools the asking prices of nine lenders also found that prices fell 4%.",
            "4%",
            "The Halden price index",
        ),
        # "The toll, which officials said could rise, …": the relative clause's own subject still speaks
        ("The toll, which officials said could rise, reached 45.", "45", "officials"),
        # a word of time between the apposition and the verb
        ("Vantor, the national rail operator, yesterday reported 2,140 delays.", "2,140 delays", "Vantor"),
        # "It comes after X said …": "after" opens the clause X speaks in
        ("It comes after the Irish coastguard said it rescued 31 sailors.", "31 sailors", "the Irish coastguard"),
        # "The coastguard, which has reported …": the noun the relative pronoun stands for
        (
            "The Greek coastguard, which has reported 17 deaths this year, issued a warning.",
            "17 deaths",
            "The Greek coastguard",
        ),
    ],
)
def test_who_is_written_before_the_verb(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Northwind Games, popularly called NG by players, raised its forecast to $2.1 billion.",
            "$2.1 billion",
            "Northwind Games",
        ),
        (
            "The farm ministry in its first projection, released on Friday night, said 1.2 million hectares flooded.",
            "1.2 million hectares",
            "The farm ministry",
        ),
        ("The port authority, based in Mombasa, said 40 ships were waiting.", "40 ships", "The port authority"),
    ],
)
def test_a_participle_phrase_in_apposition_is_skipped(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_a_participle_naming_a_place_ends_with_the_place_not_the_speaker():
    # "Hunt, Texas": the state closes the apposition; the camp speaks (fails before "located" was read)
    candidates = extract_figures(
        "Camp Willow, located along the lake in Ely, Minnesota, confirmed on Monday that 19 campers were hurt.",
        outlet="Wire",
    )
    assert [(c.quote, c.origin.name) for c in candidates] == [("19 campers", "Camp Willow")]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a participle of publishing ends on a body, glossed by its acronym between commas
        (
            "The annual accounts of the lender filed with the Lagos Securities Exchange, LSE, indicated that profit "
            "fell by 9.4 per cent.",
            "9.4 per cent",
            "The annual accounts of the lender",
        ),
        # a relative clause ends on a place, the city after its comma
        ("The registrar who spoke from Unity House, Lusaka said 6,120 pupils sat the exam.", "6,120 pupils", "The registrar"),
    ],
)  # fmt: skip
def test_a_name_glossing_the_object_of_a_subjects_modifier_is_not_the_speaker(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Jane Doe, governor of the western province of Nord, bordering Ruritania, told reporters that 29 "
            "people were dead.",
            "Jane Doe",
        ),
        ("At least nine people were killed in Nordland, bordering Ruritania, says the army.", "the army"),
        ("The council of Vale, adjoining the Eastmark, said 300 homes were lost.", "The council of Vale"),
    ],
)
def test_a_participle_of_place_glosses_the_place_and_never_speaks(sentence, expected):
    from claims.extraction.attribution import find_attributions

    names = [link.name for clause in find_attributions(sentence) for link in clause.links]
    assert names == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "Name, title said": the apposition is left open up to the verb; the named person speaks
        ("Mona Farah Idris, district Controller of Examinations told reporters that 4,210 pupils sat.", "4,210 pupils",
         "Mona Farah Idris"),
        ("Ms Lea Varga, a spokesperson for the agency said 900 people were moved.", "900 people", "Ms Lea Varga"),
        # a body or a time before the comma is no person: the phrase after it speaks
        ("On Monday, Greek authorities said 31 people were rescued.", "31 people", "Greek authorities"),
    ],
)  # fmt: skip
def test_a_person_named_before_an_apposition_left_open(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_a_person_named_before_an_open_apposition_is_a_later_he():
    text = (
        "Mona Farah Idris, district Controller of Examinations told reporters that the pass rate fell. "
        "He said that 4,210 pupils sat the test."
    )
    assert origin_of(text, "4,210 pupils") == "Mona Farah Idris"


def test_a_list_of_portfolios_before_the_minister_is_no_open_apposition():
    text = "Acting Trade, Industry and Tourism Minister Ada Bello told reporters that 310 firms closed."
    assert origin_of(text, "310 firms").endswith("Ada Bello")  # never "Acting Trade"


def test_a_place_opening_the_sentence_is_no_person_before_an_apposition():
    assert origin_of("In Tilla, a district official said 14 people died.", "14 people") == "a district official"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # asides set off by commas between the speaker and the verb: a prepositional phrase, a participle
        ("Police, in a weekend raid, on Sunday claimed to have arrested 41 suspects.", "41 suspects", "Police"),
        (
            "The director, Ms Ama Owusu, speaking, on the state of the roads, on Monday, told reporters that 12 "
            "bridges had failed.",
            "12 bridges",
            "Ms Ama Owusu",
        ),
    ],
)
def test_asides_between_the_speaker_and_the_verb(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a phrase of manner in commas between the speaker and an auxiliary verb
        ("Brokers, on average, had forecast sales of $7.3 billion.", "$7.3 billion", "Brokers"),
        ("The unions, for their part, claimed 310,000 marchers.", "310,000 marchers", "The unions"),
        # an aside in dashes closes before the verb: the speaker is before it
        (
            "Mayor Ida Brandt -- calling the flooding a disaster -- told reporters that 23 people had drowned.",
            "23 people",
            "Mayor Ida Brandt",
        ),
        # a clause before a dash: the speaker opens the clause after it
        (
            "The second march was on a Sunday -- organisers said that 612,000 joined it.",
            "612,000",
            "organisers",
        ),
        # a body named by a bare lowercase phrase
        (
            "Nearly 52,000 people have been evacuated, civil protection said.",
            "Nearly 52,000 people",
            "civil protection",
        ),
        # a short phrase of time with no comma opens the sentence, not the subject
        ("Until June the port authority counted 4,100 arrivals.", "4,100 arrivals", "the port authority"),
        # a person's name with a long office in capitals
        (
            "Federal Territory Narcotics Crime Investigation Department (FTNCID) director Datuk Seri Hamid Amin Abu Bakar"
            " said the raid seized 310 kilogrammes.",
            "310 kilogrammes",
            "Federal Territory Narcotics Crime Investigation Department (FTNCID) director Datuk Seri Hamid Amin Abu Bakar",
        ),
    ],
)
def test_the_speaker_past_asides_and_openings(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    "sentence",
    ["Until Congress votes the fund runs dry.", "Unless Congress acts the fund runs dry.", "Amid Protests it fell."],
)
def test_an_opening_time_or_condition_word_is_no_subject(sentence):
    from claims.extraction.openers import leading_subject

    assert leading_subject(sentence) is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a description with its relative clause in commas glosses the speaker before it
        (
            "The Civil Defense, rescuers who work under the local government, said four people were killed.",
            "four people",
            "The Civil Defense",
        ),
        (
            "The Observatory, a monitoring group which relies on activists, said 312 people died.",
            "312 people",
            "The Observatory",
        ),
    ],
)
def test_an_apposition_with_a_relative_clause_is_skipped(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_a_relative_clause_after_an_opening_time_is_no_apposition():
    text = (
        "On Friday, two others who had been aboard the Sea Star were evacuated by helicopter to Malta, said Aid"
        " Without Borders, the charity that runs the ship."
    )
    assert origin_of(text, "two") == "Aid Without Borders"


@pytest.mark.parametrize(
    "text",
    [
        'Governor Jane Holt -- calling the storm "historic" -- told reporters that 14 people died.',
        "Governor Jane Holt — calling the storm “historic” — told reporters that 14 people died.",
    ],
)
def test_a_word_quoted_inside_an_aside_in_dashes_keeps_the_speaker(text):
    # the quoted word is part of the aside; the speaker is before the dashes
    assert origin_of(text, "14 people") == "Governor Jane Holt"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the relative pronoun is its clause's subject: the noun it hangs on speaks
        (
            "A farmers' union that has tracked the drought said on Monday that 41 wells ran dry.",
            "41 wells",
            "A farmers' union",
        ),
        ("A rights group that monitors the border said 41 people crossed.", "41 people", "A rights group"),
    ],
)
def test_a_relative_clause_inside_the_subject_leaves_the_noun_it_hangs_on(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_a_relative_clause_followed_by_its_own_finite_verb_is_no_subject():
    # "The storm that killed … was worse than first estimated": a clause, whose speaker closes the sentence
    text = "The storm that killed 12 people was worse than first estimated, with 80 homes lost, officials said today."
    assert origin_of(text, "80 homes") == "officials"


def test_a_verb_that_ends_a_compound_adjective_has_no_subject():
    # "a better-than-expected 12%": the apposition before it is no speaker of "expected"
    text = "Vantor Corp., the region's largest grocer, reported Monday that profit rose a better-than-expected 12%."
    assert origin_of(text, "12%") == "Vantor Corp"


def test_a_number_inside_the_sentence_is_no_speaker():
    # "eight alleged militants": "alleged" is an adjective; the number counts and never speaks
    text = "According to the survey, as many as eight alleged Karvo smugglers were held and more than 30 fined at the port."
    origins = {candidate.quote: candidate.origin.name for candidate in extract_figures(text, outlet="Wire")}
    assert origins["more than 30"] == "the survey"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A woman speaking for the union, Mara Velt, called reporters Sunday to say that 40 members quit.",
            "Mara Velt",
        ),
        ("Jon Brea, the mayor of Ostrava, went on radio to say that 12 homes had burned.", "Jon Brea"),
    ],
)
def test_a_verb_phrase_before_to_say_is_no_speaker(text, speaker):
    # "…, called reporters Sunday to say": the phrase is a verb's, its subject is written before its comma
    assert [candidate.origin.name for candidate in extract_figures(text, outlet="Wire")] == [speaker]
